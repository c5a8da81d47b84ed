// Sharing an individual with the government (R-PER-18..23): the provincial registry is checked for the same person;
// with no match a provincial record is made from the individual once the user confirms (R-PER-19), with matches the
// user picks one (R-PER-19) and chooses, per group of attributes, which record's values both keep (R-PER-20), or says
// none of them is this client. A provincial person with an ENS funding agreement keeps its values (R-PER-21).
// Written consent (R-PER-18) is the request shape's; sharing is one-way (R-PER-23).
// The registry holds other organisations' clients: a match needs more than the SIN, its
// details are shown only once the user confirms it is this client, and only an organisation that serves the person
// changes its record.
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
  /** The user's organisation serves this person: it has an open case of theirs, or it created the record. */
  servedByUser: boolean;
}

/** R-PER-20: the groups of attributes the user keeps from one record or the other. */
export const MERGE_GROUPS = {
  names: ['firstName', 'lastName', 'gender', 'dateOfBirth'],
  address: ['addressLine1', 'city', 'province', 'country', 'postalCode'],
  phone: ['phone'],
  email: ['email'],
} as const satisfies Record<string, readonly (keyof RegistryPerson)[]>;

const MERGED_FIELDS = Object.values(MERGE_GROUPS).flat();
const REGISTRY_FIELDS = ['sin', ...MERGED_FIELDS] as const;

const pick = (from: RegistryPerson, fields: readonly (keyof RegistryPerson)[]) =>
  Object.fromEntries(fields.map((f) => [f, valueOf(from, f)])) as Partial<RegistryPerson>;

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
  /** The user confirms the selected provincial person is this client: its details are shown only then. */
  confirmSamePerson: boolean;
  /** R-PER-20: which record's values each group keeps; left out until the user has seen both records. */
  mergeSelections?: Record<MergeGroup, RecordChoice>;
  /** R-PER-19 / Q-05: a new provincial record is to be made (no match, or none of the matches is this client). */
  confirmNewProvincialRecord: boolean;
}

/** What matched between a client and a provincial person. */
export type MatchedOn = 'SIN' | 'LAST_NAME' | 'FIRST_NAME' | 'DATE_OF_BIRTH';

/**
 * R-PER-19: what makes a provincial person possibly this client, or null when too little matches: the same SIN with
 * the same last name (Soundex and first letter, R-PER-02) or date of birth, or the same names and date of birth. A
 * SIN alone is no match: anyone can type a number.
 */
export function provincialMatch(person: RegistryPerson, record: RegistryPerson): MatchedOn[] | null {
  const same: Record<MatchedOn, boolean> = {
    SIN: !!person.sin && record.sin === person.sin,
    LAST_NAME: sameName(record.lastName, person.lastName),
    FIRST_NAME: sameName(record.firstName, person.firstName),
    DATE_OF_BIRTH: record.dateOfBirth === person.dateOfBirth,
  };
  const enough =
    (same.SIN && (same.LAST_NAME || same.DATE_OF_BIRTH)) || (same.LAST_NAME && same.FIRST_NAME && same.DATE_OF_BIRTH);
  return enough ? (Object.keys(same) as MatchedOn[]).filter((k) => same[k]) : null;
}

export const isProvincialMatch = (person: RegistryPerson, record: RegistryPerson): boolean =>
  provincialMatch(person, record) !== null;

/** A match before the user confirmed it is this client: that it exists and what matched, nothing of the person. */
export const describeMatch = (person: RegistryPerson, m: ProvincialRecord) => ({
  id: m.id,
  matchedOn: provincialMatch(person, m) ?? [],
});

/**
 * R-PER-20, R-PER-21: the groups whose provincial values stay as they are, whatever the user prefers: those that
 * differ, when ENS funds the person, or when the user's organisation does not serve them.
 */
export function keptProvincialGroups(person: RegistryPerson, record: ProvincialRecord): MergeGroup[] {
  if (record.servedByUser && !record.hasEnsFundingAgreement) return [];
  return (Object.keys(MERGE_GROUPS) as MergeGroup[]).filter((group) =>
    MERGE_GROUPS[group].some((f) => valueOf(person, f) !== valueOf(record, f)),
  );
}

/** R-PER-20: the question that shows a confirmed match's details. */
export const MERGE_REVIEW = violation(
  'R-PER-20',
  'MERGE_REVIEW',
  {
    en:
      'Choose, for names, address, phone and email, which record keeps its values (mergeSelections: YOURS or ' +
      'PROVINCIAL; the groups in keepsProvincial stay PROVINCIAL) and send again to share the person information ' +
      'with the Nova Scotia Government.',
    fr:
      "Choisissez, pour les noms, l'adresse, le téléphone et le courriel, quel dossier garde ses valeurs " +
      '(mergeSelections : YOURS ou PROVINCIAL; les groupes de keepsProvincial restent PROVINCIAL) et envoyez de ' +
      'nouveau pour partager les renseignements de la personne avec le gouvernement de la Nouvelle-Écosse.',
  },
  { kind: 'question', field: 'mergeSelections' },
);

/** The confirmed match, side by side with the client, for the user to choose per group (R-PER-20). */
export const mergeReview = (person: RegistryPerson, m: ProvincialRecord) => ({
  id: m.id,
  yours: pick(person, MERGED_FIELDS),
  provincial: pick(m, MERGED_FIELDS),
  keepsProvincial: keptProvincialGroups(person, m),
});

function mergeViolations(
  person: RegistryPerson,
  record: ProvincialRecord,
  selections: Record<MergeGroup, RecordChoice>,
): Violation[] {
  return keptProvincialGroups(person, record)
    .filter((group) => selections[group] === 'YOURS')
    .map((group) =>
      record.hasEnsFundingAgreement
        ? violation(
            'R-PER-21',
            'R-PER-21',
            {
              en:
                `The provincial record holds an ENS-funded agreement, ` +
                `so its ${group} are kept: choose PROVINCIAL for ` +
                `${group}, and request changes from ENS.`,
              fr:
                `Le dossier provincial comporte une entente financée ` +
                `par ENS; ses données « ${MERGE_GROUP_FR[group]} » ` +
                `sont donc conservées : choisissez PROVINCIAL pour « ${MERGE_GROUP_FR[group]} » et demandez les ` +
                'changements à ENS.',
            },
            { field: `mergeSelections.${group}` },
          )
        : violation(
            'R-PER-20',
            'REGISTRY_NOT_SERVED',
            {
              en:
                `Only an organisation that serves this person (an open case of theirs, or the one that created their ` +
                `provincial record) changes it: choose PROVINCIAL for ${group}. You can change your client's own ` +
                'record afterwards.',
              fr:
                'Seul un organisme qui sert cette personne (un de ses cas ouverts, ou celui qui a créé son dossier ' +
                `provincial) peut le modifier : choisissez PROVINCIAL ` +
                `pour « ${MERGE_GROUP_FR[group]} ». Vous pourrez ` +
                'ensuite modifier le dossier de votre client.',
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
  if (selectedMatch === undefined && matches.length) {
    return [
      violation(
        'R-PER-19',
        'PROVINCIAL_MATCHES',
        {
          en:
            `${matches.length} person(s) in the Nova Scotia Government records may be this client. Select the one ` +
            'who is (selectedMatch) and confirm it (confirmSamePerson: true) to see its details, or send "NONE" if ' +
            'none of them is this client.',
          fr:
            `${matches.length} personne(s) des dossiers du gouvernement de la Nouvelle-Écosse pourrai(en)t être ce ` +
            "client. Choisissez celle qui l'est (selectedMatch) et confirmez-le (confirmSamePerson: true) pour voir " +
            'ses détails, ou envoyez "NONE" si aucune n\'est ce client.',
        },
        { kind: 'question' },
      ),
    ];
  }
  if (selectedMatch === undefined || selectedMatch === 'NONE') {
    return request.confirmNewProvincialRecord
      ? []
      : [
          matches.length
            ? violation(
                'Q-05',
                'Q-05',
                {
                  en:
                    'Confirm that none of the matches is this client (confirmNewProvincialRecord: true); a new ' +
                    'provincial record is then created for ENS to review.',
                  fr:
                    "Confirmez qu'aucune des correspondances n'est ce client (confirmNewProvincialRecord: true); un " +
                    'nouveau dossier provincial est alors créé pour examen par ENS.',
                },
                { field: 'confirmNewProvincialRecord' },
              )
            : violation(
                'R-PER-19',
                'NO_PROVINCIAL_MATCH',
                {
                  en:
                    'Nobody in the Nova Scotia Government records matches this client. Confirm with ' +
                    'confirmNewProvincialRecord: true to share the client, which creates their provincial record.',
                  fr:
                    'Personne dans les dossiers du gouvernement de la Nouvelle-Écosse ne correspond à ce client. ' +
                    'Confirmez avec confirmNewProvincialRecord: true ' +
                    'pour partager le client, ce qui crée son dossier ' +
                    'provincial.',
                },
                { kind: 'question', field: 'confirmNewProvincialRecord' },
              ),
        ];
  }
  const chosen = matches.find((m) => m.id === selectedMatch);
  if (!chosen) {
    return [
      violation(
        'R-PER-19',
        'R-PER-19',
        {
          en: `Select a matching person from the list (${matches.map((m) => m.id).join(', ') || 'none'}) or cancel.`,
          fr:
            `Choisissez une personne correspondante dans la liste ` +
            `(${matches.map((m) => m.id).join(', ') || 'aucune'}) ou annulez.`,
        },
        { field: 'selectedMatch' },
      ),
    ];
  }
  if (!request.confirmSamePerson) {
    return [
      violation(
        'R-PER-19',
        'CONFIRM_SAME_PERSON',
        {
          en:
            `Confirm that provincial person ${chosen.id} is this client (confirmSamePerson: true): their details are ` +
            'shown only then.',
          fr:
            `Confirmez que la personne provinciale ${chosen.id} est ce client (confirmSamePerson: true) : ses ` +
            "détails ne sont montrés qu'ensuite.",
        },
        { kind: 'question', field: 'confirmSamePerson' },
      ),
    ];
  }
  if (!request.mergeSelections) return [];
  return mergeViolations(person, chosen, request.mergeSelections);
}

export type ShareDecision =
  /** R-PER-23: already shared; nothing changes. */
  | { kind: 'unchanged' }
  /** No provincial person is this client: a provincial record is made from the individual's details. */
  | { kind: 'new-record'; record: Required<RegistryPerson> & { hasEnsFundingAgreement: false } }
  /** The user confirmed the chosen provincial person is this client: both records are shown, to choose from. */
  | { kind: 'review'; recordId: number }
  /** R-PER-20: the chosen provincial person; each record takes the values kept from the other. */
  | {
      kind: 'merge';
      recordId: number;
      individual: Partial<RegistryPerson>;
      provincial: Partial<RegistryPerson>;
    };

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
  if (!request.mergeSelections) return { kind: 'review', recordId: chosen.id };
  const individual: Partial<RegistryPerson> = {};
  const provincial: Partial<RegistryPerson> = {};
  for (const group of Object.keys(MERGE_GROUPS) as MergeGroup[]) {
    const fields = MERGE_GROUPS[group];
    if (request.mergeSelections[group] === 'YOURS') Object.assign(provincial, pick(person, fields));
    else Object.assign(individual, pick(chosen, fields));
  }
  return { kind: 'merge', recordId: chosen.id, individual, provincial };
}
