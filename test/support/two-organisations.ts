// The two organisations of a security test: HCLN, whose clients are at stake, and CBCC, whose users try to reach them.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, type TestOrg } from './fixtures.ts';

export interface TwoOrganisations {
  orm: Orm;
  hcln: TestOrg;
  cbcc: TestOrg;
}

/** Filled before the file's tests run (beforeAll), closed after them. */
export function twoOrganisations(): TwoOrganisations {
  const the = {} as TwoOrganisations;
  beforeAll(async () => {
    the.orm = await openOrm(process.env.DATABASE_URL!);
    the.hcln = await createOrg(the.orm, 'Halifax Community Learning Network');
    the.cbcc = await createOrg(the.orm, 'Cape Breton Career Centre');
  });
  afterAll(() => the.orm?.close());
  return the;
}
