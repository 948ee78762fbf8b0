import * as fs from 'node:fs';
import * as path from 'node:path';
import { S3Backend, TerraformStack, Testing } from 'cdktf';
import { QuickStartStack } from '../../examples/quick-start/stack';
import { annotations, resourcesOf, schemaErrors, synthJson } from '../harness';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

test('the README shows the two set-up commands that CI runs', () => {
  expect(readme).toContain('npm ci && npm run synth');
  expect(readme).toMatch(/^npm test\b/m);
  const ci = fs.readFileSync(path.join(__dirname, '..', '..', '.ci', 'run'), 'utf8');
  expect(ci).toContain('npm ci');
  expect(ci).toContain('npm test');
  expect(ci).toContain('npx cdktf synth');
});

test('the S3 backend override in the README produces use_lockfile', () => {
  const stack = new TerraformStack(Testing.app(), 's');
  const backend = new S3Backend(stack, { bucket: 'acme-terraform-state', key: 'payments/terraform.tfstate', region: 'eu-west-1', encrypt: true });
  backend.addOverride('use_lockfile', true);
  expect(synthJson(stack).terraform.backend.s3).toMatchObject({ use_lockfile: true, encrypt: true });
  expect(readme).toContain("backend.addOverride('use_lockfile', true);");
});

test('the quick-start example synthesizes cleanly, with nobody left unpaged', () => {
  const stack = new QuickStartStack(Testing.app(), 'quick-start');
  expect(annotations(stack)).toEqual([]);
  expect(schemaErrors(stack)).toEqual([]);
  const json = synthJson(stack);
  expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toHaveLength(2);
});
