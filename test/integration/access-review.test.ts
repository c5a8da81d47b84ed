// R-SEC-17: an organisation keeps its users' access current. Its administrators see when the quarterly review is due
// (the reminder), review every user with access (profiles, last sign-in, inviter, dormant accounts flagged) and
// record the review, which moves the next one a quarter on and goes to the access history.
import { Organisation, User } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let admin: Client;
let base: string;
const DAY = 86_400_000;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'South Shore Works');
  const em = orm.em.fork();
  // Joined four months ago, never reviewed; the viewer last signed in 100 days ago.
  await em.nativeUpdate(Organisation, { id: org.id }, { createdAt: new Date(Date.now() - 120 * DAY) });
  await em.nativeUpdate(User, { id: org.users.viewer.id }, { lastSignInAt: new Date(Date.now() - 100 * DAY) });
  await em.nativeUpdate(User, { organisationId: org.id }, { createdAt: new Date(Date.now() - 120 * DAY) });
  admin = await signIn(org, 'admin');
  base = `/api/organisations/${org.id}/access-review`;
});
afterAll(() => orm.close());

interface Review {
  due: boolean;
  dueOn: string;
  users: {
    name: string;
    profiles: string[];
    lastSignInAt: string | null;
    invitedBy: string | null;
    dormant: boolean;
  }[];
  reviews: { reviewedBy: string; usersReviewed: number; dormantUsers: number; note: string | null }[];
}

test(
  'R-SEC-17 the review is due a quarter after the organisation joined: the administrator is reminded, ' +
    'sees every user with access and the accounts with no sign-in for 90 days flagged, and records the review',
  async () => {
    const schedule = await admin.get(`${base}/schedule`);
    expect(schedule.body).toMatchObject({ due: true, lastReviewedAt: null });

    const review = (await admin.get(base)).body as Review;
    expect(review.due).toBe(true);
    const byName = Object.fromEntries(review.users.map((u) => [u.name, u]));
    expect(byName['Tester, viewer']).toMatchObject({ profiles: ['ECM_VIEW'], dormant: true });
    expect(byName['Tester, admin']).toMatchObject({ dormant: false });
    expect(byName['Tester, admin'].lastSignInAt).not.toBeNull();
    // Never signed in, with access for four months: flagged too.
    expect(byName['Tester, manager'].dormant).toBe(true);

    const recorded = await admin.post(base, { confirmed: true, note: 'Viewer left in September; access removed.' });
    expect(recorded.status).toBe(201);
    const after = recorded.body as Review;
    expect(after.due).toBe(false);
    expect(after.dueOn).toBe(addDays(businessDate(new Date()), 90));
    expect(after.reviews[0]).toMatchObject({
      reviewedBy: 'admin Tester',
      usersReviewed: review.users.length,
      dormantUsers: review.users.filter((u) => u.dormant).length,
      note: 'Viewer left in September; access removed.',
    });
    expect((await admin.get(`${base}/schedule`)).body.due).toBe(false);

    const audit = (await admin.get(`/api/organisations/${org.id}/audit`)).body.items as { action: string }[];
    expect(audit[0].action).toBe('ACCESS_REVIEW_RECORDED');
  },
);

test('R-SEC-17 a review must be confirmed, and only administrators review access', async () => {
  const unconfirmed = await admin.post(base, { note: 'Forgot to tick the box' });
  expect(unconfirmed.status).toBe(400);
  expect(JSON.stringify(unconfirmed.body)).toContain('Confirm that you reviewed every user’s access.');

  const viewer = await signIn(org, 'viewer');
  expect((await viewer.get(base)).status).toBe(403);

  const other = await createOrg(orm, 'Elsewhere Works');
  const outsider = await signIn(other, 'admin');
  expect((await outsider.get(base)).status).toBe(404);
});
