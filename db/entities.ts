// MikroORM entities, one per table of the schema in db/migrations. Business dates are `date` columns
// carried as "YYYY-MM-DD" strings, like everywhere else in Pathway.
import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';
import type { StepProblem, StepResolution } from '../domain/step-problems.ts';

const date = () => p.string().columnType('date');

/** The columns of an address kept apart from the individual: an earlier one (R-PER-14), another one (R-PER-17). */
const addressProperties = () => ({
  addressLine1: p.text(),
  city: p.text(),
  province: p.text(),
  country: p.text(),
  postalCode: p.text(),
});

export const Organisation = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    id: p.integer().primary().autoincrement(),
    code: p.text().unique(),
    name: p.text(),
    activeFundingAgreement: p.boolean().default(true),
    externalCaseManagement: p.boolean().default(true),
    clientTracking: p.boolean().default(true),
    /** The general contact address referrals are emailed to by default (R-REF-07). */
    generalEmail: p.text().nullable(),
    serviceEnrolment: p.boolean().default(false),
    privateCareerCollege: p.boolean().default(false),
    learnerManagement: p.boolean().default(false),
    inactive: p.boolean().default(false),
    type: p.text().default('PRIVATE_NON_PROFIT'),
    addressLine1: p.text().nullable(),
    city: p.text().nullable(),
    province: p.text().nullable(),
    postalCode: p.text().nullable(),
    phone: p.text().nullable(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export const OfficeLocation = defineEntity({
  name: 'OfficeLocation',
  tableName: 'office_location',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationId: p.integer(),
    name: p.text(),
    active: p.boolean().default(true),
  },
});

export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationId: p.integer(),
    /** Null for a contact without LaMPSS access (spec 04 R-CON-11). */
    loginId: p.text().nullable(),
    firstName: p.text(),
    lastName: p.text(),
    email: p.text(),
    passwordHash: p.text().hidden().lazy().nullable(),
    /** Effective security profiles; empty without access. */
    profiles: p.array().columnType('text[]'),
    active: p.boolean().default(true),
    jobTitle: p.text().nullable(),
    phone: p.text().nullable(),
    mobilePhone: p.text().nullable(),
    language: p.text().default('EN'),
    isPrimary: p.boolean().default(false),
    officeLocationId: p.integer().nullable(),
    positionType: p.text().nullable(),
    fte: p.decimal('number').precision(3).scale(2).nullable(),
    startDate: date().nullable(),
    endDate: date().nullable(),
    /** The email the account holder gave when accepting, shown when it differs (R-CON-17). */
    accountEmail: p.text().nullable(),
    lastSignInAt: p.datetime().nullable(),
    version: p.integer().default(1),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export const UserSession = defineEntity({
  name: 'UserSession',
  tableName: 'user_session',
  properties: {
    id: p.text().primary(),
    userId: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastSeenAt: p.datetime(),
    expiresAt: p.datetime(),
  },
});

export const Individual = defineEntity({
  name: 'Individual',
  tableName: 'individual',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationId: p.integer(),
    firstName: p.text(),
    lastName: p.text(),
    firstNameSoundex: p.text().hidden(),
    lastNameSoundex: p.text().hidden(),
    middleInitial: p.text().nullable(),
    title: p.text().nullable(),
    gender: p.text(),
    maritalStatus: p.text().nullable(),
    languages: p.array().columnType('text[]').default([]),
    dateOfBirth: date(),
    dateOfDeath: date().nullable(),
    sin: p.text().nullable(),
    phone: p.text().nullable(),
    email: p.text().nullable(),
    addressLine1: p.text(),
    city: p.text(),
    province: p.text(),
    country: p.text(),
    postalCode: p.text(),
    sharedWithGovernment: p.boolean().default(false),
    consentRecordedAt: p.datetime().nullable(),
    addressSince: p.datetime().onCreate(() => new Date()),
    provincialPersonId: p.integer().nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export const ProvincialPerson = defineEntity({
  name: 'ProvincialPerson',
  tableName: 'provincial_person',
  properties: {
    id: p.integer().primary().autoincrement(),
    firstName: p.text(),
    lastName: p.text(),
    firstNameSoundex: p.text().hidden(),
    lastNameSoundex: p.text().hidden(),
    gender: p.text(),
    dateOfBirth: date(),
    sin: p.text().nullable(),
    addressLine1: p.text(),
    city: p.text(),
    province: p.text(),
    country: p.text(),
    postalCode: p.text(),
    phone: p.text().nullable(),
    email: p.text().nullable(),
    hasEnsFundingAgreement: p.boolean().default(false),
    /** The organisation whose share made the record; null for ENS's own records and those made before. */
    createdByOrganisationId: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export const AddressHistory = defineEntity({
  name: 'AddressHistory',
  tableName: 'individual_address_history',
  properties: {
    id: p.integer().primary().autoincrement(),
    individualId: p.integer(),
    ...addressProperties(),
    validFrom: p.datetime(),
    validTo: p.datetime(),
    changedBy: p.integer(),
  },
});

/** R-UI-04: a change to a person's details: who made it, when, and which fields it changed. */
export const IndividualChange = defineEntity({
  name: 'IndividualChange',
  tableName: 'individual_change',
  properties: {
    id: p.integer().primary().autoincrement(),
    individualId: p.integer(),
    changedBy: p.integer(),
    changedAt: p.datetime().onCreate(() => new Date()),
    fields: p.array().columnType('text[]'),
  },
});

export const IndividualAlias = defineEntity({
  name: 'IndividualAlias',
  tableName: 'individual_alias',
  properties: {
    id: p.integer().primary().autoincrement(),
    individualId: p.integer(),
    firstName: p.text().nullable(),
    lastName: p.text().nullable(),
    firstNameSoundex: p.text().nullable().hidden(),
    lastNameSoundex: p.text().nullable().hidden(),
    source: p.text(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

/** R-PER-17: a person's other phones and emails; the default of each kind stays on the individual itself. */
export const IndividualContact = defineEntity({
  name: 'IndividualContact',
  tableName: 'individual_contact',
  properties: {
    id: p.integer().primary().autoincrement(),
    individualId: p.integer(),
    kind: p.text(),
    value: p.text(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

/** R-PER-17: a person's other addresses; the default stays on the individual itself. */
export const IndividualAddress = defineEntity({
  name: 'IndividualAddress',
  tableName: 'individual_address',
  properties: {
    id: p.integer().primary().autoincrement(),
    individualId: p.integer(),
    ...addressProperties(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export const Case = defineEntity({
  name: 'Case',
  tableName: 'case',
  properties: {
    id: p.integer().primary().autoincrement(),
    individualId: p.integer(),
    organisationId: p.integer(),
    caseManagerId: p.integer(),
    program: p.text(),
    accountabilityReporting: p.text(),
    registration: p.json<Record<string, unknown>>().nullable(),
    status: p.text(),
    statusSince: date(),
    workflowId: p.text(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    closedReason: p.text().nullable(),
    followUpPlanEnd: date().nullable(),
    followUpLastInterventionEnd: date().nullable(),
  },
});

export const CaseStatusRow = defineEntity({
  name: 'CaseStatusRow',
  tableName: 'case_status_row',
  properties: {
    id: p.integer().primary().autoincrement(),
    caseId: p.integer(),
    status: p.text(),
    startDate: date(),
    endDate: date().nullable(),
    reason: p.text(),
    changedBy: p.integer().nullable(),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
});

export const CaseTask = defineEntity({
  name: 'CaseTask',
  tableName: 'case_task',
  properties: {
    id: p.text().primary(),
    caseId: p.integer(),
    type: p.text(),
    openedOn: date(),
    dueDate: date().nullable(),
    state: p.text(),
    outcome: p.text().nullable(),
    closedOn: date().nullable(),
    closedBy: p.integer().nullable(),
    createdBy: p.integer().nullable(),
  },
});

export const CaseAlert = defineEntity({
  name: 'CaseAlert',
  tableName: 'case_alert',
  primaryKeys: ['caseId', 'key'],
  properties: {
    caseId: p.integer().primary(),
    key: p.text().primary(),
    kind: p.text(),
    dueDate: date(),
    raisedOn: date(),
    clearedOn: date().nullable(),
    ref: p.text().nullable(),
  },
});

export const CaseNotification = defineEntity({
  name: 'CaseNotification',
  tableName: 'case_notification',
  primaryKeys: ['caseId', 'key'],
  properties: {
    caseId: p.integer().primary(),
    key: p.text().primary(),
    kind: p.text(),
    priority: p.text(),
    message: p.text(),
    /** Null for a notification raised before notifications were bilingual. */
    messageFr: p.text().nullable(),
    dueDate: date(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

/** R-NOTIF-04: a reminder a user created; one about a case follows the case to its case manager (R-NOTIF-06). */
export const UserReminder = defineEntity({
  name: 'UserReminder',
  tableName: 'user_reminder',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationId: p.integer(),
    ownerId: p.integer(),
    caseId: p.integer().nullable(),
    dueDate: date(),
    priority: p.text(),
    description: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

/** R-BP-01: a Business Partner outside Pathway; public (kept by ENS) when it has no owner, else its owner's alone. */
export const BusinessPartner = defineEntity({
  name: 'BusinessPartner',
  tableName: 'business_partner',
  properties: {
    id: p.integer().primary().autoincrement(),
    ownerOrganisationId: p.integer().nullable(),
    name: p.text(),
    city: p.text().nullable(),
    services: p.text().nullable(),
    phone: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

/** R-INT-03: the partners a user chose last, for the Recent list. */
export const BusinessPartnerRecent = defineEntity({
  name: 'BusinessPartnerRecent',
  tableName: 'business_partner_recent',
  primaryKeys: ['userId', 'name'],
  properties: {
    userId: p.integer().primary(),
    name: p.text().primary(),
    organisationId: p.integer().nullable(),
    usedAt: p.datetime(),
  },
});

/** What a user opened last: a case, an agreement or a person (the seeds' Recent lists). */
export const RecentItem = defineEntity({
  name: 'RecentItem',
  tableName: 'recent_item',
  primaryKeys: ['userId', 'kind', 'itemId'],
  properties: {
    userId: p.integer().primary(),
    kind: p.text().primary(),
    itemId: p.integer().primary(),
    organisationId: p.integer(),
    openedAt: p.datetime(),
  },
});

export const InterventionRow = defineEntity({
  name: 'InterventionRow',
  tableName: 'intervention',
  properties: {
    id: p.text().primary(),
    caseId: p.integer(),
    dimension: p.text(),
    interventionType: p.text(),
    fundingType: p.text(),
    deliveryModel: p.text(),
    deliveringOrganisation: p.text().nullable(),
    /** R-DLV-03: the organisation the case is shared with; null for a partner outside Pathway. */
    deliveringOrganisationId: p.integer().nullable(),
    plannedStartDate: date(),
    plannedEndDate: date(),
    description: p.text(),
    fundingRequested: p.boolean(),
    status: p.text(),
    actualEndDate: date().nullable(),
    nonCompletionReason: p.text().nullable(),
    deleted: p.boolean().default(false),
  },
});

export const NeedsDeterminationRow = defineEntity({
  name: 'NeedsDeterminationRow',
  tableName: 'needs_determination',
  primaryKeys: ['caseId', 'version'],
  properties: {
    caseId: p.integer().primary(),
    version: p.integer().primary(),
    completed: p.boolean(),
    employmentGoal: p.text().nullable(),
    jobPreferences: p.json<{ label: string; nocCode: string }[]>(),
    barriers: p.json<unknown[]>(),
    savedOn: date(),
    savedBy: p.integer().nullable(),
  },
});

export const CaseEducation = defineEntity({
  name: 'CaseEducation',
  tableName: 'case_education',
  properties: {
    caseId: p.integer().primary().autoincrement(false),
    highestEducationLevel: p.text(),
    document: p.json<Record<string, unknown>>(),
    updatedAt: p.datetime(),
    updatedBy: p.integer().nullable(),
  },
});

export const OrgInfoModule = defineEntity({
  name: 'OrgInfoModule',
  tableName: 'org_info_module',
  primaryKeys: ['organisationId', 'moduleCode'],
  properties: {
    organisationId: p.integer().primary(),
    moduleCode: p.text().primary(),
    displayOrder: p.integer(),
    required: p.boolean(),
  },
});

export const OrgInfoQuestion = defineEntity({
  name: 'OrgInfoQuestion',
  tableName: 'org_info_question',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationId: p.integer(),
    moduleCode: p.text(),
    text: p.text(),
    answerType: p.text(),
    options: p.json<string[]>(),
    required: p.boolean(),
    displayOrder: p.integer(),
  },
});

export const CaseInfoModule = defineEntity({
  name: 'CaseInfoModule',
  tableName: 'case_info_module',
  primaryKeys: ['caseId', 'moduleCode'],
  properties: {
    caseId: p.integer().primary(),
    moduleCode: p.text().primary(),
    answers: p.json<Record<string, unknown>>(),
    status: p.text(),
    updatedAt: p.datetime(),
    updatedBy: p.integer().nullable(),
  },
});

export const CaseNote = defineEntity({
  name: 'CaseNote',
  tableName: 'case_note',
  properties: {
    id: p.text().primary(),
    caseId: p.integer(),
    text: p.text(),
    context: p.text().nullable(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime().nullable(),
    /** R-REF-21: the referral the note was written for, from its draft. */
    referralId: p.text().nullable(),
  },
});

export const EmploymentOutcomeRow = defineEntity({
  name: 'EmploymentOutcomeRow',
  tableName: 'employment_outcome',
  properties: {
    id: p.text().primary(),
    caseId: p.integer(),
    type: p.text(),
    actualOutcomeDate: date(),
    employmentStatus: p.text(),
    details: p.json<Record<string, unknown>>(),
    recordedOn: date(),
    recordedBy: p.integer().nullable(),
    deletedAt: p.datetime().nullable(),
  },
});

export const CaseCommand = defineEntity({
  name: 'CaseCommand',
  tableName: 'case_command',
  primaryKeys: ['caseId', 'id'],
  properties: {
    id: p.text().primary(),
    caseId: p.integer().primary(),
    actorId: p.integer().nullable(),
    at: p.datetime(),
    events: p.json<unknown[]>(),
  },
});

export const EmailOutbox = defineEntity({
  name: 'EmailOutbox',
  tableName: 'email_outbox',
  properties: {
    id: p.text().primary(),
    kind: p.text(),
    recipient: p.text(),
    subject: p.text(),
    body: p.text(),
    status: p.text().default('PENDING'),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
    messageId: p.text().nullable(),
    /** Files sent with the email, base64-encoded. */
    attachments: p.json<StoredAttachment[]>(),
    /** The organisation whose case, user or action the email is about; none for a public request's emails. */
    organisationId: p.integer().nullable(),
  },
});

export interface StoredAttachment {
  filename: string;
  contentType: string;
  base64: string;
}

export const IdempotencyKey = defineEntity({
  name: 'IdempotencyKey',
  tableName: 'idempotency_key',
  primaryKeys: ['userId', 'key'],
  properties: {
    userId: p.integer().primary(),
    key: p.text().primary(),
    requestHash: p.text(),
    statusCode: p.integer().nullable(),
    response: p.json<unknown>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export const StuckStep = defineEntity({
  name: 'StuckStep',
  tableName: 'stuck_step',
  properties: {
    id: p.text().primary(),
    kind: p.text(),
    description: p.text(),
    workflowId: p.text(),
    caseId: p.integer().nullable(),
    organisationId: p.integer().nullable(),
    status: p.text(),
    attempts: p.integer(),
    lastError: p.text().nullable(),
    firstFailedAt: p.datetime(),
    lastFailedAt: p.datetime(),
    updatedAt: p.datetime(),
    retriedBy: p.integer().nullable(),
    retries: p.integer(),
    resolvedAt: p.datetime().nullable(),
    nextRetryAt: p.datetime().nullable(),
    problem: p.json<StepProblem>().nullable(),
    resolutions: p.json<StepResolution[]>(),
    runId: p.text().nullable(),
  },
});

export const ReferralRow = defineEntity({
  name: 'ReferralRow',
  tableName: 'referral',
  properties: {
    id: p.text().primary(),
    caseId: p.integer(),
    type: p.text(),
    fromOrganisationId: p.integer(),
    submittedBy: p.integer(),
    toOrganisationId: p.integer().nullable(),
    toOrganisationName: p.text(),
    contactPerson: p.text(),
    emailedTo: p.text(),
    language: p.text(),
    template: p.text(),
    subject: p.text(),
    body: p.text(),
    submittedOn: date(),
    submittedAt: p.datetime(),
    status: p.text(),
    emailedAt: p.datetime().nullable(),
    transferOutcome: p.text(),
    transferCompletedAt: p.datetime().nullable(),
  },
});

/** R-REF-21: a referral being written, to which notes and documents are attached; its id becomes the referral's. */
export const ReferralDraft = defineEntity({
  name: 'ReferralDraft',
  tableName: 'referral_draft',
  properties: {
    id: p.text().primary(),
    caseId: p.integer(),
    organisationId: p.integer(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    sentAt: p.datetime().nullable(),
  },
});

export const IndividualAccess = defineEntity({
  name: 'IndividualAccess',
  tableName: 'individual_access',
  primaryKeys: ['individualId', 'organisationId'],
  properties: {
    individualId: p.integer().primary(),
    organisationId: p.integer().primary(),
    reason: p.text(),
    grantedAt: p.datetime().onCreate(() => new Date()),
  },
});

export const Invitation = defineEntity({
  name: 'Invitation',
  tableName: 'invitation',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationId: p.integer(),
    contactId: p.integer(),
    tokenHash: p.text().hidden(),
    profiles: p.array().columnType('text[]'),
    message: p.text().nullable(),
    sentToEmail: p.text(),
    invitedBy: p.integer().nullable(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    status: p.text().default('PENDING'),
    endedAt: p.datetime().nullable(),
    endedBy: p.integer().nullable(),
    endReason: p.text().nullable(),
  },
});

export const AccessRequest = defineEntity({
  name: 'AccessRequest',
  tableName: 'access_request',
  properties: {
    id: p.integer().primary().autoincrement(),
    submittedAt: p.datetime().onCreate(() => new Date()),
    lastName: p.text(),
    firstName: p.text(),
    email: p.text(),
    phone: p.text().nullable(),
    jobTitle: p.text().nullable(),
    language: p.text().default('EN'),
    organisationName: p.text(),
    organisationType: p.text(),
    addressLine1: p.text(),
    city: p.text(),
    province: p.text(),
    postalCode: p.text(),
    organisationPhone: p.text(),
    family: p.text(),
    status: p.text().default('SUBMITTED'),
    decidedBy: p.integer().nullable(),
    decidedAt: p.datetime().nullable(),
    decisionNote: p.text().nullable(),
    organisationId: p.integer().nullable(),
    contactId: p.integer().nullable(),
    /** The SHA-256 of the link sent to `email`; the request is received once it is opened. */
    confirmTokenHash: p.text().hidden().nullable(),
    confirmExpiresAt: p.datetime().nullable(),
    confirmedAt: p.datetime().nullable(),
  },
});

/** A forgotten-password link (R-UI-07): single use, expiring, stored only as its token's SHA-256. */
export const PasswordReset = defineEntity({
  name: 'PasswordReset',
  tableName: 'password_reset',
  properties: {
    id: p.integer().primary().autoincrement(),
    userId: p.integer(),
    tokenHash: p.text().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    endReason: p.text().nullable(),
  },
});

export const EnhancedService = defineEntity({
  name: 'EnhancedService',
  tableName: 'enhanced_service',
  properties: {
    id: p.integer().primary().autoincrement(),
    organisationId: p.integer(),
    serviceFormat: p.text(),
    accountabilityReporting: p.text(),
    name: p.text(),
    description: p.text(),
    serviceType: p.text(),
    primaryAudience: p.text().nullable(),
    status: p.text(),
    startDate: date(),
    endDate: date(),
    startTime: p.text().nullable(),
    endTime: p.text().nullable(),
    minParticipants: p.integer(),
    maxParticipants: p.integer(),
    location: p.text(),
    visibility: p.text(),
    additionalDetails: p.text().nullable(),
    lastWaitlistNumber: p.integer().default(0),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export const ServiceParticipant = defineEntity({
  name: 'ServiceParticipant',
  tableName: 'service_participant',
  properties: {
    id: p.integer().primary().autoincrement(),
    serviceId: p.integer(),
    individualId: p.integer().nullable(),
    caseId: p.integer().nullable(),
    firstName: p.text(),
    lastName: p.text(),
    email: p.text().nullable(),
    phone: p.text().nullable(),
    status: p.text(),
    waitlistNumber: p.integer().nullable(),
    sessionDate: date().nullable(),
    createdBy: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    statusChangedAt: p.datetime().onCreate(() => new Date()),
  },
});

export const ServiceParticipantHistory = defineEntity({
  name: 'ServiceParticipantHistory',
  tableName: 'service_participant_history',
  properties: {
    id: p.integer().primary().autoincrement(),
    participantId: p.integer(),
    fromStatus: p.text().nullable(),
    toStatus: p.text(),
    changedBy: p.integer(),
    changedAt: p.datetime().onCreate(() => new Date()),
  },
});

export const CaseDocument = defineEntity({
  name: 'CaseDocument',
  tableName: 'case_document',
  properties: {
    id: p.integer().primary().autoincrement(),
    caseId: p.integer(),
    context: p.text(),
    fileName: p.text(),
    documentName: p.text(),
    topic: p.text(),
    contentType: p.text(),
    sizeBytes: p.integer(),
    sha256: p.text(),
    content: p.blob().lazy(),
    createdBy: p.integer().nullable(),
    createdOn: date(),
    changedOn: date(),
    deletedAt: p.datetime().nullable(),
    /** 1 for the file first uploaded; each replacement keeps the previous file as a CaseDocumentVersion. */
    version: p.integer().default(1),
    /** R-REF-21: the referral the document was attached to, from its draft. */
    referralId: p.text().nullable(),
    /** R-DOC-03: the current file's PDF (domain/document-pdf.ts); none for a PDF original, which is its own. */
    pdfStatus: p.text().nullable(),
    pdfContent: p.blob().lazy().nullable(),
    pdfSizeBytes: p.integer().nullable(),
    pdfSha256: p.text().nullable(),
  },
});

/** A file a case document held before it was replaced (R-DOC-05): kept, never changed. */
export const CaseDocumentVersion = defineEntity({
  name: 'CaseDocumentVersion',
  tableName: 'case_document_version',
  primaryKeys: ['documentId', 'version'],
  properties: {
    documentId: p.integer().primary(),
    version: p.integer().primary(),
    fileName: p.text(),
    contentType: p.text(),
    sizeBytes: p.integer(),
    sha256: p.text(),
    content: p.blob().lazy(),
    createdBy: p.integer().nullable(),
    createdOn: date(),
    replacedBy: p.integer().nullable(),
    replacedAt: p.datetime().onCreate(() => new Date()),
  },
});

export const FundingPackage = defineEntity({
  name: 'FundingPackage',
  tableName: 'funding_package',
  properties: {
    id: p.integer().primary().autoincrement(),
    caseId: p.integer(),
    interventionId: p.text(),
    programCode: p.text(),
    state: p.text(),
    workflowId: p.text(),
    snapshot: p.json<Record<string, unknown>>(),
    agreementId: p.integer().nullable(),
    createdBy: p.integer().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
});

export const FundingEvent = defineEntity({
  name: 'FundingEvent',
  tableName: 'funding_event',
  primaryKeys: ['packageId', 'commandId', 'seq'],
  properties: {
    packageId: p.integer().primary(),
    commandId: p.text().primary(),
    seq: p.integer().primary(),
    caseId: p.integer(),
    type: p.text(),
    detail: p.json<Record<string, unknown>>(),
    actorId: p.integer().nullable(),
    at: p.datetime(),
  },
});

export const entities = [
  Organisation,
  OfficeLocation,
  Invitation,
  AccessRequest,
  User,
  UserSession,
  PasswordReset,
  Individual,
  ProvincialPerson,
  AddressHistory,
  IndividualChange,
  IndividualAlias,
  IndividualContact,
  IndividualAddress,
  Case,
  CaseStatusRow,
  CaseTask,
  CaseAlert,
  CaseNotification,
  UserReminder,
  BusinessPartner,
  BusinessPartnerRecent,
  RecentItem,
  InterventionRow,
  NeedsDeterminationRow,
  CaseEducation,
  OrgInfoModule,
  OrgInfoQuestion,
  CaseInfoModule,
  CaseNote,
  EmploymentOutcomeRow,
  CaseCommand,
  EmailOutbox,
  IdempotencyKey,
  StuckStep,
  ReferralRow,
  ReferralDraft,
  IndividualAccess,
  EnhancedService,
  ServiceParticipant,
  ServiceParticipantHistory,
  CaseDocument,
  CaseDocumentVersion,
  FundingPackage,
  FundingEvent,
];

export type IUser = InferEntity<typeof User>;
export type ICase = InferEntity<typeof Case>;
export type IIndividual = InferEntity<typeof Individual>;
export type IIndividualContact = InferEntity<typeof IndividualContact>;
export type IIndividualAddress = InferEntity<typeof IndividualAddress>;
