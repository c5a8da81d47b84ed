// Every workflow type the worker registers.
export { caseWorkflow } from './case-workflow.ts';
export { invitationWorkflow, queuedEmailWorkflow } from './invitation-workflow.ts';
export { fundingRequestWorkflow } from './funding-workflow.ts';
export { documentPdfWorkflow } from './document-pdf-workflow.ts';
