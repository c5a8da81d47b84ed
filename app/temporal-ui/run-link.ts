// The address of a workflow's run in Temporal's Web UI, where a supervisor or an operator reads its history; none when
// no UI is configured (TEMPORAL_UI_URL). Without the run's id the UI opens the workflow's latest run.
export interface TemporalUi {
  url?: string;
  namespace: string;
}

export function temporalRunUrl(ui: TemporalUi, workflowId: string, runId: string | null | undefined): string | null {
  if (!ui.url) return null;
  const namespace = `${ui.url.replace(/\/+$/, '')}/namespaces/${encodeURIComponent(ui.namespace)}`;
  const workflow = `${namespace}/workflows/${encodeURIComponent(workflowId)}`;
  return runId ? `${workflow}/${encodeURIComponent(runId)}/history` : workflow;
}
