// Codes the case pages show, read through the domain's label tables: an unknown code shows as itself, never as
// nothing, so a value the tables do not know yet is still visible.
import type { ReactNode } from 'react';
import { ACKNOWLEDGED_LABEL, TASK_OUTCOMES, type Label, type TaskType } from '../../../../domain/case-model.ts';

export function labelOf(table: Record<string, Label>, code: string | null | undefined): Label | null {
  if (code === null || code === undefined || code === '') return null;
  return table[code] ?? { en: code, fr: code };
}

/** A stage task's outcome, and the one outcome of "Client case received" (R-REF-19). */
export function taskOutcomeLabel(type: string, outcome: string | null | undefined): Label | null {
  if (outcome === 'ACKNOWLEDGED') return ACKNOWLEDGED_LABEL;
  return labelOf(
    Object.fromEntries(Object.entries(TASK_OUTCOMES[type as TaskType] ?? {}).map(([k, r]) => [k, r.label])),
    outcome,
  );
}

/** The options of a select, from a label table, in the reader's language. */
export function optionsOf(table: Record<string, Label>, label: (l: Label) => string) {
  return Object.entries(table).map(([value, l]) => ({ value, label: label(l) }));
}

/** Label and value pairs for Facts, leaving out the ones a case does not have (`cond && [label, value]`). */
export const factRows = (...rows: (false | null | undefined | [ReactNode, ReactNode])[]): [ReactNode, ReactNode][] =>
  rows.filter((r): r is [ReactNode, ReactNode] => Array.isArray(r));
