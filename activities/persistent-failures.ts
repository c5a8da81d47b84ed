// An activity inside Pathway that keeps meeting an error that will not get better by itself (a write PostgreSQL
// refuses) gives up after a few attempts, so its step waits for an operator with the error instead of spending the
// budget meant for a database restart; a lost connection keeps the whole budget (workflows/stuck-steps.ts). A
// problem Pathway understands (a conflicting answer from an outside system) is given up on at once, explained.
import { ApplicationFailure, Context } from '@temporalio/activity';
import { ATTEMPTS_BEFORE_STUCK } from '../domain/stuck-steps.ts';
import type { GivenUp, StepProblem } from '../domain/step-problems.ts';

/** SQLSTATE classes of a lost connection, a restart, too many clients, a deadlock: worth the whole budget. */
const TRANSIENT_SQLSTATE_CLASSES = ['08', '40', '53', '57', '58'];

function isTransient(e: unknown): boolean {
  const code = String((e as { code?: unknown }).code ?? '');
  // A network error (ECONNREFUSED, a timeout) has no SQLSTATE: the database may be restarting.
  return /^[0-9A-Z]{5}$/.test(code) ? TRANSIENT_SQLSTATE_CLASSES.includes(code.slice(0, 2)) : true;
}

const givenUp = (type: string, message: string, detail: GivenUp) =>
  ApplicationFailure.create({ type, message, nonRetryable: true, details: [detail] });

export async function givingUpOnPersistentFailures<T>(
  run: () => Promise<T>,
  understand: (e: unknown) => Promise<StepProblem | null> = async () => null,
): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ApplicationFailure) throw e;
    const attempts = Context.current().info.attempt;
    const problem = await understand(e);
    if (problem) throw givenUp('StepProblem', (e as Error).message, { attempts, problem });
    if (!isTransient(e) && attempts >= ATTEMPTS_BEFORE_STUCK)
      throw givenUp('PersistentFailure', (e as Error).message, { attempts });
    throw e;
  }
}
