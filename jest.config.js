// Four projects: pure domain rules; workflow logic on the time-skipping test server with recording fakes as
// activities; workflows there with the real activities; integration against real PostgreSQL, a Temporal dev server
// and an SMTP server. The global setup starts those servers once.
const transform = {
  '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } }],
};
const common = {
  transform,
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

export default {
  testTimeout: 120_000,
  globalSetup: '<rootDir>/test/support/setup.ts',
  globalTeardown: '<rootDir>/test/support/teardown.ts',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/test/domain/**/*.test.ts',
        '<rootDir>/test/infra/**/*.test.ts',
        '<rootDir>/test/bench/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'workflow-logic',
      // Bundles the workflow code unless the run already did; jest runs it only when one of its tests runs.
      globalSetup: '<rootDir>/test/support/workflow-bundle.ts',
      testMatch: ['<rootDir>/test/workflow-logic/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'workflows',
      testMatch: ['<rootDir>/test/workflows/**/*.test.ts', '<rootDir>/test/replay/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/test/integration/**/*.test.ts',
        '<rootDir>/test/security/**/*.test.ts',
        '<rootDir>/test/ui/**/*.test.ts',
      ],
    },
  ],
};
