import { App, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { RecoveryObjectives } from '../../../src/aws/recovery';
import { IRecoverable, RecoveryAchievement } from '../../../src/recovery/achievement';
import { annotations, onlyResource, schemaErrors, synthJson, tempDir, testStack, TestStack } from '../../harness';

/** A stand-in for a data construct of the library: reports a fixed achievement. */
class FakeStore extends Construct implements IRecoverable {
  public readonly recovery: RecoveryAchievement;
  constructor(scope: Construct, id: string, achievement: Omit<RecoveryAchievement, 'resource'>) {
    super(scope, id);
    this.recovery = { resource: this.node.path, ...achievement };
  }
}

const replicated = { kind: 'table', regions: ['eu-west-1', 'eu-central-1'], rpoZoneSeconds: 0, rpoRegionSeconds: 5, rpoDataSeconds: 300, replication: 'global table' };
const dailyCopy = { kind: 'database', regions: ['eu-west-1', 'eu-central-1'], rpoZoneSeconds: 0, rpoRegionSeconds: 28 * 3600, rpoDataSeconds: 300, replication: 'daily backup copy' };

function synthApp(build: (stack: TestStack) => void): void {
  const app = new App({ outdir: tempDir('ro-') });
  build(new TestStack(app, 'dr'));
  app.synth();
}

describe('RecoveryObjectives', () => {
  test('chooses the strategy from the region RTO and emits the matching resiliency policy', () => {
    const { stack } = testStack();
    new FakeStore(stack, 'orders', replicated);
    const o = new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '1m' }, zone: { rto: '5m', rpo: 0 } });
    expect(o.strategy).toBe('warm-standby');
    const json = synthJson(stack);
    const policy = onlyResource(json, 'aws_resiliencehub_resiliency_policy');
    expect(policy.tier).toBe('Critical');
    expect(policy.policy).toEqual([
      {
        az: [{ rto: '5m0s', rpo: '0s' }],
        hardware: [{ rto: '5m0s', rpo: '0s' }],
        region: [{ rto: '15m0s', rpo: '1m0s' }],
        software: [{ rto: '4h0m0s', rpo: '24h0m0s' }],
      },
    ]);
    expect(policy.tags).toMatchObject({ 'recovery:strategy': 'warm-standby', 'recovery:objective:region': 'rto=15m rpo=1m', 'recovery:objective:zone': 'rto=5m rpo=0' });
    expect(o.verdicts().every((v) => v.met)).toBe(true);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a resource that misses an objective fails synth naming it, the gap and the fix', () => {
    expect(() =>
      synthApp((stack) => {
        new FakeStore(stack, 'orders-db', dailyCopy);
        new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '5m' } });
      }),
    ).toThrow(/\[dr\/objectives\] recovery objectives not met: RPO 5 min for a region disruption, but database dr\/orders-db loses up to 28 h \(daily backup copy\)/);
  });

  test('a strategy that cannot meet the region RTO fails synth with the strategy to use', () => {
    expect(() =>
      synthApp((stack) => {
        new FakeStore(stack, 'orders', replicated);
        new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '1m' }, strategy: 'backup-restore' });
      }),
    ).toThrow('region RTO 15 min with backup-restore (about 4 h): use warm-standby');
  });

  test('warnOnly turns misses into warnings', () => {
    const { stack } = testStack();
    new FakeStore(stack, 'orders-db', dailyCopy);
    const o = new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '5m' }, warnOnly: true });
    expect(o.node.validate()).toEqual([]);
    expect(annotations(stack).join('\n')).toContain('recovery objectives not met (warnOnly): RPO 5 min');
  });

  test('only the listed resources are checked when resources is given', () => {
    const { stack } = testStack();
    const good = new FakeStore(stack, 'orders', replicated);
    new FakeStore(stack, 'legacy', dailyCopy);
    const o = new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '1m' }, resources: [good] });
    expect(o.node.validate()).toEqual([]);
  });

  test.each([
    [{}, 'invalid zone, region, data undefined: give at least one objective'],
    [{ region: '15m' }, 'invalid region "15m": must be an object'],
    [{ region: { rto: '15m' } }, 'invalid region.rpo undefined: is required'],
    [{ region: { rto: 'soon', rpo: '1m' } }, 'invalid region.rto "soon": must be a duration'],
    [{ region: { rto: '15m', rpo: '1m' }, strategy: 'hot' }, 'invalid strategy "hot": must be one of'],
    [{ region: { rto: '15m', rpo: '1m' }, tier: 'Gold' }, 'invalid tier "Gold"'],
    [{ region: { rto: '15m', rpo: '1m' }, warnOnly: 'true' }, 'invalid warnOnly "true": must be true or false'],
    [{ region: { rto: '15m', rpo: '1m' }, resources: 'all' }, 'invalid resources "all": must be a list'],
    [{ region: { rto: '15m', rpo: '1m' }, resources: [{}] }, 'invalid resources[0] {}: must be a construct of this library that reports recovery'],
    [{ regoin: { rto: '15m', rpo: '1m' } }, 'unknown prop regoin (did you mean region?)'],
  ])('bad input %j fails with a clear error', (props, message) => {
    const { stack } = testStack();
    expect(() => new RecoveryObjectives(stack, 'objectives', props as never)).toThrow(`test/objectives: ${message}`);
  });

  test.each([
    [{ region: null }, 'invalid region null: must be left out or given a value'],
    [{ region: { rto: 0, rpo: 0 } }, 'invalid region.rto 0: must be above 0'],
    // Resilience Hub API FailurePolicy: rtoInSecs/rpoInSecs are 32-bit integers.
    [{ region: { rto: '100000w', rpo: 0 } }, 'invalid region.rto "100000w": must be at most 2147483647 seconds'],
    [{ region: { rto: 2 ** 31, rpo: 0 } }, 'invalid region.rto 2147483648: must be whole seconds, 0 to 2147483647'],
  ])('objective %j is refused with its path', (props, message) => {
    const { stack } = testStack();
    expect(() => new RecoveryObjectives(stack, 'objectives', props as never)).toThrow(`test/objectives: ${message}`);
  });

  // Issue 21 item 1: a token strategy crashed; the strategy is checked against the region RTO at synth, so it is refused.
  test.each([
    ['strategy', (v: TerraformVariable) => v.stringValue],
    ['region', (v: TerraformVariable) => ({ rto: v.stringValue, rpo: '1m' })],
  ])('a token in %s is refused: it must be known at synth', (prop, value) => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    const props = { region: { rto: '15m', rpo: '1m' }, [prop]: value(v) };
    expect(() => new RecoveryObjectives(stack, 'objectives', props as never)).toThrow(/^test\/objectives: invalid (strategy|region\.rto) \$\{var\.v\} \(a token\): must be known at synth/);
  });

  test.each(['warnOnly', 'resiliencyPolicy'])('%s as a Terraform variable is refused: it decides at synth', (prop) => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'v', { type: 'bool' });
    expect(() => new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '1m' }, [prop]: v.booleanValue } as never)).toThrow(
      new RegExp(`^test/objectives: invalid ${prop} \\$\\{var\\.v\\} \\(a token\\): must be known at synth`),
    );
  });
});
