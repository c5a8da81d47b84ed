// The web UI's files (dist/web, built by scripts/build-web.ts): the hashed assets cached for good, and index.html,
// never cached, for every other address a browser asks for, so a reload or a shared link opens the page it names.
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';
import { Refusal } from '../domain/refusals.ts';
import { fileURLToPath } from 'node:url';

/** Where scripts/services/web-ui.ts builds the UI. */
export const WEB_DIST = fileURLToPath(new URL('../dist/web', import.meta.url));

export function webUiRoutes(dir = WEB_DIST): Router {
  const r = Router();
  r.use('/assets', express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  r.get(/.*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    const index = path.join(dir, 'index.html');
    if (!existsSync(index))
      throw new Refusal('unavailable', 'WEB_UI_NOT_BUILT', {
        en: 'The web UI is not built: run npm run build:web.',
        fr: "L'interface Web n'est pas construite : lancez npm run build:web.",
      });
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return r;
}
