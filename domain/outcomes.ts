// Employment outcomes and the follow-up rules that gate them (spec 03: R-OUT, R-FU).
import {
  type CaseState,
  type EmploymentDetails,
  type EmploymentOutcome,
  outcomeOfType,
  type OutcomeType,
} from './case-state.ts';
import { addDays, daysBetween, formatLongDate, type IsoDate } from './dates.ts';
import { followUpSchedule, WEEK_24_ELIGIBLE_DAYS, WEEK_52_ELIGIBLE_DAYS } from './followup.ts';
import type { Label } from './case-model.ts';
import { NOC_CODES } from './reference.ts';
import { violation, type Violation } from './refusals.ts';
import { type EMPLOYMENT_STATUS_CODES, type OutcomeChangeInput, type OutcomeInput } from './schemas/case.ts';

/** R-OUT-01: the outcome types as the seeds name them (spec 03 §2.3). */
export const OUTCOME_TYPE_LABELS: Record<OutcomeType, Label> = {
  RTWAP_CLOSURE: { en: 'RTWAP Closure', fr: 'Fermeture du PARAT' },
  WEEK_24: { en: '24 Week', fr: 'Suivi à 24 semaines' },
  WEEK_52: { en: '52 Week', fr: 'Suivi à 52 semaines' },
  RANDOM: { en: 'Random', fr: 'Suivi au hasard' },
};

/** The employment statuses of an outcome (spec 03 §2.4). */
export const EMPLOYMENT_STATUS_LABELS: Record<(typeof EMPLOYMENT_STATUS_CODES)[number], Label> = {
  EMPLOYED: { en: 'Employed', fr: 'En emploi' },
  SELF_EMPLOYED: { en: 'Self-employed', fr: 'Travail autonome' },
  UNEMPLOYED: { en: 'Unemployed', fr: 'Sans emploi' },
  IN_TRAINING: { en: 'In training', fr: 'En formation' },
  UNKNOWN: { en: 'Unknown', fr: 'Inconnu' },
};

/** the proposed lists of spec 03 §2.4, each with Unknown. */
export const EMPLOYMENT_DETAILS_LABELS: Record<NonNullable<OutcomeChangeInput['employmentDetails']>, Label> = {
  FULL_TIME: { en: 'Full time', fr: 'Temps plein' },
  PART_TIME: { en: 'Part time', fr: 'Temps partiel' },
  SEASONAL: { en: 'Seasonal', fr: 'Saisonnier' },
  CONTRACT_TEMPORARY: { en: 'Contract or temporary', fr: 'Contractuel ou temporaire' },
  UNKNOWN: { en: 'Unknown', fr: 'Inconnu' },
};

export const JOB_LEAD_SOURCE_LABELS: Record<NonNullable<OutcomeChangeInput['jobLeadSource']>, Label> = {
  CASE_MANAGER_SERVICE_PROVIDER: {
    en: 'Case manager or service provider',
    fr: 'Gestionnaire de cas ou fournisseur de services',
  },
  EMPLOYER_DIRECT: { en: 'Employer directly', fr: "Directement l'employeur" },
  JOB_BOARD: { en: 'Job board', fr: "Site d'offres d'emploi" },
  NETWORKING_FAMILY_FRIENDS: { en: 'Networking, family or friends', fr: 'Réseautage, famille ou amis' },
  WORK_PLACEMENT: { en: 'Work placement', fr: 'Stage en milieu de travail' },
  SELF: { en: 'The client', fr: 'Le client lui-même' },
  OTHER: { en: 'Other', fr: 'Autre' },
  UNKNOWN: { en: 'Unknown', fr: 'Inconnu' },
};

export const PROVINCE_OF_EMPLOYMENT_LABELS: Record<NonNullable<OutcomeChangeInput['provinceOfEmployment']>, Label> = {
  NL: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' },
  PE: { en: 'Prince Edward Island', fr: 'Île-du-Prince-Édouard' },
  NS: { en: 'Nova Scotia', fr: 'Nouvelle-Écosse' },
  NB: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' },
  QC: { en: 'Quebec', fr: 'Québec' },
  ON: { en: 'Ontario', fr: 'Ontario' },
  MB: { en: 'Manitoba', fr: 'Manitoba' },
  SK: { en: 'Saskatchewan', fr: 'Saskatchewan' },
  AB: { en: 'Alberta', fr: 'Alberta' },
  BC: { en: 'British Columbia', fr: 'Colombie-Britannique' },
  YT: { en: 'Yukon', fr: 'Yukon' },
  NT: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' },
  NU: { en: 'Nunavut', fr: 'Nunavut' },
  OUTSIDE_CANADA: { en: 'Outside Canada', fr: "À l'extérieur du Canada" },
  UNKNOWN: { en: 'Unknown', fr: 'Inconnue' },
};

/** R-OUT-08: a closed case's outcomes can no longer be added, changed or deleted. */
export const closedOutcomes = (s: { status: string }): Violation[] =>
  s.status === 'CLOSED'
    ? [
        violation(
          'R-OUT-08',
          'E-OUT-09',
          {
            en: 'This case is closed. Its employment outcomes can no longer be added, changed or deleted.',
            fr: "Ce cas est fermé. Ses résultats d'emploi ne peuvent plus être ajoutés, modifiés ni effacés.",
          },
          { kind: 'conflict' },
        ),
      ]
    : [];

/** R-OUT-09, R-OUT-11, R-OUT-10 (range): checks on the fields themselves, shared by add and edit. */
function fieldViolations(s: CaseState, type: OutcomeType, input: OutcomeChangeInput, today: IsoDate): Violation[] {
  const v: Violation[] = [];
  const employed = input.employmentStatus === 'EMPLOYED' || input.employmentStatus === 'SELF_EMPLOYED';
  if (employed) {
    const required: [keyof OutcomeChangeInput, string, string][] = [
      ['employerName', 'Employer name', 'Employeur'],
      ['provinceOfEmployment', 'Province of employment', "Province d'emploi"],
      ['jobTitle', 'Job title', 'Titre du poste'],
      ['hoursPerWeek', 'Hours per week', 'Heures de travail/semaine'],
      ['hourlyWage', 'Hourly wage', 'Taux horaire'],
      ['employmentDetails', 'Employment details', "Détails liés à l'emploi"],
    ];
    for (const [field, en, fr] of required) {
      if (input[field] === undefined || input[field] === '') {
        v.push(
          violation(
            'R-OUT-09',
            'E-OUT-11',
            {
              en: `${en} is required when the employment status is ${input.employmentStatus}. Enter it, or UNKNOWN.`,
              fr:
                `Le champ « ${fr} » est obligatoire lorsque la situation d'emploi est ${input.employmentStatus}. ` +
                'Remplissez-le, ou indiquez UNKNOWN.',
            },
            { field },
          ),
        );
      }
    }
  }
  if (input.nocCode && !NOC_CODES[input.nocCode]) {
    v.push(
      violation(
        'R-OUT-11',
        'E-OUT-12',
        {
          en: 'Select a valid NOC code from the lookup.',
          fr: "Choisissez un code de la CNP valide à l'aide de la recherche.",
        },
        { field: 'nocCode' },
      ),
    );
  }
  if (typeof input.hoursPerWeek === 'number' && !(input.hoursPerWeek > 0 && input.hoursPerWeek <= 168)) {
    v.push(
      violation(
        'R-OUT-09',
        'E-OUT-13',
        {
          en: 'Hours per week must be between 0.1 and 168.',
          fr: 'Les heures de travail par semaine doivent se situer entre 0,1 et 168.',
        },
        { field: 'hoursPerWeek' },
      ),
    );
  }
  if (typeof input.hourlyWage === 'number' && !(input.hourlyWage > 0 && input.hourlyWage < 1_000_000)) {
    v.push(
      violation(
        'R-OUT-09',
        'E-OUT-13',
        {
          en: 'Hourly wage must be between 0.01 and 999999.99.',
          fr: 'Le taux horaire doit se situer entre 0,01 et 999 999,99.',
        },
        { field: 'hourlyWage' },
      ),
    );
  }
  const a = s.followUp?.planEndDate;
  const followUpType = type === 'WEEK_24' || type === 'WEEK_52' || type === 'RANDOM';
  if (input.actualOutcomeDate > today || (followUpType && a && input.actualOutcomeDate < a)) {
    const since = followUpType && a;
    const range = since ? `between ${a} and ${today}` : `on or before ${today}`;
    const rangeFr = since
      ? `entre le ${formatLongDate(a, 'fr')} et le ${formatLongDate(today, 'fr')}`
      : `au plus tard le ${formatLongDate(today, 'fr')}`;
    v.push(
      violation(
        'R-OUT-10',
        'E-OUT-14',
        {
          en:
            `The actual outcome date cannot be in the future or ` +
            `before the action plan end date: enter a date ${range}.`,
          fr:
            "La date réelle du résultat ne peut être ni dans l'avenir ni avant la date de fin du plan d'action : " +
            `saisissez une date ${rangeFr}.`,
        },
        { field: 'actualOutcomeDate' },
      ),
    );
  }
  return v;
}

/** R-FU-01 (c), R-FU-02 (c): a follow-up outcome is saved only from its earliest day, counted from A (R-FU-04). */
function followUpWindow(s: CaseState, type: 'WEEK_24' | 'WEEK_52', today: IsoDate): Violation[] {
  if (!s.followUp) return [];
  const [rule, code, days, weeks] =
    type === 'WEEK_24'
      ? (['R-FU-01', 'E-OUT-01', WEEK_24_ELIGIBLE_DAYS, '24'] as const)
      : (['R-FU-02', 'E-OUT-03', WEEK_52_ELIGIBLE_DAYS, '52'] as const);
  const earliest = addDays(s.followUp.planEndDate, days);
  if (today >= earliest) return [];
  return [
    violation(
      rule,
      code,
      {
        en: `You cannot record the ${weeks} Week outcome yet. It can be recorded on or after ${formatLongDate(earliest)}.`,
        fr:
          `Vous ne pouvez pas enregistrer le résultat à ${weeks} semaines à l'heure actuelle. Le résultat à ${weeks} ` +
          `semaines peut être enregistré le ${formatLongDate(earliest, 'fr')} ou après cette date.`,
      },
      { earliestDate: earliest },
    ),
  ];
}

/** R-OUT-01..04, R-FU-01..04: every violated rule, reported together (R-OUT-13). */
export function validateNewOutcome(s: CaseState, input: OutcomeInput, today: IsoDate): Violation[] {
  const closed = closedOutcomes(s);
  if (closed.length) return closed;
  const v: Violation[] = [];
  const inFollowUp = s.status === 'FOLLOW_UP' && s.followUp !== null;
  switch (input.type) {
    case 'RTWAP_CLOSURE':
      if (s.status !== 'RTWAP_MGMT') {
        v.push(
          violation('R-OUT-02', 'ERR_STAGE', {
            en: 'The RTWAP Closure outcome is recorded while the case is in RTWAP Mgmt.',
            fr: "Le résultat Fermeture du PARAT s'enregistre pendant que le cas est à l'état Gestion du PARAT.",
          }),
        );
      } else if (outcomeOfType(s, 'RTWAP_CLOSURE')) {
        v.push(
          violation('R-OUT-02', 'E-OUT-15', {
            en: 'Only one RTWAP Closure outcome can be recorded for a case.',
            fr: "On ne peut enregistrer qu'un seul résultat Fermeture du PARAT par cas.",
          }),
        );
      }
      break;
    case 'RANDOM':
      if (!inFollowUp)
        v.push(
          violation('R-OUT-03', 'E-OUT-10', {
            en: 'A Random outcome can only be recorded while the case is in Follow-up.',
            fr: "Un résultat au hasard ne peut être enregistré que pendant que le cas est à l'état Suivi.",
          }),
        );
      break;
    case 'WEEK_24': {
      if (!inFollowUp || !outcomeOfType(s, 'RTWAP_CLOSURE')) {
        v.push(
          violation('R-FU-01', 'E-OUT-06', {
            en:
              'The 24 Week outcome can only be recorded after the RTWAP Closure outcome is recorded and RTWAP ' +
              'Management is closed.',
            fr:
              "Le résultat à 24 semaines ne peut être enregistré qu'une fois le résultat Fermeture du PARAT " +
              'enregistré et la gestion du PARAT fermée.',
          }),
        );
        break;
      }
      if (outcomeOfType(s, 'WEEK_24')) {
        v.push(
          violation('R-FU-03', 'E-OUT-07', {
            en: 'A 24 Week outcome already exists for this case. Open it to make corrections.',
            fr: 'Un résultat à 24 semaines existe déjà pour ce cas. Ouvrez-le pour y apporter des corrections.',
          }),
        );
        break;
      }
      v.push(...followUpWindow(s, 'WEEK_24', today));
      break;
    }
    case 'WEEK_52': {
      if (!inFollowUp) {
        v.push(
          violation('R-FU-02', 'E-OUT-06', {
            en: 'The 52 Week outcome can only be recorded while the case is in Follow-up.',
            fr: "Le résultat à 52 semaines ne peut être enregistré que pendant que le cas est à l'état Suivi.",
          }),
        );
        break;
      }
      if (outcomeOfType(s, 'WEEK_52')) {
        v.push(
          violation('R-FU-03', 'E-OUT-08', {
            en: 'A 52 Week outcome already exists for this case.',
            fr: 'Un résultat à 52 semaines existe déjà pour ce cas.',
          }),
        );
        break;
      }
      // R-FU-02: (b) and (c) are checked independently and both reported.
      if (!outcomeOfType(s, 'WEEK_24')) {
        v.push(
          violation('R-FU-02', 'E-OUT-02', {
            en: 'The 24 Week outcome has to be recorded before the 52 Week outcome.',
            fr:
              'Le résultat à 24 semaines doit être enregistré avant de pouvoir enregistrer le résultat à 52 ' +
              'semaines.',
          }),
        );
      }
      v.push(...followUpWindow(s, 'WEEK_52', today));
      break;
    }
  }
  v.push(...fieldViolations(s, input.type, input, today));
  // C-OUT-01 comes only once everything else passes, before anything is saved (ACT-OUT-04).
  if (input.type === 'WEEK_52' && v.length === 0 && !input.confirmClose) {
    const unknown24 = outcomeOfType(s, 'WEEK_24')?.employmentStatus === 'UNKNOWN';
    v.push(
      violation('R-FU-05', 'C-OUT-01', {
        en:
          'Saving this outcome will close the case, and Employment Outcomes can no longer be updated ' +
          'afterwards. Send it again with "confirmClose": true to save it and close the case.' +
          (unknown24
            ? ' The 24 Week outcome is recorded as Unknown; update it first if the client has told you their situation.'
            : ''),
        fr:
          "Au moment d'enregistrer ce résultat, le cas sera fermé et vous ne pourrez plus faire d'autres mises à " +
          'jour des Résultats d\'emploi. Envoyez-le de nouveau avec "confirmClose": true pour sauvegarder ce ' +
          'résultat et fermer le cas.' +
          (unknown24
            ? " Le résultat à 24 semaines est enregistré comme Inconnu; mettez-le d'abord à jour si le client vous " +
              'a fait part de sa situation.'
            : ''),
      }),
    );
  }
  return v;
}

const noOutcome = (id: string) => ({
  en: `This case has no employment outcome ${id}.`,
  fr: `Ce cas n'a aucun résultat d'emploi ${id}.`,
});

export function validateOutcomeChange(
  s: CaseState,
  outcomeId: string,
  input: OutcomeChangeInput,
  today: IsoDate,
): Violation[] {
  const closed = closedOutcomes(s);
  if (closed.length) return closed;
  const o = s.outcomes.find((x) => x.id === outcomeId);
  if (!o) return [violation('R-OUT-06', 'ERR_NOT_FOUND', noOutcome(outcomeId))];
  // R-OUT-06: the type never changes, and an edit is held to the same rules as the add: a follow-up outcome's
  // window is checked again against today's anchors, which an administrator may have corrected since (R-FU-10).
  const window = o.type === 'WEEK_24' || o.type === 'WEEK_52' ? followUpWindow(s, o.type, today) : [];
  return [...window, ...fieldViolations(s, o.type, input, today)];
}

export function validateOutcomeDeletion(s: Pick<CaseState, 'status' | 'outcomes'>, outcomeId: string): Violation[] {
  const closed = closedOutcomes(s);
  if (closed.length) return closed;
  const o = s.outcomes.find((x) => x.id === outcomeId);
  if (!o) return [violation('R-OUT-07', 'ERR_NOT_FOUND', noOutcome(outcomeId))];
  if (o.type === 'WEEK_24' || o.type === 'WEEK_52') {
    return [
      violation('R-OUT-07', 'E-OUT-04', {
        en: 'This outcome cannot be deleted. If it is wrong, edit it instead.',
        fr: "Ce résultat ne peut pas être effacé. S'il est incorrect, corrigez-le au lieu de l'effacer.",
      }),
    ];
  }
  if (o.type === 'RTWAP_CLOSURE' && s.status === 'FOLLOW_UP') {
    return [
      violation('R-OUT-07', 'E-OUT-05', {
        en: 'The RTWAP Closure outcome cannot be deleted once the case is in Follow-up.',
        fr: "Le résultat Fermeture du PARAT ne peut pas être effacé une fois que le cas est à l'étape du suivi.",
      }),
    ];
  }
  return [];
}

export function buildOutcome(id: string, input: OutcomeInput, today: IsoDate): EmploymentOutcome {
  const { type, actualOutcomeDate, confirmClose: _confirm, ...details } = input;
  return { id, type, actualOutcomeDate, recordedOn: today, ...details };
}

/** R-OUT-04: the type pre-selected when a user adds an outcome. */
export function defaultOutcomeType(s: CaseState, today: IsoDate): OutcomeType | null {
  if (s.status === 'RTWAP_MGMT') return outcomeOfType(s, 'RTWAP_CLOSURE') ? null : 'RTWAP_CLOSURE';
  if (s.status !== 'FOLLOW_UP' || !s.followUp) return null;
  const elapsed = daysBetween(s.followUp.planEndDate, today);
  if (!outcomeOfType(s, 'WEEK_24') && elapsed >= WEEK_24_ELIGIBLE_DAYS) return 'WEEK_24';
  if (outcomeOfType(s, 'WEEK_24') && !outcomeOfType(s, 'WEEK_52') && elapsed >= WEEK_52_ELIGIBLE_DAYS) return 'WEEK_52';
  return 'RANDOM';
}

/** R-OUT-10: the outcome date a form starts with. */
export function defaultOutcomeDate(s: CaseState, type: OutcomeType, today: IsoDate): IsoDate {
  if (!s.followUp || (type !== 'WEEK_24' && type !== 'WEEK_52')) return today;
  const schedule = followUpSchedule(s.followUp);
  const scheduled = type === 'WEEK_24' ? schedule.alertAt24 : schedule.alertAt52;
  return scheduled < today ? scheduled : today;
}

/** What an "Add Another" outcome form starts with (R-OUT-04, R-OUT-05, R-OUT-10). */
export function newOutcomeDefaults(
  s: CaseState,
  today: IsoDate,
): { type: OutcomeType | null; actualOutcomeDate: IsoDate; details: Partial<EmploymentDetails> } {
  const type = defaultOutcomeType(s, today);
  const latest = [...s.outcomes].sort((a, b) =>
    a.recordedOn < b.recordedOn ? 1 : a.recordedOn > b.recordedOn ? -1 : 0,
  )[0];
  // R-OUT-05: the employment fields of the latest outcome; never its type or date.
  const details: Partial<EmploymentDetails> = latest
    ? (({ id: _i, type: _t, actualOutcomeDate: _d, recordedOn: _r, ...rest }) => rest)(latest)
    : {};
  return { type, actualOutcomeDate: defaultOutcomeDate(s, type ?? 'RANDOM', today), details };
}
