// R-CLOSE-01: a closed case cannot be reopened or changed. The one statement of the rule, used by every action's
// validator and by the use cases that refuse before a workflow is asked.
import type { CaseStatus } from './case-model.ts';
import { violation, type Bilingual, type Violation } from './refusals.ts';

export const CLOSED_CASE_MESSAGE: Bilingual = {
  en: 'This case is closed and cannot be reopened or changed.',
  fr: 'Ce cas est fermé : il ne peut être ni rouvert ni modifié.',
};

/** The rule that applies (R-CLOSE-01, or the rule of the record refused, e.g. R-NOTE-01) and what to tell the user. */
export function closedCaseViolation(
  s: { status: CaseStatus | string },
  rule = 'R-CLOSE-01',
  message: Bilingual = CLOSED_CASE_MESSAGE,
): Violation[] {
  return s.status === 'CLOSED' ? [violation(rule, 'E-CLOSE-01', message, { kind: 'conflict' })] : [];
}
