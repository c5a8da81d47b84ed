// Cases whose workflow cannot take its next step: its workflow task fails on every attempt (a non-deterministic change
// in the workflow's code, a search attribute the server does not know), so the case freezes without any step of its
// own failing, and nothing reaches the stuck-step list. Temporal marks such a run with the TemporalReportedProblems
// search attribute (the server's system.numConsecutiveWorkflowTaskProblemsToTriggerSearchAttribute); each one found
// is described for its attempts and listed with its case, for the operator's own organisation only.
import { Case, FundingPackage } from '../../db/entities.ts';
import type { AppContext } from '../context.ts';
import { temporalRunUrl, type TemporalUi } from '../temporal-ui/run-link.ts';

/** The running workflows Temporal reports as failing or timing out their workflow task, as its Web UI asks. */
export const FROZEN_WORKFLOWS_QUERY =
  'ExecutionStatus = "Running" AND TemporalReportedProblems IN ' +
  '("category=WorkflowTaskFailed", "category=WorkflowTaskTimedOut")';

/** At most this many are read: more frozen workflows than this is one fault, seen in the first ones. */
const LIMIT = 100;

export interface FrozenCase {
  caseId: number;
  workflowId: string;
  /** What the workflow runs: the case itself, or one of its funding requests. */
  workflow: { kind: 'CASE' } | { kind: 'FUNDING'; packageId: number };
  /** Attempts of its pending workflow task so far. */
  attempts: number | null;
  /** Since when its workflow task has been failing. */
  since: string | null;
  temporalUiUrl: string | null;
}

/** The workflows Temporal reports frozen, or null when it cannot say (unreachable, or no such search attribute). */
async function frozenWorkflows(ctx: AppContext): Promise<{ workflowId: string; runId: string }[] | null> {
  const found: { workflowId: string; runId: string }[] = [];
  try {
    for await (const wf of ctx.temporal.workflow.list({ query: FROZEN_WORKFLOWS_QUERY, pageSize: LIMIT })) {
      found.push({ workflowId: wf.workflowId, runId: wf.runId });
      if (found.length >= LIMIT) break;
    }
  } catch {
    return null;
  }
  return found;
}

export async function frozenCases(
  ctx: AppContext,
  temporalUi: TemporalUi,
): Promise<{ checked: boolean; items: FrozenCase[] }> {
  const workflows = await frozenWorkflows(ctx);
  if (!workflows) return { checked: false, items: [] };
  const caseIdOf = new Map<string, number>();
  const packageIdOf = new Map<string, number>();
  for (const w of workflows) {
    const [, kind, id] = /^(case|funding)-(\d+)$/.exec(w.workflowId) ?? [];
    if (kind === 'case') caseIdOf.set(w.workflowId, Number(id));
    if (kind === 'funding') packageIdOf.set(w.workflowId, Number(id));
  }
  const packages = packageIdOf.size
    ? await ctx.em.find(FundingPackage, { id: { $in: [...packageIdOf.values()] } }, { fields: ['id', 'caseId'] })
    : [];
  const packageCase = new Map(packages.map((p) => [p.id, p.caseId]));
  for (const [workflowId, packageId] of packageIdOf) {
    const caseId = packageCase.get(packageId);
    if (caseId != null) caseIdOf.set(workflowId, caseId);
  }
  // The operator's organisation only: another organisation's cases are not theirs to see.
  const ids = [...new Set(caseIdOf.values())];
  const own = ids.length
    ? await ctx.em.find(Case, { id: { $in: ids }, organisationId: ctx.user.organisationId }, { fields: ['id'] })
    : [];
  const ownIds = new Set(own.map((c) => c.id));
  const mine = workflows.filter((w) => ownIds.has(caseIdOf.get(w.workflowId)!));
  const items = await Promise.all(
    mine.map(async (w): Promise<FrozenCase> => {
      const pending = await ctx.temporal.workflow
        .getHandle(w.workflowId, w.runId)
        .describe()
        .then((d) => d.raw.pendingWorkflowTask ?? null)
        .catch(() => null);
      const since = pending?.originalScheduledTime?.seconds;
      const packageId = packageIdOf.get(w.workflowId);
      return {
        caseId: caseIdOf.get(w.workflowId)!,
        workflowId: w.workflowId,
        workflow: packageId == null ? { kind: 'CASE' } : { kind: 'FUNDING', packageId },
        attempts: pending?.attempt ?? null,
        since: since == null ? null : new Date(Number(since) * 1000).toISOString(),
        temporalUiUrl: temporalRunUrl(temporalUi, w.workflowId, w.runId),
      };
    }),
  );
  return { checked: true, items: items.sort((a, b) => a.caseId - b.caseId) };
}
