// Access for a new organisation (spec 04 §3.12-3.13): one request per organisation (R-ORG-02), received once its
// requester confirms the address they gave (security issue, item 7), decided once by Operations Support, a rejection
// with its reason (R-ORG-03); an approval creates the organisation (R-ORG-04).
import { violation, type Violation } from './refusals.ts';
import { THROTTLES, throttleViolations, type Hits } from './throttles.ts';

/** R-ORG-03: where an access request stands. */
export const ACCESS_REQUEST_STATUS_LABELS = {
  SUBMITTED: { en: 'Waiting for a decision', fr: 'En attente de décision' },
  APPROVED: { en: 'Approved', fr: 'Approuvée' },
  REJECTED: { en: 'Rejected', fr: 'Refusée' },
} as const;

const nameKey = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const digits = (s: string | null | undefined) => (s ?? '').replace(/\D/g, '');
const postal = (s: string | null | undefined) => (s ?? '').replace(/\s/g, '').toUpperCase();

interface OrganisationIdentity {
  name: string;
  phone?: string | null;
  postalCode?: string | null;
}

/** R-ORG-02: an access request names an organisation already registered (same name, and same phone or postal code). */
export function sameOrganisation(a: OrganisationIdentity, b: OrganisationIdentity): boolean {
  if (nameKey(a.name) !== nameKey(b.name)) return false;
  return (
    (digits(a.phone) !== '' && digits(a.phone) === digits(b.phone)) ||
    (postal(a.postalCode) !== '' && postal(a.postalCode) === postal(b.postalCode))
  );
}

/** R-ORG-02: a request for an organisation among those `registered` (they have a primary contact) is refused. */
export const validateNewOrganisation = (
  requested: OrganisationIdentity,
  registered: OrganisationIdentity[],
): Violation[] =>
  registered.some((o) => sameOrganisation(requested, o))
    ? [
        violation('R-ORG-02', 'ORG_ALREADY_REGISTERED', {
          en: 'This organisation already has LaMPSS access. Ask its LaMPSS administrator to add you.',
          fr: 'Cet organisme a déjà accès au LaMPSS. Demandez à son administrateur du LaMPSS de vous ajouter.',
        }),
      ]
    : [];

/** R-ORG-03: a rejection gives its reason. */
export const validateDecision = (decision: 'APPROVED' | 'REJECTED', note: string | null | undefined): Violation[] =>
  decision === 'REJECTED' && !note?.trim()
    ? [
        violation(
          'R-ORG-03',
          'DECISION_NOTE_REQUIRED',
          {
            en: 'Give the reason for rejecting this access request.',
            fr: "Donnez la raison du rejet de cette demande d'accès.",
          },
          {
            field: 'decisionNote',
          },
        ),
      ]
    : [];

/** R-ORG-03: a request is decided once; `claimed` when this decision is the one recorded, else it was `status`. */
export const validateUndecided = (claimed: boolean, status: string): Violation[] =>
  claimed
    ? []
    : [
        violation('R-ORG-03', 'REQUEST_ALREADY_DECIDED', {
          en: `This access request was already ${status.toLowerCase()}.`,
          fr:
            `Cette demande d'accès a déjà été ` +
            `${status === 'APPROVED' ? 'approuvée' : status === 'REJECTED' ? 'rejetée' : status.toLowerCase()}.`,
        }),
      ];

/** R-ORG-04: an approved organisation's code: the initials of its name (at most five, "ORG" without any) and its id. */
export const organisationCode = (name: string, id: number) =>
  `${
    name
      .normalize('NFD')
      .replace(/[^A-Za-z\s]/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase())
      .join('')
      .slice(0, 5) || 'ORG'
  }${id}`;

/** How long the link that confirms an access request's email address works. */
export const CONFIRMATION_HOURS = 24;

export const confirmationExpiresAt = (sentAt: Date): Date => new Date(sentAt.getTime() + CONFIRMATION_HOURS * 3600_000);

/** SR-10: an address gets at most a few confirmation emails a day, however many requests name it. */
export const validateRequestsToAddress = (hits: Hits): Violation[] =>
  throttleViolations(hits, THROTTLES.accessRequestPerEmail, 'TOO_MANY_REQUESTS_FOR_ADDRESS', (until) => ({
    en:
      `This email address already received ${THROTTLES.accessRequestPerEmail.limit} access-request confirmations ` +
      `today. Open the link in one of them, or send the request again after ${until}.`,
    fr:
      `Cette adresse de courriel a déjà reçu ${THROTTLES.accessRequestPerEmail.limit} confirmations de demande ` +
      `d'accès aujourd'hui. Ouvrez le lien de l'une d'elles, ou envoyez la demande de nouveau après ${until}.`,
  }));

/**
 * SR-07 (security issue, item 7): the request a confirmation link names, if it can still be confirmed; one already
 * confirmed is no refusal (the link opened twice).
 */
export function validateConfirmation(
  request: { status: string; confirmExpiresAt?: Date | null } | null,
  now: Date,
): Violation[] {
  if (!request)
    return [
      violation(
        'SR-07',
        'CONFIRMATION_LINK_INVALID',
        {
          en:
            'This confirmation link is not valid. Copy the whole link from the email, or send the access request ' +
            'again.',
          fr:
            "Ce lien de confirmation n'est pas valide. Copiez le lien entier à partir du courriel, ou envoyez la " +
            "demande d'accès de nouveau.",
        },
        { kind: 'not-found' },
      ),
    ];
  if (request.status === 'UNCONFIRMED' && (request.confirmExpiresAt?.getTime() ?? 0) <= now.getTime())
    return [
      violation(
        'SR-07',
        'CONFIRMATION_LINK_EXPIRED',
        {
          en: `This confirmation link expired after ${CONFIRMATION_HOURS} hours. Send the access request again.`,
          fr:
            `Ce lien de confirmation a expiré après ${CONFIRMATION_HOURS} ` +
            `heures. Envoyez la demande d'accès de nouveau.`,
        },
        { kind: 'gone' },
      ),
    ];
  return [];
}
