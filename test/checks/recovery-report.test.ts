import { Construct } from 'constructs';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { RecoveryObjectives } from '../../src/aws/recovery';
import { formatReport, reportStack } from '../../src/checks/report';
import { TerraformJsonStack } from '../../src/checks/stack';
import { IRecoverable, RecoveryAchievement } from '../../src/recovery/achievement';
import { recoveryTags } from '../../src/recovery/tags';
import { resourceOf, synthJson, testStack } from '../harness';

/** A data construct that tags its one resource with what it achieves, as the library's data constructs do. */
class TaggedStore extends Construct implements IRecoverable {
  public readonly recovery: RecoveryAchievement;
  constructor(scope: Construct, id: string, a: Omit<RecoveryAchievement, 'resource'>) {
    super(scope, id);
    this.recovery = { resource: this.node.path, ...a };
    new SnsTopic(this, 'resource', { name: id, tags: recoveryTags(this.recovery) });
  }
}

test('the report runs the recovery check over the synthesized stack: objectives, strategy, verdicts and fixes', () => {
  const { stack } = testStack();
  new TaggedStore(stack, 'orders', { kind: 'table', regions: ['eu-west-1', 'eu-central-1'], rpoZoneSeconds: 0, rpoRegionSeconds: 5, rpoDataSeconds: 300 });
  new TaggedStore(stack, 'ledger', { kind: 'database', regions: ['eu-west-1'], rpoZoneSeconds: 0, rpoDataSeconds: 300 });
  new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '1m' }, warnOnly: true });
  const report = reportStack(TerraformJsonStack.fromJson(synthJson(stack), 'dr'));
  expect(report.recovery?.strategy).toBe('warm-standby');
  const unmet = report.recovery!.verdicts.filter((v) => !v.met);
  expect(unmet).toHaveLength(1);
  expect(unmet[0]).toMatchObject({ disruption: 'region', measure: 'rpo', achievedSeconds: undefined });
  expect(unmet[0].resource).toMatch(/^aws_sns_topic\.ledger_resource_/);
  const text = formatReport([report], 'markdown');
  expect(text).toContain('### Disaster recovery');
  expect(text).toContain('Objectives (aws_resiliencehub_resiliency_policy.objectives_policy');
  expect(text).toContain('region RTO 15m / RPO 1m. Strategy for a region disruption: warm-standby. 1 not met.');
  // The verdict's message (a synth error's text) is restated in the report's one duration format.
  expect(text).toMatch(/- RPO 1m for a region disruption, but sns_topic aws_sns_topic\.ledger_resource_\w+ has no copy that survives it/);
});

test('a stack without objectives has no disaster-recovery section', () => {
  const { stack } = testStack();
  new TaggedStore(stack, 'orders', { kind: 'table', regions: ['eu-west-1'], rpoZoneSeconds: 0 });
  const report = reportStack(TerraformJsonStack.fromJson(synthJson(stack), 'x'));
  expect(report.recovery).toBeUndefined();
  expect(formatReport([report], 'text')).not.toContain('Disaster recovery');
});

test('objectives that list their resources are checked against those alone, each set in its own section', () => {
  const { stack } = testStack();
  const orders = new TaggedStore(stack, 'orders', { kind: 'database', regions: ['eu-west-1', 'eu-central-1'], rpoZoneSeconds: 0, rpoRegionSeconds: 1, rpoDataSeconds: 300 });
  const documents = new TaggedStore(stack, 'documents', { kind: 'bucket', regions: ['eu-west-1', 'eu-central-1'], rpoZoneSeconds: 0, rpoRegionSeconds: 900, rpoDataSeconds: 0 });
  new RecoveryObjectives(stack, 'orders-objectives', { region: { rto: '15m', rpo: '1m' }, resources: [orders] });
  new RecoveryObjectives(stack, 'document-objectives', { region: { rto: '15m', rpo: '15m' }, resources: [documents] });
  const json = synthJson(stack);
  const report = reportStack(TerraformJsonStack.fromJson(json, 'dr'));
  expect(report.recoveries).toHaveLength(2);
  for (const r of report.recoveries!) {
    expect(r.verdicts.filter((v) => !v.met)).toEqual([]);
    expect(r.achievements).toHaveLength(1);
  }
  const bySource = Object.fromEntries(report.recoveries!.map((r) => [r.source.split('.')[1].split('_')[0], r.achievements[0].resource.split('.')[1].split('_')[0]]));
  expect(bySource).toEqual({ 'orders-objectives': 'orders', 'document-objectives': 'documents' });
  // Without the scoping, the 15-minute bucket would miss the 1-minute objective.
  const policy = resourceOf(json, 'aws_resiliencehub_resiliency_policy', (p) => p.name.includes('orders'));
  expect(policy.tags['recovery:objectives']).toBe(policy.name);
  expect(formatReport([report], 'markdown').match(/### Disaster recovery/g)).toHaveLength(2);
});
