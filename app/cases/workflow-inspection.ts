// What a supervisor sees of a case's workflow: its stage, open tasks and pending timers, and the case's history in
// words: who did what (the accepted actions, case_command) and what Pathway did by itself (the emails it sent, the
// steps that got stuck and their retries, read from the workflow's Temporal history), with a link to the run in
// Temporal's Web UI. Without Temporal the page still has everything PostgreSQL knows.
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import proto from '@temporalio/proto';
import { CaseCommand, CaseTask, Individual, type ICase } from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import { can } from '../../domain/permissions.ts';
import { describeStep, type StepReport } from '../../domain/stuck-steps.ts';
import { caseViewQuery, type CaseView } from '../../workflows/case-api.ts';
import type { CaseActivities } from '../../workflows/activity-types.ts';
import type { AppContext } from '../context.ts';
import { temporalRunUrl, type TemporalUi } from '../temporal-ui/run-link.ts';
import { namesOf } from './names.ts';
import {
  commandEntries,
  idsNamedBy,
  newestFirst,
  type Names,
  type SentEmail,
  type TimelineEntry,
  type TimelineEvent,
} from '../supervision/case-timeline.ts';
import { listedName } from '../../domain/person-name.ts';

const EventType = proto.temporal.api.enums.v1.EventType;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

/** How long the page waits for Temporal before it shows what PostgreSQL alone knows. */
const TEMPORAL_DEADLINE_MS = 5_000;

/** The emails the case workflow sends, and whom each one is to. */
type EmailInput = Parameters<CaseActivities['notifyCaseManagerAssigned']>[0] &
  Parameters<CaseActivities['sendReferralEmail']>[0] &
  Parameters<CaseActivities['notifyTransferCompleted']>[0];
const EMAILS: Record<string, (input: Partial<EmailInput>) => { email: SentEmail; userId: number | null }> = {
  notifyCaseManagerAssigned: (i) => ({ email: 'CASE_ASSIGNED', userId: i.caseManagerId ?? null }),
  sendReferralEmail: (i) => ({
    email: i.kind === 'TRANSFER_REMINDER' ? 'TRANSFER_REMINDER' : 'REFERRAL',
    userId: null,
  }),
  notifyTransferCompleted: (i) => ({ email: 'TRANSFER_COMPLETED', userId: i.previousCaseManagerId ?? null }),
};

/** Something the workflow did, before the users it names are looked up. */
interface WorkflowStep {
  at: string;
  actorId: number | null;
  event: (names: Names) => TimelineEvent;
  userIds: number[];
}

/** The first argument of an activity or Update as the workflow received it (decrypted by the client's codec). */
async function firstArgument<T>(client: Client, payloads: Payload[] | null | undefined): Promise<T | undefined> {
  if (!payloads?.length) return undefined;
  const { payloadCodecs, payloadConverter } = client.options.loadedDataConverter;
  let decoded = payloads;
  for (const codec of [...payloadCodecs].reverse()) decoded = await codec.decode(decoded);
  return payloadConverter.fromPayload<T>(decoded[0]);
}

const instant = (e: HistoryEvent) =>
  new Date(Number(e.eventTime?.seconds ?? 0) * 1000 + Math.floor((e.eventTime?.nanos ?? 0) / 1e6)).toISOString();

/** The emails sent and the steps stuck and retried, from the run's history (each step reports its state through the
 * recordStepState activity, whose input says what happened and who retried it). */
async function workflowSteps(client: Client, events: HistoryEvent[]): Promise<WorkflowStep[]> {
  const scheduled = new Map<number, { name: string; input: Payload[] | null | undefined }>();
  const steps: Promise<WorkflowStep | null>[] = [];
  for (const e of events) {
    if (e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED) {
      const a = e.activityTaskScheduledEventAttributes!;
      const name = a.activityType?.name ?? '';
      scheduled.set(Number(e.eventId), { name, input: a.input?.payloads as Payload[] | undefined });
      if (name === 'recordStepState') steps.push(stepReport(client, instant(e), a.input?.payloads as Payload[]));
    }
    if (e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) {
      const s = scheduled.get(Number(e.activityTaskCompletedEventAttributes?.scheduledEventId));
      const email = s && EMAILS[s.name];
      if (email) {
        const at = instant(e);
        steps.push(
          firstArgument<Partial<EmailInput>>(client, s.input).then((input) => {
            const { email: which, userId } = email(input ?? {});
            return {
              at,
              actorId: null,
              userIds: userId === null ? [] : [userId],
              event: (names) => ({ type: 'emailSent', email: which, to: userId === null ? null : names.user(userId) }),
            };
          }),
        );
      }
    }
  }
  return (await Promise.all(steps)).filter((s): s is WorkflowStep => s !== null);
}

async function stepReport(client: Client, at: string, input: Payload[]): Promise<WorkflowStep | null> {
  const report = await firstArgument<StepReport>(client, input);
  if (!report) return null;
  const step = describeStep(report);
  if (report.status === 'STUCK')
    return {
      at,
      actorId: null,
      userIds: [],
      event: () => ({
        type: 'stepStuck',
        step,
        attempts: report.attempts,
        error: report.error,
        nextRetryAt: report.nextRetryAt ?? null,
      }),
    };
  // A step that went through is told by what it did (the email sent).
  if (report.status === 'RESOLVED') return null;
  const by = report.retriedBy ?? null;
  return { at, actorId: by, userIds: by === null ? [] : [by], event: () => ({ type: 'stepRetried', step }) };
}

/** The workflow as Temporal has it now; 'gone' once Temporal no longer keeps it (a case closed long ago),
 * 'unavailable' when Temporal cannot answer in time. */
async function readWorkflow(client: Client, workflowId: string) {
  const handle = client.workflow.getHandle(workflowId);
  try {
    return await client.connection.withDeadline(Date.now() + TEMPORAL_DEADLINE_MS, async () => {
      const [description, history] = await Promise.all([handle.describe(), handle.fetchHistory()]);
      const view: CaseView | null =
        description.status.name === 'RUNNING' ? await handle.query(caseViewQuery).catch(() => null) : null;
      return { description, view, steps: await workflowSteps(client, history.events ?? []) };
    });
  } catch (e) {
    return e instanceof WorkflowNotFoundError ? ('gone' as const) : ('unavailable' as const);
  }
}

export async function inspectWorkflow(ctx: AppContext, c: ICase, temporalUi: TemporalUi) {
  const today = businessDate(new Date());
  const [commands, tasks, individual, read] = await Promise.all([
    ctx.em.find(CaseCommand, { caseId: c.id }, { orderBy: { at: 'asc', id: 'asc' } }),
    ctx.em.find(CaseTask, { caseId: c.id, state: 'OPEN' }, { orderBy: { dueDate: 'asc', openedOn: 'asc' } }),
    ctx.em.findOneOrFail(Individual, { id: c.individualId }),
    readWorkflow(ctx.temporal, c.workflowId),
  ]);
  const workflow = typeof read === 'string' ? null : read;
  const named = idsNamedBy(commands);
  const names = await namesOf(
    ctx,
    [...new Set([...named.users, c.caseManagerId, ...(workflow?.steps.flatMap((s) => s.userIds) ?? [])])],
    named.organisations,
  );
  const timeline: TimelineEntry[] = newestFirst([
    ...commandEntries(commands, names),
    ...(workflow?.steps ?? []).map((s) => ({
      at: s.at,
      actor: s.actorId === null ? null : names.user(s.actorId),
      events: [s.event(names)],
    })),
  ]);
  const description = workflow?.description;
  return {
    caseId: c.id,
    /** Only for those who may see individuals (Operations Support inspects cases without them). */
    client: can(ctx.user.profiles, 'individual.view') ? listedName(individual) : null,
    caseManager: names.user(c.caseManagerId),
    statusSince: c.statusSince,
    workflowId: c.workflowId,
    /** Whether the timers and the workflow's own steps are there: Temporal may not answer, or no longer keep the run. */
    temporal: typeof read === 'string' ? read : ('ok' as const),
    runId: description?.runId ?? null,
    status: description?.status.name ?? null,
    startTime: description?.startTime ?? null,
    historyLength: description?.historyLength ?? null,
    stage: workflow?.view?.state.status ?? c.status,
    timers: workflow?.view?.timers ?? [],
    openTasks: tasks.map((t) => ({
      id: t.id,
      type: t.type,
      openedOn: t.openedOn,
      dueDate: t.dueDate,
      state: t.state,
      overdue: !!t.dueDate && today > t.dueDate,
    })),
    alerts: workflow?.view?.state.alerts ?? [],
    timeline,
    temporalUiUrl: temporalRunUrl(temporalUi, c.workflowId, description?.runId),
  };
}

/** The workflow's side of a case for the case page: its stage and pending timers. Degrades to null if Temporal is away.
 */
export async function workflowSummary(client: Client, workflowId: string, closed: boolean) {
  if (closed) return { running: false, stage: 'CLOSED', timers: [] };
  try {
    const view = await Promise.race([
      client.workflow.getHandle(workflowId).query(caseViewQuery),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('Temporal did not answer within 3 s')), 3000),
      ),
    ]);
    return { running: true, stage: view.state.status, timers: view.timers, historyLength: view.historyLength };
  } catch (e) {
    return { running: null, stage: null, timers: [], error: (e as Error).message };
  }
}
