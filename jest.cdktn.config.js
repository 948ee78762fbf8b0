// The same test suite on the cdktn flavour (`npm run test:cdktn`): every `cdktf`,
// `@cdktf/provider-aws` and `@cdktf/provider-kubernetes/lib/*` import, in src/ and
// in the tests alike, resolves to cdktn, @cdktn/provider-aws and the generated
// bindings: the rewrite the cdktn build applies to the source (scripts/flavours.cjs).
const base = require('./jest.config.js');
const { cdktnModuleNameMapper } = require('./scripts/flavours.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  moduleNameMapper: { ...base.moduleNameMapper, ...cdktnModuleNameMapper() },
  // One set of snapshots for both flavours: see the serializer for the two differences it maps.
  snapshotSerializers: ['<rootDir>/cdktn/jest/snapshot-serializer.cjs'],
  // Read by the tests that assert which framework they run on (test/core/framework.test.ts).
  globals: { ...base.globals, RELIABILITY_FLAVOUR: 'cdktn' },
};
