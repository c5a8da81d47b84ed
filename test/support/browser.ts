// Debian's Chromium driven by playwright-core, headless, with a fresh profile per run; and what every UI test checks
// on the pages it walks: accessibility (axe-core: no serious or critical violation), no sideways scroll at 390 px,
// no English left on a French page, and screenshots at desktop and phone widths.
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { en } from '../../web/src/i18n/en.ts';
import { fr } from '../../web/src/i18n/fr.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, TEST_PASSWORD, type TestOrg } from './fixtures.ts';
import { apiUrl, signIn, type Client } from './http.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results/screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pathway-chromium-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: DESKTOP,
    locale: 'en-CA',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Signs a test user in through the sign-in page, in the language asked for; the page ends on the home page. */
export async function signInPage(
  context: BrowserContext,
  orgCode: string,
  who: string,
  opts: { lang?: 'en' | 'fr' } = {},
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${apiUrl()}/sign-in`);
  await page.evaluate((lang) => localStorage.setItem('pathway.lang', lang), opts.lang ?? 'en');
  await page.reload();
  const w = opts.lang === 'fr' ? fr : en;
  await page.getByLabel(w.organisationCode).fill(orgCode);
  await page.getByLabel(w.userId).fill(who);
  await page.getByLabel(w.password).fill(TEST_PASSWORD);
  await page.getByLabel(w.acceptTerms).check();
  await page.getByRole('button', { name: w.signIn, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: w.home }).waitFor();
  return page;
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, as readable lines. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(await axeSource);
  const result = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(),
  );
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Words of the English interface still showing on a page that should be French. */
export async function englishOnFrenchPage(page: Page, extraEnglish: string[] = []): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  const english = [
    ...Object.entries(en)
      .filter(([k, v]) => v !== fr[k as keyof typeof fr] && !v.includes('{'))
      .map(([, v]) => v),
    ...extraEnglish,
  ].filter((v) => v.length >= 4);
  // Whole words only: "Change" is English, "Changer" is French.
  const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = (v: string) => new RegExp(`(?<![\\p{L}])${escape(v)}(?![\\p{L}])`, 'u').test(text);
  return [...new Set(english.filter(found))];
}

/** Screenshots at desktop and phone widths; at 390 px the page must not scroll sideways. */
export async function screenshots(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  try {
    await page.waitForTimeout(100);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    if (wide > PHONE.width) throw new Error(`${name}: the page is ${wide} px wide at ${PHONE.width} px`);
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-390.png`), fullPage: true });
  } finally {
    await page.setViewportSize(DESKTOP);
  }
}

/** The checks every walked page gets: accessibility, the phone width, and its screenshots. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await screenshots(page, name);
  expect(await accessibilityProblems(page)).toEqual([]);
}

/** A browser test's organisation: the database, a fresh organisation, its case manager signed in, and Chromium. */
export interface BrowserOrganisation {
  orm: Orm;
  org: TestOrg;
  manager: Client;
  browser: Awaited<ReturnType<typeof openBrowser>>;
}

export async function openBrowserOrganisation(name: string): Promise<BrowserOrganisation> {
  const orm = await openOrm(process.env.DATABASE_URL!);
  const org = await createOrg(orm, name);
  return { orm, org, manager: await signIn(org, 'manager'), browser: await openBrowser() };
}

export async function closeBrowserOrganisation(
  o: Partial<Pick<BrowserOrganisation, 'orm' | 'browser'>>,
): Promise<void> {
  await o.browser?.close();
  await o.orm?.close();
}
