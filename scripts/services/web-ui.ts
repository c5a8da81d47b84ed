// Builds the web UI (web/, TypeScript components bundled by Vite) into dist/web, which the API serves, and prints
// what a first visit downloads. `npm start` and the tests build it first; `npm run build:web` builds it alone.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { WEB_DIST } from '../../api/web-ui.ts';
import { projectRoot } from '../project-root.ts';

/** The first load's JavaScript, gzipped, stays under this (the web UI issue's weight target). */
export const FIRST_LOAD_BUDGET_KB = 250;

export interface WebBuild {
  /** Gzipped kilobytes of each file the first page loads. */
  files: { file: string; gzipKb: number }[];
  firstLoadJsKb: number;
}

/** The scripts and stylesheets index.html loads, with their gzipped sizes. */
async function firstLoad(): Promise<WebBuild> {
  const html = await readFile(path.join(WEB_DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const assets = new Set(await readdir(path.join(WEB_DIST, 'assets')));
  const files = await Promise.all(
    refs
      .filter((r) => assets.has(path.basename(r)))
      .map(async (file) => ({
        file,
        gzipKb: Math.round((gzipSync(await readFile(path.join(WEB_DIST, file))).length / 1024) * 10) / 10,
      })),
  );
  const firstLoadJsKb = files.filter((f) => f.file.endsWith('.js')).reduce((sum, f) => sum + f.gzipKb, 0);
  return { files, firstLoadJsKb: Math.round(firstLoadJsKb * 10) / 10 };
}

export async function buildWeb(say: (text: string) => void = console.log): Promise<WebBuild> {
  // Built as production serves it whatever the caller's NODE_ENV (the tests run with `test`): React's production
  // build, which the first-load budget measures and the browser tests drive.
  const callerEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(projectRoot, 'web/vite.config.ts'), logLevel: 'warn' });
  } finally {
    if (callerEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerEnv;
  }
  const result = await firstLoad();
  say(
    `web UI built: ${result.files.map((f) => `${f.file} ${f.gzipKb} KB`).join(', ')} (gzipped); ` +
      `first load ${result.firstLoadJsKb} KB of JavaScript (budget ${FIRST_LOAD_BUDGET_KB} KB)`,
  );
  if (result.firstLoadJsKb > FIRST_LOAD_BUDGET_KB)
    throw new Error(`The web UI's first load is ${result.firstLoadJsKb} KB of gzipped JavaScript, over its budget.`);
  return result;
}
