// One SIN, one individual per organisation (security issue, item 8): the check before an add and a unique index
// behind it, so two adds at the same moment give one individual and the other the check's own answer.
import { Individual } from '../../db/entities.ts';
import { nextSin } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { searchTokenOf } from '../support/people.ts';
import { twoOrganisations } from '../support/two-organisations.ts';

const the = twoOrganisations();

const person = (sin: string, n: number, searchToken: string) => ({
  firstName: `Parallel${String.fromCharCode(65 + n)}`,
  lastName: `Twin${String.fromCharCode(65 + n)}`,
  gender: 'FEMALE',
  dateOfBirth: '1990-01-01',
  sin,
  address: { line1: '1 Main St', city: 'Halifax', province: 'NS', country: 'Canada', postalCode: 'B3J 1A1' },
  confirmNoDuplicate: true,
  searchToken,
});

test('parallel adds with one SIN give one HCLN individual; the others get the 409 of the SIN check', async () => {
  const sin = nextSin();
  const managers = await Promise.all([signIn(the.hcln, 'manager'), signIn(the.hcln, 'manager2')]);
  const tokens = await Promise.all(managers.map(searchTokenOf));
  const replies = await Promise.all(
    Array.from({ length: 8 }, (_, n) => managers[n % 2].post('/api/individuals', person(sin, n, tokens[n % 2]))),
  );
  expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  const holder = replies.find((r) => r.status === 201)!.body.id;
  for (const lost of replies.filter((r) => r.status === 409)) {
    expect(lost.body).toMatchObject({ error: 'SIN_IN_USE', violations: [{ rule: 'R-PER-08', field: 'sin' }] });
    expect(lost.body.message).toContain(`Individual ${holder} already has this social insurance number`);
  }
  expect(await the.orm.em.fork().count(Individual, { organisationId: the.hcln.id, sin })).toBe(1);
  // Another organisation's individual may hold the same SIN: each organisation keeps its own registry.
  const cbcc: Client = await signIn(the.cbcc, 'manager');
  expect((await cbcc.post('/api/individuals', person(sin, 0, await searchTokenOf(cbcc)))).status).toBe(201);
});
