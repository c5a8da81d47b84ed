// The custom search attributes of case and funding-request workflows, so supervisors and operations can ask
// Temporal's CLI and Web UI which cases are where (README §Finding cases in Temporal). Defined once here: the
// workflows upsert them and every server registers this list. Codes and ids only, never personal information.
import { defineSearchAttributeKey, type SearchAttributeUpdatePair } from '@temporalio/common';
import { patched, proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { CaseState } from '../domain/case-state.ts';
import { ALERT_HOUR, pendingTimers } from '../domain/case-timers.ts';
import { businessInstant, type IsoDate } from '../domain/dates.ts';
import { isTerminal, pendingFundingTimers, type FundingState } from '../domain/funding.ts';
import { ACTIVITY_SUMMARIES } from '../domain/history-summaries.ts';
import type { SearchAttributeActivities } from './activity-types.ts';
import { operatorRetries, type WithOperatorRetry } from './stuck-steps.ts';
import { summarised } from './summarised-activities.ts';

/** The keys, by name; their types are what the CLI's `--query` compares with. */
export const SEARCH_ATTRIBUTE = {
  PathwayStage: defineSearchAttributeKey('PathwayStage', 'KEYWORD'),
  PathwayStatus: defineSearchAttributeKey('PathwayStatus', 'KEYWORD'),
  OrganisationCode: defineSearchAttributeKey('OrganisationCode', 'KEYWORD'),
  CaseManagerId: defineSearchAttributeKey('CaseManagerId', 'INT'),
  NextAlertAt: defineSearchAttributeKey('NextAlertAt', 'DATETIME'),
  NextAlertKind: defineSearchAttributeKey('NextAlertKind', 'KEYWORD'),
  HasStuckStep: defineSearchAttributeKey('HasStuckStep', 'BOOL'),
  FundingState: defineSearchAttributeKey('FundingState', 'KEYWORD'),
} as const;
const A = SEARCH_ATTRIBUTE;

/** Every key, for registering them on a server (names and types). */
export const SEARCH_ATTRIBUTES = Object.values(SEARCH_ATTRIBUTE);

/** The kind of alert a funding request's next reminder raises (T-04/T-05). */
export const FUNDING_REMINDER_KIND = 'FUNDING_REMINDER';

/** What a workflow tells of itself through its attributes, read from its state. */
export interface SearchableFacts {
  caseId: number;
  caseManagerId: number;
  closed: boolean;
  /** The next alert or reminder the workflow sleeps on. */
  next: { fireOn: IsoDate; kind: string } | undefined;
  /** The attribute of its own kind: a case's stage, a funding request's package state. */
  own: SearchAttributeUpdatePair;
}

export function caseFacts(s: CaseState): SearchableFacts {
  return {
    caseId: s.caseId,
    caseManagerId: s.caseManagerId,
    closed: s.status === 'CLOSED',
    next: pendingTimers(s)[0],
    own: { key: A.PathwayStage, value: s.status },
  };
}

export function fundingFacts(s: FundingState): SearchableFacts {
  const next = pendingFundingTimers(s)[0];
  return {
    caseId: s.caseId,
    caseManagerId: s.caseManagerId,
    closed: isTerminal(s),
    next: next && { fireOn: next.fireOn, kind: FUNDING_REMINDER_KIND },
    own: { key: A.FundingState, value: s.state },
  };
}

export function searchAttributesOf(
  facts: SearchableFacts,
  organisationCode: string,
  hasStuckStep: boolean,
): SearchAttributeUpdatePair[] {
  return [
    facts.own,
    { key: A.PathwayStatus, value: facts.closed ? 'CLOSED' : 'OPEN' },
    { key: A.OrganisationCode, value: organisationCode },
    { key: A.CaseManagerId, value: facts.caseManagerId },
    { key: A.NextAlertAt, value: facts.next ? businessInstant(facts.next.fireOn, ALERT_HOUR) : null },
    { key: A.NextAlertKind, value: facts.next?.kind ?? null },
    { key: A.HasStuckStep, value: hasStuckStep },
  ];
}

const { organisationCodeOfCase } = summarised(
  proxyActivities<SearchAttributeActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  }),
  ACTIVITY_SUMMARIES,
);

const comparable = (v: SearchAttributeUpdatePair['value']) => (v instanceof Date ? v.getTime() : v);

export interface SearchAttributesPublisher {
  /** Upserts what changed since the last upsert (each upsert is a history event); never holds up the caller's work. */
  publish(): void;
  /** The case moved to another organisation: its code is looked up again. */
  organisationChanged(): void;
}

/**
 * For one workflow run, behind patched('search-attributes') so runs recorded before them replay unchanged: its
 * attributes, published from `facts`, and its operator retries (workflows/stuck-steps.ts), which set HasStuckStep.
 */
export function searchableWorkflow(facts: () => SearchableFacts): {
  searchAttributes: SearchAttributesPublisher;
  withOperatorRetry: WithOperatorRetry;
} {
  const last = new Map<string, SearchAttributeUpdatePair['value']>();
  let organisationCode: Promise<string> | undefined;
  let stuckSteps = 0;
  async function publish(): Promise<void> {
    if (!patched('search-attributes')) return;
    organisationCode ??= organisationCodeOfCase({ caseId: facts().caseId });
    const pairs = searchAttributesOf(facts(), await organisationCode, stuckSteps > 0);
    // Nothing to clear on a first upsert; afterwards, only what changed.
    const changed = pairs.filter((p) =>
      last.has(p.key.name) ? comparable(last.get(p.key.name) ?? null) !== comparable(p.value) : p.value !== null,
    );
    if (!changed.length) return;
    for (const p of changed) last.set(p.key.name, p.value);
    upsertSearchAttributes(changed);
  }
  const withOperatorRetry = operatorRetries((stuck) => {
    stuckSteps = stuck;
    void publish();
  });
  return {
    searchAttributes: { publish: () => void publish(), organisationChanged: () => (organisationCode = undefined) },
    withOperatorRetry,
  };
}
