// The layers and what each may import; `npm run lint` fails on a crossing or an import circle.
//   domain/      pure rules and types: imports only domain/ and zod
//   db/          entities, migrations, the case projection: domain/
//   infra/       mailer (its outbox is in db/), logger, payload codec, configuration, PDF: domain/, db/
//   workflows/   deterministic workflow code: domain/, workflows/, the Temporal workflow SDK
//   activities/  I/O run for workflows: domain/, db/, infra/, workflows/ (their contracts)
//   app/         use cases and queries: domain/, db/, infra/, workflows/ (their public surface)
//   api/         HTTP: app/, domain/, infra/, workflows/ (their public surface)
//   web/         the browser: domain/ (schemas and labels) and its own files
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: each module of it needs the others to load (type-only imports included).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      from: { path: '^domain/' },
      to: { pathNot: ['^domain/', '^node_modules/zod/'] },
    },
    {
      name: 'infra-below-app',
      severity: 'error',
      from: { path: '^infra/' },
      to: { path: ['^(api|app|activities|workflows)/'] },
    },
    {
      name: 'db-below-app',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: ['^(api|app|activities|workflows|infra)/'] },
    },
    {
      name: 'workflows-are-deterministic',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { pathNot: ['^(domain|workflows)/', '^node_modules/@temporalio/(workflow|common)/', '^node_modules/zod/'] },
    },
    {
      name: 'activities-below-app',
      severity: 'error',
      from: { path: '^activities/' },
      to: { path: ['^(api|app)/'] },
    },
    {
      name: 'app-below-api',
      severity: 'error',
      from: { path: '^app/' },
      to: { path: ['^(api|activities)/'] },
    },
    {
      name: 'web-through-the-api',
      severity: 'error',
      comment: 'The browser shares the domain (schemas, labels) and only the types of what the API answers.',
      from: { path: '^web/src/' },
      to: {
        pathNot: ['^web/', '^domain/', '^node_modules/', '^vite/client$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'api-through-app',
      severity: 'error',
      from: { path: '^api/' },
      to: { path: ['^activities/'] },
    },
    {
      name: 'api-reads-through-app',
      severity: 'error',
      comment: 'The API reaches the database through app/; only api/main.ts, the composition root, opens it.',
      from: { path: '^api/', pathNot: '^api/main\\.ts$' },
      to: { path: '^db/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^node_modules/', '^\\.tools/', '^test-results/', '^dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
