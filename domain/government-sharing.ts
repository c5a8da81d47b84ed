// Sharing an individual with the government (R-PER-18..23): the provincial registry is checked for the same person;
// with no match a provincial record is made from the individual, with matches the user picks one (R-PER-19) and
// chooses, per group of attributes, which record's values both keep (R-PER-20), or says none of them is this client
// . A provincial person with an ENS funding agreement keeps its values (R-PER-21). Written consent (R-PER-18) is
// the request shape's; sharing is one-way (R-PER-23).
import type { IsoDate } from './dates.ts';
import { sameName } from './people.ts';
import { violation, type Violation } from './refusals.ts';

/** A person's details as both registries hold them (an optional one left out or null). */
export interface RegistryPerson {
  firstName: string;
  lastName: string;
  gender: string;
  dateOfBirth: IsoDate;
  sin?: string | null;
  addressLine1: string;
  city: string;
  province: string;
  country: string;
  postalCode: string;
  phone?: string | null;
  email?: string | null;
}

/** A value of a person's detail; a detail left out is null. */
const valueOf = (p: RegistryPerson, f: keyof RegistryPerson) => p[f] ?? null;

export interface ProvincialRecord extends RegistryPerson {
  id: number;
  hasEnsFundingAgreement: boolean;
}

/** R-PER-20: the groups of attributes the user keeps from one record or the other. */
export const MERGE_GROUPS = {
  names: ['firstName', 'lastName', 'gender', 'dateOfBirth'],
  address: ['addressLine1', 'city', 'province', 'country', 'postalCode'],
  phone: ['phone'],
  email: ['email'],
} as const satisfies Record<string, readonly (keyof RegistryPerson)[]>;

export type MergeGroup = keyof typeof MERGE_GROUPS;

/** A merge group's name in French, for the messages. */
const MERGE_GROUP_FR: Record<MergeGroup, string> = {
  names: 'noms',
  address: 'adresse',
  phone: 'téléphone',
  email: 'courriel',
};
export type RecordChoice = 'YOURS' | 'PROVINCIAL';

/** What the user answered on the Privacy & Sharing screen (the request shape, consent aside). */
export interface ShareRequest {
  /** The provincial person who is this client, or "NONE"; left out before the matches were shown. */
  selectedMatch?: number | 'NONE';
  mergeSelections: Record<MergeGroup, RecordChoice>;
  /** none of the matches is this client, and a new provincial record is to be made. */
  confirmNewProvincialRecord: boolean;
}

/**
 * R-PER-19: a provincial person may be this client with the same SIN, or with the same names (Soundex and first
 * letter, R-PER-02) and date of birth.
 */
export function isProvincialMatch(person: RegistryPerson, record: RegistryPerson): boolean {
  if (person.sin && record.sin === person.sin) return true;
  return (
    record.dateOfBirth === person.dateOfBirth &&
    sameName(record.lastName, person.lastName) &&
    sameName(record.firstName, person.firstName)
  );
}

/** A match as the user sees it to pick one. */
export const describeMatch = (m: ProvincialRecord) => ({
  id: m.id,
  name: `${m.lastName}, ${m.firstName}`,
  gender: m.gender,
  defaultAddress: `${m.addressLine1}, ${m.city}, ${m.province}`,
  dateOfBirth: m.dateOfBirth,
});

function mergeViolations(person: RegistryPerson, record: ProvincialRecord, request: ShareRequest): Violation[] {
  if (!record.hasEnsFundingAgreement) return [];
  return (Object.keys(MERGE_GROUPS) as MergeGroup[])
    .filter(
      (group) =>
        request.mergeSelections[group] === 'YOURS' &&
        MERGE_GROUPS[group].some((f) => valueOf(person, f) !== valueOf(record, f)),
    )
    .map((group) =>
      violation(
        'R-PER-21',
        'R-PER-21',
        {
          en:
            `The provincial record holds an ENS-funded agreement, so its ${group} are kept: choose PROVINCIAL for ` +
            `${group}, and request changes from ENS.`,
          fr:
            `Le dossier provincial comporte une entente financée par ENS; ses données « ${MERGE_GROUP_FR[group]} » sont donc conservées : choisissez PROVINCIAL pour ` +
            `« ${MERGE_GROUP_FR[group]} » et demandez les changements à ENS.`,
        },
        { field: `mergeSelections.${group}` },
      ),
    );
}

/** Why sharing cannot go ahead as asked; `matches` are the provincial persons that may be this client. */
export function validateShare(
  person: RegistryPerson & { sharedWithGovernment: boolean },
  matches: readonly ProvincialRecord[],
  request: ShareRequest,
): Violation[] {
  if (person.sharedWithGovernment) return []; // R-PER-23: sharing again changes nothing
  const { selectedMatch } = request;
  if (selectedMatch === undefined) {
    return matches.length
      ? [
          violation(
            'R-PER-19',
            'PROVINCIAL_MATCHES',
            {
              en:
                'One or more persons already exist in the Nova Scotia Government records who match this client. ' +
                'Select the appropriate match (selectedMatch), or "NONE" if none of them is this client.',
              fr:
                'Une ou plusieurs personnes correspondant à ce client existent déjà dans les dossiers du gouvernement de la Nouvelle-Écosse. ' +
                'Choisissez la correspondance appropriée (selectedMatch), ou "NONE" si aucune d\'elles n\'est ce client.',
            },
            { kind: 'question' },
          ),
        ]
      : [];
  }
  if (selectedMatch === 'NONE') {
    return matches.length && !request.confirmNewProvincialRecord
      ? [
          violation(
            'Q-05',
            'Q-05',
            {
              en:
                'Confirm that none of the matches is this client (confirmNewProvincialRecord: true); a new ' +
                'provincial record is then created for ENS to review.',
              fr:
                "Confirmez qu'aucune des correspondances n'est ce client (confirmNewProvincialRecord: true); un nouveau " +
                'dossier provincial est alors créé pour examen par ENS.',
            },
            { field: 'confirmNewProvincialRecord' },
          ),
        ]
      : [];
  }
  const chosen = matches.find((m) => m.id === selectedMatch);
  if (!chosen) {
    return [
      violation(
        'R-PER-19',
        'R-PER-19',
        {
          en: `Select a matching person from the list (${matches.map((m) => m.id).join(', ') || 'none'}) or cancel.`,
          fr: `Choisissez une personne correspondante dans la liste (${matches.map((m) => m.id).join(', ') || 'aucune'}) ou annulez.`,
        },
        { field: 'selectedMatch' },
      ),
    ];
  }
  return mergeViolations(person, chosen, request);
}

export type ShareDecision =
  /** R-PER-23: already shared; nothing changes. */
  | { kind: 'unchanged' }
  /** No provincial person is this client: a provincial record is made from the individual's details. */
  | { kind: 'new-record'; record: Required<RegistryPerson> & { hasEnsFundingAgreement: false } }
  /** R-PER-20: the chosen provincial person; each record takes the values kept from the other. */
  | {
      kind: 'merge';
      recordId: number;
      individual: Partial<RegistryPerson>;
      provincial: Partial<RegistryPerson>;
    };

const REGISTRY_FIELDS = ['sin', ...Object.values(MERGE_GROUPS).flat()] as const;

const pick = (from: RegistryPerson, fields: readonly (keyof RegistryPerson)[]) =>
  Object.fromEntries(fields.map((f) => [f, valueOf(from, f)])) as Partial<RegistryPerson>;

/** What sharing does, once `validateShare` has nothing against it. */
export function decideShare(
  person: RegistryPerson & { sharedWithGovernment: boolean },
  matches: readonly ProvincialRecord[],
  request: ShareRequest,
): { violations: Violation[] } | ShareDecision {
  const violations = validateShare(person, matches, request);
  if (violations.length) return { violations };
  if (person.sharedWithGovernment) return { kind: 'unchanged' };
  const chosen = matches.find((m) => m.id === request.selectedMatch);
  if (!chosen) {
    const record = pick(person, REGISTRY_FIELDS) as Required<RegistryPerson>;
    return { kind: 'new-record', record: { ...record, hasEnsFundingAgreement: false } };
  }
  const individual: Partial<RegistryPerson> = {};
  const provincial: Partial<RegistryPerson> = {};
  for (const group of Object.keys(MERGE_GROUPS) as MergeGroup[]) {
    const fields = MERGE_GROUPS[group];
    if (request.mergeSelections[group] === 'YOURS') Object.assign(provincial, pick(person, fields));
    else Object.assign(individual, pick(chosen, fields));
  }
  return { kind: 'merge', recordId: chosen.id, individual, provincial };
}
