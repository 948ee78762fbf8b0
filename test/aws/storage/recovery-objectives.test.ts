import { RecoveryObjectives } from '../../../src/aws/recovery';
import { ReplicatedBucket, ResilientTable } from '../../../src/aws/storage';
import { testStack } from '../../harness';

// The achievements the storage constructs report are what the disaster-recovery check reads.
describe('storage constructs under RecoveryObjectives', () => {
  function build(regionRpo: string) {
    const { stack } = testStack();
    new ResilientTable(stack, 'orders', { partitionKey: { name: 'pk', type: 'S' }, replicas: [{ region: 'eu-central-1' }] });
    new ReplicatedBucket(stack, 'documents', { replication: { region: 'eu-central-1' } });
    return new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: regionRpo }, data: { rto: '4h', rpo: '5m' }, warnOnly: true });
  }

  test('a region RPO of 1 minute: the global table meets it, the replicated bucket (15 min under RTC) does not', () => {
    const verdicts = build('1m').verdicts();
    const region = verdicts.filter((v) => v.disruption === 'region' && v.resource !== 'strategy');
    expect(region.map((v) => [v.resource, v.met])).toEqual([
      ['test/orders', true],
      ['test/documents', false],
    ]);
    expect(region.find((v) => !v.met)!.message).toMatch(/bucket test\/documents loses up to 15 min \(s3-rtc\)/);
  });

  test('a region RPO of 15 minutes and a data RPO of 5 minutes: both meet them (PITR, versioning)', () => {
    expect(build('15m').verdicts().filter((v) => !v.met)).toEqual([]);
  });
});
