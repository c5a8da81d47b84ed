// Why a request is refused, in the domain's words: each violation names the rule, a stable code and a message that
// says what to fix; a refusal adds its kind, which api/http.ts maps to an HTTP status in one place.
import type { IsoDate } from './dates.ts';

export type RefusalKind =
  | 'invalid' // the request itself is malformed or incomplete
  | 'unauthenticated' // nobody is signed in, or the credentials are wrong
  | 'forbidden' // signed in, but not allowed
  | 'not-found' // nothing the caller may see has that id
  | 'conflict' // the thing is in a state that does not allow it (closed, already done, changed meanwhile)
  | 'question' // the caller must confirm before it goes ahead (a possible duplicate, a warning)
  | 'rule' // a business rule refuses it
  | 'gone' // it existed, and has ended (an expired or withdrawn invitation)
  | 'too-large'
  | 'unsupported-type'
  | 'too-many' // slow down
  | 'unavailable'; // a service it depends on cannot be reached

/** A message in both languages: English is `message` everywhere, French is added where a rule has it. */
export interface Bilingual {
  en: string;
  fr: string;
}
const english = (m: string | Bilingual) => (typeof m === 'string' ? m : m.en);
const french = (m: string | Bilingual) => (typeof m === 'string' ? undefined : m.fr);

export interface Violation {
  rule: string;
  code: string;
  /** What to fix, in English. */
  message: string;
  /** The same in French; the API answers a French-speaking user with it. */
  messageFr?: string;
  field?: string;
  /** For date rules: the exact earliest date the action is allowed (R-FU-04). */
  earliestDate?: IsoDate;
  /** What kind of refusal this violation makes; a business rule's when left out. */
  kind?: RefusalKind;
}

export function violation(
  rule: string,
  code: string,
  message: string | Bilingual,
  extra: Partial<Violation> = {},
): Violation {
  const fr = french(message);
  return { rule, code, message: english(message), ...(fr ? { messageFr: fr } : {}), ...extra };
}

export class Refusal extends Error {
  readonly kind: RefusalKind;
  readonly code: string;
  readonly violations: Violation[];
  /** Data the caller needs to act on the refusal (the possible duplicates it must confirm, say). */
  readonly details?: Record<string, unknown>;
  /** The message in French, when the refusal has one. */
  readonly messageFr?: string;
  constructor(
    kind: RefusalKind,
    code: string,
    message: string | Bilingual,
    extra: { violations?: Violation[]; details?: Record<string, unknown> } = {},
  ) {
    super(english(message));
    this.name = 'Refusal';
    this.kind = kind;
    this.code = code;
    this.violations = extra.violations ?? [];
    this.details = extra.details;
    this.messageFr = french(message);
  }
}

/**
 * Refused by business rules: the first violation's kind and code speak for all of them, every message is kept. A
 * question (confirm a possible duplicate, say) may carry `details`: what the caller chooses from to answer it.
 */
export class RuleViolationError extends Refusal {
  constructor(violations: Violation[], details?: Record<string, unknown>) {
    const first = violations.find((v) => v.kind === 'question') ?? violations[0];
    const kind = first?.kind ?? 'rule';
    // A question stands alone: the caller answers it, then hears about anything else.
    const listed = kind === 'question' ? [first] : violations;
    const message = {
      en: listed.map((v) => v.message).join(' '),
      fr: listed.map((v) => v.messageFr ?? v.message).join(' '),
    };
    super(kind, first?.code ?? 'RULE_VIOLATION', message, { violations: listed, details });
    this.name = 'RuleViolationError';
  }
}

/** `what` names the thing in English ("Case 12") and in French with its article ("Le cas 12"). */
export const notFound = (what: Bilingual) =>
  new Refusal('not-found', 'NOT_FOUND', { en: `${what.en} was not found.`, fr: `${what.fr} est introuvable.` });

export const forbidden = (message: Bilingual, code = 'FORBIDDEN') => new Refusal('forbidden', code, message);

/** Thrown by domain functions that are called with input their validator would refuse. */
export function assertNoViolations(violations: Violation[], details?: () => Record<string, unknown>): void {
  if (violations.length) throw new RuleViolationError(violations, details?.());
}
