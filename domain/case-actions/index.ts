// Every user action on a case. The case workflow registers each as an Update; the API serves each at its route.
import { addIntervention } from './add-intervention.ts';
import { addNote } from './add-note.ts';
import { changeIntervention } from './change-intervention.ts';
import { changeOutcome } from './change-outcome.ts';
import { closeCase } from './close-case.ts';
import { completeTask } from './complete-task.ts';
import { completeTransfer } from './complete-transfer.ts';
import { correctFollowUpAnchors } from './correct-follow-up-anchors.ts';
import { deleteOutcome } from './delete-outcome.ts';
import { editNote } from './edit-note.ts';
import { reassign } from './reassign.ts';
import { recordOutcome } from './record-outcome.ts';
import { removeIntervention } from './remove-intervention.ts';
import { saveAdditionalInfo } from './save-additional-info.ts';
import { saveEducationExperience } from './save-education-experience.ts';
import { saveNeedsDetermination } from './save-needs-determination.ts';
import { submitReferral } from './submit-referral.ts';
import { updateRegistration } from './update-registration.ts';

export const CASE_ACTIONS = [
  completeTask,
  closeCase,
  addIntervention,
  changeIntervention,
  removeIntervention,
  saveNeedsDetermination,
  saveAdditionalInfo,
  saveEducationExperience,
  addNote,
  editNote,
  recordOutcome,
  changeOutcome,
  deleteOutcome,
  correctFollowUpAnchors,
  reassign,
  submitReferral,
  completeTransfer,
  updateRegistration,
] as const;

export {
  addIntervention,
  addNote,
  changeIntervention,
  changeOutcome,
  closeCase,
  completeTask,
  completeTransfer,
  correctFollowUpAnchors,
  deleteOutcome,
  editNote,
  reassign,
  recordOutcome,
  removeIntervention,
  saveAdditionalInfo,
  saveEducationExperience,
  saveNeedsDetermination,
  submitReferral,
  updateRegistration,
};
