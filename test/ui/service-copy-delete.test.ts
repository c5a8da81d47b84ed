// Copy to New and Delete on a service's page in Chromium (seed 001, line 1797), as the organisation's coordinator:
// a copy on new dates opens the new service; an empty service is deleted; one with a participant is refused in the
// dialog, in English and in French (R-ES-11).
import type { Page } from 'playwright-core';
import type { Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import {
  checkPage,
  closeBrowserOrganisation,
  openBrowserOrganisation,
  signInPage,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { createUser, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let coordinator: Client;
let browser: BrowserOrganisation['browser'];
const today = businessDate(new Date());

beforeAll(async () => {
  ({ orm, org, manager, browser } = await openBrowserOrganisation('Yarmouth Career Hub'));
  await createUser(orm, org, 'coordinator', ['ECM_ENHANCED_SERVICES', 'ECM_CASE_MANAGER']);
  coordinator = await signIn(org, 'coordinator');
});
afterAll(() => closeBrowserOrganisation({ orm, browser }));

async function newService(name: string): Promise<number> {
  const res = await coordinator.post('/api/services', {
    serviceFormat: 'GROUP',
    accountabilityReporting: '100922 - Apr 01, 2026 - Mar 31, 2027 - EAS(LAE-ENS)',
    name,
    description: 'Practise answering interview questions.',
    serviceType: 'JS_WORKSHOPS',
    startDate: addDays(today, 10),
    endDate: addDays(today, 10),
    minParticipants: 1,
    maxParticipants: 8,
    location: '5 Main Street, Yarmouth',
    visibility: 'PRIVATE',
  });
  expect(res.status).toBe(201);
  return res.body.service.id as number;
}

const open = async (page: Page, id: number) => {
  await page.goto(`${apiUrl()}/services/${id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
};

test('a service is copied to new dates and the copy, still empty, is deleted', async () => {
  const id = await newService('Interview Skills');
  const page = await signInPage(browser.context, org.code, 'coordinator');
  await open(page, id);
  await page.getByRole('button', { name: 'Copy to new' }).click();
  const copy = page.getByRole('dialog', { name: 'Copy “Interview Skills” to a new service' });
  await copy.getByLabel('Start date').fill(addDays(today, 40));
  await copy.getByLabel('End date').fill(addDays(today, 40));
  await check(page, 'copy');
  await copy.getByRole('button', { name: 'Create the copy' }).click();
  await page.waitForURL((u) => /\/services\/\d+$/.test(u.pathname) && !u.pathname.endsWith(`/${id}`));
  const copyId = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByText(`Service ${copyId} is created as a copy.`).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Interview Skills' }).waitFor();

  await page.getByRole('button', { name: 'Delete' }).click();
  const del = page.getByRole('dialog', { name: `Delete service ${copyId}?` });
  await del.getByRole('button', { name: 'Delete the service' }).click();
  await page.waitForURL('**/services');
  await page.getByText(`Service ${copyId} is deleted.`).waitFor();
  expect((await coordinator.get(`/api/services/${copyId}`)).status).toBe(404);
  expect((await coordinator.get(`/api/services/${id}`)).status).toBe(200);
  await page.close();
});

test('R-ES-11 a service with a participant is not deleted: the dialog says why, in English and in French', async () => {
  const id = await newService('Resume Writing');
  const added = await manager.post(`/api/services/${id}/participants`, {
    preRegistration: { firstName: 'Bobby', lastName: 'Brown' },
    confirmPreRegister: true,
  });
  expect(added.status).toBe(201);
  for (const [lang, button, confirm, message] of [
    [
      'en',
      'Delete',
      'Delete the service',
      'This enhanced service cannot be deleted: 1 participant entry is recorded on it',
    ],
    [
      'fr',
      'Supprimer',
      'Supprimer le service',
      'Ce service amélioré ne peut pas être supprimé : 1 inscription y est enregistrée, et elle compte',
    ],
  ] as const) {
    const page = await signInPage(browser.context, org.code, 'coordinator', { lang });
    await open(page, id);
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: confirm }).click();
    await dialog.getByText(message).waitFor();
    await check(page, `refused-${lang}`);
    await page.close();
  }
  expect((await coordinator.get(`/api/services/${id}`)).status).toBe(200);
});

const check = (page: Page, name: string) => checkPage(page, `service-copy-delete-${name}`);
