// Additional Case Information as administrators configure it and case managers fill it in (R-ASM-01..05, R-CASE-28).
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let admin: Client;
let manager: Client;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Kings County Employment');
  admin = await signIn(org, 'admin');
  manager = await signIn(org, 'manager');
});
afterAll(() => orm.close());

const config = {
  modules: [
    {
      moduleCode: 'PERSONAL_SITUATION',
      required: true,
      questions: [
        { text: 'Do you need child care in order to work or attend training?', answerType: 'CHECKBOX', required: true },
        {
          text: 'Which supports would help?',
          answerType: 'PICKLIST_MULTI',
          options: ['Transport', 'Child care', 'Tools'],
        },
      ],
    },
    { moduleCode: 'IMMIGRATION', questions: [{ text: 'Country of origin?', answerType: 'FREE_TEXT' }] },
  ],
};

test('R-ASM-01 only an administrator configures the modules; the order and requirements are kept', async () => {
  expect((await manager.put('/api/organisation/additional-info', config)).status).toBe(403);
  const saved = await admin.put('/api/organisation/additional-info', config);
  expect(saved.status).toBe(200);
  expect(saved.body.modules.map((m: { moduleCode: string; required: boolean }) => [m.moduleCode, m.required])).toEqual([
    ['PERSONAL_SITUATION', true],
    ['IMMIGRATION', false],
  ]);
  const bad = await admin.put('/api/organisation/additional-info', {
    modules: [{ moduleCode: 'IMMIGRATION', questions: [{ text: 'Pick', answerType: 'DROPDOWN' }] }],
  });
  expect(bad.status).toBe(400);
  expect(bad.body.message).toContain('A dropdown or pick list needs at least one option.');
});

test(
  'R-ASM-03 R-ASM-04 R-CASE-28 a module is In Progress once answered, Completed only with its required ' +
    'answers, and required before Assessment Complete',
  async () => {
    const { body: cfg } = await manager.get('/api/organisation/additional-info');
    const [childCare, supports] = cfg.modules[0].questions;
    const person = await createIndividual(orm, org);
    const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    const id = opened.body.id;
    await manager.post(`/api/cases/${id}/tasks/${opened.body.tasks[0].id}/complete`, { outcome: 'INTAKE_COMPLETE' });
    await manager.post(`/api/cases/${id}/needs-determinations`, {
      employmentGoal: 'FULL_TIME_EMPLOYMENT',
      jobPreferences: [{ label: 'Cashier', nocCode: '6611' }],
      completed: true,
      confirmed: true,
    });

    const partial = await manager.put(`/api/cases/${id}/additional-info/PERSONAL_SITUATION`, {
      answers: { [supports.id]: ['Transport'] },
      completed: true,
    });
    expect(partial.status).toBe(422);
    expect(partial.body.violations[0]).toMatchObject({
      rule: 'R-ASM-04',
      message: `Answer the required questions before marking the module complete: “${childCare.text}”.`,
    });
    await manager.put(`/api/cases/${id}/additional-info/PERSONAL_SITUATION`, {
      answers: { [supports.id]: ['Transport'] },
    });
    expect((await manager.get(`/api/cases/${id}/additional-info`)).body.modules[0].status).toBe('IN_PROGRESS');

    const stageTask = async () =>
      (await manager.get(`/api/cases/${id}`)).body.tasks.find((t: { state: string }) => t.state === 'OPEN').id;
    const early = await manager.post(`/api/cases/${id}/tasks/${await stageTask()}/complete`, {
      outcome: 'ASSESSMENT_COMPLETE',
    });
    expect(early.status).toBe(422);
    expect(early.body.violations).toEqual([
      expect.objectContaining({
        rule: 'R-CASE-28',
        message: 'Complete the required Additional Case Information modules first: Personal Situation.',
      }),
    ]);

    const wrongType = await manager.put(`/api/cases/${id}/additional-info/PERSONAL_SITUATION`, {
      answers: { [childCare.id]: 'maybe' },
      completed: true,
    });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.violations[0].field).toBe(`answers.${childCare.id}`);
    const done = await manager.put(`/api/cases/${id}/additional-info/PERSONAL_SITUATION`, {
      answers: { [childCare.id]: false, [supports.id]: ['Transport'] },
      completed: true,
    });
    expect(done.status).toBe(200);
    expect((await manager.get(`/api/cases/${id}/additional-info`)).body.modules[0]).toMatchObject({
      status: 'COMPLETED',
      answers: { [childCare.id]: false },
    });
    const ok = await manager.post(`/api/cases/${id}/tasks/${await stageTask()}/complete`, {
      outcome: 'ASSESSMENT_COMPLETE',
    });
    expect(ok.body.status).toBe('RTWAP_DEV');
  },
);

test('R-ASM-02 an organisation may collect no additional information', async () => {
  const other = await createOrg(orm, 'Collects Nothing');
  const cm = await signIn(other, 'manager');
  expect((await cm.get('/api/organisation/additional-info')).body.modules).toEqual([]);
  const person = await createIndividual(orm, other);
  const opened = await cm.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  const res = await cm.put(`/api/cases/${opened.body.id}/additional-info/IMMIGRATION`, { answers: {} });
  expect(res.status).toBe(422);
  expect(res.body.violations[0].code).toBe('ERR_MODULE_NOT_COLLECTED');
});
