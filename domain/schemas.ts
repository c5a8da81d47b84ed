// Request shapes, validated at the API edge and published in the OpenAPI document from the same objects.
// Rules that depend on a case's state live in the domain rule modules, not here.
import { z } from 'zod';
import { MANUAL_CLOSURE_REASONS, TASK_OUTCOMES } from './case-model.ts';
import { isIsoDate } from './dates.ts';
import { REFERRAL_TYPES } from './referrals.ts';
import { POSITION_TYPES } from './access.ts';
import {
  BARRIER_TYPES,
  DELIVERY_MODELS,
  EMPLOYABILITY_DIMENSIONS,
  EMPLOYMENT_GOALS,
  FUNDING_TYPES,
  INTERVENTION_TYPES,
} from './reference.ts';

const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/** Dates Pathway accepts: real calendar days in a range a case can touch, so date arithmetic never overflows. */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2099-12-31';

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'Enter a calendar date as YYYY-MM-DD, for example 2027-03-31.' })
  .refine((d) => d >= MIN_DATE && d <= MAX_DATE, { message: `Enter a date between ${MIN_DATE} and ${MAX_DATE}.` })
  .meta({ format: 'date', example: '2027-03-31' });

const text = (max: number) =>
  z.string().trim().min(1, 'This field is required.').max(max, `At most ${max} characters.`);

export const signInSchema = z
  .object({
    organisationCode: text(40),
    loginId: text(80),
    password: z.string().min(1, 'Enter your password.').max(200),
    acceptTerms: z.literal(true, { message: 'Accept the terms of use to sign in.' }),
  })
  .meta({ id: 'SignIn' });

const address = z.object({
  line1: text(120),
  city: text(80),
  province: text(40),
  country: text(60).default('Canada'),
  postalCode: text(12),
});

export const individualSchema = z
  .object({
    firstName: text(60),
    lastName: text(60),
    middleInitial: z.string().trim().max(1).optional(),
    gender: z.enum(['MALE', 'FEMALE']),
    dateOfBirth: isoDate,
    sin: z
      .string()
      .regex(/^\d{3}-?\d{3}-?\d{3}$/, 'A social insurance number has 9 digits, for example 046-454-286.')
      .optional(),
    phone: z.string().trim().max(30).optional(),
    email: z.email('Enter a valid email address.').optional(),
    address,
    /** Set after the duplicate check was shown: creates the individual despite possible matches. */
    confirmNoDuplicate: z.boolean().default(false),
  })
  .meta({ id: 'NewIndividual' });

export const individualSearchSchema = z
  .object({
    lastName: z.string().trim().max(60).optional(),
    firstName: z.string().trim().max(60).optional(),
    dateOfBirth: isoDate.optional(),
    ageFrom: z.coerce.number().int().min(0).max(130).optional(),
    ageTo: z.coerce.number().int().min(0).max(130).optional(),
    sin: z.string().trim().max(11).optional(),
    phone: z.string().trim().max(30).optional(),
    address: z.string().trim().max(120).optional(),
    city: z.string().trim().max(80).optional(),
    page: z.coerce.number().int().min(1).default(1),
  })
  .meta({ id: 'IndividualSearch' });

export const individualChangeSchema = z
  .object({
    firstName: text(60).optional(),
    lastName: text(60).optional(),
    middleInitial: z.string().trim().max(1).optional(),
    phone: z.string().trim().max(30).optional(),
    email: z.email('Enter a valid email address.').optional(),
    address: address.optional(),
  })
  .meta({ id: 'IndividualChange' });

export const aliasSchema = z
  .object({ firstName: z.string().trim().max(60).optional(), lastName: z.string().trim().max(60).optional() })
  .refine((a) => a.firstName || a.lastName, 'Enter a first name or a last name for the alias.')
  .meta({ id: 'NewAlias' });

const recordChoice = z.enum(['YOURS', 'PROVINCIAL']);

/**
 * Privacy & Sharing (R-PER-18..21): consent, then either no provincial match, a chosen match merged attribute by
 * attribute, or "none of these", which creates a new provincial record once confirmed.
 */
export const shareSchema = z
  .object({
    writtenConsentObtained: z.literal(true, {
      message:
        "Written consent must be confirmed before sharing: confirm that the client's written consent was obtained.",
    }),
    selectedMatch: z.union([z.number().int().positive(), z.literal('NONE')]).optional(),
    mergeSelections: z
      .object({
        names: recordChoice.default('PROVINCIAL'),
        address: recordChoice.default('YOURS'),
        phone: recordChoice.default('YOURS'),
        email: recordChoice.default('YOURS'),
      })
      .default({ names: 'PROVINCIAL', address: 'YOURS', phone: 'YOURS', email: 'YOURS' }),
    confirmNewProvincialRecord: z.boolean().default(false),
  })
  .meta({ id: 'ShareWithGovernment' });

/** Registration Details (spec 01 §3.7, Q-04): the answers a case starts with; EI answers are stored as declared
 * (R-CASE-08). */
export const registrationSchema = z
  .object({
    employmentStatus: z.enum(['UNEMPLOYED', 'EMPLOYED', 'SELF_EMPLOYED', 'NOT_IN_LABOUR_FORCE']),
    workHoursPerWeek: z.number().positive().max(168).optional(),
    hourlyWage: z.number().positive().max(1_000_000).optional(),
    expectedLayoffDate: isoDate.optional(),
    student: z.boolean(),
    correspondenceLanguage: z.enum(['EN', 'FR']),
    preferredContactMethod: z.enum(['TELEPHONE', 'EMAIL', 'MAIL']),
    eiInLast36Months: z.boolean(),
    eiClaimType: z
      .enum(['REGULAR', 'FISHING', 'SICKNESS', 'MATERNITY_PARENTAL', 'COMPASSIONATE_CARE', 'OTHER'])
      .optional(),
    eiClaimStartedLast60Months: z.boolean().optional(),
    legallyEntitledToWork: z.boolean(),
  })
  .superRefine((r, ctx) => {
    if (r.eiInLast36Months && !r.eiClaimType) {
      ctx.addIssue({
        code: 'custom',
        path: ['eiClaimType'],
        message:
          'Select the type of claim: the client applied for or received Employment Insurance in the last 36 months.',
      });
    }
    if (r.employmentStatus === 'EMPLOYED') {
      if (r.workHoursPerWeek === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['workHoursPerWeek'],
          message: 'Enter the work hours per week of an employed client.',
        });
      if (r.hourlyWage === undefined)
        ctx.addIssue({ code: 'custom', path: ['hourlyWage'], message: 'Enter the hourly wage of an employed client.' });
    }
  })
  .meta({ id: 'RegistrationDetails' });

export const openCaseSchema = z
  .object({
    individualId: z.number().int().positive(),
    caseManagerId: z.number().int().positive().optional(),
    accountabilityReporting: z.string().trim().min(1).max(40).default('PRIVATE'),
    /** R-CASE-05: a previous case of this individual at this organisation to copy key data from. */
    copyFromCaseId: z.number().int().positive().optional(),
    registration: registrationSchema.optional(),
  })
  .refine((c) => c.registration || c.copyFromCaseId, {
    path: ['registration'],
    message: 'Enter the registration details, or name a previous case to copy them from (copyFromCaseId).',
  })
  .meta({ id: 'OpenCase' });

// ACKNOWLEDGED closes the "Client case received" task of a transferred case (R-REF-19).
const allTaskOutcomes = [
  ...new Set([...Object.values(TASK_OUTCOMES).flatMap((o) => Object.keys(o ?? {})), 'ACKNOWLEDGED']),
] as [string, ...string[]];
export const completeTaskSchema = z.object({ outcome: z.enum(allTaskOutcomes) }).meta({ id: 'CompleteTask' });

const allManualReasons = [...new Set(Object.values(MANUAL_CLOSURE_REASONS).flat())] as [string, ...string[]];
export const closeCaseSchema = z
  .object({
    reason: z.enum(allManualReasons, { message: 'Select a reason for the status change.' }),
    note: z.string().trim().max(4000).optional(),
    confirmed: z.literal(true, { message: 'Closing a case is permanent: confirm it with "confirmed": true.' }),
  })
  .meta({ id: 'CloseCase' });

export const interventionSchema = z
  .object({
    dimension: z.enum(keys(EMPLOYABILITY_DIMENSIONS)),
    interventionType: z.enum(keys(INTERVENTION_TYPES)),
    fundingType: z.enum(keys(FUNDING_TYPES)),
    deliveryModel: z.enum(keys(DELIVERY_MODELS)),
    deliveringOrganisation: z.string().trim().max(120).optional(),
    plannedStartDate: isoDate,
    plannedEndDate: isoDate,
    description: text(4000),
    fundingRequested: z.boolean().default(false),
  })
  .meta({ id: 'NewIntervention' });

export const interventionChangeSchema = z
  .object({
    plannedStartDate: isoDate.optional(),
    plannedEndDate: isoDate.optional(),
    status: z.enum(['IN_PROGRESS', 'COMPLETED', 'NOT_COMPLETED']).optional(),
    actualEndDate: isoDate.optional(),
    nonCompletionReason: z
      .enum(['CLIENT_WITHDREW', 'FOUND_EMPLOYMENT', 'ILLNESS', 'MOVED', 'NOT_SUITABLE', 'SERVICE_CANCELLED', 'OTHER'])
      .optional(),
  })
  .meta({ id: 'InterventionChange' });

export const needsDeterminationSchema = z
  .object({
    employmentGoal: z.enum(keys(EMPLOYMENT_GOALS)).optional(),
    jobPreferences: z
      .array(z.object({ label: text(80), nocCode: z.string().regex(/^\d{4}$/, 'A NOC code has 4 digits.') }))
      .max(3, 'At most 3 job preferences.')
      .default([]),
    barriers: z
      .array(
        z.object({
          dimension: z.enum(keys(EMPLOYABILITY_DIMENSIONS)),
          barrierType: z.enum(keys(BARRIER_TYPES)),
          description: z.string().trim().max(2000).optional(),
          relevantToGoal: z.boolean().default(false),
        }),
      )
      .default([]),
    completed: z.boolean().default(false),
    confirmed: z.boolean().default(false),
  })
  .meta({ id: 'NeedsDetermination' });

export const noteSchema = z
  .object({ text: text(8000), context: z.string().trim().max(80).optional() })
  .meta({ id: 'NewCaseNote' });

export const EDUCATION_LEVELS = [
  'LESS_THAN_HIGH_SCHOOL',
  'HIGH_SCHOOL_COMPLETE',
  'SOME_POST_SECONDARY',
  'APPRENTICESHIP_TRADES',
  'COLLEGE_DIPLOMA',
  'BACHELORS_DEGREE',
  'GRADUATE_DEGREE',
] as const;

/** Education & Experience (spec 01 §3.10): the whole screen is saved at once. */
export const educationExperienceSchema = z
  .object({
    highestEducationLevel: z.enum(EDUCATION_LEVELS),
    highestEducationYear: z.number().int().min(1900).max(2100).optional(),
    educationRecords: z
      .array(
        z.object({
          name: text(120),
          sourceLocation: text(120),
          result: z.enum(['DIPLOMA', 'CERTIFICATE', 'DEGREE', 'INCOMPLETE', 'IN_PROGRESS']).optional(),
          fromDate: isoDate,
          toDate: isoDate.optional(),
        }),
      )
      .max(50)
      .default([]),
    employmentRecords: z
      .array(
        z.object({
          employerName: text(120),
          jobTitle: text(120),
          nocCode: z
            .string()
            .regex(/^\d{4}$/, 'A NOC code has 4 digits.')
            .optional(),
          fromDate: isoDate,
          toDate: isoDate.optional(),
          salary: z.number().positive().optional(),
          salaryUnit: z.enum(['PER_HOUR', 'PER_WEEK', 'PER_MONTH', 'PER_YEAR']).optional(),
          employmentType: z.enum(['FULL_TIME', 'PART_TIME', 'SEASONAL', 'CONTRACT']).optional(),
          avgHoursPerWeek: z.number().positive().max(168).optional(),
          jobDuties: z.string().trim().max(4000).optional(),
          reasonForLeaving: z
            .enum(['BUSINESS_CLOSURE', 'LAID_OFF', 'QUIT', 'DISMISSED', 'END_OF_CONTRACT', 'HEALTH', 'OTHER'])
            .optional(),
          otherDetails: z.string().trim().max(4000).optional(),
        }),
      )
      .max(100)
      .default([]),
    otherSkills: z
      .array(
        z.object({
          // R-ASM-10
          skillType: z
            .string()
            .trim()
            .min(1, 'Enter the skill type.')
            .max(25, 'Skill type cannot exceed 25 characters.'),
          details: z.string().trim().max(2000).optional(),
        }),
      )
      .max(100)
      .default([]),
  })
  .meta({ id: 'EducationExperience' });

const INFO_MODULE_CODES = ['PERSONAL_SITUATION', 'HEALTH_DISABILITY', 'LEGAL_SITUATION', 'IMMIGRATION'] as const;

/** R-ASM-01: an organisation's Additional Case Information: modules, their order, and their questions. */
export const additionalInfoConfigSchema = z
  .object({
    modules: z
      .array(
        z.object({
          moduleCode: z.enum(INFO_MODULE_CODES),
          required: z.boolean().default(false),
          questions: z
            .array(
              z
                .object({
                  id: z.number().int().positive().optional(),
                  text: text(300),
                  answerType: z.enum(['DROPDOWN', 'PICKLIST_MULTI', 'CHECKBOX', 'FREE_TEXT']),
                  options: z.array(text(120)).max(50).default([]),
                  required: z.boolean().default(false),
                })
                .refine(
                  (q) =>
                    q.answerType === 'DROPDOWN' || q.answerType === 'PICKLIST_MULTI' ? q.options.length > 0 : true,
                  {
                    message: 'A dropdown or pick list needs at least one option.',
                    path: ['options'],
                  },
                ),
            )
            .min(1, 'A collected module has at least one question.')
            .max(100),
        }),
      )
      .max(4)
      .refine((mods) => new Set(mods.map((m) => m.moduleCode)).size === mods.length, 'Each module appears once.'),
  })
  .meta({ id: 'AdditionalInfoConfiguration' });

export const moduleAnswersSchema = z
  .object({
    answers: z
      .record(
        z.string().regex(/^\d+$/, 'Answers are keyed by question id.'),
        z.union([z.string().max(2000), z.array(z.string().max(120)).max(50), z.boolean()]),
      )
      .default({}),
    completed: z.boolean().default(false),
  })
  .meta({ id: 'AdditionalInfoAnswers' });

export const OUTCOME_TYPE_CODES = ['RTWAP_CLOSURE', 'WEEK_24', 'WEEK_52', 'RANDOM'] as const;
export const EMPLOYMENT_STATUS_CODES = ['EMPLOYED', 'SELF_EMPLOYED', 'UNEMPLOYED', 'IN_TRAINING', 'UNKNOWN'] as const;

const detailFields = {
  employmentDetails: z.enum(['FULL_TIME', 'PART_TIME', 'SEASONAL', 'CONTRACT_TEMPORARY', 'UNKNOWN']).optional(),
  jobLeadSource: z
    .enum([
      'CASE_MANAGER_SERVICE_PROVIDER',
      'EMPLOYER_DIRECT',
      'JOB_BOARD',
      'NETWORKING_FAMILY_FRIENDS',
      'WORK_PLACEMENT',
      'SELF',
      'OTHER',
      'UNKNOWN',
    ])
    .optional(),
  employerName: z.string().trim().max(120).optional(),
  provinceOfEmployment: z
    .enum(['NL', 'PE', 'NS', 'NB', 'QC', 'ON', 'MB', 'SK', 'AB', 'BC', 'YT', 'NT', 'NU', 'OUTSIDE_CANADA', 'UNKNOWN'])
    .optional(),
  jobTitle: z.string().trim().max(120).optional(),
  nocCode: z.string().trim().max(4).optional(),
  /** A number, or "UNKNOWN" when the client could not say. */
  hoursPerWeek: z.union([z.number(), z.literal('UNKNOWN')]).optional(),
  hourlyWage: z.union([z.number(), z.literal('UNKNOWN')]).optional(),
  inPreferredField: z.boolean().default(false),
};

export const outcomeSchema = z
  .object({
    type: z.enum(OUTCOME_TYPE_CODES),
    actualOutcomeDate: isoDate,
    employmentStatus: z.enum(EMPLOYMENT_STATUS_CODES),
    ...detailFields,
    /** C-OUT-01: saving the 52-week outcome closes the case; the client confirms it. */
    confirmClose: z.boolean().default(false),
  })
  .meta({ id: 'NewEmploymentOutcome' });

export const outcomeChangeSchema = z
  .object({ actualOutcomeDate: isoDate, employmentStatus: z.enum(EMPLOYMENT_STATUS_CODES), ...detailFields })
  .meta({ id: 'EmploymentOutcomeChange' });

/** R-TMR-06: an administrative correction of the follow-up anchors. */
export const anchorCorrectionSchema = z
  .object({ planEndDate: isoDate, lastInterventionEnd: isoDate, reason: text(500) })
  .meta({ id: 'FollowUpAnchorCorrection' });

export const reassignSchema = z.object({ caseManagerId: z.number().int().positive() }).meta({ id: 'ReassignCase' });

export const referralSchema = z
  .object({
    type: z.enum(REFERRAL_TYPES, {
      message: 'Choose the type of referral: CASE_TRANSFER, INFO_WITHIN_LAMPSS or INFO_OUTSIDE_LAMPSS.',
    }),
    toOrganisationId: z.number().int().positive().optional(),
    toOrganisationName: z.string().trim().max(200).optional(),
    contactPerson: z.string().trim().min(1, 'Enter the contact person.').max(200),
    emailedTo: z.email('Enter a valid email address in "Emailed To".').max(254),
    language: z.enum(['EN', 'FR'], { message: 'Select a correspondence template and language.' }),
    subject: z.string().trim().min(1, 'The email subject and body cannot be empty.').max(300),
    body: z.string().trim().min(1, 'The email subject and body cannot be empty.').max(10_000),
    confirmed: z.boolean().default(false),
    personalInfoAcknowledged: z.boolean().optional(),
  })
  .meta({ id: 'Referral' });

export const referralTemplateQuery = z.object({
  type: z.enum(REFERRAL_TYPES),
  language: z.enum(['EN', 'FR']).default('EN'),
  toOrganisationId: z.coerce.number().int().positive().optional(),
  toOrganisationName: z.string().trim().max(200).optional(),
  contactPerson: z.string().trim().max(200).optional(),
});

export const transferSchema = z
  .object({
    caseManagerId: z
      .number({
        message: 'Office, Agreement / Case Manager, Accountability Report and Service Delivery Location are required.',
      })
      .int()
      .positive(),
    serviceDeliveryLocation: z.string().trim().max(200).optional(),
    confirmed: z.boolean().default(false),
  })
  .meta({ id: 'CompleteTransfer' });

export type SignInInput = z.infer<typeof signInSchema>;
export type IndividualInput = z.infer<typeof individualSchema>;
export type IndividualSearch = z.infer<typeof individualSearchSchema>;
export type OpenCaseInput = z.infer<typeof openCaseSchema>;
export type RegistrationInput = z.infer<typeof registrationSchema>;
export type CompleteTaskInput = z.infer<typeof completeTaskSchema>;
export type CloseCaseInput = z.infer<typeof closeCaseSchema>;
export type InterventionInput = z.infer<typeof interventionSchema>;
export type InterventionChangeInput = z.infer<typeof interventionChangeSchema>;
export type NeedsDeterminationInputRaw = z.infer<typeof needsDeterminationSchema>;
export type NoteInput = z.infer<typeof noteSchema>;
export type EducationExperienceInput = z.infer<typeof educationExperienceSchema>;
export type AdditionalInfoConfig = z.infer<typeof additionalInfoConfigSchema>;
export type OutcomeInput = z.infer<typeof outcomeSchema>;
export type OutcomeChangeInput = z.infer<typeof outcomeChangeSchema>;
export type AnchorCorrectionInput = z.infer<typeof anchorCorrectionSchema>;

// Organisations, contacts, invitations and access requests (spec 04). Lengths are generous at this edge so that the
// rules of domain/access.ts answer with the error catalogue's own messages (R-CON-01, R-INV-03).
const optionalText = (max: number) => z.string().trim().max(max, `At most ${max} characters.`).nullish();
const profileList = z.array(z.string().max(40)).max(30);
const flag = z.boolean().optional();

const contactFields = {
  lastName: z.string().max(100, 'At most 100 characters.').optional(),
  firstName: z.string().max(100, 'At most 100 characters.').optional(),
  email: z.string().max(254, 'Enter a valid email address.').optional(),
  jobTitle: optionalText(100),
  phone: optionalText(30),
  mobilePhone: optionalText(30),
  language: z.enum(['EN', 'FR']).optional(),
  officeLocationId: z.number().int().positive().max(2_147_483_647).nullish(),
  positionType: z.enum(keys(POSITION_TYPES)).nullish(),
  fte: z.number().min(-1000).max(1000).nullish(),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
};

export const invitationSchema = z
  .object({ profiles: profileList, message: z.string().max(5000).nullish() })
  .meta({ id: 'Invitation' });

export const contactSchema = z
  .object({ ...contactFields, isPrimary: z.boolean().optional(), invitation: invitationSchema.optional() })
  .meta({ id: 'NewContact' });

export const contactChangeSchema = z
  .object({
    ...contactFields,
    active: z.boolean().optional(),
    isPrimary: z.boolean().optional(),
    profilesToAdd: profileList.optional(),
    profilesToRemove: profileList.optional(),
    version: z.number().int().min(1).max(2_147_483_647),
  })
  .meta({ id: 'ContactChange' });

const yesNo = z.enum(['true', 'false']).transform((v) => v === 'true');
export const contactSearchSchema = z.object({
  lastName: z.string().max(100).optional(),
  firstName: z.string().max(100).optional(),
  email: z.string().max(254).optional(),
  userId: z.string().max(100).optional(),
  profiles: z
    .union([z.string().max(40), profileList])
    .optional()
    .transform((p) => (p === undefined ? [] : Array.isArray(p) ? p : p.split(',').filter(Boolean))),
  activeOnly: yesNo.default(true),
  withAccess: yesNo.default(false),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const primaryContactSchema = z
  .object({ contactId: z.number().int().positive().max(2_147_483_647) })
  .meta({ id: 'PrimaryContact' });

export const organisationChangeSchema = z
  .object({
    name: text(200).optional(),
    type: text(60).optional(),
    addressLine1: optionalText(120),
    city: optionalText(80),
    province: optionalText(40),
    postalCode: optionalText(12),
    phone: optionalText(30),
    activeFundingAgreement: flag,
    externalCaseManagement: flag,
    clientTracking: flag,
    serviceEnrolment: flag,
    privateCareerCollege: flag,
    learnerManagement: flag,
    inactive: flag,
    version: z.number().int().min(1).max(2_147_483_647),
  })
  .meta({ id: 'OrganisationChange' });

export const officeLocationSchema = z.object({ name: text(120) }).meta({ id: 'OfficeLocation' });

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(200),
    loginId: z.string().trim().max(50, 'At most 50 characters.'),
    password: z.string().max(200, 'At most 200 characters.'),
    accountEmail: z.email('Enter a valid email address.').max(254).nullish(),
  })
  .meta({ id: 'AcceptInvitation' });

export const accessRequestSchema = z
  .object({
    lastName: text(100),
    firstName: text(100),
    email: z.email('Enter a valid email address.').max(254),
    phone: optionalText(30),
    jobTitle: optionalText(100),
    language: z.enum(['EN', 'FR']).default('EN'),
    organisationName: text(200),
    organisationType: text(60).default('PRIVATE_NON_PROFIT'),
    addressLine1: text(120),
    city: text(80),
    province: text(40),
    postalCode: text(12),
    organisationPhone: text(30),
    family: z.enum(['OFA', 'PCC']).default('OFA'),
  })
  .meta({ id: 'AccessRequest' });

export const accessDecisionSchema = z
  .object({ decisionNote: z.string().trim().max(2000).nullish() })
  .meta({ id: 'AccessDecision' });

export type ContactInput = z.infer<typeof contactSchema>;
export type ContactChangeInput = z.infer<typeof contactChangeSchema>;
export type ContactSearch = z.infer<typeof contactSearchSchema>;
export type OrganisationChangeInput = z.infer<typeof organisationChangeSchema>;
export type AccessRequestInput = z.infer<typeof accessRequestSchema>;
// Enhanced services (spec 02 §3.1-3.5, §4.A).
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM (24-hour), for example 13:00.');

export const serviceSchema = z
  .object({
    serviceFormat: z.enum(['GROUP', 'INDIVIDUAL']),
    accountabilityReporting: text(80),
    name: text(120),
    description: text(4000),
    serviceType: z.enum(keys(INTERVENTION_TYPES)),
    primaryAudience: z.string().trim().max(200).optional(),
    startDate: isoDate,
    endDate: isoDate,
    startTime: time.optional(),
    endTime: time.optional(),
    minParticipants: z.number().int().min(1, 'At least 1 participant.').max(10_000).default(1),
    maxParticipants: z.number().int().min(1, 'At least 1 seat.').max(10_000),
    location: text(300),
    visibility: z.enum(['PUBLIC', 'PRIVATE']),
    additionalDetails: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'NewEnhancedService' });

export const serviceChangeSchema = z
  .object({
    status: z.enum(['SCHEDULED', 'COMPLETED', 'CANCELLED']).optional(),
    visibility: z.enum(['PUBLIC', 'PRIVATE']).optional(),
    location: text(300).optional(),
    maxParticipants: z.number().int().min(1).max(10_000).optional(),
  })
  .meta({ id: 'EnhancedServiceChange' });

const criterion = (max: number) => z.string().trim().min(1).max(max).optional();

export const serviceSearchSchema = z
  .object({
    serviceId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    serviceFormat: z.enum(['GROUP', 'INDIVIDUAL']).optional(),
    accountabilityReporting: criterion(80),
    name: criterion(120),
    description: criterion(200),
    serviceType: z.enum(keys(INTERVENTION_TYPES)).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    participantLastName: criterion(60),
    participantFirstName: criterion(60),
    participantSin: criterion(11),
  })
  .meta({ id: 'EnhancedServiceSearch' });

export const participantSearchSchema = z
  .object({
    caseId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
    sin: criterion(11),
    dateOfBirth: isoDate.optional(),
    lastName: criterion(60),
    firstName: criterion(60),
    email: criterion(120),
    phone: criterion(30),
  })
  .meta({ id: 'ParticipantPersonSearch' });

export const newParticipantSchema = z
  .object({
    caseId: z.number().int().positive().max(2_147_483_647).optional(),
    preRegistration: z
      .object({
        firstName: text(60),
        lastName: text(60),
        email: z.email('Enter a valid email address.').optional(),
        phone: z.string().trim().max(30).optional(),
      })
      .optional(),
    /** R-WL-02: the user answered OK to CONFIRM_PREREGISTER. */
    confirmPreRegister: z.boolean().default(false),
    /** R-WL-04: the user answered OK to CONFIRM_WAITLIST. */
    confirmWaitlist: z.boolean().default(false),
    sessionDate: isoDate.optional(),
    sessionStatus: z.enum(['COMPLETED', 'NOT_COMPLETED']).optional(),
  })
  .meta({ id: 'NewServiceParticipant' });

export const participantChangeSchema = z
  .object({
    status: z.enum([
      'PRE_REGISTERED',
      'REGISTERED',
      'WAITLISTED',
      'NO_SHOW',
      'RESCHEDULED',
      'CANCELLED',
      'REMOVED',
      'COMPLETED',
      'NOT_COMPLETED',
    ]),
    /** A7: the case a pre-registered participant is registered with. */
    caseId: z.number().int().positive().max(2_147_483_647).optional(),
    /** R-ES-12: removal is confirmed. */
    confirmed: z.boolean().default(false),
  })
  .meta({ id: 'ServiceParticipantChange' });

export const interventionFromServiceSchema = z
  .object({
    fundingType: z.enum(keys(FUNDING_TYPES)).default('EDMT'),
    description: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'InterventionFromService' });

export const businessPartnerSearchSchema = z
  .object({ name: criterion(120), serviceType: z.enum(keys(INTERVENTION_TYPES)).optional() })
  .meta({ id: 'BusinessPartnerSearch' });

export type ServiceInput = z.infer<typeof serviceSchema>;
export type ServiceChangeInput = z.infer<typeof serviceChangeSchema>;
export type NewParticipantInput = z.infer<typeof newParticipantSchema>;

// Funding requests and case documents (spec 02 §4.C).
export const documentUploadSchema = z
  .object({
    fileName: text(200),
    /** Defaults to the file name without its extension. */
    documentName: z.string().trim().min(1).max(200).optional(),
    topic: z.enum(
      [
        'Supplementary Information',
        'Application Form',
        'Financial Information',
        'Medical Information',
        'Correspondence',
        'Case Manager Statement',
      ],
      { message: 'Choose the document topic.' },
    ),
    /** The screen section the document is attached from (R-DOC-01). */
    context: z.string().trim().min(1).max(300).default('Case Documents'),
  })
  .meta({ id: 'DocumentUpload' });

export const documentReplaceSchema = z.object({ fileName: text(200) }).meta({ id: 'DocumentReplace' });

export const createPackageSchema = z
  .object({ programCode: z.enum(['SDIA', 'SKILLS_UP', 'TARGETED_WAGE_SUBSIDIES', 'SELF_EMPLOYMENT']) })
  .meta({ id: 'NewApplicationPackage' });

export const checklistItemSchema = z
  .object({
    /** The checklist row, e.g. RESUME (R-FUND-05: rows come from the program's template). */
    code: z
      .string()
      .trim()
      .regex(/^[A-Z_]{2,60}$/, 'A checklist row code such as RESUME.'),
    paper: z.boolean().default(false),
    documentIds: z.array(z.number().int().positive().max(2_147_483_647)).max(20).default([]),
  })
  .meta({ id: 'ChecklistItemSave' });

const yesNoAnswer = z.enum(['YES', 'NO']);
export const statementSchema = z
  .object({
    supportsPlan: yesNoAnswer,
    signedByBoth: yesNoAnswer,
    spouseConsentSigned: z.enum(['YES', 'NO', 'NOT_APPLICABLE']),
    justification: z.string().trim().max(20_000),
  })
  .meta({ id: 'CaseManagerStatement' });

export const submitPackageSchema = z
  .object({ confirmed: z.boolean().default(false) })
  .meta({ id: 'SubmitApplication' });

export const agreementStatusSchema = z
  .object({
    status: z.enum(['ASSESSMENT', 'ASSESSED', 'APPROVED', 'ACTIVE', 'CLOSED']),
    reason: z.enum(['NOT_APPROVED', 'DOCUMENTS_NOT_RECEIVED', 'WITHDRAWN', 'AGREEMENT_ENDED']).optional(),
    agreementManager: z.string().trim().min(1).max(120).optional(),
  })
  .meta({ id: 'AgreementStatusChange' });

export const requestChangesSchema = z
  .object({ message: text(2000), dueDate: isoDate.optional() })
  .meta({ id: 'RequestChanges' });
