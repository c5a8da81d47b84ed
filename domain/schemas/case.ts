// Request shapes of a case: opening it, and the bodies of the case actions (domain/case-actions/).
import { z } from 'zod';
import { MANUAL_CLOSURE_REASONS, TASK_OUTCOMES } from '../case-model.ts';
import { REFERRAL_TYPES } from '../referrals.ts';
import {
  BARRIER_TYPES,
  DELIVERY_MODELS,
  EMPLOYABILITY_DIMENSIONS,
  EMPLOYMENT_GOALS,
  FUNDING_TYPES,
  INTERVENTION_TYPES,
} from '../reference.ts';
import { isoDate, keys, text } from './fields.ts';
import { inputMessage } from '../input.ts';

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
        message: inputMessage({
          en:
            'Select the type of claim: the client applied for or received Employment Insurance in the last 36 ' +
            'months.',
          fr:
            "Choisissez le type de demande : le client a demandé ou reçu de l'assurance-emploi au cours des 36 " +
            'derniers mois.',
        }),
      });
    }
    if (r.employmentStatus === 'EMPLOYED') {
      if (r.workHoursPerWeek === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['workHoursPerWeek'],
          message: inputMessage({
            en: 'Enter the work hours per week of an employed client.',
            fr: "Entrez le nombre d'heures de travail par semaine d'un client en emploi.",
          }),
        });
      if (r.hourlyWage === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['hourlyWage'],
          message: inputMessage({
            en: 'Enter the hourly wage of an employed client.',
            fr: "Entrez le salaire horaire d'un client en emploi.",
          }),
        });
    }
  })
  .meta({ id: 'RegistrationDetails' });

/** Spec 01 §4.12: the Case Details screen updates the registration details the case was opened with. */
export const registrationUpdateSchema = z
  .object({ registration: registrationSchema })
  .meta({ id: 'RegistrationUpdate' });

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
    message: inputMessage({
      en: 'Enter the registration details, or name a previous case to copy them from (copyFromCaseId).',
      fr: "Entrez les renseignements d'inscription, ou nommez un cas antérieur d'où les copier (copyFromCaseId).",
    }),
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
    reason: z.enum(allManualReasons, {
      message: inputMessage({
        en: 'Select a reason for the status change.',
        fr: 'Choisissez une raison pour le changement de statut.',
      }),
    }),
    note: z.string().trim().max(4000).optional(),
    confirmed: z.literal(true, {
      message: inputMessage({
        en: 'Closing a case is permanent: confirm it with "confirmed": true.',
        fr: 'La fermeture d\'un cas est définitive : confirmez-la avec "confirmed": true.',
      }),
    }),
  })
  .meta({ id: 'CloseCase' });

export const interventionSchema = z
  .object({
    dimension: z.enum(keys(EMPLOYABILITY_DIMENSIONS)),
    interventionType: z.enum(keys(INTERVENTION_TYPES)),
    fundingType: z.enum(keys(FUNDING_TYPES)),
    deliveryModel: z.enum(keys(DELIVERY_MODELS)),
    /** R-DLV-03: an organisation of Pathway, from GET /api/delivering-organisations; the case is shared with it. */
    deliveringOrganisationId: z.number().int().positive().max(2_147_483_647).optional(),
    /** A partner outside Pathway, by name: shown on the plan, shares nothing. */
    deliveringOrganisation: z.string().trim().max(120).optional(),
    plannedStartDate: isoDate,
    plannedEndDate: isoDate,
    description: text(4000),
    fundingRequested: z.boolean().default(false),
  })
  .meta({ id: 'NewIntervention' });

export const interventionChangeSchema = z
  .object({
    /** R-DLV-05: accepted only unchanged; how an intervention is delivered is chosen when it is added. */
    deliveryModel: interventionSchema.shape.deliveryModel.optional(),
    deliveringOrganisationId: interventionSchema.shape.deliveringOrganisationId,
    deliveringOrganisation: interventionSchema.shape.deliveringOrganisation,
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
      .array(
        z.object({
          label: text(80),
          nocCode: z
            .string()
            .regex(
              /^\d{4}$/,
              inputMessage({ en: 'A NOC code has 4 digits.', fr: 'Un code de la CNP compte 4 chiffres.' }),
            ),
        }),
      )
      .max(3, inputMessage({ en: 'At most 3 job preferences.', fr: "Au plus 3 préférences d'emploi." }))
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
  .object({
    text: text(8000),
    context: z.string().trim().max(80).optional(),
    /** R-REF-21: the draft referral the note is written for. */
    referralId: z.string().trim().min(1).max(64).optional(),
  })
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
          // R-ASM-09: the employer's address, filled in from the Recent Employers list or typed.
          employerStreet: z.string().trim().max(200).optional(),
          employerCity: z.string().trim().max(80).optional(),
          employerProvince: z.string().trim().max(80).optional(),
          employerPostalCode: z.string().trim().max(20).optional(),
          jobTitle: text(120),
          nocCode: z
            .string()
            .regex(
              /^\d{4}$/,
              inputMessage({ en: 'A NOC code has 4 digits.', fr: 'Un code de la CNP compte 4 chiffres.' }),
            )
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
            .min(1, inputMessage({ en: 'Enter the skill type.', fr: 'Entrez le type de compétence.' }))
            .max(
              25,
              inputMessage({
                en: 'Skill type cannot exceed 25 characters.',
                fr: 'Le type de compétence ne peut pas dépasser 25 caractères.',
              }),
            ),
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
                    message: inputMessage({
                      en: 'A dropdown or pick list needs at least one option.',
                      fr: 'Une liste déroulante ou une liste de choix doit avoir au moins une option.',
                    }),
                    path: ['options'],
                  },
                ),
            )
            .min(
              1,
              inputMessage({
                en: 'A collected module has at least one question.',
                fr: 'Un module recueilli compte au moins une question.',
              }),
            )
            .max(100),
        }),
      )
      .max(4)
      .refine(
        (mods) => new Set(mods.map((m) => m.moduleCode)).size === mods.length,
        inputMessage({ en: 'Each module appears once.', fr: "Chaque module ne figure qu'une seule fois." }),
      ),
  })
  .meta({ id: 'AdditionalInfoConfiguration' });

export const moduleAnswersSchema = z
  .object({
    answers: z
      .record(
        z.string().regex(
          /^\d+$/,
          inputMessage({
            en: 'Answers are keyed by question id.',
            fr: "Les réponses sont indexées par l'identifiant de la question.",
          }),
        ),
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
      message: inputMessage({
        en: 'Choose the type of referral: CASE_TRANSFER, INFO_WITHIN_LAMPSS or INFO_OUTSIDE_LAMPSS.',
        fr: "Choisissez le type d'aiguillage : CASE_TRANSFER, INFO_WITHIN_LAMPSS ou INFO_OUTSIDE_LAMPSS.",
      }),
    }),
    toOrganisationId: z.number().int().positive().optional(),
    toOrganisationName: z.string().trim().max(200).optional(),
    contactPerson: z
      .string()
      .trim()
      .min(1, inputMessage({ en: 'Enter the contact person.', fr: 'Entrez la personne-ressource.' }))
      .max(200),
    emailedTo: z
      .email(
        inputMessage({
          en: 'Enter a valid email address in "Emailed To".',
          fr: 'Entrez une adresse courriel valide dans « Envoyé à ».',
        }),
      )
      .max(254),
    language: z.enum(['EN', 'FR'], {
      message: inputMessage({
        en: 'Select a correspondence template and language.',
        fr: 'Choisissez un modèle de correspondance et une langue.',
      }),
    }),
    subject: z
      .string()
      .trim()
      .min(
        1,
        inputMessage({
          en: 'The email subject and body cannot be empty.',
          fr: "L'objet et le corps du courriel ne peuvent pas être vides.",
        }),
      )
      .max(300),
    body: z
      .string()
      .trim()
      .min(
        1,
        inputMessage({
          en: 'The email subject and body cannot be empty.',
          fr: "L'objet et le corps du courriel ne peuvent pas être vides.",
        }),
      )
      .max(10_000),
    confirmed: z.boolean().default(false),
    personalInfoAcknowledged: z.boolean().optional(),
    /** R-REF-21: the draft the referral was written in; the sent referral keeps its id and its attachments. */
    draftId: z.string().trim().min(1).max(64).optional(),
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
        message: inputMessage({
          en: 'Office, Agreement / Case Manager, Accountability Report and Service Delivery Location are required.',
          fr:
            "Le bureau, le responsable de l'entente ou gestionnaire de cas, le rapport de responsabilisation et le " +
            'lieu de prestation des services sont obligatoires.',
        }),
      })
      .int()
      .positive(),
    serviceDeliveryLocation: z.string().trim().max(200).optional(),
    confirmed: z.boolean().default(false),
  })
  .meta({ id: 'CompleteTransfer' });

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
