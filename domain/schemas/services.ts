// Request shapes of enhanced services, their participants and waitlists (spec 02 §3.1-3.5, §4.A).
import { z } from 'zod';
import { INTERVENTION_TYPES, FUNDING_TYPES } from '../reference.ts';
import { isoDate, keys, text } from './fields.ts';
import { inputMessage } from '../input.ts';

// Enhanced services (spec 02 §3.1-3.5, §4.A).
const time = z.string().regex(
  /^([01]\d|2[0-3]):[0-5]\d$/,
  inputMessage({
    en: 'Enter a time as HH:MM (24-hour), for example 13:00.',
    fr: 'Entrez une heure au format HH:MM (24 heures), par exemple 13:00.',
  }),
);

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
    minParticipants: z
      .number()
      .int()
      .min(1, inputMessage({ en: 'At least 1 participant.', fr: 'Au moins 1 participant.' }))
      .max(10_000)
      .default(1),
    maxParticipants: z
      .number()
      .int()
      .min(1, inputMessage({ en: 'At least 1 seat.', fr: 'Au moins 1 place.' }))
      .max(10_000),
    location: text(300),
    visibility: z.enum(['PUBLIC', 'PRIVATE']),
    additionalDetails: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'NewEnhancedService' });

/** "Copy to New": the copy's dates; the original's when left out. */
export const serviceCopySchema = z
  .object({ startDate: isoDate.optional(), endDate: isoDate.optional() })
  .meta({ id: 'EnhancedServiceCopy' });

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
        email: z
          .email(inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' }))
          .optional(),
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

/** R-ES-10: everything the participants page changed, sent by its one Save. */
export const participantsSaveSchema = z
  .object({
    changes: z
      .array(participantChangeSchema.extend({ participantId: z.number().int().positive().max(2_147_483_647) }))
      .max(500)
      .default([]),
    adds: z.array(newParticipantSchema).max(500).default([]),
  })
  .refine((b) => b.changes.length + b.adds.length > 0, {
    message: inputMessage({
      en: 'There is nothing to save: add a participant or change a status first.',
      fr: "Il n'y a rien à enregistrer : ajoutez un participant ou changez un statut d'abord.",
    }),
  })
  .meta({ id: 'ServiceParticipantsSave' });

export const interventionFromServiceSchema = z
  .object({
    fundingType: z.enum(keys(FUNDING_TYPES)).default('EDMT'),
    description: z.string().trim().max(4000).optional(),
  })
  .meta({ id: 'InterventionFromService' });

export type ServiceInput = z.infer<typeof serviceSchema>;
export type ServiceChangeInput = z.infer<typeof serviceChangeSchema>;
export type NewParticipantInput = z.infer<typeof newParticipantSchema>;
export type ParticipantsSaveInput = z.infer<typeof participantsSaveSchema>;
