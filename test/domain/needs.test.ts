// Needs determination: versions, completion and its lock (spec 01 §5.7, R-ND).
import { latestCompletedNeeds } from '../../domain/case-state.ts';
import { newNeedsDraft, targetNeedsVersion, validateNeedsDetermination } from '../../domain/needs.ts';
import { EMPLOYMENT_GOALS } from '../../domain/reference.ts';
import { needsInput, ruleCodes, walkTo } from './helpers.ts';
import { saveNeedsDetermination } from '../../domain/case-actions/index.ts';
import { needsDeterminationSchema } from '../../domain/schemas/case.ts';

const draft = { completed: false, confirmed: false };

describe('versions (R-ND-01, R-ND-08)', () => {
  test('R-ND-01 the first save creates version 1, dated on the day it is saved', () => {
    const run = walkTo('ASSESSMENT');
    const events = run.saveNeeds('2011-10-28', draft);
    expect(events).toEqual([
      {
        type: 'NeedsDeterminationSaved',
        needs: {
          version: 1,
          savedOn: '2011-10-28',
          employmentGoal: 'FULL_TIME_EMPLOYMENT',
          jobPreferences: [{ label: 'Medical secretary', nocCode: '1243' }],
          barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'ESSENTIAL_SKILLS', relevantToGoal: true }],
          completed: false,
        },
      },
    ]);
    // The confirmation flag belongs to the request, not to the saved version.
    expect(run.state.needs[0]).not.toHaveProperty('confirmed');
  });

  test('R-ND-08 while a version is in progress, saving again updates that version instead of starting another', () => {
    const run = walkTo('ASSESSMENT');
    run.saveNeeds('2011-10-26', draft);
    expect(targetNeedsVersion(run.state)).toBe(1);
    run.saveNeeds('2011-10-27', { ...draft, employmentGoal: 'SELF_EMPLOYMENT' });
    expect(run.state.needs).toHaveLength(1);
    expect(run.state.needs[0]).toMatchObject({
      version: 1,
      savedOn: '2011-10-27',
      employmentGoal: 'SELF_EMPLOYMENT',
      completed: false,
    });
  });

  test('R-ND-01 R-ND-06 once version 1 is completed, the next save starts version 2 and version 1 is untouched', () => {
    const run = walkTo('ASSESSMENT');
    run.saveNeeds('2011-10-28');
    const v1 = run.state.needs[0];
    expect(targetNeedsVersion(run.state)).toBe(2);
    run.saveNeeds('2011-11-05', { ...draft, employmentGoal: 'MAXIMUM_CAPACITY_EMPLOYMENT' });
    expect(run.state.needs.map((n) => [n.version, n.completed, n.employmentGoal])).toEqual([
      [1, true, 'FULL_TIME_EMPLOYMENT'],
      [2, false, 'MAXIMUM_CAPACITY_EMPLOYMENT'],
    ]);
    expect(run.state.needs[0]).toBe(v1);
  });

  test('R-ND-13 the case shows the latest completed version, not a newer draft', () => {
    const run = walkTo('RTWAP_DEV'); // version 1 completed on the way
    run.saveNeeds('2011-11-02', { employmentGoal: 'SELF_EMPLOYMENT' });
    run.saveNeeds('2011-11-09', { ...draft, employmentGoal: 'MAXIMUM_CAPACITY_EMPLOYMENT' });
    expect(run.state.needs.map((n) => n.version)).toEqual([1, 2, 3]);
    expect(latestCompletedNeeds(run.state)).toMatchObject({ version: 2, employmentGoal: 'SELF_EMPLOYMENT' });
  });
});

describe('where a version can be saved (R-ND-11)', () => {
  test.each(['ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT'] as const)('R-ND-11 a version can be saved in %s', (status) => {
    expect(validateNeedsDetermination(walkTo(status).state, needsInput())).toEqual([]);
  });

  test.each(['INTAKE', 'FOLLOW_UP'] as const)('R-ND-11 a version cannot be saved in %s', (status) => {
    const run = walkTo(status);
    expect(validateNeedsDetermination(run.state, needsInput())).toMatchObject([
      {
        rule: 'R-ND-11',
        code: 'ERR_STAGE',
        message: 'A needs determination can be saved in Assessment, RTWAP Dev or RTWAP Mgmt.',
      },
    ]);
    expect(() => saveNeedsDetermination.decide(run.state, needsInput(), run.ctx('2011-12-01'))).toThrow(
      'A needs determination can be saved in Assessment, RTWAP Dev or RTWAP Mgmt.',
    );
  });
});

describe('content (R-ND-02, R-ND-04, R-ND-05)', () => {
  test('R-ND-02 the employment goal is Full Time Employment, Maximum Capacity Employment or Self-Employment', () => {
    expect(Object.values(EMPLOYMENT_GOALS).map((g) => g.en)).toEqual([
      'Full Time Employment',
      'Maximum Capacity Employment',
      'Self-Employment',
    ]);
    const parsed = needsDeterminationSchema.safeParse({ employmentGoal: 'PART_TIME' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['employmentGoal']);
  });

  test('R-ND-04 each job preference needs an NOC code from the lookup, named by its position', () => {
    const run = walkTo('ASSESSMENT');
    const input = needsInput({
      ...draft,
      jobPreferences: [
        { label: 'Medical secretary', nocCode: '1243' },
        { label: 'Astronaut', nocCode: '9999' },
      ],
    });
    expect(validateNeedsDetermination(run.state, input)).toMatchObject([
      {
        rule: 'R-ND-04',
        code: 'ERR_NOC',
        message: 'Job preference 2: select a valid NOC code from the lookup (9999 is not one).',
        field: 'jobPreferences.1.nocCode',
      },
    ]);
  });

  test('R-ND-04 at most 3 job preferences', () => {
    const pref = { label: 'Cashier', nocCode: '6611' };
    expect(needsDeterminationSchema.safeParse({ jobPreferences: [pref, pref, pref] }).success).toBe(true);
    const four = needsDeterminationSchema.safeParse({ jobPreferences: [pref, pref, pref, pref] });
    expect(four.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['jobPreferences', 'At most 3 job preferences.'],
    ]);
  });

  test('R-ND-05 a barrier has one dimension and one barrier type; Relevant to Goal is unchecked by default', () => {
    const parsed = needsDeterminationSchema.parse({
      barriers: [{ dimension: 'SKILLS_ENHANCEMENT', barrierType: 'ESSENTIAL_READ_WRITE' }],
    });
    expect(parsed.barriers).toEqual([
      { dimension: 'SKILLS_ENHANCEMENT', barrierType: 'ESSENTIAL_READ_WRITE', relevantToGoal: false },
    ]);
    expect(needsDeterminationSchema.safeParse({ barriers: [{ dimension: 'SKILLS_ENHANCEMENT' }] }).success).toBe(false);
  });
});

describe('completing a version (R-ND-06, R-ND-07)', () => {
  test('R-ND-07 a version cannot be completed without an employment goal', () => {
    const run = walkTo('ASSESSMENT');
    expect(validateNeedsDetermination(run.state, needsInput({ employmentGoal: undefined }))).toMatchObject([
      {
        rule: 'R-ND-07',
        code: 'ERR_ND_INCOMPLETE',
        message: 'To complete a needs determination, choose an employment goal and at least one job preference.',
      },
    ]);
  });

  test('R-ND-07 a version cannot be completed without a job preference; a draft can', () => {
    const run = walkTo('ASSESSMENT');
    expect(ruleCodes(validateNeedsDetermination(run.state, needsInput({ jobPreferences: [] })))).toEqual([
      'R-ND-07 ERR_ND_INCOMPLETE',
    ]);
    expect(
      validateNeedsDetermination(run.state, needsInput({ ...draft, jobPreferences: [], employmentGoal: undefined })),
    ).toEqual([]);
  });

  test('R-ND-06 completing requires the confirmation, because the version is then locked for good', () => {
    const run = walkTo('ASSESSMENT');
    expect(validateNeedsDetermination(run.state, needsInput({ confirmed: false }))).toMatchObject([
      {
        rule: 'R-ND-06',
        code: 'ERR_CONFIRM',
        message: 'A completed needs determination is locked for good: confirm it with "confirmed": true.',
      },
    ]);
    expect(() => run.saveNeeds('2011-10-28', { confirmed: false })).toThrow(
      'A completed needs determination is locked for good',
    );
    expect(run.state.needs).toEqual([]);
  });

  test('R-ND-06 R-ND-07 an empty completion is refused with both reasons at once', () => {
    const run = walkTo('ASSESSMENT');
    expect(
      ruleCodes(
        validateNeedsDetermination(
          run.state,
          needsInput({ employmentGoal: undefined, jobPreferences: [], confirmed: false }),
        ),
      ),
    ).toEqual(['R-ND-07 ERR_ND_INCOMPLETE', 'R-ND-06 ERR_CONFIRM']);
  });

  test('R-ND-06 completing the draft in progress locks that same version', () => {
    const run = walkTo('ASSESSMENT');
    run.saveNeeds('2011-10-26', draft);
    run.saveNeeds('2011-10-28');
    expect(run.state.needs.map((n) => [n.version, n.completed, n.savedOn])).toEqual([[1, true, '2011-10-28']]);
    expect(targetNeedsVersion(run.state)).toBe(2);
  });
});

describe('a new version starts from the last completed one (R-ND-09)', () => {
  test('R-ND-09 goal, job preference 1 and every barrier are carried over; the version is not completed', () => {
    const run = walkTo('ASSESSMENT');
    run.saveNeeds('2011-10-28', {
      employmentGoal: 'FULL_TIME_EMPLOYMENT',
      jobPreferences: [
        { label: 'Medical Secretary', nocCode: '1243' },
        { label: 'Legal Secretary', nocCode: '1242' },
      ],
      barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'EDUCATION', relevantToGoal: true }],
      completed: true,
      confirmed: true,
    });
    expect(newNeedsDraft(run.state)).toEqual({
      employmentGoal: 'FULL_TIME_EMPLOYMENT',
      jobPreferences: [{ label: 'Medical Secretary', nocCode: '1243' }],
      barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'EDUCATION', relevantToGoal: true }],
      completed: false,
    });
    expect(targetNeedsVersion(run.state)).toBe(2);
  });
});
