// An employment outcome as the case page lists it: its stored details are typed here from the domain's own shape.
import type { EmploymentDetails } from '../../../../../domain/case-state.ts';
import type { OUTCOME_TYPE_CODES } from '../../../../../domain/schemas/case.ts';
import type { CaseDetails } from '../section.ts';

export type OutcomeType = (typeof OUTCOME_TYPE_CODES)[number];
export type Outcome = Omit<CaseDetails['outcomes'][number], 'type'> &
  Partial<EmploymentDetails> & { type: OutcomeType };

export const outcomesOf = (c: CaseDetails) => c.outcomes as Outcome[];

/** R-OUT-09: the statuses that call for the job's details. */
export const isEmployed = (status: string | undefined) => status === 'EMPLOYED' || status === 'SELF_EMPLOYED';
