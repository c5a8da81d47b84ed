// The task that moves a case to its next stage (intake, assessment, plan…), as tests complete it.

/** The id of the case's open stage task: not a follow-up outcome task (WEEK_24/WEEK_52) nor Request documentation. */
export function openStageTaskId(tasks: readonly { id: string; state: string; type: string }[]): string {
  const task = tasks.find(
    (t) => t.state === 'OPEN' && !t.type.startsWith('WEEK_') && t.type !== 'REQUEST_DOCUMENTATION',
  );
  if (!task) throw new Error('the case has no open stage task');
  return task.id;
}
