// Every user action on a funding request. The funding workflow registers each as an Update.
import { changeAgreementStatus } from './change-agreement-status.ts';
import { deletePackage } from './delete-package.ts';
import { requestChanges } from './request-changes.ts';
import { saveChecklistItem } from './save-checklist-item.ts';
import { saveStatement } from './save-statement.ts';
import { submitPackage } from './submit-package.ts';

export const FUNDING_ACTIONS = [
  saveChecklistItem,
  saveStatement,
  submitPackage,
  deletePackage,
  changeAgreementStatus,
  requestChanges,
] as const;

export { changeAgreementStatus, deletePackage, requestChanges, saveChecklistItem, saveStatement, submitPackage };
