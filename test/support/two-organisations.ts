// The two organisations of a security test, HCLN and CBCC, fresh for each test file, and the database they are in:
// every attack is tried by one organisation's users against the other's.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, type TestOrg } from './fixtures.ts';

export function twoOrganisations(): { orm: Orm; hcln: TestOrg; cbcc: TestOrg } {
  const t = {} as { orm: Orm; hcln: TestOrg; cbcc: TestOrg };
  beforeAll(async () => {
    t.orm = await openOrm(process.env.DATABASE_URL!);
    t.hcln = await createOrg(t.orm, 'Halifax Community Learning Network');
    t.cbcc = await createOrg(t.orm, 'Cape Breton Career Centre');
  });
  afterAll(() => t.orm?.close());
  return t;
}
