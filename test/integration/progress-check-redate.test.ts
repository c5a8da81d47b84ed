// R-NOTIF-02 through the API: when an intervention's dates change, its progress check is replaced by one for the new
// end date, in the same write as the change (seed 001: « les avis se mettent à jour automatiquement »). The case
// and the home list show one progress check, never the old one beside the new, and a refused change leaves it as it was.
import { CaseNotification } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { caseInPlanDevelopment } from '../support/case-walk.ts';
import { createOrg, plannedIntervention, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Progress Check Services');
  manager = await signIn(org, 'manager');
});
afterAll(() => orm.close());

interface Shown {
  kind: string;
  dueDate: string;
  message: string;
}
const progressChecksOf = (body: { notifications: Shown[] }) =>
  body.notifications.map((n) => [n.kind, n.dueDate, n.message]);

test('R-NOTIF-02 moving an intervention’s dates replaces its progress check with one for the new end date', async () => {
  const id = await caseInPlanDevelopment(orm, org, manager, { firstName: 'Marc', lastName: 'LeBlanc' });
  const added = await manager.post(`/api/cases/${id}/interventions`, plannedIntervention(today, addDays(today, 10)));
  expect(added.status).toBe(200);
  const iid = added.body.actionPlan.interventions[0].id as string;
  const text = (start: string) =>
    `Progress check with Marc LeBlanc in regards to intervention: JobSearch-Workshops with a start date of ${start}`;
  expect(progressChecksOf(added.body)).toEqual([['ACTION_REQUIRED', addDays(today, 10), text(today)]]);

  // A new end date: the case shows the one progress check, due on it.
  const moved = await manager.patch(`/api/cases/${id}/interventions/${iid}`, { plannedEndDate: addDays(today, 20) });
  expect(moved.status).toBe(200);
  expect(progressChecksOf(moved.body)).toEqual([['ACTION_REQUIRED', addDays(today, 20), text(today)]]);
  // The home list shows it once, on its new date.
  const home = (await manager.get('/api/tasks')).body as { kind: string; caseId: number; dueDate: string }[];
  expect(home.filter((t) => t.kind === 'NOTIFICATION' && t.caseId === id).map((t) => t.dueDate)).toEqual([
    addDays(today, 20),
  ]);

  // A new start date is in the text of the new one.
  const restarted = await manager.patch(`/api/cases/${id}/interventions/${iid}`, {
    plannedStartDate: addDays(today, 2),
  });
  expect(restarted.status).toBe(200);
  expect(progressChecksOf(restarted.body)).toEqual([['ACTION_REQUIRED', addDays(today, 20), text(addDays(today, 2))]]);

  // A refused change (the end before the start) keeps the progress check as it was.
  const refused = await manager.patch(`/api/cases/${id}/interventions/${iid}`, { plannedEndDate: today });
  expect(refused.status).toBe(422);
  expect(refused.body.message).toMatch(/end date/i);
  const after = await manager.get(`/api/cases/${id}`);
  expect(progressChecksOf(after.body)).toEqual([['ACTION_REQUIRED', addDays(today, 20), text(addDays(today, 2))]]);
  expect(await orm.em.fork().count(CaseNotification, { caseId: id })).toBe(1);
});
