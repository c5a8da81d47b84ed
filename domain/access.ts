// Organisation contacts, invitations and security-profile administration (spec 04 R-ORG, R-CON, R-INV, R-SEC):
// pure rules the use cases (app/access/) and the invitation workflow's activities share. Each refusal is a Violation
// whose code is one of the error catalogue's (§3.0); refuseAccess gives each the kind of refusal §3.0 calls for.
import { businessDate, formatLongDate, type IsoDate } from './dates.ts';
import { listedName } from './person-name.ts';
import {
  FAMILIES,
  FAMILY_LABELS,
  FAMILY_PREREQUISITE,
  PROFILE_CATALOGUE,
  PROFILES,
  can,
  isProfile,
  type Family,
  type Profile,
} from './permissions.ts';
import { passwordViolations, type PasswordStrength } from './passwords.ts';
import { assertNoViolations, violation, type RefusalKind, type Violation } from './refusals.ts';

/** Spec 04 §3.0: what kind of refusal each code is (400, 403, 404, 409, 410 or 422 there). */
const ACCESS_REFUSAL_KIND: Record<string, RefusalKind> = {
  LAST_NAME_REQUIRED: 'invalid',
  FIRST_NAME_REQUIRED: 'invalid',
  EMAIL_REQUIRED: 'invalid',
  EMAIL_INVALID: 'invalid',
  EMAIL_DUPLICATE: 'conflict',
  STAFFING_FIELDS_REQUIRED: 'invalid',
  FTE_OUT_OF_RANGE: 'invalid',
  END_BEFORE_START: 'invalid',
  PROFILE_REQUIRED: 'invalid',
  MESSAGE_TOO_LONG: 'invalid',
  NOT_AN_ADMINISTRATOR: 'forbidden',
  PROFILE_NOT_GRANTABLE: 'forbidden',
  PROFILE_OPS_ONLY: 'forbidden',
  PROFILE_PREREQUISITE_MISSING: 'rule',
  TARGET_OUTSIDE_SCOPE: 'forbidden',
  SELF_CHANGE_FORBIDDEN: 'forbidden',
  LAST_ADMIN: 'conflict',
  PRIMARY_TRANSFER_FORBIDDEN: 'forbidden',
  PRIMARY_TARGET_INVALID: 'rule',
  PRIMARY_REQUIRED: 'conflict',
  PRIMARY_CANNOT_DEACTIVATE: 'conflict',
  CONTACT_INACTIVE: 'conflict',
  ALREADY_HAS_ACCESS: 'conflict',
  INVITATION_ALREADY_PENDING: 'conflict',
  INVITATION_NOT_PENDING: 'conflict',
  INVITATION_INVALID: 'not-found',
  INVITATION_EXPIRED: 'gone',
  INVITATION_WITHDRAWN: 'gone',
  INVITATION_USED: 'conflict',
  ORGANISATION_INACTIVE: 'forbidden',
  STALE_VERSION: 'conflict',
  ORG_ALREADY_REGISTERED: 'conflict',
  DECISION_NOTE_REQUIRED: 'invalid',
  REQUEST_ALREADY_DECIDED: 'conflict',
  USER_ID_INVALID: 'invalid',
  USER_ID_TAKEN: 'conflict',
  PASSWORD_TOO_SHORT: 'invalid',
  PASSWORD_IS_USER_ID: 'invalid',
};

/** Refuses with the kind spec 04 §3.0 gives the first violation's code, listing every violation; nothing when none. */
export function refuseAccess(violations: Violation[]): void {
  assertNoViolations(violations.map((v) => ({ ...v, kind: v.kind ?? ACCESS_REFUSAL_KIND[v.code] ?? 'rule' })));
}

export interface OrgFlags {
  activeFundingAgreement: boolean;
  externalCaseManagement: boolean;
  clientTracking: boolean;
  serviceEnrolment: boolean;
  privateCareerCollege: boolean;
  learnerManagement: boolean;
  inactive: boolean;
}

export const ORG_FLAGS = [
  'activeFundingAgreement',
  'externalCaseManagement',
  'clientTracking',
  'serviceEnrolment',
  'privateCareerCollege',
  'learnerManagement',
  'inactive',
] as const;

const FAMILY_ADMIN: Record<Family, Profile> = {
  OFA: 'OFA_ADMIN',
  SE: 'SE_ADMIN',
  ECM: 'ECM_ADMIN',
  PCC: 'PCC_ADMIN',
  LM: 'LM_ADMIN',
};
/** R-SEC-10: profiles an organisation must keep one active holder of. */
export const GUARDED_ADMIN_PROFILES: readonly Profile[] = ['OFA_ADMIN', 'PCC_ADMIN'];

/** LaMPSS Operations Support: any organisation, every profile, no scope limits. */
export const isOps = (profiles: readonly string[]) => can(profiles, 'org.any');
/** The profiles that make their holder Operations Support. */
export const OPS_PROFILES: readonly Profile[] = PROFILES.filter((p) => isOps([p]));

/**
 * R-SEC-02: a user reaches their own organisation, Operations Support any, and the staff of the departments that
 * administer funding agreements any to read (R-ORG-09: their profile changes nothing); another one does not exist.
 */
export const inOrganisationScope = (actor: { organisationId: number; profiles: readonly string[] }, id: number) =>
  id === actor.organisationId || isOps(actor.profiles) || can(actor.profiles, 'org.read-any');

/** R-CON-10: adding or changing contacts needs an administrator profile. */
export const validateAdministrator = (actorProfiles: readonly string[]): Violation[] =>
  can(actorProfiles, 'contacts.manage')
    ? []
    : [
        violation('R-CON-10', 'NOT_AN_ADMINISTRATOR', {
          en: 'Only users with an administrator security profile can add or change contacts.',
          fr:
            "Seuls les utilisateurs ayant un profil de sécurité d'administrateur peuvent ajouter ou modifier des " +
            'personnes-ressources.',
        }),
      ];

/** The program flags and "inactive" that `change` sets to another value than the organisation has. */
export const changedFlags = (org: OrgFlags, change: Partial<OrgFlags>) =>
  ORG_FLAGS.filter((f) => change[f] !== undefined && change[f] !== org[f]);

/** R-ORG-05: only Operations Support sets the program flags and "inactive". */
export const validateFlagChanges = (actorProfiles: readonly string[], changed: readonly string[]): Violation[] =>
  changed.length && !can(actorProfiles, 'org.flags')
    ? [
        violation(
          'R-ORG-05',
          'FORBIDDEN',
          {
            en: `Only LaMPSS Operations Support can change ${changed.join(', ')}.`,
            fr: `Seul le Soutien aux opérations du LaMPSS peut modifier : ${changed.join(', ')}.`,
          },
          {
            kind: 'forbidden',
          },
        ),
      ]
    : [];

/** "Last, First": how lists, the audit log and messages name a contact. */

/** R-SEC-03: holders of an administrator profile get the "Administrator" badge. */
export const isAdministrator = (profiles: readonly string[]) =>
  profiles.some((p) => isProfile(p) && PROFILE_CATALOGUE[p].admin);
export const familyOf = (profile: string): Family | null =>
  isProfile(profile) && PROFILE_CATALOGUE[profile].family !== 'INTERNAL'
    ? (PROFILE_CATALOGUE[profile].family as Family)
    : null;
export const profileLabel = (profile: string) => (isProfile(profile) ? PROFILE_CATALOGUE[profile].en : profile);
const profileLabelFr = (profile: string) => (isProfile(profile) ? PROFILE_CATALOGUE[profile].fr : profile);

/** The families an actor administers (R-SEC-04): those of their administrator profiles; all for Operations Support. */
export function administeredFamilies(actorProfiles: readonly string[]): Family[] {
  return isOps(actorProfiles) ? [...FAMILIES] : FAMILIES.filter((f) => actorProfiles.includes(FAMILY_ADMIN[f]));
}

/** Why `actor` may not grant or revoke `profile` in an organisation with these flags (R-SEC-04..06), or null. */
export function grantRefusal(actorProfiles: readonly string[], org: OrgFlags, profile: string): Violation | null {
  const family = familyOf(profile);
  const label = profileLabel(profile);
  const notGrantable = violation(
    'R-SEC-04',
    'PROFILE_NOT_GRANTABLE',
    {
      en: `You are not permitted to assign or remove the security profile "${label}".`,
      fr: `Vous n'êtes pas autorisé à attribuer ni à retirer le profil de sécurité « ${profileLabelFr(profile)} ».`,
    },
    { field: 'profiles' },
  );
  if (!family) return notGrantable;
  if (!isOps(actorProfiles)) {
    if (PROFILE_CATALOGUE[profile as Profile].opsOnly) {
      return violation(
        'R-SEC-05',
        'PROFILE_OPS_ONLY',
        {
          en:
            `Only LaMPSS Operations Support can assign the "${label}" ` +
            `profile. Contact your program area representative.`,
          fr:
            `Seul le Soutien aux opérations du LaMPSS peut attribuer le profil « ` +
            `${profileLabelFr(profile)} ». Communiquez avec le représentant de votre secteur de programme.`,
        },
        { field: 'profiles' },
      );
    }
    if (!administeredFamilies(actorProfiles).includes(family)) return notGrantable;
  }
  const flag = FAMILY_PREREQUISITE[family];
  if (flag && !org[flag]) {
    return violation(
      'R-SEC-06',
      'PROFILE_PREREQUISITE_MISSING',
      {
        en: `Your organisation is not set up for ${FAMILY_LABELS[family].en}, so "${label}" cannot be assigned.`,
        fr:
          `Votre organisme n'est pas configuré pour « ${FAMILY_LABELS[family].fr} »; ` +
          `le profil « ${profileLabelFr(profile)} » ne peut donc pas être attribué.`,
      },
      { field: 'profiles' },
    );
  }
  return null;
}

export function validateGrants(
  actorProfiles: readonly string[],
  org: OrgFlags,
  profiles: readonly string[],
): Violation[] {
  return profiles.map((p) => grantRefusal(actorProfiles, org, p)).filter((v): v is Violation => v !== null);
}

/** The profiles the contact form offers this actor (R-SEC-04: the UI lists only grantable ones). */
export const grantableProfiles = (actorProfiles: readonly string[], org: OrgFlags): Profile[] =>
  PROFILES.filter((p) => !grantRefusal(actorProfiles, org, p));

export interface ContactFields {
  lastName?: string | null;
  firstName?: string | null;
  email?: string | null;
  officeLocationId?: number | null;
  positionType?: string | null;
  fte?: number | null;
  startDate?: IsoDate | null;
  endDate?: IsoDate | null;
}

const EMAIL = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]{2,}$/;
const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** R-CON-01..04 and R-ORG-07: what a contact needs, on create and on every save. */
export function validateContact(c: ContactFields, org: Pick<OrgFlags, 'clientTracking'>): Violation[] {
  const v: Violation[] = [];
  if (blank(c.lastName))
    v.push(
      violation(
        'R-CON-01',
        'LAST_NAME_REQUIRED',
        { en: 'Last name is required.', fr: 'Le nom de famille est obligatoire.' },
        { field: 'lastName' },
      ),
    );
  if (blank(c.firstName))
    v.push(
      violation(
        'R-CON-01',
        'FIRST_NAME_REQUIRED',
        { en: 'First name is required.', fr: 'Le prénom est obligatoire.' },
        { field: 'firstName' },
      ),
    );
  if (blank(c.email))
    v.push(
      violation(
        'R-CON-01',
        'EMAIL_REQUIRED',
        { en: 'Email is required.', fr: 'Le courriel est obligatoire.' },
        { field: 'email' },
      ),
    );
  else if (c.email!.trim().length > 254 || !EMAIL.test(c.email!.trim()))
    v.push(
      violation(
        'R-CON-04',
        'EMAIL_INVALID',
        { en: 'Enter a valid email address.', fr: 'Entrez une adresse courriel valide.' },
        { field: 'email' },
      ),
    );
  if (org.clientTracking && (c.officeLocationId == null || blank(c.positionType) || c.fte == null)) {
    v.push(
      violation(
        'R-CON-02',
        'STAFFING_FIELDS_REQUIRED',
        {
          en:
            'Office location, position type and FTE are required because your organisation provides case ' +
            'management with client tracking (Nova Scotia Works).',
          fr:
            "Le lieu de bureau, le type de poste et l'ETP sont " +
            'obligatoires, car votre organisme offre la gestion de cas ' +
            'avec suivi des clients (Nova Scotia Works).',
        },
        { field: c.officeLocationId == null ? 'officeLocationId' : blank(c.positionType) ? 'positionType' : 'fte' },
      ),
    );
  }
  if (c.fte != null && (c.fte < 0.01 || c.fte > 1 || Math.round(c.fte * 100) !== c.fte * 100)) {
    v.push(
      violation(
        'R-CON-02',
        'FTE_OUT_OF_RANGE',
        { en: 'FTE must be between 0.01 and 1.00.', fr: "L'ETP doit être entre 0,01 et 1,00." },
        { field: 'fte' },
      ),
    );
  }
  if (c.startDate && c.endDate && c.endDate < c.startDate)
    v.push(
      violation(
        'R-CON-03',
        'END_BEFORE_START',
        {
          en: 'End date cannot be earlier than start date.',
          fr: 'La date de fin ne peut pas être antérieure à la date de début.',
        },
        { field: 'endDate' },
      ),
    );
  return v;
}

/** R-CON-04: two active contacts of an organisation never share an email, whatever its case. */
export const validateEmailFree = (usedByAnother: boolean): Violation[] =>
  usedByAnother
    ? [
        violation('R-CON-04', 'EMAIL_DUPLICATE', {
          en: 'Another active contact in your organisation already uses this email address.',
          fr: 'Une autre personne-ressource active de votre organisme utilise déjà cette adresse courriel.',
        }),
      ]
    : [];

/** R-CON-02: a contact's office location is one of their organisation's. */
export const validateOfficeLocation = (known: boolean): Violation[] =>
  known
    ? []
    : [
        violation(
          'R-CON-02',
          'OFFICE_LOCATION_UNKNOWN',
          {
            en: 'Choose one of your organisation’s office locations.',
            fr: "Choisissez l'un des bureaux de votre organisme.",
          },
          {
            field: 'officeLocationId',
            kind: 'invalid',
          },
        ),
      ];

/**
 * R-CON-22: a save carries the version of the record it was read at; a record someone changed meanwhile is refused
 * and stays as it is. `rule` names the record's own rule when it is not a contact.
 */
export const validateVersion = (sent: number, stored: number, rule = 'R-CON-22'): Violation[] =>
  sent === stored
    ? []
    : [
        violation(rule, 'STALE_VERSION', {
          en: 'This record was changed by someone else. Reload the page and try again.',
          fr: "Cet enregistrement a été modifié par quelqu'un d'autre. Rechargez la page et réessayez.",
        }),
      ];

export const INVITATION_DAYS = 30;
export const INVITATION_MESSAGE_MAX = 1000;

/** R-INV-05: an invitation is valid for 30 × 24 hours. */
export const invitationExpiresAt = (createdAt: Date) => new Date(createdAt.getTime() + INVITATION_DAYS * 86_400_000);

/** R-INV-05: the calendar date shown for an expiry, in Halifax. */
export const expiryDate = (expiresAt: Date, lang: 'en' | 'fr' = 'en') => formatLongDate(businessDate(expiresAt), lang);

/** R-INV-02, R-INV-03: at least one profile, each grantable by the inviter; a message of at most 1,000 characters. */
export function validateInvitation(
  actorProfiles: readonly string[],
  org: OrgFlags,
  input: { profiles: readonly string[]; message?: string | null },
): Violation[] {
  const v: Violation[] = validateActiveOrganisation(actorProfiles, org);
  if (!input.profiles.length) v.push(profileRequired());
  if ((input.message ?? '').length > INVITATION_MESSAGE_MAX) {
    v.push(
      violation(
        'R-INV-03',
        'MESSAGE_TOO_LONG',
        {
          en: 'The additional invitation message cannot exceed 1,000 characters.',
          fr: "Le message additionnel de l'invitation ne peut pas dépasser 1 000 caractères.",
        },
        {
          field: 'message',
        },
      ),
    );
  }
  return [...v, ...validateGrants(actorProfiles, org, input.profiles)];
}

/** R-INV-02: an invitation requests at least one profile. */
const profileRequired = () =>
  violation(
    'R-INV-02',
    'PROFILE_REQUIRED',
    {
      en: 'Select at least one security profile to invite this person to LaMPSS.',
      fr: 'Choisissez au moins un profil de sécurité pour inviter cette personne dans le LaMPSS.',
    },
    {
      field: 'profiles',
    },
  );

export const organisationInactive = () =>
  violation('R-ORG-08', 'ORGANISATION_INACTIVE', {
    en: 'This organisation is inactive in LaMPSS. Contact LaMPSS Operations Support.',
    fr: 'Cet organisme est inactif dans le LaMPSS. Communiquez avec le Soutien aux opérations du LaMPSS.',
  });

/** R-ORG-08: nobody but Operations Support signs in to, or sends anything from, an inactive organisation. */
export const validateActiveOrganisation = (actorProfiles: readonly string[], org: Pick<OrgFlags, 'inactive'>) =>
  org.inactive && !isOps(actorProfiles) ? [organisationInactive()] : [];

const alreadyHasAccess = (rule: string) =>
  violation(rule, 'ALREADY_HAS_ACCESS', {
    en: 'This contact already has LaMPSS access.',
    fr: 'Cette personne-ressource a déjà accès au LaMPSS.',
  });

/** R-INV-01, R-INV-06: who can be invited. */
export function validateInvitee(contact: {
  active: boolean;
  hasAccess: boolean;
  pendingInvitation: boolean;
}): Violation[] {
  if (!contact.active)
    return [
      violation('R-INV-01', 'CONTACT_INACTIVE', {
        en: 'This contact is inactive. Reactivate the contact first.',
        fr: "Cette personne-ressource est inactive. Réactivez-la d'abord.",
      }),
    ];
  if (contact.hasAccess) return [alreadyHasAccess('R-INV-01')];
  if (contact.pendingInvitation)
    return [
      violation('R-INV-06', 'INVITATION_ALREADY_PENDING', {
        en: 'An invitation is already pending for this contact. Withdraw it before sending a new one.',
        fr:
          "Une invitation est déjà en attente pour cette personne-ressource. Retirez-la avant d'en envoyer une " +
          'nouvelle.',
      }),
    ];
  return [];
}

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'WITHDRAWN', 'EXPIRED', 'CANCELLED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const INVITATION_STATUS_LABELS: Record<InvitationStatus, { en: string; fr: string }> = {
  PENDING: { en: 'Pending', fr: 'En attente' },
  ACCEPTED: { en: 'Accepted', fr: 'Acceptée' },
  WITHDRAWN: { en: 'Withdrawn', fr: 'Retirée' },
  EXPIRED: { en: 'Expired', fr: 'Expirée' },
  CANCELLED: { en: 'Cancelled', fr: 'Annulée' },
};

const invitationUsed = () =>
  violation('R-INV-10', 'INVITATION_USED', {
    en: 'This invitation has already been used. Sign in to LaMPSS.',
    fr: 'Cette invitation a déjà été utilisée. Connectez-vous au LaMPSS.',
  });

/** R-INV-08: only a pending invitation is withdrawn, resent or cancelled. */
export const validateInvitationPending = (pending: boolean): Violation[] =>
  pending
    ? []
    : [
        violation('R-INV-08', 'INVITATION_NOT_PENDING', {
          en: 'This invitation is no longer pending.',
          fr: "Cette invitation n'est plus en attente.",
        }),
      ];

/** §3.6, R-INV-08/09/11: why an invitation link cannot be used now, in the order the spec checks; null when it can. */
export function acceptanceRefusal(
  inv: { status: string; expiresAt: Date } | null,
  now: Date,
  orgInactive = false,
  contactActive = true,
): Violation | null {
  if (!inv)
    return violation('R-INV-11', 'INVITATION_INVALID', {
      en: 'This invitation link is not valid.',
      fr: "Ce lien d'invitation n'est pas valide.",
    });
  if (inv.status === 'ACCEPTED') return invitationUsed();
  const withdrawn = violation('R-INV-08', 'INVITATION_WITHDRAWN', {
    en: "This invitation is no longer valid. Contact your organisation's LaMPSS administrator.",
    fr: "Cette invitation n'est plus valide. Communiquez avec l'administrateur du LaMPSS de votre organisme.",
  });
  if (inv.status === 'WITHDRAWN' || inv.status === 'CANCELLED') return withdrawn;
  if (inv.status === 'EXPIRED' || now.getTime() >= inv.expiresAt.getTime()) {
    return violation('R-INV-09', 'INVITATION_EXPIRED', {
      en: "This invitation has expired. Ask your organisation's LaMPSS administrator to send a new one.",
      fr:
        "Cette invitation est expirée. Demandez à l'administrateur du LaMPSS de votre organisme de vous en envoyer " +
        'une nouvelle.',
    });
  }
  if (orgInactive) return organisationInactive();
  if (!contactActive) return withdrawn;
  return null;
}

/**
 * SR-01, R-INV-10: the account an invitee creates on accepting: valid credentials, a user ID nobody in the
 * organisation uses yet, for a contact without access.
 */
export function validateNewAccount(account: {
  loginId: string;
  password: string;
  passwordStrength: PasswordStrength;
  loginIdTaken: boolean;
  contactHasAccess: boolean;
}): Violation[] {
  const credentials = validateCredentials(account.loginId, account.password, account.passwordStrength);
  if (credentials.length) return credentials;
  if (account.loginIdTaken)
    return [
      violation(
        'SR-01',
        'USER_ID_TAKEN',
        {
          en: 'This user ID is already used in this organisation. Choose another one.',
          fr: "Cet identifiant d'utilisateur est déjà utilisé dans cet organisme. Choisissez-en un autre.",
        },
        {
          field: 'loginId',
        },
      ),
    ];
  return account.contactHasAccess ? [alreadyHasAccess('R-INV-10')] : [];
}

/** R-INV-10: a link is used once; of two acceptances at the same moment, the second is refused. */
export const validateInvitationClaimed = (claimed: boolean): Violation[] => (claimed ? [] : [invitationUsed()]);

/** R-INV-10: the requested profiles that still hold their organisation prerequisite at acceptance. */
export function profilesOnAcceptance(
  requested: readonly string[],
  org: OrgFlags,
): { granted: string[]; skipped: string[] } {
  const ok = (p: string) => {
    const family = familyOf(p);
    const flag = family && FAMILY_PREREQUISITE[family];
    return family !== null && (!flag || org[flag]);
  };
  return { granted: requested.filter(ok), skipped: requested.filter((p) => !ok(p)) };
}

export interface Target {
  id: number;
  active: boolean;
  hasAccess: boolean;
  isPrimary: boolean;
  /** Effective profiles and those of a pending invitation (R-SEC-07). */
  profiles: readonly string[];
}

/** R-SEC-07: the actor must administer every family the target holds a profile in. */
export function validateScope(actorProfiles: readonly string[], targetProfiles: readonly string[]): Violation[] {
  if (isOps(actorProfiles)) return [];
  const mine = administeredFamilies(actorProfiles);
  const outside = targetProfiles.map(familyOf).some((f) => f === null || !mine.includes(f));
  return outside
    ? [
        violation('R-SEC-07', 'TARGET_OUTSIDE_SCOPE', {
          en:
            'This user holds security profiles you do not administer. Ask the responsible administrator or ' +
            'LaMPSS Operations Support.',
          fr:
            "Cet utilisateur a des profils de sécurité que vous n'administrez " +
            "pas. Adressez-vous à l'administrateur responsable ou " +
            'au Soutien aux opérations du LaMPSS.',
        }),
      ]
    : [];
}

/** R-SEC-09: no self-service elevation or lock-out. */
export const validateNotSelf = (actorId: number, targetId: number): Violation[] =>
  actorId === targetId
    ? [
        violation('R-SEC-09', 'SELF_CHANGE_FORBIDDEN', {
          en: 'You cannot change your own security profiles, access or active status.',
          fr: 'Vous ne pouvez pas modifier vos propres profils de sécurité, votre accès ni votre statut actif.',
        }),
      ]
    : [];

/**
 * R-SEC-10: an organisation-side administrator cannot take away the last active holder's OFA_ADMIN or PCC_ADMIN.
 * `otherHolders` counts the other active users of the organisation holding each guarded profile.
 */
export function validateLastAdmin(
  actorProfiles: readonly string[],
  losing: readonly string[],
  otherHolders: Partial<Record<Profile, number>>,
): Violation[] {
  if (isOps(actorProfiles)) return [];
  return GUARDED_ADMIN_PROFILES.filter((p) => losing.includes(p) && (otherHolders[p] ?? 0) === 0).map((p) =>
    violation('R-SEC-10', 'LAST_ADMIN', {
      en: `This is the last active ${profileLabel(p)} in your organisation. Assign the profile to another user first.`,
      fr:
        `Ce profil « ${profileLabelFr(p)} » est le dernier actif de votre ` +
        `organisme. Attribuez d'abord le profil à un autre utilisateur.`,
    }),
  );
}

/**
 * R-SEC-09, R-SEC-01, R-SEC-04..06, R-INV-02: changing the profiles of a contact with access, or those their pending
 * invitation requests. Never one's own; only for someone with access or an invitation; each profile added needs the
 * right to grant it, each removed the right to grant it whatever the organisation's prerequisites; an invitation keeps
 * at least one. The first of these that refuses is the answer (R-SEC-10 comes after, with the holder counts).
 */
export function validateProfileChange(
  actor: { id: number; profiles: readonly string[] },
  org: OrgFlags,
  holder: { id: number; hasAccess: boolean; pendingInvitation: boolean },
  change: { adding: readonly string[]; removing: readonly string[]; next: readonly string[] },
): Violation[] {
  const self = validateNotSelf(actor.id, holder.id);
  if (self.length) return self;
  if (!holder.hasAccess && !holder.pendingInvitation)
    return [
      violation('R-SEC-01', 'NO_LAMPSS_ACCESS', {
        en: 'This contact has no LaMPSS access: invite them to LaMPSS to give them security profiles.',
        fr:
          "Cette personne-ressource n'a pas accès au LaMPSS : invitez-la dans le LaMPSS pour lui attribuer des " +
          'profils de sécurité.',
      }),
    ];
  const everyPrerequisite = {
    ...org,
    externalCaseManagement: true,
    serviceEnrolment: true,
    privateCareerCollege: true,
    learnerManagement: true,
  };
  const grants = [
    ...validateGrants(actor.profiles, org, change.adding),
    ...validateGrants(actor.profiles, everyPrerequisite, change.removing),
  ];
  if (grants.length) return grants;
  return !holder.hasAccess && !change.next.length ? [profileRequired()] : [];
}

/** R-SEC-12: removing access needs access to remove. */
export const validateAccessRemoval = (hasAccess: boolean): Violation[] =>
  hasAccess
    ? []
    : [
        violation('R-SEC-12', 'NO_LAMPSS_ACCESS', {
          en: 'This contact has no LaMPSS access to remove.',
          fr: "Cette personne-ressource n'a aucun accès au LaMPSS à retirer.",
        }),
      ];

/** R-SEC-07, R-SEC-09, R-SEC-10, R-CON-09: deactivating a contact or removing their access (R-SEC-11/12). */
export function validateAccessEnd(
  actor: { id: number; profiles: readonly string[] },
  target: Target,
  otherHolders: Partial<Record<Profile, number>>,
): Violation[] {
  const self = validateNotSelf(actor.id, target.id);
  if (self.length) return self;
  if (target.isPrimary) {
    return [
      violation('R-CON-09', 'PRIMARY_CANNOT_DEACTIVATE', {
        en: 'The primary contact cannot be deactivated or lose LaMPSS access. Transfer the primary contact role first.',
        fr:
          'La personne-ressource principale ne peut pas être désactivée ni perdre son accès au LaMPSS. Transférez ' +
          "d'abord le rôle de personne-ressource principale.",
      }),
    ];
  }
  const scope = validateScope(actor.profiles, target.profiles);
  return scope.length ? scope : validateLastAdmin(actor.profiles, target.profiles, otherHolders);
}

const primaryTransferForbidden = () =>
  violation('R-CON-07', 'PRIMARY_TRANSFER_FORBIDDEN', {
    en: 'Only the current primary contact can transfer the primary contact role.',
    fr: 'Seule la personne-ressource principale actuelle peut transférer le rôle de personne-ressource principale.',
  });

/** R-CON-07: a contact is never primary when added; the current primary contact hands the role over. */
export const validateNewContact = (contact: { isPrimary?: boolean | null }): Violation[] =>
  contact.isPrimary ? [primaryTransferForbidden()] : [];

/** R-CON-06, R-CON-07: only the current primary contact (or Operations Support) names an active user with access. */
export function validatePrimaryTransfer(
  actor: { id: number; profiles: readonly string[]; isPrimary: boolean },
  target: { active: boolean; hasAccess: boolean } | null,
): Violation[] {
  if (!actor.isPrimary && !isOps(actor.profiles)) return [primaryTransferForbidden()];
  if (!target || !target.active || !target.hasAccess) {
    return [
      violation('R-CON-06', 'PRIMARY_TARGET_INVALID', {
        en: 'The primary contact must be an active user with LaMPSS access.',
        fr: 'La personne-ressource principale doit être un utilisateur actif ayant accès au LaMPSS.',
      }),
    ];
  }
  return [];
}

/** R-CON-05: the organisation always has a primary contact: the role is handed over, never just unticked. */
export const validatePrimaryKept = (isPrimary: boolean, keep: boolean | undefined): Violation[] =>
  isPrimary && keep === false
    ? [
        violation('R-CON-05', 'PRIMARY_REQUIRED', {
          en: 'Your organisation must always have one primary contact. Make another user the primary contact instead.',
          fr:
            'Votre organisme doit toujours avoir une personne-ressource principale. Désignez plutôt un autre ' +
            'utilisateur comme personne-ressource principale.',
        }),
      ]
    : [];

/** R-CON-08: a transfer leaves profiles as they are; a warning when the new primary contact cannot administer. */
export const primaryTransferWarning = (target: { lastName: string; firstName: string; profiles: readonly string[] }) =>
  isAdministrator(target.profiles)
    ? null
    : `${listedName(target)} holds no administrator profile: they are the primary contact but cannot manage contacts.`;

/** R-CON-17: the LaMPSS email, then the account's email when it differs (case-insensitively). */
export function contactEmails(lampssEmail: string, accountEmail: string | null | undefined): string[] {
  return accountEmail && accountEmail.toLowerCase() !== lampssEmail.toLowerCase()
    ? [lampssEmail, accountEmail]
    : [lampssEmail];
}

export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$/;

/** SR-01: the user ID an invitee chooses, and their password (the password rules of domain/passwords.ts). */
export function validateCredentials(loginId: string, password: string, strength: PasswordStrength): Violation[] {
  const v: Violation[] = [];
  if (!USER_ID_PATTERN.test(loginId)) {
    v.push(
      violation(
        'SR-01',
        'USER_ID_INVALID',
        {
          en:
            'Choose a user ID of 3 to 50 letters, digits, dots, hyphens or underscores, starting with a letter or ' +
            'digit.',
          fr:
            "Choisissez un identifiant d'utilisateur de 3 à 50 lettres, chiffres, points, traits d'union ou traits " +
            'de soulignement, commençant par une lettre ou un chiffre.',
        },
        { field: 'loginId' },
      ),
    );
  }
  v.push(...passwordViolations(password, loginId, strength));
  return v;
}

/** Position types for the contact form (the list Operations Support maintains in LaMPSS is not in the sources). */
/** Spec 04 §2.1: organisation types (the list is Operations Support's; the seeds show this one). */
export const ORGANISATION_TYPES = {
  PRIVATE_NON_PROFIT: { en: 'Private — Non-profit', fr: 'Privé — À but non lucratif' },
} as const;

/** A contact's language of correspondence (spec 04 §2.2). */
export const CONTACT_LANGUAGES = {
  EN: { en: 'English', fr: 'Anglais' },
  FR: { en: 'French', fr: 'Français' },
} as const;

export const POSITION_TYPES = {
  CASE_MANAGER: { en: 'Case manager', fr: 'Gestionnaire de cas' },
  EMPLOYMENT_COUNSELLOR: { en: 'Employment counsellor', fr: 'Conseiller en emploi' },
  MANAGER: { en: 'Manager', fr: 'Gestionnaire' },
  ADMINISTRATIVE: { en: 'Administrative support', fr: 'Soutien administratif' },
  OTHER: { en: 'Other', fr: 'Autre' },
} as const;
