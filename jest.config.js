/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  // One line for the whole run when ../shared is absent (tests skip those checks silently).
  globalSetup: '<rootDir>/test/kit/global-setup.ts',
  // Synthesizing provider-heavy stacks is memory hungry; two workers fit the 2-core CI machine.
  maxWorkers: 2,
  testTimeout: 60000,
};
