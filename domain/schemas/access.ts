// Request shapes of signing in, organisations, contacts, invitations and access requests (spec 04).
import { z } from 'zod';
import { POSITION_TYPES } from '../access.ts';
import { MAX_PASSWORD_LENGTH } from '../passwords.ts';
import { isoDate, keys, text } from './fields.ts';
import { pageParam } from './paging.ts';
import { inputMessage } from '../input.ts';

export const signInSchema = z
  .object({
    organisationCode: text(40),
    loginId: text(80),
    password: z
      .string()
      .min(1, inputMessage({ en: 'Enter your password.', fr: 'Entrez votre mot de passe.' }))
      .max(200),
    acceptTerms: z.literal(true, {
      message: inputMessage({
        en: 'Accept the terms of use to sign in.',
        fr: "Acceptez les conditions d'utilisation pour vous connecter.",
      }),
    }),
  })
  .meta({ id: 'SignIn' });

export type SignInInput = z.infer<typeof signInSchema>;

// Organisations, contacts, invitations and access requests (spec 04). Lengths are generous at this edge so that the
// rules of domain/access.ts answer with the error catalogue's own messages (R-CON-01, R-INV-03).
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, inputMessage({ en: `At most ${max} characters.`, fr: `Au plus ${max} caractères.` }))
    .nullish();
const profileList = z.array(z.string().max(40)).max(30);
const flag = z.boolean().optional();

const contactFields = {
  lastName: z
    .string()
    .max(100, inputMessage({ en: 'At most 100 characters.', fr: 'Au plus 100 caractères.' }))
    .optional(),
  firstName: z
    .string()
    .max(100, inputMessage({ en: 'At most 100 characters.', fr: 'Au plus 100 caractères.' }))
    .optional(),
  email: z
    .string()
    .max(254, inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' }))
    .optional(),
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
  page: pageParam,
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
    loginId: z
      .string()
      .trim()
      .max(50, inputMessage({ en: 'At most 50 characters.', fr: 'Au plus 50 caractères.' })),
    password: z.string().max(200, inputMessage({ en: 'At most 200 characters.', fr: 'Au plus 200 caractères.' })),
    accountEmail: z
      .email(inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' }))
      .max(254)
      .nullish(),
  })
  .meta({ id: 'AcceptInvitation' });

export const accessRequestSchema = z
  .object({
    lastName: text(100),
    firstName: text(100),
    email: z
      .email(inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' }))
      .max(254),
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

/** A link's token, sent back from the page the link opens (an access request's confirmation). */
export const tokenSchema = z.object({ token: z.string().min(1).max(200) }).meta({ id: 'LinkToken' });

// Passwords (R-UI-07); the rules a new one must meet are domain/passwords.ts's.
const newPassword = z.string().max(
  MAX_PASSWORD_LENGTH,
  inputMessage({
    en: `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`,
    fr: `Choisissez un mot de passe d'au plus ${MAX_PASSWORD_LENGTH} caractères.`,
  }),
);

export const passwordChangeSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, inputMessage({ en: 'Enter your current password.', fr: 'Entrez votre mot de passe actuel.' }))
      .max(200),
    newPassword,
    newPasswordConfirmation: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .meta({ id: 'PasswordChange' });

export const passwordResetRequestSchema = z
  .object({
    email: z
      .email(inputMessage({ en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' }))
      .max(254),
  })
  .meta({ id: 'PasswordResetRequest' });

export const passwordResetSchema = z
  .object({
    token: z.string().min(1).max(200),
    newPassword,
    newPasswordConfirmation: z.string().max(MAX_PASSWORD_LENGTH),
  })
  .meta({ id: 'PasswordReset' });

export type ContactInput = z.infer<typeof contactSchema>;
export type ContactChangeInput = z.infer<typeof contactChangeSchema>;
export type ContactSearch = z.infer<typeof contactSearchSchema>;
export type OrganisationChangeInput = z.infer<typeof organisationChangeSchema>;
export type AccessRequestInput = z.infer<typeof accessRequestSchema>;
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
export type PasswordResetInput = z.infer<typeof passwordResetSchema>;
