// A funding request's public surface: its Updates (the case manager's actions and ENS's decisions) and its
// Query. Shared by the workflow and the API so names and payloads cannot drift.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CaseStatus } from '../domain/case-model.ts';
import type {
  AgreementClosureReason,
  AgreementStatus,
  ChecklistSave,
  FundingState,
  Statement,
  SubmitInput,
} from '../domain/funding.ts';
import type { Actor } from './case-api.ts';

export const fundingWorkflowId = (packageId: number) => `funding-${packageId}`;

type By<T> = T & { actor: Actor };

export interface FundingWorkflowInput {
  state: FundingState;
}

export const saveChecklistItemUpdate = defineUpdate<FundingState, [By<ChecklistSave>]>('saveChecklistItem');
export const saveStatementUpdate = defineUpdate<FundingState, [By<{ statement: Statement; caseStatus: CaseStatus }>]>(
  'saveStatement',
);
export const submitPackageUpdate = defineUpdate<FundingState, [By<SubmitInput>]>('submitPackage');
export const deletePackageUpdate = defineUpdate<FundingState, [By<object>]>('deletePackage');
export const changeAgreementStatusUpdate = defineUpdate<
  FundingState,
  [By<{ status: AgreementStatus; reason: AgreementClosureReason | null; agreementManager?: string }>]
>('changeAgreementStatus');
export const requestChangesUpdate = defineUpdate<FundingState, [By<{ message: string; dueDate?: string }>]>(
  'requestChanges',
);

export const fundingViewQuery = defineQuery<FundingState>('fundingView');
