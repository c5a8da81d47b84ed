// The OpenAPI document, generated from the same zod schemas that validate requests.
import { z, type ZodType } from 'zod';
import { errorBodySchema } from './http.ts';
import type { CaseAction } from '../domain/case-action.ts';
import { CASE_ACTIONS } from '../domain/case-actions/index.ts';
import {
  aliasSchema,
  individualChangeSchema,
  individualSchema,
  newPersonContactSchema,
  personContactSchema,
  shareSchema,
} from '../domain/schemas/people.ts';
import { additionalInfoConfigSchema, openCaseSchema } from '../domain/schemas/case.ts';
import { stuckStepBatchRetry, stuckStepRetry } from '../domain/schemas/operations.ts';
import { reminderDeleteSchema, reminderSchema } from '../domain/schemas/reminders.ts';
import { businessPartnerSchema } from '../domain/schemas/business-partners.ts';
import {
  agreementStatusSchema,
  checklistItemSchema,
  createPackageSchema,
  requestChangesSchema,
  statementSchema,
  submitPackageSchema,
} from '../domain/schemas/funding.ts';
import {
  acceptInvitationSchema,
  accessDecisionSchema,
  accessRequestSchema,
  contactChangeSchema,
  contactSchema,
  invitationSchema,
  officeLocationSchema,
  organisationChangeSchema,
  passwordChangeSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  primaryContactSchema,
  signInSchema,
  tokenSchema,
} from '../domain/schemas/access.ts';
import { accessReviewSchema, actingAsSchema } from '../domain/schemas/support.ts';
import {
  interventionFromServiceSchema,
  newParticipantSchema,
  participantChangeSchema,
  participantsSaveSchema,
  serviceChangeSchema,
  serviceCopySchema,
  serviceSchema,
} from '../domain/schemas/services.ts';

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  body?: ZodType;
  idempotent?: boolean;
  errors?: number[];
}

/** An operation that sends an Update: it honours Idempotency-Key and can be refused by the workflow. */
const idempotentUpdate = (
  path: string,
  summary: string,
  body?: ZodType,
  method: Operation['method'] = 'post',
): Operation => ({
  method,
  path,
  summary,
  body,
  idempotent: true,
  errors: [400, 401, 403, 404, 409, 422, 503],
});

/** The case actions' operations, made from the list their routes are made from (api/routes/case-actions.ts). */
const caseActionOperations: Operation[] = (CASE_ACTIONS as readonly CaseAction<never>[]).map((a) => ({
  method: a.route.method,
  path: `/api/cases/{caseId}/${a.route.path.replace(/:(\w+)/g, '{$1}')}`,
  summary: a.route.summary,
  body: a.body ?? undefined,
  idempotent: true,
  errors: [400, 401, 403, 404, 409, 422, 503],
}));

export const operations: Operation[] = [
  { method: 'get', path: '/healthz', summary: 'The process is alive' },
  {
    method: 'get',
    path: '/readyz',
    summary: 'Database, Temporal and SMTP are reachable (503 lists what is down)',
    errors: [503],
  },
  {
    method: 'post',
    path: '/api/session',
    summary: 'Sign in (terms of use accepted every time, R-UI-01)',
    body: signInSchema,
    errors: [400, 401, 429],
  },
  { method: 'get', path: '/api/session', summary: 'The signed-in user', errors: [401] },
  { method: 'delete', path: '/api/session', summary: 'Sign out (with the cookie, X-CSRF-Token too)', errors: [403] },
  { method: 'get', path: '/api/individuals', summary: 'Search individuals (R-PER-01..06)', errors: [400, 401, 403] },
  {
    method: 'post',
    path: '/api/individuals',
    summary: 'Add an individual; 409 lists possible duplicates until confirmed',
    body: individualSchema,
    errors: [400, 401, 403, 409],
  },
  {
    method: 'get',
    path: '/api/individuals/{id}',
    summary: 'Individual details, aliases and cases',
    errors: [401, 403, 404],
  },
  {
    method: 'patch',
    path: '/api/individuals/{id}',
    summary:
      'Update details; a new name keeps the old one as an alias, a new address goes to the address history ' +
      '(R-PER-13/14)',
    body: individualChangeSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/individuals/{id}/aliases',
    summary: 'Add an alias (R-PER-15)',
    body: aliasSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/individuals/{id}/contacts',
    summary: 'Add an address, a phone or an email; the first of its kind, or one marked so, is the default (R-PER-17)',
    body: newPersonContactSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/individuals/{id}/contacts/removal',
    summary:
      'Remove an address, a phone or an email; a removed default gives its place to the oldest other entry, a ' +
      "person's only address stays (R-PER-17)",
    body: personContactSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/individuals/{id}/contacts/default',
    summary: 'Make an address, a phone or an email the default of its kind (R-PER-17)',
    body: personContactSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/individuals/{id}/share',
    summary:
      'Share with government, consent recorded (R-PER-18); 409 asks to confirm a new provincial record, or which ' +
      'match is the client before showing its details (R-PER-19/20)',
    body: shareSchema,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/cases',
    summary: 'Open a case and start its workflow (Idempotency-Key honoured)',
    body: openCaseSchema,
    idempotent: true,
    errors: [400, 401, 403, 404, 409, 422, 503],
  },
  {
    method: 'get',
    path: '/api/cases',
    summary: 'Caseload: my cases or the organisation’s, sortable and paged',
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/organisation/case-summary',
    summary: "Supervisors: the organisation's cases by stage, open cases by case manager, and overdue work",
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/organisation/contact-summary',
    summary: "Administrators: the organisation's contacts, those with access, and invitations pending or expired",
    errors: [401, 403],
  },
  { method: 'get', path: '/api/case-managers', summary: 'Users a case can be assigned to (R-CASE-03)' },
  { method: 'get', path: '/api/tasks', summary: 'My tasks due by the end of next month, and overdue ones (R-TASK-02)' },
  {
    method: 'get',
    path: '/api/alerts',
    summary: 'Open alerts of my cases due by the end of next month, and overdue ones (R-NOTIF-08)',
  },
  { method: 'get', path: '/api/cases/{caseId}', summary: 'Case home page data', errors: [401, 403, 404] },
  {
    method: 'get',
    path: '/api/cases/{caseId}/plan',
    summary: 'The action plan as a printable document (R-PLAN-04), in English or French (`?lang=fr`)',
    errors: [401, 403, 404],
  },
  { method: 'get', path: '/api/reminders', summary: 'My reminders, searched (R-NOTIF-04)', errors: [400, 401, 403] },
  {
    method: 'post',
    path: '/api/reminders',
    summary: 'Create a reminder for myself, optionally about a case of my organisation (R-NOTIF-04)',
    body: reminderSchema,
    errors: [400, 401, 403, 422],
  },
  {
    method: 'post',
    path: '/api/reminders/delete',
    summary: 'Mark reminders done: they are deleted and nothing of them is kept (R-NOTIF-05)',
    body: reminderDeleteSchema,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/business-partners',
    summary:
      'Business Partners I may choose, by name, city and Public service type: public ones (EAS providers with ' +
      "their Public services, R-DLV-01, R-ES-02) and my organisation's private ones (R-INT-03)",
    errors: [400, 401, 403],
  },
  { method: 'get', path: '/api/business-partners/recent', summary: 'My Recent Business Partners (R-INT-03)' },
  {
    method: 'get',
    path: '/api/agreement-or-case/{id}',
    summary:
      'Display an Agreement/Case: what the number opens, a case of my organisation or an agreement I may see; ' +
      "another organisation's number is not found, as one nobody has",
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/organisation/agreements',
    summary:
      "My organisation's funding agreements, paged and sorted (R-UI-05); inForce=true leaves out the closed ones",
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/recent',
    summary: 'My Recent Agreements/Cases, Recent Persons and Recent Organisations (business partners I chose last)',
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/business-partners',
    summary: 'Add a Business Partner: public ones by ENS only, private ones for my organisation (R-BP-01)',
    body: businessPartnerSchema,
    errors: [400, 401, 403],
  },
  {
    method: 'put',
    path: '/api/business-partners/{id}',
    summary: 'Change a Business Partner I may keep (R-BP-01)',
    body: businessPartnerSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/audit-trail',
    summary: "The case's audit trail: who did what and when, newest first (R-UI-04)",
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/reports/case-details',
    summary: 'The Case Details Report with its notes (R-NOTE-06), `?format=pdf|csv`, `?lang=en|fr`',
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/organisation/reports/accountability',
    summary:
      'Supervisors: cases by the EAS agreement they report to, Private ones left out (R-CASE-04), ' +
      '`?format=pdf|csv`, `?lang=en|fr`',
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/organisation/reports/forms/{form}',
    summary:
      'Administrators: the printable intake or assessment form (`intake`, `assessment`) following the ' +
      "organisation's configuration (R-ASM-13), `?format=pdf|csv`, `?lang=en|fr`",
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/workflow',
    summary: 'Workflow state, timers, tasks and timeline (supervisors)',
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/organisation/additional-info',
    summary: "The organisation's Additional Case Information modules and questions",
  },
  {
    method: 'put',
    path: '/api/organisation/additional-info',
    summary: 'Configure modules, order, questions and what is required (administrators, R-ASM-01)',
    body: additionalInfoConfigSchema,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/additional-info',
    summary: "A case's answers and status per module (R-ASM-03)",
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/needs-determinations/draft',
    summary: 'The version a save goes to, pre-filled from the latest completed one (R-ND-09)',
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/outcomes/defaults',
    summary: 'What a new outcome starts with: type, date and the latest employment details (R-OUT-04/05/10)',
    errors: [401, 403, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/cases/{caseId}/notifications/{key}',
    summary: 'Dismiss an informational notification (R-NOTIF-03/05)',
    errors: [401, 403, 404, 422],
  },
  {
    method: 'get',
    path: '/api/services',
    summary: "Search the organisation's enhanced services; no criteria lists all (R-ES-03)",
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/services/activity-report',
    summary:
      'Registrations and individual sessions per accountability reporting, for the EAS activity report (R-ES-11)',
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/services',
    summary: 'Create an enhanced service (enhanced-services role, R-ES-01)',
    body: serviceSchema,
    errors: [400, 401, 403, 422],
  },
  {
    method: 'patch',
    path: '/api/services/{serviceId}',
    summary: 'Change status, visibility, location or seats; Completed/Cancelled cancels the waitlist (Q-07)',
    body: serviceChangeSchema,
    errors: [400, 401, 403, 404, 422],
  },
  {
    method: 'post',
    path: '/api/services/{serviceId}/copy',
    summary:
      'Copy to New: a Scheduled service with the same details on the dates given (its own when left out), ' +
      'without participants (enhanced-services role, R-ES-01)',
    body: serviceCopySchema,
    errors: [400, 401, 403, 404, 422],
  },
  {
    method: 'delete',
    path: '/api/services/{serviceId}',
    summary:
      'Delete a service nobody was ever entered on; one with entries is refused, they count in the activity ' +
      'report (R-ES-11, R-ES-12)',
    errors: [401, 403, 404, 422],
  },
  {
    method: 'get',
    path: '/api/services/{serviceId}',
    summary:
      'Service summary and participants; includeHistory=true adds removed, no-show, rescheduled and ' +
      'cancelled (R-ES-12)',
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/services/{serviceId}/person-search',
    summary:
      'Persons with an open case to add; a unique match by case ID or SIN is added directly (R-ES-09); a case ' +
      'shared with the organisation only by the whole last name (R-DLV-03)',
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/services/{serviceId}/participants',
    summary: 'Register, pre-register (R-WL-02) or waitlist (R-WL-04) a participant; 409 asks for confirmation',
    body: newParticipantSchema,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/services/{serviceId}/participant-changes',
    summary:
      'Save the participants page (R-ES-10): status changes, removals and additions, all applied or none; each ' +
      'refusal names its participant',
    body: participantsSaveSchema,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'patch',
    path: '/api/services/{serviceId}/participants/{participantId}',
    summary:
      'Register a pre-registered participant, promote from the waitlist, record a no-show, remove ' +
      '(R-WL-03/07, R-ES-12)',
    body: participantChangeSchema,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'post',
    path: '/api/services/{serviceId}/participants/{participantId}/intervention',
    summary: "Add the service to the participant's action plan as an intervention",
    body: interventionFromServiceSchema,
    idempotent: true,
    errors: [400, 401, 403, 404, 409, 422, 503],
  },
  {
    method: 'get',
    path: '/api/delivering-organisations',
    summary:
      'Organisations an External intervention can be delivered by; the case is shared with the one chosen, by id ' +
      '(deliveringOrganisationId, R-DLV-03)',
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/interventions/{interventionId}/funding-programs',
    summary: 'Programs that fund this intervention, alternatives after (R-FUND-01/02)',
    errors: [401, 403, 404],
  },
  idempotentUpdate(
    '/api/cases/{caseId}/interventions/{interventionId}/funding-package',
    'Apply Now: create the application package and its workflow (R-FUND-04/05)',
    createPackageSchema,
  ),
  {
    method: 'get',
    path: '/api/cases/{caseId}/funding-packages',
    summary: "The case's application packages",
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/funding-packages/{packageId}',
    summary: 'The application package: checklist, statement, agreement, history (R-FUND-06/07/12)',
    errors: [401, 403, 404],
  },
  idempotentUpdate(
    '/api/funding-packages/{packageId}/checklist',
    'Save a checklist row: attached case documents or sent on paper (R-FUND-07)',
    checklistItemSchema,
    'put',
  ),
  idempotentUpdate(
    '/api/funding-packages/{packageId}/statement',
    "Save the case manager's statement; spelling suggestions never block (R-FUND-20)",
    statementSchema,
    'put',
  ),
  idempotentUpdate(
    '/api/funding-packages/{packageId}/submit',
    'Submit or resubmit; 409 asks for confirmation (R-FUND-03/08/10/16)',
    submitPackageSchema,
  ),
  idempotentUpdate('/api/funding-packages/{packageId}', 'Delete a Draft application (R-FUND-19)', undefined, 'delete'),
  {
    method: 'get',
    path: '/api/agreements/{agreementId}',
    summary: 'Agreement home page (R-FUND-18)',
    errors: [401, 403, 404],
  },
  idempotentUpdate(
    '/api/agreements/{agreementId}/status',
    "ENS: move the agreement's status or close it with a reason (R-FUND-17/18)",
    agreementStatusSchema,
  ),
  idempotentUpdate(
    '/api/agreements/{agreementId}/request-changes',
    'ENS: return the application for changes; High notification to the case manager (R-FUND-15)',
    requestChangesSchema,
  ),
  {
    method: 'post',
    path: '/api/cases/{caseId}/documents',
    summary:
      'Attach a document: the file is the body, fileName/topic/documentName/context in the query; 10 MB, ' +
      'accepted types only (R-DOC-01/02)',
    errors: [400, 401, 403, 404, 409, 413, 415],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/documents',
    summary: "The case's documents with size, SHA-256 and where each one's PDF stands (R-DOC-03)",
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/documents/{documentId}/content',
    summary: 'The original file',
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/documents/{documentId}/pdf',
    summary:
      'The PDF of the document: the original when it is a PDF, else its conversion; 409 while it is being made or ' +
      'when the conversion failed (R-DOC-03)',
    errors: [401, 403, 404, 409],
  },
  {
    method: 'put',
    path: '/api/cases/{caseId}/documents/{documentId}/content',
    summary:
      'Replace the file, keeping name, topic and context and the replaced file as a version (R-DOC-05); refused ' +
      'for a closed case or a document a submitted funding application holds (R-DOC-06)',
    errors: [400, 401, 403, 404, 409, 413, 415],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/documents/{documentId}/versions',
    summary: 'The document now and the files it held before each replacement (R-DOC-05)',
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/documents/{documentId}/versions/{version}/content',
    summary: 'A file the document held before it was replaced',
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/cases/{caseId}/documents/{documentId}',
    summary: 'Delete a document of 30 days or less, not part of a submitted application (R-DOC-04/06)',
    errors: [401, 403, 404, 422],
  },
  {
    method: 'get',
    path: '/api/reference',
    summary: 'Codes and labels for forms: task outcomes, closure reasons per status, intervention types, NOC codes',
  },
  {
    method: 'post',
    path: '/api/codec/decode',
    summary: "Temporal Web UI's codec server: decrypts payloads for users who may inspect workflows",
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/codec/encode',
    summary: 'The codec server: encrypts payloads',
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/referral-organisations',
    summary: 'Organisations a referral inside the network can go to, with their general email (R-REF-05/07)',
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/referrals/template',
    summary:
      "A referral's subject and body from its template in the chosen language, and the default Emailed To " +
      '(R-REF-08/10)',
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/referrals/letter',
    summary: 'Preview the letter (PDF) of a referral being written (R-REF-13)',
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/referrals/{referralId}/letter',
    summary: 'The letter (PDF) a sent referral carried (R-REF-13)',
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/referrals',
    summary: "The case's referrals, newest first (R-REF-23)",
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/cases/{caseId}/referral-drafts',
    summary:
      'Start a draft referral (ACT-REF-02); notes (POST notes with referralId) and documents (POST documents with ' +
      'referralId) are attached to it until it is sent (R-REF-21)',
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/cases/{caseId}/referral-drafts/{draftId}',
    summary: 'A draft referral with its notes and documents, and whether it was sent (R-REF-21)',
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/cases/{caseId}/referral-drafts/{draftId}',
    summary: 'Cancel a draft referral (ACT-REF-07); its notes and documents stay in the case; refused once sent',
    errors: [401, 403, 404, 409],
  },
  {
    method: 'delete',
    path: '/api/cases/{caseId}/referral-drafts/{draftId}/documents/{documentId}',
    summary: 'Take a document off a draft referral (it stays in the case); refused once sent (R-REF-21)',
    errors: [401, 403, 404, 409],
  },
  {
    method: 'get',
    path: '/api/referrals/{referralId}/documents/{documentId}/content',
    summary: "A referral's document, for the sending and the receiving organisation only (R-REF-21)",
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/referrals/incoming',
    summary: 'Referrals other organisations sent to mine, pending transfers first',
  },
  {
    method: 'get',
    path: '/api/operations/stuck-steps',
    summary: 'Steps that kept failing and wait for an operator, with error, attempts and last failure (operations)',
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/operations/stuck-steps/{stepId}/retry',
    summary:
      'Retry a stuck step, or resolve it as it offers (a new agreement number); refused once it was retried or went ' +
      'through (R-OPS-02)',
    body: stuckStepRetry,
    idempotent: true,
    errors: [400, 401, 403, 404, 409, 422, 503],
  },
  {
    method: 'post',
    path: '/api/operations/stuck-steps/retry',
    summary: 'Retry stuck steps of one kind at once, those named or every one waiting; says how many were retried',
    body: stuckStepBatchRetry,
    idempotent: true,
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/operations/frozen-cases',
    summary:
      'Cases of my organisation whose workflow cannot run its next step (its workflow task keeps failing), with ' +
      "their run in Temporal's Web UI",
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/operations/late-referrals',
    summary: 'Referrals still Sent 15 minutes after submission: their email was not handed over (R-TMR-09)',
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/organisations',
    summary: 'Every organisation (LaMPSS Operations Support)',
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/organisations/{organisationId}',
    summary: 'Organisation header, flags, office locations and the profiles the caller may grant (R-ORG-10, R-SEC-04)',
    errors: [401, 403, 404],
  },
  {
    method: 'patch',
    path: '/api/organisations/{organisationId}',
    summary: 'Update organisation information; flags by Operations Support only (R-ORG-05/06)',
    body: organisationChangeSchema,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/organisations/{organisationId}/office-locations',
    summary: 'Add an office location',
    body: officeLocationSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/organisations/{organisationId}/contacts',
    summary: 'Contacts, 10 per page, primary first, with filters (R-CON-12..17)',
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/organisations/{organisationId}/contacts',
    summary: 'Add a contact, without or with LaMPSS access (an invitation) (§3.2, §3.3)',
    body: contactSchema,
    errors: [400, 401, 403, 404, 409, 422, 503],
  },
  {
    method: 'get',
    path: '/api/organisations/{organisationId}/contacts/{contactId}',
    summary: 'Contact details',
    errors: [401, 403, 404],
  },
  {
    method: 'patch',
    path: '/api/organisations/{organisationId}/contacts/{contactId}',
    summary: 'Edit, deactivate, reactivate, make primary, grant or revoke profiles (§3.7-3.9, R-CON-22)',
    body: contactChangeSchema,
    errors: [400, 401, 403, 404, 409, 422, 503],
  },
  {
    method: 'post',
    path: '/api/organisations/{organisationId}/contacts/{contactId}/invitations',
    summary: 'Invite a contact to LaMPSS (§3.4)',
    body: invitationSchema,
    errors: [400, 401, 403, 404, 409, 422, 503],
  },
  {
    method: 'post',
    path: '/api/organisations/{organisationId}/contacts/{contactId}/remove-access',
    summary: 'Remove LaMPSS access; the person stays a contact (R-SEC-12)',
    errors: [401, 403, 404, 409, 503],
  },
  {
    method: 'put',
    path: '/api/organisations/{organisationId}/primary-contact',
    summary: 'Transfer the primary contact role (R-CON-07)',
    body: primaryContactSchema,
    errors: [400, 401, 403, 404, 422, 503],
  },
  {
    method: 'post',
    path: '/api/organisations/{organisationId}/invitations/{invitationId}/withdraw',
    summary: 'Withdraw a pending invitation (R-INV-08)',
    errors: [401, 403, 404, 409],
  },
  {
    method: 'post',
    path: '/api/organisations/{organisationId}/invitations/{invitationId}/resend',
    summary: 'Send a pending invitation again: a new link valid 30 days (R-INV-15)',
    errors: [401, 403, 404, 409, 503],
  },
  {
    method: 'get',
    path: '/api/organisations/{organisationId}/audit',
    summary: 'Access-change history of the organisation (R-SEC-14, SR-06)',
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/organisations/{organisationId}/access-review',
    summary: 'Periodic access review: users, profiles, last sign-in, inviter, dormant flags, reviews (R-SEC-17)',
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/organisations/{organisationId}/access-review/schedule',
    summary: "When the organisation's next access review is due, and whether it is due now (R-SEC-17)",
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: '/api/organisations/{organisationId}/access-review',
    summary: 'Record that the access of every user was reviewed; the next review is due a quarter later (R-SEC-17)',
    body: accessReviewSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'put',
    path: '/api/session/acting-organisation',
    summary: 'Operations Support starts acting as another organisation, with a reason; audited (R-SEC-18)',
    body: actingAsSchema,
    errors: [400, 401, 403, 404],
  },
  {
    method: 'delete',
    path: '/api/session/acting-organisation',
    summary: 'Stop acting as another organisation; audited (R-SEC-18)',
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/support-sessions',
    summary: 'Operations Support sessions in organisations: who, which organisation, why, started and ended (R-SEC-18)',
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/invitations/{token}',
    summary: 'Invitation landing page: organisation and inviter only (SR-08); 404/410 when the link cannot be used',
    errors: [404, 409, 410, 429],
  },
  {
    method: 'post',
    path: '/api/invitations/accept',
    summary: 'Accept an invitation: choose a user ID and password (R-INV-10)',
    body: acceptInvitationSchema,
    errors: [400, 403, 404, 409, 410, 429, 503],
  },
  {
    method: 'post',
    path: '/api/access-requests',
    summary:
      'Request LaMPSS access for a new organisation (§3.12, R-ORG-02): 202, received once the link emailed to the ' +
      'address given is opened',
    body: accessRequestSchema,
    errors: [400, 409, 429, 503],
  },
  {
    method: 'post',
    path: '/api/access-requests/confirm',
    summary: "Confirm an access request with its email's link token: it goes to Operations Support",
    body: tokenSchema,
    errors: [400, 404, 410, 429, 503],
  },
  {
    method: 'get',
    path: '/api/access-requests',
    summary: 'Access requests by status (Operations Support)',
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/access-requests/{id}/approve',
    summary: 'Approve: organisation, contact and an administrator invitation (R-ORG-04)',
    body: accessDecisionSchema,
    errors: [400, 401, 403, 404, 409, 503],
  },
  {
    method: 'post',
    path: '/api/access-requests/{id}/reject',
    summary: 'Reject with a reason (R-ORG-03)',
    body: accessDecisionSchema,
    errors: [400, 401, 403, 404, 409, 503],
  },
  {
    method: 'post',
    path: '/api/password-resets',
    summary: 'Forgotten password (R-UI-07): 202 and the same answer for any address; an account using it gets a link',
    body: passwordResetRequestSchema,
    errors: [400, 429],
  },
  {
    method: 'get',
    path: '/api/password-resets/{token}',
    summary: "A reset link's page: the organisation and user ID it resets; 404/410 when the link cannot be used",
    errors: [404, 410, 429],
  },
  {
    method: 'post',
    path: '/api/password-resets/complete',
    summary: 'Set a new password with a reset link (once); every session of the user ends',
    body: passwordResetSchema,
    errors: [400, 404, 410, 422, 429, 503],
  },
  {
    method: 'post',
    path: '/api/account/password',
    summary: "Change one's own password: the current one, the new one twice; the other sessions end",
    body: passwordChangeSchema,
    errors: [400, 401, 403, 422, 429, 503],
  },
  {
    method: 'get',
    path: '/api/dev/mailbox',
    summary:
      "Emails the embedded SMTP sink received: outside production, for Operations Support, their organisation's only",
    errors: [401, 403, 404],
  },
  ...caseActionOperations,
];

/** A request schema as a reference into components.schemas, where its named parts (zod .meta ids) are hoisted. */
function schemaRef(schema: ZodType, components: Record<string, unknown>): unknown {
  const json = JSON.parse(
    JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0' })).replaceAll(
      '#/definitions/',
      '#/components/schemas/',
    ),
  );
  const { definitions, ...rest } = json as { definitions?: Record<string, unknown> };
  Object.assign(components, definitions ?? {});
  return rest;
}

/** Requests answered 202: taken, and finished by an email the requester acts on. */
const ACCEPTED = new Set(['/api/access-requests', '/api/password-resets']);

/** Path parameters that are database ids; every other one (task, note, step ids, codes) is a string. */
const INTEGER_PARAMS = new Set([
  'id',
  'caseId',
  'userId',
  'contactId',
  'organisationId',
  'invitationId',
  'referralId',
  'documentId',
  'version',
]);

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Record<string, unknown> = {};
  schemaRef(errorBodySchema, components);
  for (const op of operations) {
    const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: INTEGER_PARAMS.has(m[1]) ? 'integer' : 'string' },
    }));
    if (op.idempotent)
      params.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string' } } as never);
    paths[op.path] ??= {};
    paths[op.path][op.method] = {
      summary: op.summary,
      parameters: params.length ? params : undefined,
      requestBody: op.body
        ? { required: true, content: { 'application/json': { schema: schemaRef(op.body, components) } } }
        : undefined,
      responses: {
        [op.method === 'post' &&
        (op.path === '/api/cases' || op.path === '/api/individuals' || op.path.endsWith('/referrals'))
          ? '201'
          : ACCEPTED.has(op.path) && op.method === 'post'
            ? '202'
            : '200']: { description: 'OK' },
        ...Object.fromEntries(
          (op.errors ?? []).map((s) => [
            String(s),
            {
              description: 'Error',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
            },
          ]),
        ),
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Pathway API',
      version: '0.1.0',
      description:
        'Case orchestration for employment-services organisations. Sign in with POST /api/session: the session ' +
        'token comes in its HttpOnly cookie, never in the body; send the cookie, and with every change made with ' +
        'it X-CSRF-Token (csrfToken from POST or GET /api/session); a client that is not a browser may send the ' +
        "cookie's token as a Bearer header instead, and then needs no CSRF token.",
    },
    components: {
      schemas: components,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        cookie: { type: 'apiKey', in: 'cookie', name: 'pathway_session' },
      },
    },
    security: [{ bearer: [] }, { cookie: [] }],
    paths,
  };
}
