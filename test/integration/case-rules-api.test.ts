// The case rules as a case manager meets them through the API: status codes, messages and the state after.
import { randomUUID } from 'node:crypto';
import { Case, CaseCommand, Individual, ProvincialPerson } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate, formatLongDate } from '../../domain/dates.ts';
import { createIndividual, createOrg, type TestOrg, REGISTRATION, plannedIntervention } from '../support/fixtures.ts';
import { eventually, request, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';
import { receivedMails } from '../support/mailbox.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm);
  manager = await signIn(org, 'manager');
});
afterAll(() => orm.close());

async function newCase(): Promise<{ id: number; taskId: string }> {
  const person = await createIndividual(orm, org);
  const res = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(res.status).toBe(201);
  return { id: res.body.id, taskId: res.body.tasks[0].id };
}

const openTask = async (caseId: number) => openStageTaskId((await manager.get(`/api/cases/${caseId}`)).body.tasks);

const intervention = plannedIntervention;

const needs = {
  employmentGoal: 'FULL_TIME_EMPLOYMENT',
  jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
  completed: true,
  confirmed: true,
};

/** Walks a new case to Follow-up today: A = today. */
async function caseInFollowUp(openedCaseId?: number): Promise<number> {
  const today = businessDate(new Date());
  const { id, taskId } = openedCaseId ? { id: openedCaseId, taskId: await openTask(openedCaseId) } : await newCase();
  await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
  await manager.post(`/api/cases/${id}/needs-determinations`, needs);
  await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'ASSESSMENT_COMPLETE' });
  const added = await manager.post(`/api/cases/${id}/interventions`, intervention(today, today));
  const iid = added.body.actionPlan.interventions[0].id;
  await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'DEVELOPED_AND_SIGNED' });
  await manager.patch(`/api/cases/${id}/interventions/${iid}`, { status: 'COMPLETED', actualEndDate: today });
  await manager.post(`/api/cases/${id}/outcomes`, {
    type: 'RTWAP_CLOSURE',
    actualOutcomeDate: today,
    employmentStatus: 'UNEMPLOYED',
  });
  const closed = await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, {
    outcome: 'PLAN_COMPLETED',
  });
  expect(closed.body.status).toBe('FOLLOW_UP');
  return id;
}

test('R-CASE-01 refuses a case for an individual who is not shared with government or has no SIN', async () => {
  const person = await createIndividual(orm, org, { shared: false, sin: null });
  const res = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(res.status).toBe(422);
  expect(res.body.message).toContain(
    'must first be shared with the government (Privacy & Sharing) and have a social insurance number',
  );
  expect(await orm.em.fork().count(Case, { individualId: person.id })).toBe(0);
});

test('R-CASE-09 refuses a second open case for the same individual, naming where the open one is', async () => {
  const person = await createIndividual(orm, org);
  expect((await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).status).toBe(201);
  const second = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(second.status).toBe(409);
  expect(second.body.message).toContain(org.name);
});

test('R-CASE-20 a stage task accepts only its own outcomes, and nothing is written when it refuses', async () => {
  const { id, taskId } = await newCase();
  const before = await orm.em.fork().count(CaseCommand, { caseId: id });
  const res = await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'DEVELOPED_AND_SIGNED' });
  expect(res.status).toBe(422);
  expect(res.body.violations[0]).toMatchObject({
    rule: 'R-CASE-20',
    message:
      'Complete Intake accepts one of these outcomes: INTAKE_COMPLETE, SELF_SERVE_ONLY, GROUP_SERVICES_ONLY, REFERRED.',
  });
  expect(await orm.em.fork().count(CaseCommand, { caseId: id })).toBe(before);
  expect((await manager.get(`/api/cases/${id}`)).body.status).toBe('INTAKE');
});

test('R-CASE-27 refuses Assessment Complete before a needs determination is completed', async () => {
  const { id, taskId } = await newCase();
  await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
  const res = await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, {
    outcome: 'ASSESSMENT_COMPLETE',
  });
  expect(res.status).toBe(422);
  expect(res.body.violations.map((v: { rule: string }) => v.rule)).toEqual(['R-CASE-27']);
});

test(
  'R-CASE-27 a user whose browser prefers French is ' + 'refused in French, one who prefers English in English',
  async () => {
    const { id, taskId } = await newCase();
    await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
    const assessmentComplete = async (acceptLanguage: string) =>
      manager.post(
        `/api/cases/${id}/tasks/${await openTask(id)}/complete`,
        { outcome: 'ASSESSMENT_COMPLETE' },
        { 'accept-language': acceptLanguage },
      );
    const fr = "Remplissez une détermination des besoins avant de terminer l'évaluation.";
    const inFrench = await assessmentComplete('fr-CA,fr;q=0.9,en;q=0.5');
    expect(inFrench.status).toBe(422);
    expect(inFrench.body).toEqual({
      error: 'ERR_NEEDS_REQUIRED',
      message: fr,
      violations: [{ rule: 'R-CASE-27', code: 'ERR_NEEDS_REQUIRED', message: fr }],
    });
    const inEnglish = await assessmentComplete('en-CA,en;q=0.9,fr;q=0.5');
    expect(inEnglish.body.message).toBe('Complete a needs determination before completing the assessment.');
    // A body its schema refuses, before any rule: each field in French.
    const refusedSignIn = await request('POST', '/api/session', {
      body: { organisationCode: org.code, loginId: 'manager', password: 'not read', acceptTerms: false },
      headers: { 'accept-language': 'fr' },
    });
    expect(refusedSignIn.status).toBe(400);
    expect(refusedSignIn.body.violations).toEqual([
      {
        rule: 'INPUT',
        code: 'INVALID_INPUT',
        field: 'acceptTerms',
        message: "Acceptez les conditions d'utilisation pour vous connecter.",
      },
    ]);
  },
);

test('R-CASE-23 R-CLOSE-01 closes a case with a reason of its stage; a closed case never changes again', async () => {
  const { id } = await newCase();
  const wrong = await manager.post(`/api/cases/${id}/close`, { reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true });
  expect(wrong.status).toBe(422);
  expect(wrong.body.violations[0].message).toBe(
    'The reason Follow-ups not achievable cannot be used for a case in status Intake. Allowed: Abandoned, ' +
      'Found Employment, Started a business, Left labour force.',
  );
  const unconfirmed = await manager.post(`/api/cases/${id}/close`, { reason: 'ABANDONED' });
  expect(unconfirmed.status).toBe(400);
  const closed = await manager.post(`/api/cases/${id}/close`, {
    reason: 'ABANDONED',
    confirmed: true,
    note: 'Client moved without notice',
  });
  expect(closed.status).toBe(200);
  expect(closed.body).toMatchObject({
    status: 'CLOSED',
    closedReason: 'ABANDONED',
    statusHistory: [{ status: 'CLOSED', endDate: null, reasonLabel: 'Abandoned' }, { status: 'INTAKE' }],
  });
  expect(closed.body.tasks.every((t: { state: string }) => t.state !== 'OPEN')).toBe(true);
  const again = await manager.post(`/api/cases/${id}/notes`, { text: 'One more thing' });
  expect(again.status).toBe(409);
  expect(again.body.message).toBe('This case is closed and cannot be reopened or changed.');
});

test(
  'R-CASE-12 a Closed case is read-only: Case Information, Education & Experience, Needs Determination and the ' +
    'Action Plan all refuse a change, saying the case is closed',
  async () => {
    const { id, taskId } = await newCase();
    await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
    expect((await manager.post(`/api/cases/${id}/close`, { reason: 'ABANDONED', confirmed: true })).status).toBe(200);
    const changes = [
      manager.put(`/api/cases/${id}/additional-info/PERSONAL_SITUATION`, { answers: {} }),
      manager.put(`/api/cases/${id}/education-experience`, {
        highestEducationLevel: 'HIGH_SCHOOL_COMPLETE',
        educationRecords: [{ name: 'Diploma', sourceLocation: 'Citadel High', fromDate: '1990-09-01' }],
        employmentRecords: [],
        otherSkills: [],
      }),
      manager.post(`/api/cases/${id}/needs-determinations`, needs),
      manager.post(`/api/cases/${id}/interventions`, intervention('2027-01-10', '2027-01-20')),
    ];
    for (const refused of await Promise.all(changes)) {
      expect(refused.status).toBe(409);
      expect(refused.body.message).toBe('This case is closed and cannot be reopened or changed.');
    }
    const shown = await manager.get(`/api/cases/${id}`);
    expect(shown.body).toMatchObject({ status: 'CLOSED', actionPlan: { interventions: [] } });
  },
);

test(
  "R-ND-12 the action plan's Identified Needs are the distinct dimensions of the latest completed needs " +
    "determination's barriers; a version in progress does not change them",
  async () => {
    const { id, taskId } = await newCase();
    await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
    const barrier = (dimension: string, barrierType: string) => ({ dimension, barrierType, relevantToGoal: true });
    const completed = await manager.post(`/api/cases/${id}/needs-determinations`, {
      ...needs,
      barriers: [
        barrier('JOB_SEARCH', 'ESSENTIAL_SKILLS'),
        barrier('SKILLS_ENHANCEMENT', 'EDUCATION'),
        barrier('JOB_SEARCH', 'AGE'),
      ],
    });
    expect(completed.status).toBe(200);
    expect(completed.body.actionPlan.identifiedNeeds).toEqual(['JOB_SEARCH', 'SKILLS_ENHANCEMENT']);
    const draft = await manager.post(`/api/cases/${id}/needs-determinations`, {
      ...needs,
      completed: false,
      barriers: [barrier('CAREER_DECISION_MAKING', 'AGE')],
    });
    expect(draft.status).toBe(200);
    expect(draft.body.actionPlan.identifiedNeeds).toEqual(['JOB_SEARCH', 'SKILLS_ENHANCEMENT']);
  },
);

test('R-PLAN-02 each intervention is saved on its own: one refused leaves the ones saved before', async () => {
  const { id, taskId } = await newCase();
  await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
  await manager.post(`/api/cases/${id}/needs-determinations`, needs);
  await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'ASSESSMENT_COMPLETE' });
  const first = await manager.post(`/api/cases/${id}/interventions`, intervention('2027-01-10', '2027-01-20'));
  expect(first.status).toBe(200);
  const refused = await manager.post(`/api/cases/${id}/interventions`, intervention('2027-02-20', '2027-02-10'));
  expect(refused.status).toBe(422);
  const plan = (await manager.get(`/api/cases/${id}`)).body.actionPlan;
  expect(plan.interventions.map((i: { plannedStartDate: string }) => i.plannedStartDate)).toEqual(['2027-01-10']);
});

test(
  'R-CASE-02 a case is set up for the organisation of the case manager and its external case management program; ' +
    'a request cannot choose another',
  async () => {
    const person = await createIndividual(orm, org);
    const res = await manager.post('/api/cases', {
      individualId: person.id,
      registration: REGISTRATION,
      program: 'Another program',
      organisationId: org.id + 1000,
    });
    expect(res.status).toBe(201);
    expect(res.body.program).toBe('ECM (LAE-ENS)');
    const row = await orm.em.fork().findOneOrFail(Case, { id: res.body.id });
    expect([row.organisationId, row.program]).toEqual([org.id, 'ECM (LAE-ENS)']);
  },
);

test('R-CASE-10 another case manager of the organisation works on a case without a transfer', async () => {
  const { id, taskId } = await newCase();
  const colleague = await signIn(org, 'manager2');
  const note = await colleague.post(`/api/cases/${id}/notes`, { text: 'Covered the appointment for Robert.' });
  expect(note.status).toBe(200);
  const done = await colleague.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
  expect(done.body.status).toBe('ASSESSMENT');
  // The case stays with its case manager.
  expect(done.body.caseManager.id).toBe(org.users.manager.id);
});

test(
  'R-FU-01 refuses a 24-week outcome before 22 weeks, naming the exact earliest date; R-OUT-03 allows a ' +
    'Random outcome meanwhile',
  async () => {
    const id = await caseInFollowUp();
    const today = businessDate(new Date());
    const res = await manager.post(`/api/cases/${id}/outcomes`, {
      type: 'WEEK_24',
      actualOutcomeDate: today,
      employmentStatus: 'UNKNOWN',
    });
    expect(res.status).toBe(422);
    expect(res.body.violations).toEqual([
      {
        rule: 'R-FU-01',
        code: 'E-OUT-01',
        message:
          `You cannot record the 24 Week outcome yet. It can be recorded on or after ` +
          `${formatLongDate(addDays(today, 154))}.`,
        earliestDate: addDays(today, 154),
      },
    ]);
    const random = await manager.post(`/api/cases/${id}/outcomes`, {
      type: 'RANDOM',
      actualOutcomeDate: today,
      employmentStatus: 'UNEMPLOYED',
    });
    expect(random.status).toBe(200);
    const shown = await manager.get(`/api/cases/${id}`);
    expect(shown.body.followUp).toMatchObject({
      planEndDate: today,
      earliest24: addDays(today, 154),
      alertAt24: addDays(today, 168),
      earliest52: addDays(today, 336),
      alertAt52: addDays(today, 364),
    });
    expect(
      shown.body.tasks
        .filter((t: { type: string }) => t.type.startsWith('WEEK_'))
        .map((t: { type: string; dueDate: string }) => [t.type, t.dueDate]),
    ).toEqual(
      expect.arrayContaining([
        ['WEEK_24_OUTCOME', addDays(today, 168)],
        ['WEEK_52_OUTCOME', addDays(today, 364)],
      ]),
    );
  },
);

test('R-FU-02 R-OUT-13 a 52-week outcome too early and without the 24-week reports both problems at once', async () => {
  const id = await caseInFollowUp();
  const today = businessDate(new Date());
  const res = await manager.post(`/api/cases/${id}/outcomes`, {
    type: 'WEEK_52',
    actualOutcomeDate: today,
    employmentStatus: 'UNKNOWN',
    confirmClose: true,
  });
  expect(res.status).toBe(422);
  expect(res.body.violations.map((v: { code: string }) => v.code)).toEqual(['E-OUT-02', 'E-OUT-03']);
  expect(res.body.violations[1].message).toBe(
    `You cannot record the 52 Week outcome yet. It can be recorded on or after ${formatLongDate(addDays(today, 336))}.`,
  );
});

test('R-CLOSE-03 a case in Follow-up closes only with a Follow-up reason', async () => {
  const id = await caseInFollowUp();
  expect((await manager.post(`/api/cases/${id}/close`, { reason: 'ABANDONED', confirmed: true })).status).toBe(422);
  const ok = await manager.post(`/api/cases/${id}/close`, { reason: 'NEW_CASE_REQUIRED', confirmed: true });
  expect(
    ok.body.statusHistory.slice(0, 2).map((r: { status: string; reason: string }) => [r.status, r.reason]),
  ).toEqual([
    ['CLOSED', 'NEW_CASE_REQUIRED'],
    ['FOLLOW_UP', 'ACTION_PLAN_COMPLETE'],
  ]);
});

test(
  'R-INT-11 R-INT-07 bad intervention input is a 4xx that says what to fix, and in-progress interventions ' +
    'cannot be deleted',
  async () => {
    const { id, taskId } = await newCase();
    await manager.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome: 'INTAKE_COMPLETE' });
    await manager.post(`/api/cases/${id}/needs-determinations`, needs);
    await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'ASSESSMENT_COMPLETE' });

    const missing = await manager.post(`/api/cases/${id}/interventions`, { dimension: 'JOB_SEARCH' });
    expect(missing.status).toBe(400);
    expect(missing.body.violations.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining([
        'interventionType',
        'fundingType',
        'deliveryModel',
        'plannedStartDate',
        'plannedEndDate',
        'description',
      ]),
    );
    const unknownCode = await manager.post(`/api/cases/${id}/interventions`, {
      ...intervention('2027-01-10', '2027-01-20'),
      interventionType: 'MAGIC',
    });
    expect(unknownCode.status).toBe(400);
    const badDate = await manager.post(`/api/cases/${id}/interventions`, intervention('2027-02-30', '2027-03-01'));
    expect(badDate.status).toBe(400);
    expect(badDate.body.message).toContain('plannedStartDate: Enter a calendar date as YYYY-MM-DD');
    const reversed = await manager.post(`/api/cases/${id}/interventions`, intervention('2027-01-20', '2027-01-10'));
    expect(reversed.status).toBe(422);
    expect(reversed.body.violations[0]).toMatchObject({ rule: 'R-INT-11', field: 'plannedEndDate' });
    const wrongType = await manager.post(`/api/cases/${id}/interventions`, {
      ...intervention('2027-01-10', '2027-01-20'),
      fundingRequested: 'yes',
    });
    expect(wrongType.status).toBe(400);

    const added = await manager.post(`/api/cases/${id}/interventions`, intervention('2027-01-10', '2027-01-20'));
    expect(added.status).toBe(200);
    const iid = added.body.actionPlan.interventions[0].id;
    await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'DEVELOPED_AND_SIGNED' });
    await manager.patch(`/api/cases/${id}/interventions/${iid}`, { status: 'IN_PROGRESS' });
    const del = await manager.del(`/api/cases/${id}/interventions/${iid}`);
    expect(del.status).toBe(422);
    expect(del.body.violations[0]).toMatchObject({
      rule: 'R-INT-07',
      message: 'Only Planned interventions can be deleted; this one is IN_PROGRESS.',
    });
  },
);

test('an Update retried with the same Idempotency-Key is applied once', async () => {
  const { id } = await newCase();
  const key = randomUUID();
  await manager.post(`/api/cases/${id}/notes`, { text: 'Met the client' }, { 'Idempotency-Key': key });
  await manager.post(`/api/cases/${id}/notes`, { text: 'Met the client' }, { 'Idempotency-Key': key });
  expect((await manager.get(`/api/cases/${id}`)).body.notes).toHaveLength(1);
});

test('R-UI-06 another organisation’s case answers 404, and a view-only profile cannot change a case', async () => {
  const { id } = await newCase();
  const other = await createOrg(orm, 'Another Provider');
  const outsider = await signIn(other, 'manager');
  expect((await outsider.get(`/api/cases/${id}`)).status).toBe(404);
  expect((await outsider.post(`/api/cases/${id}/notes`, { text: 'x' })).status).toBe(404);
  const viewer = await signIn(org, 'viewer');
  expect((await viewer.get(`/api/cases/${id}`)).status).toBe(200);
  const denied = await viewer.post(`/api/cases/${id}/notes`, { text: 'x' });
  expect(denied.status).toBe(403);
  expect(denied.body.message).toContain('ECM_VIEW');
});

test('R-UI-01 sign-in requires accepting the terms of use every time', async () => {
  const { request } = await import('../support/http.ts');
  const res = await request('POST', '/api/session', {
    body: { organisationCode: org.code, loginId: 'manager', password: 'x', acceptTerms: false },
  });
  expect(res.status).toBe(400);
  expect(res.body.message).toContain('Accept the terms of use to sign in.');
});

test('sign-in matches the user ID literally: % and _ are not wildcards', async () => {
  const { request, signIn: signInAs } = await import('../support/http.ts');
  const { TEST_PASSWORD } = await import('../support/fixtures.ts');
  for (const loginId of ['manag%', 'manage_', '%']) {
    const res = await request('POST', '/api/session', {
      body: { organisationCode: org.code, loginId, password: TEST_PASSWORD, acceptTerms: true },
    });
    expect(res.status).toBe(401);
  }
  await expect(signInAs(org, 'manager')).resolves.toBeDefined();
});

test('bad JSON and unknown routes are clear 4xx answers', async () => {
  const { request } = await import('../support/http.ts');
  const bad = await request('POST', '/api/session', { body: '{"organisationCode":' });
  expect(bad.status).toBe(400);
  expect(bad.body.error).toBe('INVALID_JSON');
  expect((await manager.get('/api/nothing-here')).status).toBe(404);
  expect((await manager.get('/api/cases/abc')).status).toBe(400);
});

test('R-CASE-07 R-CASE-08 registration details: the required answers, and those an answer makes required', async () => {
  const person = await createIndividual(orm, org);
  const eiWithoutClaim = await manager.post('/api/cases', {
    individualId: person.id,
    registration: { ...REGISTRATION, eiInLast36Months: true },
  });
  expect(eiWithoutClaim.status).toBe(400);
  expect(eiWithoutClaim.body.violations).toMatchObject([
    {
      field: 'registration.eiClaimType',
      message:
        'Select the type of claim: the client applied for or received Employment Insurance in the last 36 months.',
    },
  ]);
  const employed = await manager.post('/api/cases', {
    individualId: person.id,
    registration: { ...REGISTRATION, employmentStatus: 'EMPLOYED' },
  });
  expect(employed.body.violations.map((f: { field: string }) => f.field)).toEqual([
    'registration.workHoursPerWeek',
    'registration.hourlyWage',
  ]);
  const none = await manager.post('/api/cases', { individualId: person.id });
  expect(none.status).toBe(400);
  expect(await orm.em.fork().count(Case, { individualId: person.id })).toBe(0);
  const ok = await manager.post('/api/cases', {
    individualId: person.id,
    registration: { ...REGISTRATION, eiInLast36Months: true, eiClaimType: 'REGULAR' },
  });
  expect(ok.status).toBe(201);
  expect(ok.body.registration).toMatchObject({ eiInLast36Months: true, eiClaimType: 'REGULAR' });
});

test(
  'R-INT-09 R-INT-10 R-NOTIF-03 each open intervention has one progress check, re-dated with it and gone once ' +
    'it is completed',
  async () => {
    const person = await createIndividual(orm, org, { firstName: 'Jane', lastName: 'Progress' });
    const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    const id = opened.body.id;
    await manager.post(`/api/cases/${id}/tasks/${opened.body.tasks[0].id}/complete`, { outcome: 'INTAKE_COMPLETE' });
    await manager.post(`/api/cases/${id}/needs-determinations`, needs);
    await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'ASSESSMENT_COMPLETE' });
    const today = businessDate(new Date());
    const added = await manager.post(`/api/cases/${id}/interventions`, intervention(today, addDays(today, 1)));
    const iid = added.body.actionPlan.interventions[0].id;
    expect(added.body.notifications).toEqual([
      expect.objectContaining({
        kind: 'ACTION_REQUIRED',
        dueDate: addDays(today, 1),
        message:
          `Progress check with Jane Progress in regards to intervention: JobSearch-Workshops with a start ` +
          `date of ${today}`,
        messageFr:
          "Suivi des progrès avec Jane Progress concernant l'intervention « Recherche d'emploi - Ateliers » dont " +
          `la date de début est le ${formatLongDate(today, 'fr')}`,
      }),
    ]);
    const home = await manager.get('/api/tasks');
    expect(home.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'NOTIFICATION', caseId: id, dueDate: addDays(today, 1) }),
      ]),
    );
    const dismiss = await manager.del(
      `/api/cases/${id}/notifications/${encodeURIComponent(added.body.notifications[0].key)}`,
    );
    expect(dismiss.status).toBe(422);
    expect(dismiss.body.violations[0].rule).toBe('R-NOTIF-03');
    const moved = await manager.patch(`/api/cases/${id}/interventions/${iid}`, { plannedEndDate: addDays(today, 5) });
    expect(moved.body.notifications.map((n: { dueDate: string }) => n.dueDate)).toEqual([addDays(today, 5)]);
    await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'DEVELOPED_AND_SIGNED' });
    const done = await manager.patch(`/api/cases/${id}/interventions/${iid}`, {
      status: 'COMPLETED',
      actualEndDate: today,
    });
    expect(done.body.notifications).toEqual([]);
  },
);

test(
  'R-ASM-07 R-ASM-10 R-ASM-12 Education & Experience: refused without an education row, saved whole, echoed ' +
    'on the case',
  async () => {
    const { id } = await newCase();
    const education = {
      highestEducationLevel: 'HIGH_SCHOOL_COMPLETE',
      educationRecords: [],
      otherSkills: [{ skillType: 'Forklift licence' }],
    };
    const none = await manager.put(`/api/cases/${id}/education-experience`, education);
    expect(none.status).toBe(422);
    expect(none.body.violations[0]).toMatchObject({
      rule: 'R-ASM-07',
      message: 'At least one Education/Training/License entry is required.',
    });
    const longSkill = await manager.put(`/api/cases/${id}/education-experience`, {
      ...education,
      otherSkills: [{ skillType: 'Heavy equipment operation and repair' }],
    });
    expect(longSkill.status).toBe(400);
    expect(longSkill.body.message).toContain('Skill type cannot exceed 25 characters.');
    const saved = await manager.put(`/api/cases/${id}/education-experience`, {
      ...education,
      educationRecords: [
        { name: 'High School Diploma', sourceLocation: 'Citadel High', fromDate: '2000-09-01', toDate: '2003-06-30' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.highestEducationLevel).toBe('HIGH_SCHOOL_COMPLETE');
    expect(saved.body.employmentHistoryHint).toContain('Record the employment of the last 5 years');
  },
);

test(
  'R-TMR-06 R-FU-10 an administrator corrects the follow-up anchors: dates and tasks move, a date now past ' +
    'raises its alert at once',
  async () => {
    const id = await caseInFollowUp();
    const today = businessDate(new Date());
    expect(
      (
        await manager.post(`/api/cases/${id}/follow-up-anchors`, {
          planEndDate: today,
          lastInterventionEnd: today,
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    const admin = await signIn(org, 'admin');
    const future = await admin.post(`/api/cases/${id}/follow-up-anchors`, {
      planEndDate: addDays(today, 1),
      lastInterventionEnd: today,
      reason: 'typo',
    });
    expect(future.status).toBe(422);
    const a = addDays(today, -200);
    const corrected = await admin.post(`/api/cases/${id}/follow-up-anchors`, {
      planEndDate: a,
      lastInterventionEnd: a,
      reason: 'The plan closed in the spring; recorded late.',
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.followUp).toMatchObject({
      planEndDate: a,
      earliest24: addDays(a, 154),
      alertAt24: addDays(a, 168),
    });
    expect(corrected.body.tasks.find((t: { type: string }) => t.type === 'WEEK_24_OUTCOME').dueDate).toBe(
      addDays(a, 168),
    );
    const alert = await eventually(async () =>
      (await manager.get(`/api/cases/${id}`)).body.alerts.find((x: { kind: string }) => x.kind === 'WEEK_24_DUE'),
    );
    expect(alert).toMatchObject({ dueDate: addDays(a, 168), overdue: true });
    // The 24-week outcome is now allowed: A + 154 days have passed.
    const week24 = await manager.post(`/api/cases/${id}/outcomes`, {
      type: 'WEEK_24',
      actualOutcomeDate: today,
      employmentStatus: 'UNKNOWN',
    });
    expect(week24.status).toBe(200);
    expect(week24.body.alerts.filter((x: { kind: string }) => x.kind === 'WEEK_24_DUE')).toEqual([]);
  },
);

/** The same person as a client of two organisations: each one's record, linked by one provincial record. */
async function onePersonAtTwoOrganisations(other: TestOrg): Promise<{ here: number; there: number }> {
  const [here, there] = [await createIndividual(orm, org), await createIndividual(orm, other)];
  const em = orm.em.fork();
  const record = em.create(ProvincialPerson, {
    firstName: here.firstName,
    lastName: here.lastName,
    firstNameSoundex: here.firstNameSoundex,
    lastNameSoundex: here.lastNameSoundex,
    gender: here.gender,
    dateOfBirth: here.dateOfBirth,
    sin: here.sin,
    addressLine1: here.addressLine1,
    city: here.city,
    province: here.province,
    country: here.country,
    postalCode: here.postalCode,
    createdByOrganisationId: org.id,
  });
  await em.flush();
  await em.nativeUpdate(Individual, { id: { $in: [here.id, there.id] } }, { provincialPersonId: record.id });
  return { here: here.id, there: there.id };
}

test(
  'R-FUP-02 R-CASE-09 a client in Follow-up here gets no new case at another organisation until this one closes ' +
    'the case with "New case required"; the refusal names the organisation, in English and in French',
  async () => {
    const other = await createOrg(orm, 'Cape Breton Career Centre');
    const otherManager = await signIn(other, 'manager');
    const person = await onePersonAtTwoOrganisations(other);
    const first = await manager.post('/api/cases', { individualId: person.here, registration: REGISTRATION });
    expect(first.status).toBe(201);
    const id = await caseInFollowUp(first.body.id);
    const open = { individualId: person.there, registration: REGISTRATION };

    const refused = await otherManager.post('/api/cases', open);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: 'ERR_CASE_IN_FOLLOWUP',
      message:
        `This individual's case ${id} at ${org.name} is in Follow-up; ${org.name} must first close it with ` +
        '"New case required" (R-FUP-02).',
    });
    const inFrench = await otherManager.post('/api/cases', open, { 'accept-language': 'fr-CA' });
    expect(inFrench.body.message).toBe(
      `Le cas ${id} de cet individu chez ${org.name} est à l'état Suivi; ${org.name} doit d'abord le fermer avec ` +
        'la raison « Nouveau cas requis » (R-FUP-02).',
    );
    // The person's page at the other organisation says the same before anyone tries.
    const page = await otherManager.get(`/api/individuals/${person.there}`);
    expect(page.body).toMatchObject({
      canOpenCase: false,
      caseOpening: { openCase: { status: 'FOLLOW_UP', here: false, organisationName: org.name } },
    });
    // The same organisation is refused alike: a second case waits for the first to close.
    const again = await manager.post('/api/cases', { individualId: person.here, registration: REGISTRATION });
    expect(again.body.error).toBe('ERR_CASE_IN_FOLLOWUP');
    expect(await orm.em.fork().count(Case, { individualId: { $in: [person.here, person.there] } })).toBe(1);

    const closed = await manager.post(`/api/cases/${id}/close`, { reason: 'NEW_CASE_REQUIRED', confirmed: true });
    expect(closed.body.status).toBe('CLOSED');
    const opened = await otherManager.post('/api/cases', open);
    expect(opened.status).toBe(201);
    expect(opened.body.status).toBe('INTAKE');
  },
);

test(
  'R-OUT-06 R-FU-01 an outcome edit is held to the same 24-week window as the add: after the plan end date is ' +
    'corrected later, the edit is refused with the earliest date, and nothing changes',
  async () => {
    const id = await caseInFollowUp();
    const today = businessDate(new Date());
    const admin = await signIn(org, 'admin');
    const correct = (a: string) =>
      admin.post(`/api/cases/${id}/follow-up-anchors`, { planEndDate: a, lastInterventionEnd: a, reason: 'typo' });
    expect((await correct(addDays(today, -200))).status).toBe(200);
    const week24 = await manager.post(`/api/cases/${id}/outcomes`, {
      type: 'WEEK_24',
      actualOutcomeDate: today,
      employmentStatus: 'UNKNOWN',
    });
    expect(week24.status).toBe(200);
    const outcome = week24.body.outcomes.find((o: { type: string }) => o.type === 'WEEK_24');
    expect((await correct(today)).status).toBe(200);

    const edit = await manager.patch(`/api/cases/${id}/outcomes/${outcome.id}`, {
      actualOutcomeDate: today,
      employmentStatus: 'UNEMPLOYED',
    });
    expect(edit.status).toBe(422);
    expect(edit.body.violations).toEqual([
      {
        rule: 'R-FU-01',
        code: 'E-OUT-01',
        message:
          'You cannot record the 24 Week outcome yet. It can be recorded on or after ' +
          `${formatLongDate(addDays(today, 154))}.`,
        earliestDate: addDays(today, 154),
      },
    ]);
    const shown = await manager.get(`/api/cases/${id}`);
    expect(shown.body.outcomes.find((o: { id: string }) => o.id === outcome.id).employmentStatus).toBe('UNKNOWN');
  },
);

test(
  'R-CASE-05 a new case copies registration, education & experience from a previous case, but not its plan, ' +
    'notes or status',
  async () => {
    const person = await createIndividual(orm, org);
    const first = await manager.post('/api/cases', {
      individualId: person.id,
      registration: { ...REGISTRATION, student: true },
    });
    const firstId = first.body.id;
    await manager.put(`/api/cases/${firstId}/education-experience`, {
      highestEducationLevel: 'COLLEGE_DIPLOMA',
      educationRecords: [
        { name: 'Office Administration', sourceLocation: 'NSCC', fromDate: '2015-09-01', toDate: '2017-05-31' },
      ],
    });
    await manager.post(`/api/cases/${firstId}/notes`, { text: 'First case note' });
    await manager.post(`/api/cases/${firstId}/close`, { reason: 'ABANDONED', confirmed: true });

    const other = await createIndividual(orm, org);
    const wrong = await manager.post('/api/cases', { individualId: other.id, copyFromCaseId: firstId });
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toContain(`Case ${firstId} is not a previous case of this individual`);

    const second = await manager.post('/api/cases', { individualId: person.id, copyFromCaseId: firstId });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({
      status: 'INTAKE',
      registration: { student: true },
      highestEducationLevel: 'COLLEGE_DIPLOMA',
      notes: [],
    });
    expect(second.body.statusHistory).toHaveLength(1);
  },
);

test(
  'R-CASE-03 R-CASE-11 R-TMR-07 a case moves to another case manager of the organisation with its tasks, who ' +
    'is emailed',
  async () => {
    const managers = await manager.get('/api/case-managers');
    expect(managers.body.map((m: { name: string }) => m.name)).toEqual(['Tester, manager', 'Tester, manager2']);
    const { id } = await newCase();
    const viewer = org.users.viewer;
    const notAManager = await manager.post(`/api/cases/${id}/reassign`, { caseManagerId: viewer.id });
    expect(notAManager.status).toBe(422);
    const moved = await manager.post(`/api/cases/${id}/reassign`, { caseManagerId: org.users.manager2.id });
    expect(moved.status).toBe(200);
    expect(moved.body.caseManager.name).toBe('Tester, manager2');
    const other = await signIn(org, 'manager2');
    expect((await other.get('/api/tasks')).body.map((t: { caseId: number }) => t.caseId)).toContain(id);
    expect((await manager.get('/api/tasks')).body.map((t: { caseId: number }) => t.caseId)).not.toContain(id);
    const mail = await eventually(async () =>
      (await receivedMails()).find((m) => m.to.includes(org.users.manager2.email) && m.subject.includes(String(id))),
    );
    expect(mail.subject).toBe(`Pathway: case ${id} is assigned to you`);
    // R-CASE-25: a closed case is reassigned to no one.
    await other.post(`/api/cases/${id}/close`, { reason: 'ABANDONED', confirmed: true });
    expect((await other.post(`/api/cases/${id}/reassign`, { caseManagerId: org.users.manager.id })).status).toBe(409);
  },
);

test('R-UI-02 a session with no activity for 20 minutes ends; the user signs in again', async () => {
  const { UserSession } = await import('../../db/entities.ts');
  const client = await signIn(org, 'supervisor');
  expect((await client.get('/api/session')).status).toBe(200);
  await orm.em
    .fork()
    .nativeUpdate(UserSession, { userId: org.users.supervisor.id }, { expiresAt: new Date(Date.now() - 1000) });
  const expired = await client.get('/api/session');
  expect(expired.status).toBe(401);
  expect(expired.body.message).toBe('Your session has ended after 20 minutes without activity. Sign in again.');
});

test('R-UI-02 activity slides the session at most once a minute, and never past 20 idle minutes', async () => {
  const { UserSession } = await import('../../db/entities.ts');
  const client = await signIn(org, 'supervisor');
  const session = () =>
    orm.em.fork().findOneOrFail(UserSession, { userId: org.users.supervisor.id }, { orderBy: { createdAt: 'desc' } });
  const signedIn = await session();
  // Seen seconds ago: the request is let through without a write.
  expect((await client.get('/api/session')).status).toBe(200);
  expect((await session()).expiresAt).toEqual(signedIn.expiresAt);
  // Seen two minutes ago: the request slides the expiry to 20 minutes from now.
  const twoMinutesAgo = new Date(Date.now() - 120_000);
  await orm.em
    .fork()
    .nativeUpdate(
      UserSession,
      { id: signedIn.id },
      { lastSeenAt: twoMinutesAgo, expiresAt: new Date(twoMinutesAgo.getTime() + 20 * 60_000) },
    );
  const before = Date.now();
  expect((await client.get('/api/session')).status).toBe(200);
  const slid = await session();
  expect(slid.lastSeenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  expect(slid.expiresAt.getTime() - slid.lastSeenAt.getTime()).toBe(20 * 60_000);
});

test('R-TMR-01 timer commands of different cases never collide: each case records its own alert', async () => {
  const { projectCaseEvents } = await import('../../db/case-projection.ts');
  const { CaseAlert } = await import('../../db/entities.ts');
  const ids = [(await newCase()).id, (await newCase()).id];
  const today = businessDate(new Date());
  for (const caseId of ids) {
    const recorded = await projectCaseEvents(orm.em.fork(), {
      caseId,
      commandId: `timer:WEEK_24_DUE:${today}`,
      actorId: null,
      at: new Date().toISOString(),
      events: [
        {
          type: 'AlertRaised',
          alert: { key: 'WEEK_24_DUE', kind: 'WEEK_24_DUE', raisedOn: today, dueDate: today, ref: null },
        },
      ],
    });
    expect(recorded).toBe(true);
  }
  expect(await orm.em.fork().count(CaseAlert, { caseId: { $in: ids }, key: 'WEEK_24_DUE' })).toBe(2);
});
