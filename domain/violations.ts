// A refused action is a list of violations: each names the rule, a stable code and a message that says what to fix.
import type { IsoDate } from './dates.ts';

export interface Violation {
  rule: string;
  code: string;
  message: string;
  field?: string;
  /** For date rules: the exact earliest date the action is allowed (R-FU-04). */
  earliestDate?: IsoDate;
}

export function violation(rule: string, code: string, message: string, extra: Partial<Violation> = {}): Violation {
  return { rule, code, message, ...extra };
}

/** Thrown by domain functions that are called with input their validator would refuse. */
export class RuleViolationError extends Error {
  readonly violations: Violation[];
  constructor(violations: Violation[]) {
    super(violations.map((v) => v.message).join(' '));
    this.name = 'RuleViolationError';
    this.violations = violations;
  }
}

export function assertNoViolations(violations: Violation[]): void {
  if (violations.length) throw new RuleViolationError(violations);
}
