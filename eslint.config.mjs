// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'cdktf.out/**', 'node_modules/**', 'coverage/**', '.gen/**', 'bench/out/**', 'build/**', 'cdktn/kubernetes-provider/**', 'cdktn/tools/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', exports: 'writable' } },
    rules: {
      // Provider package roots load every resource binding: ~3.5 s and ~550 MB per process.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: '@cdktf/provider-aws', message: 'Import the resource deeply: @cdktf/provider-aws/lib/<resource> (the root costs ~3.5 s and ~550 MB).' },
            { name: '@cdktf/provider-kubernetes', message: 'Import the resource deeply: @cdktf/provider-kubernetes/lib/<resource>.' },
          ],
          patterns: [{ group: ['cdktf/lib/*', 'cdktf/lib/**'], message: 'Use the public cdktf API only, so the CDK Terrain fork (cdktn) stays a rename away.' }],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
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
