// The two organisations of a security test file: HCLN, whose clients are at stake, and CBCC, whose users try to
// reach them; made once before the file's tests (hclnAndCbcc makes a fresh pair inside one test).
import { openOrm, type Orm } from '../../db/orm.ts';
import { hclnAndCbcc, type TestOrg } from './fixtures.ts';

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
    [the.hcln, the.cbcc] = await hclnAndCbcc(the.orm);
  });
  afterAll(() => the.orm?.close());
  return the;
}
