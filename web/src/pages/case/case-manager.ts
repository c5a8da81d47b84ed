// A case manager of the organisation, as GET /api/case-managers answers (R-CASE-03): whom a case can be given to.
import type { caseManagers } from '../../../../app/cases/case-pages.ts';

export type CaseManager = Awaited<ReturnType<typeof caseManagers>>[number];
