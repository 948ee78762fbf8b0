import { App, TerraformStack } from 'cdktf';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AlarmChannel, SloRules } from '../../src';
import { FRAMEWORK } from '../../src/core/framework';
import { synthJson, tempDir, TestStack } from '../harness';
import { AVAILABILITY } from '../kubernetes/fixtures';

// Runs on both flavours. The cdktn run maps cdktn's required_providers onto cdktf's in
// snapshots (cdktn/jest/snapshot-serializer.cjs); this file asserts the real values of each.
const EXPECTED: Record<string, Record<string, unknown>> = {
  cdktf: { aws: { source: 'aws', version: '6.25.0' }, kubernetes: { source: 'kubernetes', version: '2.38.0' } },
  cdktn: { aws: { source: 'hashicorp/aws', version: '6.66.0' }, kubernetes: { source: 'hashicorp/kubernetes', version: '2.38.0' } },
};

function build(stack: TerraformStack): void {
  new AlarmChannel(stack, 'alarms', { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } });
  new SloRules(stack, 'slos', { service: 'api', slos: [AVAILABILITY] });
}

test(`${FRAMEWORK.name}: required_providers names the provider versions its bindings were generated for (Testing.synth)`, () => {
  const stack = new TestStack(new App({ outdir: '/tmp/unused', stackTraces: false }));
  build(stack);
  expect(synthJson(stack).terraform.required_providers).toEqual(EXPECTED[FRAMEWORK.name]);
});

test(`${FRAMEWORK.name}: required_providers in cdk.tf.json written by app.synth()`, () => {
  const outdir = tempDir('rp-');
  const app = new App({ outdir, stackTraces: false });
  build(new TestStack(app, 'shop'));
  app.synth();
  const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'shop', 'cdk.tf.json'), 'utf8'));
  expect(json.terraform.required_providers).toEqual(EXPECTED[FRAMEWORK.name]);
  fs.rmSync(outdir, { recursive: true, force: true });
});

test('the cdktn snapshot serializer knows every resource the library binds beyond @cdktf/provider-aws, at its first provider version', () => {
  const { NEWER_THAN_CDKTF } = require('../../cdktn/jest/snapshot-serializer.cjs');
  const { REGION_SWITCH_MIN_PROVIDER_VERSION, ARC_ROUTE53_HEALTH_CHECKS_MIN_PROVIDER_VERSION } = require('../../src/aws/recovery');
  const { ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION } = require('../../src/aws/recovery/arc-zonal-autoshift-configuration');
  expect(NEWER_THAN_CDKTF).toEqual({
    'resource.aws_arcregionswitch_plan': REGION_SWITCH_MIN_PROVIDER_VERSION,
    'data.aws_arcregionswitch_route53_health_checks': ARC_ROUTE53_HEALTH_CHECKS_MIN_PROVIDER_VERSION,
    'resource.aws_arczonalshift_zonal_autoshift_configuration': ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION,
  });
});
