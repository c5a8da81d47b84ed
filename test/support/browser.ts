// Debian's Chromium driven by playwright-core, headless, with a fresh profile per run.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { TEST_PASSWORD } from './fixtures.ts';
import { apiUrl } from './http.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results/screenshots');

export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pathway-chromium-'));
  await mkdir(SCREENSHOTS, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
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

/** Signs a test user in through the sign-in page; unless told otherwise, confirmation dialogs are accepted. */
export async function signInPage(
  context: BrowserContext,
  orgCode: string,
  who: string,
  opts: { acceptDialogs?: boolean } = {},
): Promise<Page> {
  const page = await context.newPage();
  if (opts.acceptDialogs ?? true) page.on('dialog', (d) => void d.accept());
  await page.goto(`${apiUrl()}/#/sign-in`);
  await page.getByLabel('Organisation ID').fill(orgCode);
  await page.getByLabel('User ID').fill(who);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByLabel('I accept the terms of use').check();
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.getByRole('heading', { name: 'Home' }).waitFor();
  return page;
}
