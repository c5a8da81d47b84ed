// A user action on a case, whole in one module (domain/case-actions/): its name (the case workflow's Update), its
// request, where the API serves it, the rules that refuse it and the events it decides. The workflow registers every
// action of CASE_ACTIONS in a loop; the API's routes and OpenAPI operations are made from the same list.
import type { z, ZodType } from 'zod';
import { defineAction, type Action, type DecisionContext, type RuleContext } from './action.ts';
import type { CaseEvent, CaseState } from './case-state.ts';
import type { Action as Permission } from './permissions.ts';
import type { Violation } from './refusals.ts';

export interface ActionRoute {
  method: 'post' | 'put' | 'patch' | 'delete';
  /** Under /api/cases/{caseId}/, with :params named as in the action's `params`. */
  path: string;
  summary: string;
  /** The permission it needs; a case manager's (case.update) when left out. */
  permission?: Permission;
  /** Answered 201 Created rather than 200. */
  creates?: boolean;
}

export interface CaseAction<I = unknown> extends Action<CaseState, CaseEvent, I> {
  readonly route: ActionRoute;
  /** The request body's schema; null for an action with no body (a DELETE). */
  readonly body: ZodType | null;
  /** Path parameters copied into the input, as strings. */
  readonly params: readonly string[];
}

/** What the workflow receives: the parsed body, the path parameters and the facts the server adds. */
export type CaseActionInput<B extends ZodType | null, P extends string, F extends object> = (B extends ZodType
  ? z.output<B>
  : object) &
  Record<P, string> &
  F;

export function caseAction<B extends ZodType | null, const P extends string = never, F extends object = object>(def: {
  name: string;
  route: ActionRoute;
  body: B;
  params?: readonly P[];
  /** serverFacts<...>(): what the use case adds to the input before the Update is sent. */
  facts?: F;
  validate(state: CaseState, input: CaseActionInput<B, P, F>, ctx: RuleContext): Violation[];
  decide(state: CaseState, input: CaseActionInput<B, P, F>, ctx: DecisionContext): CaseEvent[];
}): CaseAction<CaseActionInput<B, P, F>> {
  return { ...defineAction(def), route: def.route, body: def.body, params: def.params ?? [] };
}

export type { DecisionContext, RuleContext };
