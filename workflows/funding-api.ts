// A funding request's public surface: its Updates (one per action of domain/funding-actions/) and its Query.
// Shared by the workflow and the callers so names and payloads cannot drift.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Action } from '../domain/action.ts';
import type { FundingEvent, FundingState } from '../domain/funding.ts';
import type { Actor } from './case-api.ts';

export const fundingWorkflowId = (packageId: number) => `funding-${packageId}`;

export interface FundingWorkflowInput {
  state: FundingState;
}

/** The Update a funding action is sent as: its input and the acting user; it answers with the request's state. */
export const fundingUpdate = <I>(action: Action<FundingState, FundingEvent, I>) =>
  defineUpdate<FundingState, [I & { actor: Actor }]>(action.name);

export const fundingViewQuery = defineQuery<FundingState>('fundingView');
