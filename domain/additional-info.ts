// Additional Case Information (spec 01 §3.9, R-ASM-01..05, R-CASE-28): questions an organisation configures
// in four modules; a module is In Progress once answered and Completed only when marked complete with every
// required question answered.
import type { Label } from './case-model.ts';
import { type Answer, type CaseState, type ModuleStatus } from './case-state.ts';
import { violation, type Bilingual, type Violation } from './refusals.ts';
import { closedCaseViolation } from './closed-case.ts';

export const INFO_MODULES = {
  PERSONAL_SITUATION: { en: 'Personal Situation', fr: 'Situation personnelle' },
  HEALTH_DISABILITY: { en: 'Health & Disability', fr: 'Santé et handicap' },
  LEGAL_SITUATION: { en: 'Legal Situation', fr: 'Situation juridique' },
  IMMIGRATION: { en: 'Immigration', fr: 'Immigration' },
} as const;
export type InfoModule = keyof typeof INFO_MODULES;
export const ANSWER_TYPES = ['DROPDOWN', 'PICKLIST_MULTI', 'CHECKBOX', 'FREE_TEXT'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

export interface InfoQuestion {
  id: number;
  text: string;
  answerType: AnswerType;
  options: string[];
  required: boolean;
}

export interface SaveModuleInput {
  moduleCode: InfoModule;
  answers: Record<string, Answer>;
  completed: boolean;
  /** The organisation's questions of this module, as configured when the user saved (sent by the API). */
  questions: InfoQuestion[];
}

const answered = (a: Answer | undefined) => a !== undefined && a !== '' && !(Array.isArray(a) && a.length === 0);

function answerViolations(q: InfoQuestion, a: Answer): Violation[] {
  const field = `answers.${q.id}`;
  const wrong = (what: Bilingual) => [
    violation(
      'R-ASM-01',
      'ERR_ANSWER',
      { en: `“${q.text}”: ${what.en}.`, fr: `« ${q.text} » : ${what.fr}.` },
      { field },
    ),
  ];
  const options = q.options.join(', ');
  switch (q.answerType) {
    case 'DROPDOWN':
      return typeof a === 'string' && q.options.includes(a)
        ? []
        : wrong({ en: `choose one of ${options}`, fr: `choisissez l'une de ces réponses : ${options}` });
    case 'PICKLIST_MULTI':
      return Array.isArray(a) && a.every((x) => q.options.includes(x))
        ? []
        : wrong({ en: `choose among ${options}`, fr: `choisissez parmi ces réponses : ${options}` });
    case 'CHECKBOX':
      return typeof a === 'boolean'
        ? []
        : wrong({ en: 'answer yes or no (true or false)', fr: 'répondez oui ou non (true ou false)' });
    case 'FREE_TEXT':
      return typeof a === 'string' && a.length <= 2000
        ? []
        : wrong({ en: 'write at most 2000 characters', fr: 'écrivez au plus 2 000 caractères' });
  }
}

export function validateSaveModule(s: CaseState, input: SaveModuleInput): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  if (input.questions.length === 0) {
    return [
      violation('R-ASM-02', 'ERR_MODULE_NOT_COLLECTED', {
        en: `Your organisation does not collect the ${INFO_MODULES[input.moduleCode].en} module.`,
        fr: `Votre organisme ne recueille pas le module « ${INFO_MODULES[input.moduleCode].fr} ».`,
      }),
    ];
  }
  const v: Violation[] = [];
  const byId = new Map(input.questions.map((q) => [String(q.id), q]));
  for (const [id, a] of Object.entries(input.answers)) {
    const q = byId.get(id);
    if (!q)
      v.push(
        violation(
          'R-ASM-01',
          'ERR_UNKNOWN_QUESTION',
          {
            en: `Question ${id} is not one of this module's questions.`,
            fr: `La question ${id} ne fait pas partie des questions de ce module.`,
          },
          { field: `answers.${id}` },
        ),
      );
    else if (answered(a)) v.push(...answerViolations(q, a));
  }
  if (input.completed) {
    const missing = input.questions.filter((q) => q.required && !answered(input.answers[String(q.id)]));
    if (missing.length) {
      v.push(
        violation('R-ASM-04', 'ERR_REQUIRED_UNANSWERED', {
          en:
            `Answer the required questions before marking the module ` +
            `complete: ${missing.map((q) => `“${q.text}”`).join(', ')}.`,
          fr:
            'Répondez aux questions obligatoires avant de marquer le module comme terminé : ' +
            `${missing.map((q) => `« ${q.text} »`).join(', ')}.`,
        }),
      );
    }
  }
  return v;
}

/** R-ASM-03: the status a module takes when saved. */
export function moduleStatus(input: Pick<SaveModuleInput, 'answers' | 'completed'>): ModuleStatus {
  if (input.completed) return 'COMPLETED';
  return Object.values(input.answers).some(answered) ? 'IN_PROGRESS' : 'NOT_STARTED';
}

/** R-CASE-28: the organisation-required modules not yet completed on this case. */
export function incompleteRequiredModules(s: CaseState, requiredModules: readonly string[]): string[] {
  return requiredModules.filter((m) => s.additionalInfo?.[m] !== 'COMPLETED');
}

/** R-ASM-03: where a case's module stands. */
export const MODULE_STATUS_LABELS: Record<ModuleStatus, Label> = {
  NOT_STARTED: { en: 'Not started', fr: 'Pas commencé' },
  IN_PROGRESS: { en: 'In progress', fr: 'En cours' },
  COMPLETED: { en: 'Completed', fr: 'Terminé' },
};
