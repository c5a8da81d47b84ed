// `npm run build:web`: builds the web UI into dist/web (scripts/services/web-ui.ts), as `npm start` and the tests do.
import { buildWeb } from './services/web-ui.ts';

await buildWeb();
