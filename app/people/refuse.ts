// Refusing with the rules' violations; a question carries what the caller needs to answer it.
import { Refusal, RuleViolationError, type Violation } from '../../domain/refusals.ts';

/**
 * Refuses with the rules' violations. A question (the possible duplicates of a new individual, the provincial
 * matches of one being shared) stands alone and carries `details`, the records the user chooses from.
 */
export function refuse(violations: Violation[], details?: () => Record<string, unknown>): never {
  const refused = new RuleViolationError(violations);
  if (refused.kind !== 'question' || !details) throw refused;
  throw new Refusal(refused.kind, refused.code, refused.message, {
    violations: refused.violations,
    details: details(),
  });
}
