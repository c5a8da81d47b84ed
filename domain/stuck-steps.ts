// Steps that leave Pathway (an email, a call to the funding system) can keep failing. After a bounded number
// of attempts such a step is "stuck": its workflow waits, operations see it with its error, and an operator
// retries it, or it retries by itself a while later. Nothing is lost and the workflow never fails because a
// server outside it is down.
import type { Label } from './case-model.ts';
import { violation, type Violation } from './refusals.ts';
import { STEP_RESOLUTION_LABELS, type StepProblem, type StepResolution } from './step-problems.ts';

export const STUCK_STEP_STATUSES = ['STUCK', 'RETRYING', 'RESOLVED'] as const;
export type StuckStepStatus = (typeof STUCK_STEP_STATUSES)[number];

/** Attempts an external step makes (with back-off) before it waits for an operator. */
export const ATTEMPTS_BEFORE_STUCK = 4;

/**
 * Attempts a step inside Pathway (recording into PostgreSQL) makes before it waits for an operator: about six and a
 * half minutes at one attempt every 4 s, so a database restart goes unnoticed; an error that will not get better by
 * itself (a refused write) is given up on after ATTEMPTS_BEFORE_STUCK attempts by the activity itself
 * (activities/persistent-failures.ts).
 */
export const INTERNAL_ATTEMPTS_BEFORE_STUCK = 100;

/**
 * R-OPS-03: minutes a stuck step waits before it retries by itself, round after round (then hourly): an outage
 * that ends (the mail server back) needs no operator, and a step that keeps failing costs a few attempts an hour.
 */
export const AUTOMATIC_RETRY_MINUTES = [5, 15, 30, 60] as const;

/** How long a step stuck for the `round`-th time (0 first) waits before it retries by itself. */
export const automaticRetryDelayMs = (round: number): number =>
  AUTOMATIC_RETRY_MINUTES[Math.min(Math.max(0, round), AUTOMATIC_RETRY_MINUTES.length - 1)] * 60_000;

/** What a workflow reports about one of its external steps; `id` is unique across workflows. */
export interface StepReport {
  id: string;
  kind: string;
  description: string;
  workflowId: string;
  /** The run of the workflow that reported, for a link to it in Temporal's UI. */
  runId?: string;
  caseId: number | null;
  organisationId: number | null;
  status: StuckStepStatus;
  /** Attempts made so far, over every round. */
  attempts: number;
  error: string | null;
  at: string;
  /** The operator who asked for the retry (status RETRYING); none when the step retried by itself. */
  retriedBy?: number | null;
  /** When a STUCK step retries by itself unless an operator retries it first. */
  nextRetryAt?: string | null;
  /** A failure Pathway understands (a conflicting answer from an outside system), explained to operators. */
  problem?: StepProblem | null;
  /** What an operator may do instead of a plain retry (STUCK), or what they chose (RESOLVED). */
  resolutions?: StepResolution[];
}

/**
 * R-OPS-02: only a step that is waiting for an operator can be retried (or resolved another way it offers); a second
 * click is refused, not repeated. `waiting` gives each waiting step the resolutions it offers.
 */
export function validateRetry(
  waiting: ReadonlySet<string> | ReadonlyMap<string, readonly string[]>,
  stepId: string,
  resolution?: string,
): Violation[] {
  if (waiting.has(stepId) && resolution !== undefined) {
    const offered = waiting instanceof Map ? (waiting.get(stepId) ?? []) : [];
    if (!offered.includes(resolution)) {
      const known = STEP_RESOLUTION_LABELS[resolution as StepResolution];
      return [
        violation('R-OPS-02', 'RESOLUTION_NOT_OFFERED', {
          en: `Step ${stepId} cannot be resolved by "${known?.en ?? resolution}"; retry it instead.`,
          fr: `L'étape ${stepId} ne peut pas être résolue par « ${known?.fr ?? resolution} »; relancez-la plutôt.`,
        }),
      ];
    }
  }
  return waiting.has(stepId)
    ? []
    : [
        violation('R-OPS-02', 'NOT_STUCK', {
          en:
            `Step ${stepId} is not waiting for a retry: it has already been retried or has gone through. ` +
            `Refresh the list.`,
          fr:
            `L'étape ${stepId} n'attend pas de nouvel essai : elle a déjà été réessayée ou a abouti. ` +
            `Actualisez la liste.`,
        }),
      ];
}

/** R-OPS-02: a step that has gone through has nothing to retry. */
export const validateRetryRequest = (step: { id: string; status: string; resolvedAt?: Date | null }): Violation[] =>
  step.status === 'RESOLVED'
    ? [
        violation(
          'R-OPS-02',
          'ALREADY_RESOLVED',
          {
            en: `Step ${step.id} went through on ${step.resolvedAt?.toISOString()}; there is nothing to retry.`,
            fr: `L'étape ${step.id} a abouti le ${step.resolvedAt?.toISOString()}; il n'y a rien à réessayer.`,
          },
          { kind: 'conflict' },
        ),
      ]
    : [];

/** The kinds of step an operator sees, grouped by what they do. */
export const STEP_GROUPS = [
  'EMAIL',
  'FUNDING_STATEMENT',
  'FUNDING_AGREEMENT',
  'FUNDING_SUBMISSION',
  'FUNDING_PAYMENT',
  'DOCUMENT_PDF',
  'RECORDING',
  'OTHER',
] as const;
export type StepGroup = (typeof STEP_GROUPS)[number];

export const STEP_GROUP_LABELS: Record<StepGroup, Label> = {
  EMAIL: { en: 'Emails', fr: 'Courriels' },
  FUNDING_STATEMENT: { en: 'Funding statements', fr: 'Déclarations des demandes de financement' },
  FUNDING_AGREEMENT: { en: 'Funding agreements', fr: 'Ententes de financement' },
  FUNDING_SUBMISSION: { en: 'Submissions to the funding system', fr: 'Envois au système de financement' },
  FUNDING_PAYMENT: { en: 'Payments', fr: 'Paiements' },
  DOCUMENT_PDF: { en: 'Case documents converted to PDF', fr: 'Documents de cas convertis en PDF' },
  RECORDING: { en: "Recording in Pathway's database", fr: 'Enregistrement dans la base de données de Pathway' },
  OTHER: { en: 'Other steps', fr: 'Autres étapes' },
};

/** The group of a step's kind: every email (case, invitation, access notice) is an email. */
export function stepGroup(kind: string): StepGroup {
  if (kind === 'EMAIL' || kind.endsWith('_EMAIL') || kind.startsWith('ACCESS_')) return 'EMAIL';
  if (kind.startsWith('RECORD_')) return 'RECORDING';
  return (STEP_GROUPS as readonly string[]).includes(kind) ? (kind as StepGroup) : 'OTHER';
}

const both = (en: string, fr: string): Label => ({ en, fr });

/**
 * What a step does, in both languages, from its id (workflows name their steps `email:<what>:…`,
 * `funding-<package>:<what>[:<submission>]`, `record:<case>:<command>`,
 * `document-pdf:<document>:<version>`, `invitation-email-<id>`, `email-<key>`); a
 * step of another shape keeps the description its workflow gave.
 */
export function describeStep(step: { id: string; kind: string; description: string }): Label {
  const [head, what, n] = step.id.split(':');
  if (head === 'document-pdf')
    return both(
      `Document ${what} (file ${n}): conversion to PDF`,
      `Document ${what} (fichier ${n}) : conversion en PDF`,
    );
  if (head === 'record')
    return both(
      `Case ${what}: recording the case's changes in Pathway's database`,
      `Cas ${what} : enregistrement des changements du cas dans la base de données de Pathway`,
    );
  if (head === 'email') {
    if (what === 'case-assigned')
      return both(
        'Email telling the case manager the case is theirs',
        'Courriel avisant le gestionnaire de cas que le cas lui est confié',
      );
    if (what === 'referral')
      return both('Referral email to the receiving organisation', "Courriel d'aiguillage à l'organisme destinataire");
    if (what === 'transfer-reminder')
      return both(
        'Transfer reminder email to the receiving organisation',
        "Courriel de rappel du transfert à l'organisme destinataire",
      );
    if (what === 'transfer-completed')
      return both('Transfer notice to the former case manager', "Avis de transfert à l'ancien gestionnaire de cas");
  }
  const funding = /^funding-(\d+)$/.exec(head);
  if (funding) {
    const p = funding[1];
    if (what === 'statement')
      return both(
        `Funding request ${p}: the case manager's statement (submission ${n})`,
        `Demande de financement ${p} : déclaration du gestionnaire de cas (envoi ${n})`,
      );
    if (what === 'agreement')
      return both(
        `Funding request ${p}: create the agreement in the funding system`,
        `Demande de financement ${p} : création de l'entente dans le système de financement`,
      );
    if (what === 'submission')
      return both(
        `Funding request ${p}: send submission ${n} to the funding system`,
        `Demande de financement ${p} : envoi ${n} au système de financement`,
      );
    if (what === 'record')
      return both(
        `Funding request ${p}: recording its changes in Pathway's database`,
        `Demande de financement ${p} : enregistrement de ses changements dans la base de données de Pathway`,
      );
    if (what === 'payment')
      return both(
        `Funding request ${p}: request the first payment`,
        `Demande de financement ${p} : demande du premier paiement`,
      );
  }
  if (step.kind === 'INVITATION_EMAIL') return both('Invitation to LaMPSS', 'Invitation au LaMPSS');
  if (step.kind === 'RECORD_INVITATION_EXPIRY')
    return both(
      'Recording that an invitation to LaMPSS expired',
      "Enregistrement de l'expiration d'une invitation au LaMPSS",
    );
  if (step.kind.startsWith('ACCESS_REQUEST_'))
    return both('Answer to an access request', "Réponse à une demande d'accès");
  if (step.kind.startsWith('ACCESS_'))
    return both('Security notice about LaMPSS access', "Avis de sécurité sur l'accès au LaMPSS");
  return both(step.description, step.description);
}
