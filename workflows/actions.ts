// The one way a workflow takes user actions: each Action (domain/action.ts) becomes an Update whose validator refuses
// a rule violation before anything is written (Temporal keeps no trace of a refused Update), and whose handler checks
// again under the workflow's lock, decides the events and applies them. Serves the case and funding workflows alike.
import { ApplicationFailure, currentUpdateInfo, defineUpdate, patched, setHandler, uuid4 } from '@temporalio/workflow';
import type { Action } from '../domain/action.ts';
import { businessDate, type IsoDate } from '../domain/dates.ts';
import type { Violation } from '../domain/refusals.ts';
import { untrustedInputViolation } from '../domain/untrusted-input.ts';
import type { Actor } from './case-api.ts';
import type { WorkflowLock } from './lock.ts';

/** Today in Halifax by the workflow's clock (replayed, so deterministic). */
export const today = (): IsoDate => businessDate(new Date());

/** A refused action: the API turns it into a 4xx carrying the violations (app/updates.ts). */
export function refuse(violations: Violation[]): void {
  if (violations.length) {
    throw ApplicationFailure.create({
      type: 'RuleViolation',
      message: violations.map((v) => v.message).join(' '),
      details: violations,
      nonRetryable: true,
    });
  }
}

export function registerActions<S, E>(
  actions: readonly Action<S, E, never>[],
  o: {
    state: () => S;
    /**
     * The state an accepted change being recorded right now will leave, if any. Validators judge against it: the
     * database (and so whoever reads it, like the funding system) already shows that change, and an action it
     * allows must not be refused for the moment in between. The handler checks again under the lock.
     */
    landing?: () => S | null;
    lock: WorkflowLock;
    /** Records the accepted events under the Update's id (idempotent) and folds them into the state. */
    apply: (commandId: string, actor: Actor, events: E[]) => Promise<void>;
    /** What an accepted Update answers, once its events are applied; the state after it when not given. */
    answer?: (state: S, events: E[]) => unknown;
  },
): void {
  for (const action of actions as readonly Action<S, E, { actor: Actor }>[]) {
    setHandler(
      defineUpdate<unknown, [{ actor: Actor }]>(action.name),
      (input) =>
        o.lock.exclusive(async () => {
          refuse(untrustedInputViolation(input));
          // A decision that changed asks patched() itself, only when it would decide otherwise (domain/action.ts).
          const ctx = { today: today(), newId: uuid4, actorId: input.actor.userId, patched };
          refuse(action.validate(o.state(), input, ctx));
          const events = action.decide(o.state(), input, ctx);
          await o.apply(currentUpdateInfo()!.id, input.actor, events);
          return o.answer ? o.answer(o.state(), events) : o.state();
        }),
      {
        validator: (input) => {
          refuse(untrustedInputViolation(input));
          const judged = o.landing?.() ?? o.state();
          refuse(action.validate(judged, input, { today: today(), actorId: input.actor.userId }));
        },
      },
    );
  }
}
