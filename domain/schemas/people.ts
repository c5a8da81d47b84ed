// Request shapes for individuals: adding, searching, changing, aliases and sharing with government (spec 01 §3).
import { z } from 'zod';
import { GENDERS } from '../people.ts';
import { LANGUAGES, MARITAL_STATUSES, TITLES } from '../person-details.ts';
import { isoDate, text } from './fields.ts';
import { pageParam, sortParams } from './paging.ts';
import { inputMessage } from '../input.ts';

const sin = z
  .string()
  .trim()
  .regex(
    /^\d{3}[- ]?\d{3}[- ]?\d{3}$/,
    inputMessage({
      en: 'A social insurance number has 9 digits, for example 046-454-286.',
      fr: "Un numéro d'assurance sociale compte 9 chiffres, par exemple 046-454-286.",
    }),
  );

const address = z.object({
  line1: text(120),
  city: text(80),
  province: text(40),
  country: text(60).default('Canada'),
  postalCode: text(12),
});

const title = z.enum(TITLES);
const maritalStatus = z.enum(MARITAL_STATUSES);
/** Languages spoken, each at most once. */
const languages = z
  .array(z.enum(LANGUAGES))
  .max(LANGUAGES.length)
  .refine((l) => new Set(l).size === l.length, {
    message: inputMessage({ en: 'Choose each language once.', fr: 'Choisissez chaque langue une seule fois.' }),
  });
/** An empty value clears an optional detail. */
const orEmpty = <T extends z.ZodType>(t: T) => z.union([t, z.literal('')]).optional();

export const individualSchema = z
  .object({
    firstName: text(60),
    lastName: text(60),
    middleInitial: z.string().trim().max(1).optional(),
    title: title.optional(),
    gender: z.enum(GENDERS),
    maritalStatus: maritalStatus.optional(),
    languages: languages.optional(),
    dateOfBirth: isoDate,
    sin: sin.optional(),
    phone: z.string().trim().max(30).optional(),
    email: z
      .email(inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' }))
      .optional(),
    address,
    /** Set after the duplicate check was shown: creates the individual despite possible matches. */
    confirmNoDuplicate: z.boolean().default(false),
    /** R-PER-07: what the person search answered with; a person is added only after a search. */
    searchToken: z.string().max(100).optional(),
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
    page: pageParam,
    /** R-UI-05: the found individuals sorted by a column; by name, the exact match first (R-PER-05). */
    ...sortParams(['name', 'dateOfBirth', 'city'], { sort: 'name', dir: 'asc' }),
  })
  .meta({ id: 'IndividualSearch' });

export const individualChangeSchema = z
  .object({
    firstName: text(60).optional(),
    lastName: text(60).optional(),
    middleInitial: z.string().trim().max(1).optional(),
    title: orEmpty(title),
    gender: z.enum(GENDERS).optional(),
    maritalStatus: orEmpty(maritalStatus),
    /** The whole list: an empty one clears it. */
    languages: languages.optional(),
    dateOfBirth: isoDate.optional(),
    /** Not after today nor before the date of birth; an empty one clears it. */
    dateOfDeath: orEmpty(isoDate),
    /** Added or corrected (a case needs one, R-CASE-01); never removed. */
    sin: sin.optional(),
    phone: z.string().trim().max(30).optional(),
    /** An empty email clears it. */
    email: z
      .union([
        z.email(inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' })),
        z.literal(''),
      ])
      .optional(),
    address: address.optional(),
  })
  .meta({ id: 'IndividualChange' });

export const aliasSchema = z
  .object({ firstName: z.string().trim().max(60).optional(), lastName: z.string().trim().max(60).optional() })
  .refine(
    (a) => a.firstName || a.lastName,
    inputMessage({
      en: 'Enter a first name or a last name for the alias.',
      fr: "Entrez un prénom ou un nom de famille pour l'autre nom.",
    }),
  )
  .meta({ id: 'NewAlias' });

/** R-PER-17: an address, a phone or an email entry of a person, named by its value (unique per person and kind). */
export const personContactSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('ADDRESS'), value: address }),
    z.object({ kind: z.literal('PHONE'), value: text(30) }),
    z.object({
      kind: z.literal('EMAIL'),
      value: z.email(inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' })),
    }),
  ])
  .meta({ id: 'PersonContact' });

export const newPersonContactSchema = z
  .intersection(personContactSchema, z.object({ makeDefault: z.boolean().default(false) }))
  .meta({ id: 'NewPersonContact' });

const recordChoice = z.enum(['YOURS', 'PROVINCIAL']);

/**
 * Privacy & Sharing (R-PER-18..21): consent, then either no provincial match (confirmed), a match confirmed to be this
 * client and then merged attribute by attribute, or "none of these", which creates a new provincial record
 * once confirmed.
 */
export const shareSchema = z
  .object({
    writtenConsentObtained: z.literal(true, {
      message: inputMessage({
        en: "Written consent must be confirmed before sharing: confirm that the client's written consent was obtained.",
        fr:
          'Le consentement écrit doit être confirmé avant le partage : confirmez que le consentement écrit du ' +
          'client a été obtenu.',
      }),
    }),
    selectedMatch: z.union([z.number().int().positive().max(2_147_483_647), z.literal('NONE')]).optional(),
    /** The selected provincial person is this client: its details are shown only then. */
    confirmSamePerson: z.boolean().default(false),
    /** Left out until the confirmed match's details were shown; each group left out keeps its default. */
    mergeSelections: z
      .object({
        names: recordChoice.default('PROVINCIAL'),
        address: recordChoice.default('YOURS'),
        phone: recordChoice.default('YOURS'),
        email: recordChoice.default('YOURS'),
      })
      .optional(),
    confirmNewProvincialRecord: z.boolean().default(false),
  })
  .meta({ id: 'ShareWithGovernment' });

/** Registration Details (spec 01 §3.7, Q-04): the answers a case starts with; EI answers are stored as declared
 * (R-CASE-08). */
export type IndividualInput = z.infer<typeof individualSchema>;
export type IndividualSearch = z.infer<typeof individualSearchSchema>;
