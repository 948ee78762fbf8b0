import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable, Testing } from 'cdktf';
import { BackupPlan, BackupPlanProps } from '../../../src/aws/backup/backup-plan';
import { InvalidPropError } from '../../../src/core/errors';
import { expectInvalidProp, testStack } from '../../harness';
import { FakeTarget } from './fake-target';

const DB_ARN = 'arn:aws:rds:eu-west-1:111111111111:db:orders';

/** Builds a plan (protecting one ARN) and returns the error it throws. */
function errorOf(props: BackupPlanProps | ((stack: any) => BackupPlanProps)): InvalidPropError {
  const { stack } = testStack();
  return expectInvalidProp(() => {
    const p = new BackupPlan(stack, 'backup', typeof props === 'function' ? props(stack) : props);
    p.protect(DB_ARN);
    Testing.synth(stack);
  });
}

describe('BackupPlan: bad input is a clear error naming the construct, the prop, the value and what is allowed', () => {
  test.each<[string, BackupPlanProps, RegExp]>([
    ['retention below 7 days', { rules: [{ preset: 'daily', retentionDays: 6 }] }, /test\/backup.*rules\[0\]\.retentionDays.*6.*integer from 7 to 36500/],
    ['continuous backup kept as a weekly preset (90 days)', { rules: [{ preset: 'weekly', continuousBackup: true }] }, /rules\[0\]\.retentionDays.*90.*at most 35 with continuous backup/],
    ['continuous backup of 36 days', { rules: [{ preset: 'daily', continuousBackup: true, retentionDays: 36 }] }, /rules\[0\]\.retentionDays.*36.*at most 35/],
    ['deletion before 90 days in cold storage', { rules: [{ preset: 'monthly', coldStorageAfterDays: 30, retentionDays: 100 }] }, /rules\[0\]\.retentionDays.*100.*at least coldStorageAfterDays \+ 90 = 120/],
    ['a copy deleted before 90 days in cold storage', { rules: [{ preset: 'daily', copies: [{ vaultArn: 'arn:aws:backup:eu-central-1:111111111111:backup-vault:dr', coldStorageAfterDays: 10, retentionDays: 50 }] }] }, /rules\[0\]\.copies\[0\]\.retentionDays.*50.*= 100/],
    ['cold storage with continuous backup', { rules: [{ preset: 'daily', continuousBackup: true, coldStorageAfterDays: 1, retentionDays: 35 }] }, /coldStorageAfterDays.*continuous/],
    ['vault lock min above max', { vaultLock: { mode: 'governance', minRetentionDays: 40, maxRetentionDays: 30 } }, /vaultLock\.minRetentionDays.*40.*must not exceed maxRetentionDays \(30\)/],
    ['a cooling-off period under 3 days', { vaultLock: { mode: 'compliance', coolingOffDays: 2 } }, /vaultLock\.coolingOffDays.*2.*integer >= 3/],
    ['a cooling-off period on a governance lock', { vaultLock: { mode: 'governance', coolingOffDays: 5 } }, /vaultLock\.coolingOffDays.*compliance mode only/],
    ['a lock mode that is not one', { vaultLock: { mode: 'strict' as any } }, /vaultLock\.mode.*"strict".*"governance", "compliance"/],
    ['a retention outside the vault lock', { rules: ['monthly'], vaultLock: { mode: 'governance', maxRetentionDays: 100 } }, /rules\[0\]\.retentionDays 365: must be 7 to 100 days: the plan's vault is locked to that range \(vaultLock\.minRetentionDays, vaultLock\.maxRetentionDays\)/],
    ['a retention outside the air-gapped vault', { rules: ['daily'], airGappedVault: { minRetentionDays: 40, maxRetentionDays: 400 } }, /rules\[0\]\.retentionDays.*35.*40 to 400.*air-gapped/],
    ['a copy to a vault ARN in the same region', { rules: [{ preset: 'daily', copies: [{ vaultArn: 'arn:aws:backup:eu-west-1:222222222222:backup-vault:dr' }] }] }, /rules\[0\]\.copies\[0\]\.vaultArn.*eu-west-1.*another region than the plan \(eu-west-1\)/],
    ['a copy with both provider and vault ARN', { rules: [{ preset: 'daily', copies: [{}] }] }, /copies\[0\].*exactly one of provider.*or vaultArn/],
    ['a rule with neither preset nor schedule', { rules: [{ retentionDays: 10 }] }, /rules\[0\]\.schedule.*is required without a preset/],
    ['a schedule more often than hourly', { rules: [{ preset: 'daily', schedule: 'cron(*/10 * ? * * *)' }] }, /rules\[0\]\.schedule.*more than once an hour/],
    ['a start window under an hour', { rules: [{ preset: 'daily', startWindowMinutes: 30 }] }, /startWindowMinutes.*30.*from 60/],
    ['a completion window too close to the start window', { rules: [{ preset: 'daily', startWindowMinutes: 120, completionWindowMinutes: 150 }] }, /completionWindowMinutes.*150.*from 180/],
    ['an unknown time zone', { rules: [{ preset: 'daily', scheduleTimezone: 'Mars/Olympus' }] }, /scheduleTimezone.*Mars\/Olympus.*IANA time zone/],
    ['a misspelt preset', { rules: ['dayly' as any] }, /rules\[0\] "dayly": must be one of "daily", "weekly", "monthly" \(did you mean "daily"\?\)/],
    ['a misspelt rule prop', { rules: [{ preset: 'daily', retentionDay: 10 } as any] }, /unknown prop rules\[0\]\.retentionDay \(did you mean retentionDays\?\)/],
    ['a misspelt plan prop', { selectionTag: { a: 'b' } } as any, /unknown prop selectionTag \(did you mean selectionTags\?\)/],
    ['two rules with one name', { rules: ['daily', { preset: 'weekly', name: 'daily' }] }, /rules\[1\]\.name.*"daily".*unique/],
    ['two continuous rules', { rules: [{ preset: 'daily', continuousBackup: true, retentionDays: 35 }, { name: 'b', schedule: 'cron(0 */6 ? * * *)', retentionDays: 7, continuousBackup: true }] }, /rules\[1\]\.continuousBackup.*one rule at most/],
    ['no rule', { rules: [] }, /invalid rules \[\]: must have at least 1 item/],
    ['rules as a string (a JS caller)', { rules: 'daily' as any }, /rules.*must be a list \(got a string\)/],
    ['an empty tag selection', { selectionTags: {} }, /selectionTags.*at least one tag/],
    ['an empty resource list', { resources: [] }, /invalid resources \[\]: must have at least 1 item/],
    ['a resource in another region', { resources: ['arn:aws:rds:us-east-1:111111111111:db:other'] }, /resources\[0\].*us-east-1.*plan's region eu-west-1/],
    ['a resource that is not an ARN', { resources: ['orders-db'] }, /resources\[0\].*"orders-db".*an ARN/],
    ['a plan name AWS refuses', { planName: 'my plan!' }, /planName.*"my plan!"/],
    ['a restore test kept too long', { restoreTesting: { validationWindowHours: 200 } }, /restoreTesting\.validationWindowHours.*200.*from 1 to 168/],
    // aws_backup_restore_testing_selection validation_window_hours: int64validator.Between(1, 168)
    // (internal/service/backup/restore_testing_selection.go): the API takes 0, the provider refuses it at plan.
    ['a restore test kept 0 hours (the provider validates 1 to 168)', { restoreTesting: { validationWindowHours: 0 } }, /restoreTesting\.validationWindowHours 0: must be an integer from 1 to 168/],
    ['recovery point tags AWS Backup refuses (a comma)', { rules: [{ preset: 'daily', recoveryPointTags: { regions: 'a,b' } }] }, /invalid rules\[0\]\.recoveryPointTags\.regions "a,b": the value has a character outside the set/],
    ['routing whose topics are in another region', { alarmRouting: { severities: ['ticket'], region: 'us-east-1', actionsFor: () => ['arn:aws:sns:us-east-1:111111111111:t'] } as any }, /alarmRouting.*topics in us-east-1.*plan's region eu-west-1/],
    ['a job failure severity the routing does not know', { alarmRouting: { severities: ['page'], actionsFor: (s: string, prop = 'severity') => { if (s !== 'page') throw new InvalidPropError('routing', prop, s, 'must be page'); return ['arn:aws:sns:eu-west-1:111111111111:p']; } } as any }, /^test\/backup: invalid jobFailureSeverity "ticket": must be a severity the alarm routing knows: "page"$/],
  ])('%s', (_what, props, message) => {
    expect(errorOf(props).message).toMatch(message);
  });

  test('a copy through the plan\'s own provider, or a provider alias in the same region, is refused', () => {
    expect(errorOf((stack) => ({ rules: [{ preset: 'daily', copies: [{ provider: stack.node.findChild('aws') }] }] })).message).toMatch(/rules\[0\]\.copies\[0\]\.provider.*another region/);
    expect(errorOf((stack) => ({ rules: [{ preset: 'daily', copies: [{ provider: new AwsProvider(stack, 'same', { region: 'eu-west-1', alias: 'same' }) }] }] })).message).toMatch(/copies\[0\]\.provider.*test\/same \(eu-west-1\).*another region/);
  });

  test('a Terraform variable as the copy time is refused: it is used at synth only, for the recovery point', () => {
    expect(errorOf((stack) => ({ copyTimeHours: new TerraformVariable(stack, 'v', { type: 'number' }).numberValue })).message).toMatch(
      /^test\/backup: invalid copyTimeHours \$\{var\.v\} \(a token\): must be known at synth.*recovery point/,
    );
  });

  test('a Terraform variable as the resource list or the lock mode is refused; single ARNs may be references', () => {
    expect(errorOf((stack) => ({ resources: new TerraformVariable(stack, 'v', { type: 'list(string)' }).listValue })).message).toMatch(/^test\/backup: invalid resources \$\{var\.v\} \(a token\): must be known at synth/);
    expect(errorOf((stack) => ({ vaultLock: { mode: new TerraformVariable(stack, 'v', { type: 'string' }).stringValue as never } })).message).toMatch(/^test\/backup: invalid vaultLock\.mode \$\{var\.v\} \(a token\): must be known at synth/);
    expect(errorOf((stack) => ({ rules: [{ preset: 'daily', completionWindowMinutes: new TerraformVariable(stack, 'v', { type: 'number' }).numberValue }] })).message).toMatch(
      /^test\/backup: invalid rules\[0\]\.completionWindowMinutes \$\{var\.v\} \(a token\): must be known at synth.*missing-backup alarm/,
    );
  });

  test('a plan that selects nothing fails synth', () => {
    const { stack } = testStack();
    new BackupPlan(stack, 'backup', {});
    expect(() => Testing.synth(stack)).toThrow(/test\/backup.*selects nothing: call plan\.protect/);
  });

  test('a construct in another region, a construct twice, and something that is not a target are refused by protect()', () => {
    const { stack } = testStack();
    const p = new BackupPlan(stack, 'backup', {});
    expect(() => p.protect(new FakeTarget(stack, 'far', 'DynamoDB', 'arn:aws:dynamodb:us-east-1:111111111111:table/t', 'us-east-1'))).toThrow(/test\/far.*us-east-1.*plan is in eu-west-1/);
    const t = new FakeTarget(stack, 'near', 'DynamoDB', 'arn:aws:dynamodb:eu-west-1:111111111111:table/t', 'eu-west-1');
    p.protect(t);
    expect(() => p.protect(t)).toThrow(/already protected/);
    expect(() => p.protect({ node: {} } as any)).toThrow(/must be a construct of this library that can be backed up/);
    expect(() => p.protect(DB_ARN, { resourceType: 'Tape' as any })).toThrow(/resourceType.*"Tape"/);
  });
});
