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
  // A worker's JavaScript is done within ~10 ms of jest's end message (no open handle: measured with an 'exit'
  // hook in the workers), but the process itself ended 300-700 ms later on the loaded 2-core machine (V8 tearing
  // down a heap of synthesized stacks), past jest's 500 ms default: "A worker process has failed to exit
  // gracefully and has been force exited". Waiting longer only waits for that teardown; a real leak still shows.
  workerGracefulExitTimeout: 5000,
  testTimeout: 60000,
};
