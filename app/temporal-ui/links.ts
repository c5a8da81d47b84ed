// Where a workflow's run is in Temporal's Web UI (TEMPORAL_UI_URL), for the pages that link to it; none without it.

export interface TemporalUi {
  /** TEMPORAL_UI_URL; links are left out without it. */
  url?: string;
  namespace: string;
}

/** The workflow's page in Temporal's Web UI: the given run's history, or its latest run's. */
export function workflowRunUrl(ui: TemporalUi, workflowId: string, runId?: string | null): string | null {
  if (!ui.url) return null;
  const workflow = `${ui.url}/namespaces/${encodeURIComponent(ui.namespace)}/workflows/${encodeURIComponent(workflowId)}`;
  return runId ? `${workflow}/${encodeURIComponent(runId)}/history` : workflow;
}
