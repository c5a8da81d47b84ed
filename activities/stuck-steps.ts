// Records steps' states for operations; `retries` counts operators' retries, not automatic ones. A report is applied
// once and in workflow order: an older or repeated report (an activity retried after a lost acknowledgement) changes
// nothing; the run it came from is kept for the Operations page's link to Temporal's UI. The reporter cannot report
// itself: a report the database refuses for what it names (an organisation or a user that is not there) is written
// without those names rather than retried forever.
import { Context } from '@temporalio/activity';
import type { Orm } from '../db/orm.ts';
import type { StepReport } from '../domain/stuck-steps.ts';
import type { StuckStepActivities } from '../workflows/activity-types.ts';

const UPSERT = `insert into stuck_step (id, kind, description, workflow_id, case_id, organisation_id, status, attempts,
    last_error, first_failed_at, last_failed_at, updated_at, retried_by, retries, resolved_at, next_retry_at, problem,
    resolutions, run_id)
  values (?, ?, ?, ?, ?, coalesce(?, (select organisation_id from "case" where id = ?)), ?, ?, ?, ?, ?, ?, ?,
    case when ? = 'RETRYING' and ?::int is not null then 1 else 0 end,
    case when ? = 'RESOLVED' then ?::timestamptz end, ?::timestamptz, ?::jsonb, ?::jsonb, ?)
  on conflict (id) do update set
    status = excluded.status,
    attempts = excluded.attempts,
    last_error = coalesce(excluded.last_error, stuck_step.last_error),
    last_failed_at = case when excluded.status = 'STUCK' then excluded.last_failed_at else stuck_step.last_failed_at end,
    updated_at = excluded.updated_at,
    retried_by = coalesce(excluded.retried_by, stuck_step.retried_by),
    retries = stuck_step.retries + excluded.retries
      + case when excluded.status = 'RESOLVED' and excluded.retried_by is not null then 1 else 0 end,
    resolved_at = excluded.resolved_at,
    next_retry_at = excluded.next_retry_at,
    problem = case when excluded.status = 'STUCK' then excluded.problem else stuck_step.problem end,
    resolutions = excluded.resolutions,
    run_id = coalesce(excluded.run_id, stuck_step.run_id)
  where stuck_step.updated_at < excluded.updated_at`;

const parameters = (r: StepReport) => [
  r.id,
  r.kind,
  r.description,
  r.workflowId,
  r.caseId,
  r.organisationId,
  r.caseId,
  r.status,
  r.attempts,
  r.error,
  r.at,
  r.at,
  r.at,
  r.retriedBy ?? null,
  r.status,
  r.retriedBy ?? null,
  r.status,
  r.at,
  r.nextRetryAt ?? null,
  r.problem ? JSON.stringify(r.problem) : null,
  JSON.stringify(r.resolutions ?? []),
  r.runId ?? Context.current().info.workflowExecution?.runId ?? null,
];

export function stuckStepActivities(orm: Orm): StuckStepActivities {
  return {
    async recordStepState(r) {
      try {
        await orm.em.fork().execute(UPSERT, parameters(r));
      } catch (e) {
        // 23503: a foreign key the report names is not there.
        if ((e as { code?: string }).code !== '23503') throw e;
        await orm.em.fork().execute(UPSERT, parameters({ ...r, organisationId: null, caseId: null, retriedBy: null }));
      }
    },
  };
}
