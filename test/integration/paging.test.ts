// R-UI-05: every paged list takes the same paging and sorting parameters, and a wrong one is refused with a 400 whose
// message says what to send instead, in English and in French; never a 500.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { bearerToken, request } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let manager: string;
let admin: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Paging Employment Services');
  [manager, admin] = await Promise.all([bearerToken(org, 'manager'), bearerToken(org, 'admin')]);
});
afterAll(() => orm.close());

/** The refusal of `path` as an English and a French reader get it: its status and, per field, both messages. */
async function refusal(token: string, path: string) {
  const [en, fr] = await Promise.all(
    ['en', 'fr'].map((lang) => request('GET', path, { token, headers: { 'accept-language': lang } })),
  );
  type Field = { field: string; message: string };
  const frenchOf = new Map((fr.body.violations as Field[]).map((v) => [v.field, v.message]));
  return {
    status: en.status,
    fields: (en.body.violations as Field[]).map((v) => ({ field: v.field, en: v.message, fr: frenchOf.get(v.field) })),
  };
}

test.each([
  [
    'the caseload, sorted by an unknown column',
    '/api/cases?sort=colour',
    {
      field: 'sort',
      en: 'Sort by one of: id, name, status, statusSince, caseManager, nextDue.',
      fr: "Triez selon l'une de : id, name, status, statusSince, caseManager, nextDue.",
    },
  ],
  [
    'the caseload, in no known direction',
    '/api/cases?dir=up',
    { field: 'dir', en: 'Sort asc or desc.', fr: 'Triez en ordre asc ou desc.' },
  ],
  [
    'the caseload, page 0',
    '/api/cases?page=0',
    { field: 'page', en: 'Pages start at 1.', fr: 'Les pages commencent à 1.' },
  ],
  [
    'the caseload, a page that is not a number',
    '/api/cases?page=two',
    { field: 'page', en: 'Enter a page number: 1 or more.', fr: 'Entrez un numéro de page : 1 ou plus.' },
  ],
  [
    'the caseload, 500 rows a page',
    '/api/cases?pageSize=500',
    { field: 'pageSize', en: 'Ask for 1 to 100 rows per page.', fr: 'Demandez de 1 à 100 lignes par page.' },
  ],
  [
    'the people search, sorted by an unknown column',
    '/api/individuals?lastName=Doucette&sort=sin',
    {
      field: 'sort',
      en: 'Sort by one of: name, dateOfBirth, city.',
      fr: "Triez selon l'une de : name, dateOfBirth, city.",
    },
  ],
  [
    'the people search, page 2.5',
    '/api/individuals?lastName=Doucette&page=2.5',
    { field: 'page', en: 'Enter a whole page number.', fr: 'Entrez un numéro de page entier.' },
  ],
])('R-UI-05 %s is refused with what to send instead', async (_what, path, expected) => {
  expect(await refusal(manager, path)).toEqual({ status: 400, fields: [expected] });
});

test('R-UI-05 the contacts and the access log take the same page parameter', async () => {
  const contacts = await refusal(admin, `/api/organisations/${org.id}/contacts?page=100000`);
  expect(contacts).toEqual({
    status: 400,
    fields: [
      { field: 'page', en: 'Enter a page number up to 10000.', fr: "Entrez un numéro de page d'au plus 10000." },
    ],
  });
  expect((await refusal(admin, `/api/organisations/${org.id}/audit?page=-1`)).fields[0].en).toBe('Pages start at 1.');
});

test('R-UI-05 the caseload answers the page asked for with its size and total, for the pager', async () => {
  const answer = await request('GET', '/api/cases?page=3&pageSize=5&sort=name&dir=asc', { token: manager });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ page: 3, pageSize: 5, total: 0, items: [] });
});
