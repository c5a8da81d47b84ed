// A newly signed plan after a funded intervention is added to a signed plan (spec 01 R-PLAN-08, spec 02 R-PM-08;
// seed 001: ENS requires a new signed copy when a funded intervention is added): the case manager's task.
import { addIntervention, completeTask } from '../../domain/case-actions/index.ts';
import { TASK_LABELS } from '../../domain/case-model.ts';
import { openTasks } from '../../domain/case-state.ts';
import { RESIGN_CHANGE } from '../../domain/plan-resign.ts';
import { interventionInput, ruleCodes, violationsOf, walkTo } from './helpers.ts';

const documentationTasks = (run: ReturnType<typeof walkTo>) =>
  openTasks(run.state).filter((t) => t.type === 'REQUEST_DOCUMENTATION');

describe('R-PLAN-08 R-PM-08 Request documentation', () => {
  test('R-PM-08 a funded intervention added after the plan was signed opens "Request documentation", due in 7 days', () => {
    const run = walkTo('RTWAP_MGMT');
    run.addIntervention('2011-12-01', { fundingRequested: true, interventionType: 'JS_WORKSHOPS' });
    expect(documentationTasks(run)).toEqual([
      expect.objectContaining({ type: 'REQUEST_DOCUMENTATION', openedOn: '2011-12-01', dueDate: '2011-12-08' }),
    ]);
    expect(TASK_LABELS.REQUEST_DOCUMENTATION).toEqual({
      en: 'Request documentation',
      fr: 'Demander la documentation',
    });
    // The stage task is still Close Action Plan: the new task sits beside it.
    expect(run.openTaskTypes()).toEqual(['CLOSE_ACTION_PLAN', 'REQUEST_DOCUMENTATION']);
  });

  test('R-PLAN-08 an unfunded intervention, or a funded one added before signing, asks for no new signature', () => {
    const signed = walkTo('RTWAP_MGMT');
    signed.addIntervention('2011-12-01', { fundingRequested: false });
    expect(documentationTasks(signed)).toEqual([]);
    const developing = walkTo('RTWAP_DEV', {}, { intervention: { fundingRequested: true } });
    developing.addIntervention('2011-11-16', { fundingRequested: true });
    expect(documentationTasks(developing)).toEqual([]);
  });

  test('R-PM-08 one open task covers every funded intervention added until the signed copy is kept', () => {
    const run = walkTo('RTWAP_MGMT');
    run.addIntervention('2011-12-01', { fundingRequested: true });
    run.addIntervention('2011-12-02', { fundingRequested: true });
    const [task] = documentationTasks(run);
    expect(documentationTasks(run)).toHaveLength(1);
    // Any outcome but the acknowledgement is refused, naming the rule.
    const refused = violationsOf(() =>
      completeTask.decide(run.state, { taskId: task.id, outcome: 'PLAN_COMPLETED' }, run.ctx('2011-12-05')),
    );
    expect(ruleCodes(refused)).toEqual(['R-PM-08 ERR_TASK_OUTCOME']);
    expect([refused[0].message, refused[0].messageFr]).toEqual([
      'Request documentation accepts one outcome: ACKNOWLEDGED.',
      "« Demander la documentation » n'accepte qu'un résultat : l'accusé de réception (ACKNOWLEDGED).",
    ]);
    run.apply('2011-12-05', (s, ctx) => completeTask.decide(s, { taskId: task.id, outcome: 'ACKNOWLEDGED' }, ctx));
    expect(documentationTasks(run)).toEqual([]);
    expect(run.state.status).toBe('RTWAP_MGMT');
    // A funded intervention added after that asks for another signed copy.
    run.addIntervention('2011-12-06', { fundingRequested: true });
    expect(documentationTasks(run)).toHaveLength(1);
  });

  test('R-PM-08 a case whose workflow ran before the task existed decides as it did then (patched)', () => {
    const run = walkTo('RTWAP_MGMT');
    const asked: string[] = [];
    const patched = (change: string) => (asked.push(change), false);
    run.apply('2011-12-01', (s, ctx) =>
      addIntervention.decide(s, interventionInput({ fundingRequested: true }), { ...ctx, patched }),
    );
    expect(asked).toEqual([RESIGN_CHANGE]);
    expect(documentationTasks(run)).toEqual([]);
  });
});
