// The case workflow's public surface: its Updates (refusable user actions) and Queries.
// Shared by the workflow and by the API that calls it, so names and payloads cannot drift.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { SaveModuleInput } from '../domain/additional-info.ts';
import type { CaseState, PendingTimer } from '../domain/case-state.ts';
import type { ReceivingOrganisation, ReferralInput, TransferInput } from '../domain/referrals.ts';
import type {
  AnchorCorrectionInput,
  CloseCaseInput,
  CompleteTaskInput,
  EducationExperienceInput,
  InterventionChangeInput,
  InterventionInput,
  NeedsDeterminationInputRaw,
  NoteInput,
  OutcomeChangeInput,
  OutcomeInput,
} from '../domain/schemas.ts';

export const CASE_TASK_QUEUE = 'pathway-cases';
export const caseWorkflowId = (caseId: number) => `case-${caseId}`;

/** Who acts: every state change is recorded against the acting user (R-UI-04). */
export interface Actor {
  userId: number;
}
type By<T> = T & { actor: Actor };

export interface CaseWorkflowInput {
  state: CaseState;
  /** Whether the case manager was already told of the assignment (kept across continue-as-new). */
  assignmentEmailed?: boolean;
  /** History length after which the workflow continues as new; lowered in tests. */
  historyLimit?: number;
}

export interface CaseView {
  state: CaseState;
  timers: (PendingTimer & { fireAt: string })[];
  runId: string;
  historyLength: number;
}

export const completeTaskUpdate = defineUpdate<
  CaseState,
  [By<CompleteTaskInput & { taskId: string; requiredModules?: string[] }>]
>('completeTask');
export const saveAdditionalInfoUpdate = defineUpdate<CaseState, [By<SaveModuleInput>]>('saveAdditionalInfo');
export const closeCaseUpdate = defineUpdate<CaseState, [By<CloseCaseInput>]>('closeCase');
export const addInterventionUpdate = defineUpdate<CaseState, [By<InterventionInput>]>('addIntervention');
export const changeInterventionUpdate = defineUpdate<
  CaseState,
  [By<InterventionChangeInput & { interventionId: string }>]
>('changeIntervention');
export const removeInterventionUpdate = defineUpdate<CaseState, [By<{ interventionId: string }>]>('removeIntervention');
export const saveEducationUpdate = defineUpdate<CaseState, [By<EducationExperienceInput>]>('saveEducationExperience');
export const saveNeedsUpdate = defineUpdate<CaseState, [By<NeedsDeterminationInputRaw>]>('saveNeedsDetermination');
export const addNoteUpdate = defineUpdate<CaseState, [By<NoteInput>]>('addNote');
export const editNoteUpdate = defineUpdate<CaseState, [By<{ noteId: string; text: string }>]>('editNote');
export const recordOutcomeUpdate = defineUpdate<CaseState, [By<OutcomeInput>]>('recordOutcome');
export const changeOutcomeUpdate = defineUpdate<CaseState, [By<OutcomeChangeInput & { outcomeId: string }>]>(
  'changeOutcome',
);
export const deleteOutcomeUpdate = defineUpdate<CaseState, [By<{ outcomeId: string }>]>('deleteOutcome');
export const correctAnchorsUpdate = defineUpdate<CaseState, [By<AnchorCorrectionInput>]>('correctFollowUpAnchors');
export const reassignUpdate = defineUpdate<CaseState, [By<{ caseManagerId: number }>]>('reassign');

export const submitReferralUpdate = defineUpdate<
  CaseState,
  [
    By<
      ReferralInput & {
        fromOrganisationId: number;
        fromOrganisationName: string;
        receiving: ReceivingOrganisation | null;
      }
    >,
  ]
>('submitReferral');
export const completeTransferUpdate = defineUpdate<
  CaseState,
  [By<TransferInput & { actorOrganisationId: number; previousOrganisationId: number }>]
>('completeTransfer');

export const caseViewQuery = defineQuery<CaseView>('caseView');
