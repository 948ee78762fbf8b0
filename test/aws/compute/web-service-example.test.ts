import { Testing } from 'cdktf';
import { WebServiceStack } from '../../../examples/web-service/stack';
import { checkStack } from '../../../src/checks';
import { annotations, refTo, resourcesOf, schemaErrors, synth, synthJson, values } from '../../harness';
import { raisesFor } from '../common/provider-expectations';

describe('examples/web-service: network + autoscaled service + Aurora + backups + alarms', () => {
  const stack = new WebServiceStack(Testing.app(), 'web-service');
  const json = synthJson(stack);
  const topicArn = (severity: string) => refTo(json, 'aws_sns_topic', (t) => t.name.endsWith(severity), 'arn');

  test('passes the provider-schema check; the one warning, on cdktf only, is the AWS provider raised for zonal autoshift', () => {
    expect(schemaErrors(stack)).toEqual([]);
    // cdktn's bindings pin 6.66.0, which has the resource: no raise, no warning.
    expect(annotations(stack)).toEqual(raisesFor('6.44.0') ? [expect.stringMatching(/^web-service\/autoshift: this stack now requires hashicorp\/aws ~> 6\.44/)] : []);
  });

  // developer.hashicorp.com/terraform/language/backend/s3: use_lockfile (Terraform >= 1.10) locks with an S3 lock file;
  // dynamodb_table locking is deprecated. The state holds the PagerDuty URL, so it is encrypted and off the laptop.
  test('keeps its state in S3, encrypted, locked with an S3 lock file (no DynamoDB table), one key per stack', () => {
    expect(json.terraform.backend).toEqual({ s3: { bucket: 'acme-terraform-state', key: 'web-service/terraform.tfstate', region: 'eu-west-1', encrypt: true, use_lockfile: true } });
    const other = synthJson(new WebServiceStack(Testing.app(), 'web-eu', { stateBucket: 'shop-state', stateKmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }));
    expect(other.terraform.backend.s3).toMatchObject({ bucket: 'shop-state', key: 'web-eu/terraform.tfstate', kms_key_id: 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', use_lockfile: true });
  });

  test('survives a zone: three zones, a NAT gateway per zone, min 6 instances for 4 required, a reader in another zone', () => {
    expect(values(json, 'aws_nat_gateway')).toHaveLength(3);
    expect(stack.service.zoneHeadroom).toMatchObject({ requiredCapacity: 4, zoneCount: 3, minCapacity: 6, capacityAfterZoneLoss: 4 });
    expect(values(json, 'aws_autoscaling_group')[0].min_size).toBe(6);
    const zones = values(json, 'aws_rds_cluster_instance').map((i) => i.availability_zone);
    expect(zones).toHaveLength(2);
    expect(zones[0]).not.toBe(zones[1]);
  });

  test('the database admits only the instances, on 5432', () => {
    const instanceSg = refTo(json, 'aws_security_group', 'web_instance-sg');
    const dbSg = refTo(json, 'aws_security_group', 'db_sg');
    const rules = values(json, 'aws_vpc_security_group_ingress_rule').filter((r) => r.security_group_id === dbSg);
    expect(rules).toEqual([expect.objectContaining({ referenced_security_group_id: instanceSg, from_port: 5432 })]);
  });

  test('every resource alarm notifies the AlarmChannel topic of its severity', () => {
    const page = topicArn('page');
    const ticket = topicArn('ticket');
    const resourceAlarms = values(json, 'aws_cloudwatch_metric_alarm').filter((a) => a.tags?.Severity);
    expect(resourceAlarms.length).toBeGreaterThanOrEqual(6 + 5 + 3);
    for (const a of resourceAlarms) {
      expect(a.alarm_actions).toEqual([a.tags.Severity === 'page' ? page : ticket]);
      expect(a.alarm_description).toContain('Runbook:');
    }
    const pages = resourceAlarms.filter((a) => a.tags.Severity === 'page').map((a) => a.alarm_name);
    expect(pages).toEqual(['web-service-web-noHealthyHosts']);
  });

  test('SLO burn-rate alarms on the service load balancer', () => {
    const composites = values(json, 'aws_cloudwatch_composite_alarm').map((c) => c.alarm_name).sort();
    expect(composites).toEqual(['shop-availability-page', 'shop-availability-ticket', 'shop-latency-page', 'shop-latency-ticket']);
    const lb = refTo(json, 'aws_lb', '', 'arn_suffix');
    const sloWindow = values(json, 'aws_cloudwatch_metric_alarm').find((a) => !a.tags?.Severity && a.metric_query?.some((q: any) => q.metric?.dimensions?.LoadBalancer));
    expect(sloWindow.metric_query.find((q: any) => q.metric).metric.dimensions.LoadBalancer).toBe(lb);
  });

  test('passes the reliability rule pack with no finding at all (the backup plan answers REL-BAK-4 to 7)', () => {
    const result = checkStack(json, { name: 'web-service' });
    expect(result.findings.map((f) => `${f.ruleId} ${f.address}: ${f.message}`)).toEqual([]);
  });

  test('the Aurora cluster is backed up daily, copied to eu-central-1, restore-tested, and failed jobs open tickets', () => {
    const cluster = refTo(json, 'aws_rds_cluster', '', 'arn');
    expect(values(json, 'aws_backup_selection')).toEqual([expect.objectContaining({ resources: [cluster] })]);
    const rule = values(json, 'aws_backup_plan')[0].rule[0];
    expect(rule).toMatchObject({ rule_name: 'daily', schedule: 'cron(0 5 ? * * *)', lifecycle: { delete_after: 35 } });
    expect(rule.copy_action).toEqual([{ destination_vault_arn: refTo(json, 'aws_backup_vault', (v) => v.provider === 'aws.recovery', 'arn'), lifecycle: { delete_after: 35 } }]);
    expect(json.provider!.aws.find((p: any) => p.alias === 'recovery').region).toBe('eu-central-1');
    expect(values(json, 'aws_backup_restore_testing_selection')).toEqual([expect.objectContaining({ protected_resource_type: 'Aurora', protected_resource_arns: [cluster] })]);
    const ticket = topicArn('ticket');
    // The backup plan's job notifications (the zone-loss drill has its own outcome target).
    expect(Object.entries(resourcesOf(json, 'aws_cloudwatch_event_target')).filter(([k]) => !k.startsWith('zone-drill_')).map(([, t]: [string, any]) => t.arn)).toEqual([ticket, ticket]);
    expect(stack.database.recovery).toMatchObject({ backupPlan: 'web-service-backup', rpoDataSeconds: 300, rpoRegionSeconds: 36 * 3600, regions: ['eu-west-1', 'eu-central-1'], restoreTesting: true, vaultLock: 'governance' });
  });

  test('snapshot', () => {
    expect(synth(stack)).toMatchSnapshot();
  });
});
