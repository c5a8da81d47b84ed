// The web UI's build: TypeScript components (React) bundled by Vite into dist/web, which the API serves. The HTML
// loads one module script and one stylesheet, so the strict Content-Security-Policy needs no inline code.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The polyfill would be an inline script; every browser Pathway supports preloads modules natively.
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    // The budget that matters is the first load's gzipped JavaScript, checked by scripts/build-web.ts.
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000' } },
});
