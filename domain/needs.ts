// Needs determination: versioned, locked once completed (R-ND).
import { type CaseState, type NeedsDeterminationInput } from './case-state.ts';
import { NOC_CODES } from './reference.ts';
import { violation, type Violation } from './refusals.ts';
import { closedCaseViolation } from './closed-case.ts';
import { type NeedsDeterminationInputRaw } from './schemas/case.ts';

/** R-ND-11: stages in which a version may be saved (the first one is part of the assessment). */
const NEEDS_STAGES = new Set(['ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT']);

/** The version a save goes to: the one in progress, or a new one (R-ND-01, R-ND-08). */
export function targetNeedsVersion(s: Pick<CaseState, 'needs'>): number {
  const draft = s.needs.find((n) => !n.completed);
  return draft ? draft.version : s.needs.length + 1;
}

export function validateNeedsDetermination(s: CaseState, input: NeedsDeterminationInputRaw): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  const v: Violation[] = [];
  if (!NEEDS_STAGES.has(s.status)) {
    v.push(
      violation('R-ND-11', 'ERR_STAGE', {
        en: 'A needs determination can be saved in Assessment, RTWAP Dev or RTWAP Mgmt.',
        fr:
          "Une détermination des besoins peut être sauvegardée à l'état Évaluation, Préparation du PARAT ou " +
          'Gestion du PARAT.',
      }),
    );
  }
  for (const [n, p] of input.jobPreferences.entries()) {
    if (!NOC_CODES[p.nocCode]) {
      v.push(
        violation(
          'R-ND-04',
          'ERR_NOC',
          {
            en: `Job preference ${n + 1}: select a valid NOC code from the lookup (${p.nocCode} is not one).`,
            fr:
              `Préférence de travail ${n + 1} : choisissez un code de la CNP valide à l'aide de la recherche ` +
              `(${p.nocCode} n'en est pas un).`,
          },
          { field: `jobPreferences.${n}.nocCode` },
        ),
      );
    }
  }
  if (input.completed) {
    if (!input.employmentGoal || input.jobPreferences.length === 0) {
      v.push(
        violation('R-ND-07', 'ERR_ND_INCOMPLETE', {
          en: 'To complete a needs determination, choose an employment goal and at least one job preference.',
          fr:
            "Pour terminer une détermination des besoins, choisissez un objectif d'emploi et au moins une " +
            'préférence de travail.',
        }),
      );
    }
    if (!input.confirmed) {
      v.push(
        violation('R-ND-06', 'ERR_CONFIRM', {
          en: 'A completed needs determination is locked for good: confirm it with "confirmed": true.',
          fr:
            'Une détermination des besoins terminée est verrouillée définitivement : confirmez-la avec ' +
            '"confirmed": true.',
        }),
      );
    }
  }
  return v;
}

/** R-ND-09: a new version starts from the latest completed one: goal, job preference 1 and every barrier. */
export function newNeedsDraft(s: Pick<CaseState, 'needs'>): NeedsDeterminationInput {
  const draft = s.needs.find((n) => !n.completed);
  if (draft)
    return {
      employmentGoal: draft.employmentGoal,
      jobPreferences: draft.jobPreferences,
      barriers: draft.barriers,
      completed: false,
    };
  const last = s.needs.filter((n) => n.completed).sort((a, b) => b.version - a.version)[0];
  if (!last) return { jobPreferences: [], barriers: [], completed: false };
  return {
    employmentGoal: last.employmentGoal,
    jobPreferences: last.jobPreferences.slice(0, 1),
    barriers: last.barriers,
    completed: false,
  };
}
