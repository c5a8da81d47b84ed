// What every section of the case workspace receives: the case as the case page answers it, and how to refresh it
// after an action (reload() asks again; replace() takes the case an action answered with, without another call).
import type { casePage } from '../../../../app/cases/case-pages.ts';

export type CasePageAnswer = Awaited<ReturnType<typeof casePage>>;
/** The case as its own organisation sees it (not the summary a referral shows another organisation). */
export type CaseDetails = Exclude<CasePageAnswer, { referredAccess: true }>;

export interface SectionProps {
  c: CaseDetails;
  reload(): void;
  replace(c: CaseDetails): void;
}
