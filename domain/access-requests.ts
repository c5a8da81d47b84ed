// Access for a new organisation (spec 04 §3.12-3.13): one request per organisation (R-ORG-02), decided once by
// Operations Support, a rejection with its reason (R-ORG-03); an approval creates the organisation (R-ORG-04).
import { violation, type Violation } from './refusals.ts';

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
        violation(
          'R-ORG-02',
          'ORG_ALREADY_REGISTERED',
          'This organisation already has LaMPSS access. Ask its LaMPSS administrator to add you.',
        ),
      ]
    : [];

/** R-ORG-03: a rejection gives its reason. */
export const validateDecision = (decision: 'APPROVED' | 'REJECTED', note: string | null | undefined): Violation[] =>
  decision === 'REJECTED' && !note?.trim()
    ? [
        violation('R-ORG-03', 'DECISION_NOTE_REQUIRED', 'Give the reason for rejecting this access request.', {
          field: 'decisionNote',
        }),
      ]
    : [];

/** R-ORG-03: a request is decided once; `claimed` when this decision is the one recorded, else it was `status`. */
export const validateUndecided = (claimed: boolean, status: string): Violation[] =>
  claimed
    ? []
    : [violation('R-ORG-03', 'REQUEST_ALREADY_DECIDED', `This access request was already ${status.toLowerCase()}.`)];

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
