// An action a workflow accepts from a user (its Update): its name, the rules that refuse it and the events it decides.
// Case and funding-request actions share this shape, so one generic helper registers them (workflows/actions.ts).
import { assertNoViolations, type Violation } from './refusals.ts';
import type { IsoDate } from './dates.ts';

/** What a rule may look at besides the state and the input: the business date and who acts. */
export interface RuleContext {
  today: IsoDate;
  /** The acting user, where a rule depends on who acts (a note's author). */
  actorId?: number;
}

/** What a decision needs from its surroundings: a rule's context and a source of fresh ids. */
export interface DecisionContext extends RuleContext {
  newId: () => string;
  /**
   * The workflow's patched(): a decision that would change what a running case decided asks it, so a history
   * recorded before the change replays the same. Absent outside a workflow, where the new way always holds.
   */
  patched?: (change: string) => boolean;
}

export interface Action<S, E, I> {
  readonly name: string;
  /** The rules the action breaks on this state, listed with what to fix; none when it may go ahead. */
  validate(state: S, input: I, ctx: RuleContext): Violation[];
  /** The events an accepted action brings about; throws RuleViolationError when `validate` would refuse it. */
  decide(state: S, input: I, ctx: DecisionContext): E[];
}

/** An action whose decide checks its own rules first, so no caller can skip them. */
export function defineAction<S, E, I>(def: Action<S, E, I>): Action<S, E, I> {
  return {
    name: def.name,
    validate: def.validate,
    decide: (state, input, ctx) => {
      assertNoViolations(def.validate(state, input, ctx));
      return def.decide(state, input, ctx);
    },
  };
}

/** Declares the facts the server adds to an action's input (looked up by the use case, not typed by the user). */
export const serverFacts = <F extends object>(): F => ({}) as F;
