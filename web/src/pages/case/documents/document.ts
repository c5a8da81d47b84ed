// A case document as the API answers it, and where it was added from, in words.
import type { documentView } from '../../../../../app/documents/queries.ts';
import { CHECKLIST_ITEM_LABELS } from '../../../../../domain/funding.ts';
import type { I18n } from '../../../i18n/i18n.tsx';
import type { documentWords } from './words.ts';

export type DocumentItem = ReturnType<typeof documentView>;

/** The context of a document added from the case's documents (the API's default). */
export const CASE_DOCUMENTS = 'Case Documents';
/** The context of a document added from an application checklist row. */
export const checklistContext = (rowCode: string) => `Application Checklist:${rowCode}`;

type W = (key: keyof (typeof documentWords)['en'], params?: Record<string, string | number>) => string;

export function contextInWords(context: string, w: W, i18n: I18n): string {
  if (context === CASE_DOCUMENTS) return w('contextCase');
  const row = /^Application Checklist:([A-Z_]+)$/.exec(context)?.[1];
  if (row && CHECKLIST_ITEM_LABELS[row]) return w('contextChecklist', { row: i18n.label(CHECKLIST_ITEM_LABELS[row]) });
  return context;
}
