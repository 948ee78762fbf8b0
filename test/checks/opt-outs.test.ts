import { Testing } from 'cdktf';
import { Construct } from 'constructs';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { AutoScaledService } from '../../src/aws/compute/auto-scaled-service';
import { ResilientDatabase } from '../../src/aws/database/resilient-database';
import { MultiAzNetwork, MultiAzNetworkProps } from '../../src/aws/network/multi-az-network';
import { ReliabilityChecks, ReliabilityChecksProps } from '../../src/checks/aspect';
import { checkStack } from '../../src/checks/check';
import { ownSuppressions, recordOptOut } from '../../src/core/suppressions';
import { SUPPRESSIONS_JSON_KEY } from '../../src/checks/suppression';
import { ResilientDeployment } from '../../src/kubernetes';
import { annotations, schemaErrors, synthJson, testStack, TestStack } from '../harness';
import { FakeRouting } from '../aws/test-helpers';

const ZONES = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];

/** Builds a stack, adds the checks and synthesizes with validations; returns what was annotated. */
function checked(build: (stack: TestStack) => void, props: ReliabilityChecksProps = {}) {
  const { app, stack } = testStack();
  build(stack);
  const checks = ReliabilityChecks.addTo(app, props);
  Testing.synth(stack, true);
  const ofRules = (level: 'error' | 'warn' | 'info', ids: string[]) => annotations(stack, level).filter((a) => ids.some((id) => a.includes(`[${id}]`)));
  return { stack, findings: checks.checkStack(stack), ofRules };
}

const network = (stack: Construct, props: MultiAzNetworkProps = {}) => new MultiAzNetwork(stack, 'net', { zones: ZONES, alarms: { natPortAllocationErrors: { enabled: false } }, ...props });

describe('explicit opt-outs are reported as info, with the prop and value as the reason', () => {
  test('ResilientDatabase (Aurora): deletionProtection false and skipFinalSnapshot true synthesize', () => {
    const { ofRules, findings } = checked((stack) => {
      new ResilientDatabase(stack, 'db', { engine: 'aurora-postgresql', engineVersion: '16.4', network: network(stack), clientSecurityGroupIds: ['sg-0123456789abcdef0'], alarmRouting: new FakeRouting(), deletionProtection: false, skipFinalSnapshot: true });
    });
    expect(ofRules('error', ['REL-AUR-2', 'REL-AUR-3'])).toEqual([]);
    expect(ofRules('info', ['REL-AUR-2', 'REL-AUR-3'])).toEqual([
      expect.stringMatching(/^test\/db\/cluster: \[REL-AUR-2\] .*deletion_protection is false \(suppressed: deletionProtection is false, set explicitly: a destroy or an accidental replacement deletes the database\)$/),
      expect.stringMatching(/^test\/db\/cluster: \[REL-AUR-3\] .*skip_final_snapshot is true.*\(suppressed: skipFinalSnapshot is true, set explicitly: destroying the database keeps no final snapshot\)$/),
    ]);
    expect(findings.filter((f) => f.suppression?.optOut).map((f) => [f.ruleId, f.suppression!.optOut!.prop])).toEqual([
      ['REL-AUR-2', 'deletionProtection'],
      ['REL-AUR-3', 'skipFinalSnapshot'],
    ]);
  });

  test('ResilientDatabase (RDS instance): the opt-outs name the instance rules', () => {
    const { ofRules } = checked((stack) => {
      new ResilientDatabase(stack, 'db', { engine: 'postgres', engineVersion: '16.4', network: network(stack), clientSecurityGroupIds: ['sg-0123456789abcdef0'], alarmRouting: new FakeRouting(), deletionProtection: false, skipFinalSnapshot: true });
    });
    expect(ofRules('error', ['REL-RDS-3', 'REL-RDS-5'])).toEqual([]);
    expect(ofRules('info', ['REL-RDS-3', 'REL-RDS-5'])).toEqual([
      expect.stringMatching(/^test\/db\/instance: \[REL-RDS-3\] .*\(suppressed: deletionProtection is false, set explicitly/),
      expect.stringMatching(/^test\/db\/instance: \[REL-RDS-5\] .*\(suppressed: skipFinalSnapshot is true, set explicitly/),
    ]);
  });

  test('a team that wants such choices to fail sets the rule severity, which an opt-out does not override', () => {
    const { ofRules } = checked(
      (stack) => {
        new ResilientDatabase(stack, 'db', { engine: 'aurora-postgresql', engineVersion: '16.4', network: network(stack), clientSecurityGroupIds: ['sg-0123456789abcdef0'], alarmRouting: new FakeRouting(), deletionProtection: false });
      },
      { ruleSettings: { 'REL-AUR-2': 'error' } },
    );
    expect(ofRules('error', ['REL-AUR-2'])).toEqual([expect.stringMatching(/^test\/db\/cluster: \[REL-AUR-2\] .*deletion_protection is false\. Fix: Set deletion_protection = true\.$/)]);
    expect(ofRules('info', ['REL-AUR-2'])).toEqual([]);
  });

  test('a suppression the user wrote still holds under an explicit rule setting', () => {
    const { ofRules } = checked(
      (stack) => {
        const db = new ResilientDatabase(stack, 'db', { engine: 'aurora-postgresql', engineVersion: '16.4', network: network(stack), clientSecurityGroupIds: ['sg-0123456789abcdef0'], alarmRouting: new FakeRouting(), deletionProtection: false });
        ReliabilityChecks.suppress(db, 'REL-AUR-2', 'scratch database, recreated from fixtures every night');
      },
      { ruleSettings: { 'REL-AUR-2': 'error' } },
    );
    expect(ofRules('error', ['REL-AUR-2'])).toEqual([]);
    expect(ofRules('info', ['REL-AUR-2'])).toEqual([expect.stringContaining('(suppressed: scratch database, recreated from fixtures every night)')]);
  });

  test('MultiAzNetwork: natGateways "single" and flowLogDestination "none"', () => {
    const { ofRules } = checked((stack) => void network(stack, { natGateways: 'single', flowLogDestination: 'none' }));
    expect(ofRules('error', ['REL-VPC-1', 'REL-VPC-2'])).toEqual([]);
    expect(ofRules('warn', ['REL-VPC-1', 'REL-VPC-2'])).toEqual([]);
    expect(ofRules('info', ['REL-VPC-1', 'REL-VPC-2'])).toEqual([
      expect.stringMatching(/^test\/net\/vpc: \[REL-VPC-1\] .*no aws_flow_log for this VPC \(suppressed: flowLogDestination is "none", set explicitly: the VPC keeps no record of its traffic\)$/),
      expect.stringMatching(/^test\/net\/vpc: \[REL-VPC-2\] .*eu-west-1b, eu-west-1c have no NAT gateway of their own \(suppressed: natGateways is "single", set explicitly: losing the first zone cuts every private subnet off the internet\)$/),
    ]);
  });

  test('AutoScaledService: loadBalancerDeletionProtection false and a minimum below two instances', () => {
    const { ofRules } = checked((stack) => {
      new AutoScaledService(stack, 'web', {
        network: network(stack, { zones: ZONES.slice(0, 2) }),
        requiredCapacity: 1,
        minCapacity: 1,
        allowBelowZoneHeadroom: true,
        imageId: 'ami-0123456789abcdef0',
        alarmRouting: new FakeRouting(),
        loadBalancerDeletionProtection: false,
      });
    });
    expect(ofRules('error', ['REL-ALB-1', 'REL-ASG-2'])).toEqual([]);
    expect(ofRules('info', ['REL-ALB-1', 'REL-ASG-2'])).toEqual([
      expect.stringMatching(/^test\/web\/lb: \[REL-ALB-1\] .*enable_deletion_protection is false \(suppressed: loadBalancerDeletionProtection is false, set explicitly/),
      expect.stringMatching(/^test\/web\/asg: \[REL-ASG-2\] .*min_size is 1.*\(suppressed: minCapacity is 1, set explicitly: allowBelowZoneHeadroom is set/),
    ]);
  });

  test('ResilientDeployment: allowSingleReplica', () => {
    const { ofRules } = checked((stack) => {
      new ResilientDeployment(stack, 'api', {
        image: 'ghcr.io/acme/api:1.4.2',
        readinessProbe: { path: '/ready' },
        livenessProbe: { path: '/healthz' },
        cpuRequest: '250m',
        memoryRequest: '256Mi',
        replicas: 1,
        allowSingleReplica: true,
      });
    });
    expect(ofRules('error', ['REL-K8S-1'])).toEqual([]);
    expect(ofRules('info', ['REL-K8S-1'])).toEqual([expect.stringMatching(/^test\/api\/deployment: \[REL-K8S-1\] .*\(suppressed: allowSingleReplica is true, set explicitly/)]);
  });

  test('the default (safe) choices record no opt-out', () => {
    const { stack } = testStack();
    new ResilientDatabase(stack, 'db', { engine: 'aurora-postgresql', engineVersion: '16.4', network: network(stack), clientSecurityGroupIds: ['sg-0123456789abcdef0'] });
    expect(stack.node.findAll().flatMap(ownSuppressions)).toEqual([]);
  });
});

describe('recordOptOut', () => {
  test('rejects what is not a rule id or a prop, naming the construct path', () => {
    const { stack } = testStack();
    const bucket = new S3Bucket(stack, 'b', { bucket: 'b' });
    expect(() => recordOptOut(bucket, 'rel-s3-1', 'versioned', false)).toThrow('test/b: invalid ruleId "rel-s3-1": must be a rule id such as "REL-RDS-1"');
    expect(() => recordOptOut(bucket, 'REL-S3-1', ' ', false)).toThrow('test/b: invalid prop " ": must name the prop the user set (a non-empty string)');
    expect(ownSuppressions(bucket)).toEqual([]);
  });

  test('suppresses the rule on the resource it is recorded on only, once', () => {
    const { app, stack } = testStack();
    const optedOut = new S3Bucket(stack, 'scratch', { bucket: 'scratch' });
    new S3Bucket(stack, 'orders', { bucket: 'orders' });
    recordOptOut(optedOut, 'REL-S3-1', 'versioned', false);
    recordOptOut(optedOut, 'REL-S3-1', 'versioned', false);
    expect(ownSuppressions(optedOut)).toEqual([{ ruleId: 'REL-S3-1', reason: 'versioned is false, set explicitly', optOut: { prop: 'versioned', value: false } }]);
    const checks = ReliabilityChecks.addTo(app);
    Testing.synth(stack, true);
    const s3 = checks.checkStack(stack).filter((f) => f.ruleId === 'REL-S3-1');
    expect(s3.map((f) => [f.address.split('.')[1].split('_')[0], f.suppression?.reason])).toEqual([
      ['scratch', 'versioned is false, set explicitly'],
      ['orders', undefined],
    ]);
  });
});

describe('MultiAzNetwork regional NAT gateway', () => {
  const { stack } = testStack();
  const net = network(stack, { natGateways: 'regional' });
  const json = synthJson(stack) as any;

  test('one regional NAT gateway in the VPC, no Elastic IPs to manage, every private route table routes to it', () => {
    const nats = Object.values(json.resource.aws_nat_gateway) as any[];
    expect(nats).toEqual([expect.objectContaining({ availability_mode: 'regional', vpc_id: expect.stringMatching(/^\$\{aws_vpc\.net_vpc_[0-9A-F]+\.id\}$/) })]);
    expect(nats[0].subnet_id).toBeUndefined();
    expect(json.resource.aws_eip).toBeUndefined();
    expect(net.natGateways).toHaveLength(1);
    const natRoutes = (Object.values(json.resource.aws_route) as any[]).filter((r) => r.nat_gateway_id);
    expect(natRoutes).toHaveLength(3);
    expect(new Set(natRoutes.map((r) => r.nat_gateway_id))).toEqual(new Set([`\${aws_nat_gateway.${Object.keys(json.resource.aws_nat_gateway)[0]}.id}`]));
  });

  test('passes REL-VPC-2 without an opt-out, and is valid for the provider schema', () => {
    expect(checkStack(json).findings.filter((f) => f.ruleId.startsWith('REL-VPC'))).toEqual([]);
    expect(stack.node.findAll().flatMap(ownSuppressions)).toEqual([]);
    expect(schemaErrors(stack)).toEqual([]);
  });
});

test('findings from the aspect carry no stack trace into the rule pack', () => {
  const { app, stack } = testStack();
  new S3Bucket(stack, 'bucket', { bucket: 'b' });
  ReliabilityChecks.addTo(app);
  Testing.synth(stack, true);
  const entries = stack.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type.startsWith('@cdktf/') && String(m.data).includes('[REL-')));
  expect(entries.length).toBeGreaterThan(0);
  for (const e of entries) expect(e.trace).toBeUndefined();
});

describe('suppressions travel in the synthesized JSON, so `check` over cdk.tf.json agrees with synth', () => {
  test('an opt-out is written under the resource\'s // comment and read back as info', () => {
    const { stack } = testStack();
    new ResilientDatabase(stack, 'db', { engine: 'aurora-postgresql', engineVersion: '16.4', network: network(stack), clientSecurityGroupIds: ['sg-0123456789abcdef0'], alarmRouting: new FakeRouting(), deletionProtection: false });
    const json = stack.toTerraform() as any; // what cdktf writes to cdk.tf.json (Testing.synth drops the // comments)
    const cluster = Object.values(json.resource.aws_rds_cluster)[0] as any;
    expect(cluster['//'][SUPPRESSIONS_JSON_KEY]).toEqual([{ ruleId: 'REL-AUR-2', reason: expect.stringContaining('deletionProtection is false, set explicitly'), optOut: { prop: 'deletionProtection', value: false } }]);
    expect(cluster['//'].metadata.path).toBe('test/db/cluster');
    const aur2 = checkStack(json).findings.filter((f) => f.ruleId === 'REL-AUR-2');
    expect(aur2.map((f) => [f.severity, f.constructPath, f.suppression?.optOut?.prop])).toEqual([['info', 'test/db/cluster', 'deletionProtection']]);
    expect(checkStack(json, { ruleSettings: { 'REL-AUR-2': 'error' } }).findings.filter((f) => f.ruleId === 'REL-AUR-2').map((f) => f.severity)).toEqual(['error']);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a suppression the user wrote is written by the checks when they run at synth', () => {
    const { app, stack } = testStack();
    const bucket = new S3Bucket(stack, 'scratch', { bucket: 'scratch' });
    ReliabilityChecks.suppress(stack, 'REL-S3-1', 'scratch data, rebuilt daily');
    ReliabilityChecks.addTo(app);
    Testing.synth(stack, true);
    const json = stack.toTerraform() as any;
    expect(json.resource.aws_s3_bucket[bucket.friendlyUniqueId]['//'][SUPPRESSIONS_JSON_KEY]).toEqual([{ ruleId: 'REL-S3-1', reason: 'scratch data, rebuilt daily' }]);
    expect(checkStack(json).findings.filter((f) => f.ruleId === 'REL-S3-1').map((f) => f.severity)).toEqual(['info']);
  });

  test('malformed suppression entries in hand-written JSON are ignored, not trusted', () => {
    const body = (list: unknown) => ({ resource: { aws_s3_bucket: { b: { bucket: 'b', '//': { [SUPPRESSIONS_JSON_KEY]: list } } } } });
    for (const list of [[{ ruleId: 'REL-S3-1' }], [{ ruleId: 'REL-S3-1', reason: ' ' }], 'REL-S3-1', [null, 7]]) {
      expect(checkStack(body(list)).findings.filter((f) => f.ruleId === 'REL-S3-1').map((f) => f.severity)).toEqual(['error']);
    }
  });
});

test('a Deployment annotated reliability.cdktf.io/single-replica: accepted opts out of REL-K8S-1, also when written by hand', () => {
  const deployment = (annotations?: Record<string, string>) => ({
    resource: {
      kubernetes_manifest: {
        batch: { manifest: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'batch', ...(annotations ? { annotations } : {}) }, spec: { replicas: 1, template: { spec: { containers: [{ name: 'c' }] } } } } },
      },
      kubernetes_deployment_v1: {
        typed: { metadata: { name: 'typed', ...(annotations ? { annotations } : {}) }, spec: { replicas: 1, template: { spec: { container: [{ name: 'c' }] } } } },
      },
    },
  });
  const k8s1 = (json: unknown, settings = {}) => checkStack(json, { ruleSettings: settings }).findings.filter((f) => f.ruleId === 'REL-K8S-1').map((f) => `${f.address} ${f.severity} ${f.suppression?.reason ?? ''}`.trim());
  expect(k8s1(deployment({ 'reliability.cdktf.io/single-replica': 'accepted' }))).toEqual([
    'kubernetes_deployment_v1.typed info annotated reliability.cdktf.io/single-replica: accepted',
    'kubernetes_manifest.batch info annotated reliability.cdktf.io/single-replica: accepted',
  ]);
  expect(k8s1(deployment({ 'reliability.cdktf.io/single-replica': 'yes' }))).toEqual(['kubernetes_deployment_v1.typed error', 'kubernetes_manifest.batch error']);
  expect(k8s1(deployment())).toEqual(['kubernetes_deployment_v1.typed error', 'kubernetes_manifest.batch error']);
  expect(k8s1(deployment({ 'reliability.cdktf.io/single-replica': 'accepted' }), { 'REL-K8S-1': 'error' })).toEqual(['kubernetes_deployment_v1.typed error', 'kubernetes_manifest.batch error']);
});
