// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Provider package roots load every resource binding: ~3.5 s and ~550 MB per process.
const PROVIDER_ROOTS = [
  { name: '@cdktf/provider-aws', message: 'Import the resource deeply: @cdktf/provider-aws/lib/<resource> (the root costs ~3.5 s and ~550 MB).' },
  { name: '@cdktf/provider-kubernetes', message: 'Import the resource deeply: @cdktf/provider-kubernetes/lib/<resource>.' },
];
const CDKTF_INTERNALS = { group: ['cdktf/lib/*', 'cdktf/lib/**'], message: 'Use the public cdktf API only, so the CDK Terrain fork (cdktn) stays a rename away.' };
/** The no-restricted-imports options: the provider roots and cdktf internals everywhere, plus a boundary's own patterns. */
const restricted = (...patterns) => ({ paths: PROVIDER_ROOTS, patterns: [CDKTF_INTERNALS, ...patterns] });
// Boundaries (CONTRIBUTING "Where code goes"): constructs never import the rule pack or the CLI; the rule pack reads
// only synthesized JSON and the pure modules, never a construct; the pure modules load no framework.
const NO_CHECKS = { group: ['**/checks', '**/checks/**', '**/cli', '**/cli/**'], message: 'Constructs and models do not import the rule pack or the CLI: shared names go to core/contract.ts, shared helpers to core.' };
const NO_CONSTRUCTS = { group: ['../aws/**', '../../aws/**', '../kubernetes', '../kubernetes/**', '../../kubernetes', '../../kubernetes/**'], message: 'The rule pack reads synthesized JSON only: move what it shares with constructs to core/contract.ts or a pure module.' };
const NO_FRAMEWORK = { group: ['cdktf', 'cdktn', 'constructs', '@cdktf/*', '@cdktn/*', '**/core/tokens', '**/core/framework', '**/core/prop-types', '**/core/validation', '**/core/tags', '**/core/naming', '**/core/name-registry', '**/core/suppressions', '**/core/user-text'], message: 'A pure module: no framework import, so the check command and the models load without cdktf.' };

export default tseslint.config(
  { ignores: ['dist/**', 'cdktf.out/**', 'node_modules/**', 'coverage/**', '.gen/**', 'bench/out/**', 'build/**', 'cdktn/kubernetes-provider/**', 'cdktn/pagerduty-provider/**', 'cdktn/tools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', exports: 'writable' } },
    rules: {
      // Provider package roots load every resource binding: ~3.5 s and ~550 MB per process.
      'no-restricted-imports': ['error', restricted()],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['src/aws/**/*.ts', 'src/kubernetes/**/*.ts', 'src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', restricted(NO_CHECKS)] } },
  { files: ['src/checks/**/*.ts'], rules: { 'no-restricted-imports': ['error', restricted(NO_CONSTRUCTS)] } },
  {
    files: ['src/slo/**/*.ts', 'src/recovery/**/*.ts', 'src/aws-validity/**/*.ts', 'src/core/contract.ts', 'src/core/errors.ts', 'src/core/spelling.ts', 'src/core/severity.ts', 'src/core/cloudwatch-limits.ts'],
    rules: { 'no-restricted-imports': ['error', restricted(NO_CHECKS, NO_CONSTRUCTS, NO_FRAMEWORK)] },
  },
  {
    files: ['test/**/*.ts', 'bench/**', 'examples/**', 'src/cli/**', '.ci/**', 'scripts/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
