import * as path from 'node:path';
import { App, Testing } from 'cdktf';
import { StagingStack } from '../../examples/staging/stack';
import { ReliabilityChecks } from '../../src/checks/aspect';
import { main } from '../../src/cli/main';
import { annotations, schemaErrors, tempDir } from '../harness';

describe('examples/staging: explicit opt-outs synthesize, reported as info', () => {
  const outdir = tempDir('staging-');
  const app = new App({ outdir, stackTraces: false });
  const stack = new StagingStack(app, 'staging');
  const checks = ReliabilityChecks.addTo(app);
  app.synth(); // what `cdktf synth` runs: would throw on an error-level finding

  test('synth succeeds with no error-level finding; the opt-outs are info with the prop and value as the reason', () => {
    expect(annotations(stack, 'error')).toEqual([]);
    const info = annotations(stack, 'info');
    expect(info).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^staging\/network\/vpc: \[REL-VPC-2\] .*\(suppressed: natGateways is "single", set explicitly: losing the first zone cuts every private subnet off the internet\)$/),
        expect.stringMatching(/^staging\/db\/cluster: \[REL-AUR-2\] .*deletion_protection is false \(suppressed: deletionProtection is false, set explicitly/),
        expect.stringMatching(/^staging\/db\/cluster: \[REL-AUR-3\] .*skip_final_snapshot is true.*\(suppressed: skipFinalSnapshot is true, set explicitly/),
      ]),
    );
    expect(info).toHaveLength(3);
    expect(checks.checkStack(stack).filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('the constructs still warn about each unsafe choice', () => {
    expect(annotations(stack, 'warn')).toEqual(
      expect.arrayContaining([expect.stringContaining('natGateways is "single"'), expect.stringContaining('deletionProtection is false'), expect.stringContaining('skipFinalSnapshot is true')]),
    );
  });

  test('the written cdk.tf.json passes the provider-schema check, and `check` over it agrees: exit 0, 3 suppressed', () => {
    expect(schemaErrors(stack)).toEqual([]);
    const file = path.join(outdir, 'stacks', 'staging', 'cdk.tf.json');
    let out = '';
    const code = main(['check', file, '--format', 'json'], { out: (t) => (out += t), err: () => undefined });
    const json = JSON.parse(out);
    expect({ code, errors: json.errors, suppressed: json.suppressed }).toEqual({ code: 0, errors: 0, suppressed: 3 });
    expect(json.stacks[0].findings.filter((f: any) => f.severity === 'info').map((f: any) => [f.ruleId, f.constructPath])).toEqual([
      ['REL-AUR-2', 'staging/db/cluster'],
      ['REL-AUR-3', 'staging/db/cluster'],
      ['REL-VPC-2', 'staging/network/vpc'],
    ]);
  });

  test('a team that wants such choices to fail says so with the rule settings', () => {
    const strictApp = Testing.app();
    const strict = new StagingStack(strictApp, 'staging');
    ReliabilityChecks.addTo(strictApp, { ruleSettings: { 'REL-AUR-2': 'error', 'REL-AUR-3': 'error', 'REL-VPC-2': 'error' } });
    expect(() => Testing.fullSynth(strict)).toThrow(/REL-AUR-2[\s\S]*REL-AUR-3|REL-VPC-2/);
  });
});
