import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { recordOptOut } from '../../core/suppressions';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { physicalName } from '../../core/naming';
import { checkBoolean, checkKeys, checkKnown, checkString, checkStringList } from '../../core/prop-types';
import { checkArn, checkCount, checkNumber, checkOneOf, checkPattern } from '../../core/validation';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { ResourceAlarmOverride } from '../common/resource-alarm';
import { createFlowLog, FlowLogResources } from './flow-logs';
import { planSubnets, SubnetPlan, SubnetPlanError, SubnetTier } from './subnet-plan';

/** How many NAT gateways give the private subnets their way out. */
/**
 * How the private subnets reach the internet: a zonal NAT gateway per zone, one
 * regional NAT gateway that spans every zone (AWS provider 6 `availability_mode
 * = "regional"`), a single zonal one, or none.
 */
export type NatGatewayMode = 'one-per-zone' | 'regional' | 'single' | 'none';

/** Where VPC flow logs go. */
export type FlowLogDestination = 'cloudwatch-logs' | 's3' | 'none';

/** Retention periods CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

/**
 * What compute and database constructs need from a network. A
 * {@link MultiAzNetwork} is one; a VPC built elsewhere can be described
 * with a plain object.
 */
export interface IMultiAzNetwork {
  /** The VPC's id. */
  readonly vpcId: string;
  /** Number of zones the subnets span (each tier has one subnet per zone, in the same zone order). */
  readonly zoneCount: number;
  /** Subnets routed to an internet gateway (load balancers), one per zone. */
  readonly publicSubnetIds: string[];
  /** Subnets with outbound access through NAT (workloads), one per zone. */
  readonly privateSubnetIds: string[];
  /** Subnets without any route out of the VPC (databases), one per zone. */
  readonly isolatedSubnetIds: string[];
  /**
   * Zone names in subnet order, when known (databases use them to place a writer and its readers apart).
   * @default - unknown
   */
  readonly zones?: string[];
}

/** Alarms a {@link MultiAzNetwork} creates (one set per NAT gateway). */
export interface MultiAzNetworkAlarms {
  /**
   * A NAT gateway could not allocate a source port (`ErrorPortAllocation`, Sum per 5 minutes): connections
   * from the private subnets to the internet are failing. Unit: count.
   * @default - threshold 0 (any error), ticket
   */
  readonly natPortAllocationErrors?: ResourceAlarmOverride;
}

export interface MultiAzNetworkProps extends ReliableConstructProps<MultiAzNetworkAlarms> {
  /**
   * IPv4 block of the VPC, /16 to /28; subnets are planned from it automatically.
   * @default '10.0.0.0/16'
   */
  readonly cidr?: string;
  /**
   * Availability zones to use, by name (e.g. `['eu-west-1a', 'eu-west-1b', 'eu-west-1c']`); at least two.
   * @default - the first `zoneCount` zones the region reports as available (an `aws_availability_zones` data source)
   */
  readonly zones?: string[];
  /**
   * Number of zones when `zones` is not given; at least two.
   * @default 3
   */
  readonly zoneCount?: number;
  /**
   * NAT gateways for the private subnets: `one-per-zone` survives the loss of a zone; `regional` is one NAT
   * gateway that AWS runs in every zone of the VPC (it needs no public subnet; AWS allocates its Elastic IPs
   * and follows the zones the private subnets use) and survives the loss of a zone too; `single` is cheaper
   * but a zone failure cuts every private subnet off the internet (a warning says so, and the rule pack
   * reports REL-VPC-2 as an explicit opt-out); `none` leaves the private subnets without internet access
   * (gateway endpoints still reach S3 and DynamoDB).
   * @default 'one-per-zone'
   */
  readonly natGateways?: NatGatewayMode;
  /**
   * Prefix length of each public subnet (load balancers, NAT gateways).
   * @default - planned: a quarter of the private subnet size
   */
  readonly publicSubnetPrefixLength?: number;
  /**
   * Prefix length of each private subnet (workloads).
   * @default - planned: the largest size that fits all tiers in every zone
   */
  readonly privateSubnetPrefixLength?: number;
  /**
   * Prefix length of each isolated subnet (databases; no route to the internet).
   * @default - planned: half the private subnet size
   */
  readonly isolatedSubnetPrefixLength?: number;
  /**
   * Where VPC flow logs go. `none` turns them off (with a warning: there is then no record of traffic for an
   * investigation).
   * @default 'cloudwatch-logs'
   */
  readonly flowLogDestination?: FlowLogDestination;
  /**
   * Days flow logs are kept in CloudWatch Logs (a value CloudWatch accepts: 1, 3, 5, 7, 14, 30, 60, 90, ...).
   * @default 365
   */
  readonly flowLogRetentionDays?: number;
  /**
   * KMS key ARN encrypting the flow-log group (its key policy must allow CloudWatch Logs).
   * @default - CloudWatch Logs' own encryption
   */
  readonly flowLogKmsKeyArn?: string;
  /**
   * ARN of the S3 bucket (optionally with a prefix) receiving flow logs; required when `flowLogDestination` is `s3`.
   * @default - none
   */
  readonly flowLogBucketArn?: string;
  /**
   * Gateway endpoints for S3 and DynamoDB on the private and isolated route tables (free; traffic to them
   * stays off the NAT gateways).
   * @default true
   */
  readonly gatewayEndpoints?: boolean;
}

const NAT_MODES: readonly NatGatewayMode[] = ['one-per-zone', 'regional', 'single', 'none'];
const FLOW_LOG_DESTINATIONS: readonly FlowLogDestination[] = ['cloudwatch-logs', 's3', 'none'];
const PROP_NAMES = [
  'cidr', 'zones', 'zoneCount', 'natGateways', 'publicSubnetPrefixLength', 'privateSubnetPrefixLength', 'isolatedSubnetPrefixLength',
  'flowLogDestination', 'flowLogRetentionDays', 'flowLogKmsKeyArn', 'flowLogBucketArn', 'gatewayEndpoints', 'alarmRouting', 'alarms', 'tags',
];
/** A zone name such as `eu-west-1a`, `us-gov-west-1b` or a Local Zone `us-west-2-lax-1a`. */
const ZONE_NAME = /^[a-z]{2}(-[a-z0-9]+)+[a-z]$/;

/**
 * A VPC across several availability zones (three by default, at least
 * two) with three subnet tiers, each with one subnet per zone:
 *
 * - **public**: load balancers and NAT gateways; routed to an internet gateway.
 * - **private**: workloads; routed to the NAT gateway of their own zone
 *   (one route table per zone), so losing a zone does not cut the others off.
 * - **isolated**: databases; no route to the internet at all.
 *
 * CIDRs are planned from the VPC block (see {@link planSubnets}). Flow logs
 * go to CloudWatch Logs (with retention) or S3; gateway endpoints for S3
 * and DynamoDB are attached to the private and isolated route tables.
 */
export class MultiAzNetwork extends ReliableConstruct<MultiAzNetworkAlarms> implements IMultiAzNetwork {
  public readonly vpc: Vpc;
  public readonly vpcId: string;
  /** Zone names, in subnet order (tokens when read from the data source). */
  public readonly zones: string[];
  public readonly zoneCount: number;
  /** The CIDR plan the subnets were built from. */
  public readonly subnetPlan: SubnetPlan;
  public readonly internetGateway: InternetGateway;
  public readonly publicSubnets: Subnet[];
  public readonly privateSubnets: Subnet[];
  public readonly isolatedSubnets: Subnet[];
  public readonly publicSubnetIds: string[];
  public readonly privateSubnetIds: string[];
  public readonly isolatedSubnetIds: string[];
  public readonly publicRouteTable: RouteTable;
  /** One per zone, in zone order. */
  public readonly privateRouteTables: RouteTable[];
  public readonly isolatedRouteTable: RouteTable;
  public readonly natGateways: NatGateway[] = [];
  public readonly natEips: Eip[] = [];
  public readonly flowLog?: FlowLog;
  public readonly flowLogGroup?: CloudwatchLogGroup;
  public readonly flowLogRole?: IamRole;
  public readonly s3Endpoint?: VpcEndpoint;
  public readonly dynamodbEndpoint?: VpcEndpoint;
  /** The availability-zones data source, when zones were not given. */
  public readonly availabilityZones?: DataAwsAvailabilityZones;
  /** NAT gateway alarms by zone index, then alarm key (also in {@link alarms} as `nat-<i>-<key>`). */
  public readonly natAlarms: Record<string, CloudwatchMetricAlarm>[];

  private readonly name: string;

  constructor(scope: Construct, id: string, props: MultiAzNetworkProps = {}) {
    super(scope, id, props, { alarmKeys: ['natPortAllocationErrors'] });
    this.validate(props);
    this.zoneCount = props.zones?.length ?? props.zoneCount ?? 3;
    this.zones = this.resolveZones(props.zones);
    this.subnetPlan = this.plan(props);
    this.name = physicalName(this, { maxLength: 200 });

    const cidr = props.cidr ?? '10.0.0.0/16';
    this.vpc = new Vpc(this, 'vpc', { cidrBlock: cidr, enableDnsHostnames: true, enableDnsSupport: true, tags: { Name: this.name } });
    this.vpcId = this.vpc.id;
    this.internetGateway = new InternetGateway(this, 'igw', { vpcId: this.vpc.id, tags: { Name: this.name } });
    this.publicSubnets = this.createSubnets('public');
    this.privateSubnets = this.createSubnets('private');
    this.isolatedSubnets = this.createSubnets('isolated');
    this.publicSubnetIds = this.publicSubnets.map((s) => s.id);
    this.privateSubnetIds = this.privateSubnets.map((s) => s.id);
    this.isolatedSubnetIds = this.isolatedSubnets.map((s) => s.id);

    this.publicRouteTable = this.createPublicRouting();
    const natMode = props.natGateways ?? 'one-per-zone';
    this.createNatGateways(natMode);
    if (natMode === 'single') recordOptOut(this.vpc, 'REL-VPC-2', 'natGateways', natMode, 'losing the first zone cuts every private subnet off the internet');
    this.privateRouteTables = this.createPrivateRouting(natMode);
    this.isolatedRouteTable = this.createIsolatedRouting();
    if (props.gatewayEndpoints ?? true) [this.s3Endpoint, this.dynamodbEndpoint] = this.createGatewayEndpoints();
    const flow: FlowLogResources = createFlowLog(this, {
      destination: props.flowLogDestination ?? 'cloudwatch-logs',
      name: this.name,
      vpcId: this.vpc.id,
      vpc: this.vpc,
      retentionDays: props.flowLogRetentionDays ?? 365,
      kmsKeyArn: props.flowLogKmsKeyArn,
      bucketArn: props.flowLogBucketArn,
      claimName: (kind, name) => this.claimName(kind, name),
    });
    this.flowLog = flow.flowLog;
    this.flowLogGroup = flow.logGroup;
    this.flowLogRole = flow.role;
    this.natAlarms = this.createAlarms();
  }

  /** Types (for JavaScript and YAML callers), tokens that would decide the shape, and values. */
  private validate(props: MultiAzNetworkProps): void {
    checkKeys(this, '', props, PROP_NAMES);
    checkString(this, 'cidr', props.cidr);
    checkKnown(this, 'cidr', props.cidr, 'the subnets are planned from it');
    checkStringList(this, 'zones', props.zones);
    checkKnown(this, 'zones', props.zones, 'it decides how many subnets exist; give zoneCount to read the zones from the region');
    (props.zones ?? []).forEach((z, i) => checkPattern(this, `zones[${i}]`, z, ZONE_NAME, 'an availability zone name such as eu-west-1a'));
    checkCount(this, 'zones', props.zones, 2);
    const dup = props.zones?.find((z, i) => !isUnresolved(z) && props.zones!.indexOf(z) !== i);
    if (dup !== undefined) throw new InvalidPropError(this, 'zones', props.zones, `must not repeat a zone (${dup} appears twice)`);
    checkNumber(this, 'zoneCount', props.zones?.length ?? props.zoneCount, { integer: true, min: 2, max: 16 });
    checkKnown(this, 'zoneCount', props.zoneCount, 'it decides how many subnets exist');
    if (props.zones !== undefined && props.zoneCount !== undefined && props.zones.length !== props.zoneCount) {
      throw new InvalidPropError(this, 'zoneCount', props.zoneCount, `must match the number of zones given (${props.zones.length}), or be left out`);
    }
    checkKnown(this, 'natGateways', props.natGateways, 'it decides how many NAT gateways and private routes exist');
    checkOneOf(this, 'natGateways', props.natGateways, NAT_MODES);
    if (props.natGateways === 'single') {
      this.warnUnsafe('natGateways', 'single', 'every private subnet reaches the internet through one NAT gateway in the first zone; losing that zone cuts them all off. Use "one-per-zone" or "regional" for production.');
    }
    for (const tier of ['public', 'private', 'isolated'] as const) {
      const prop = `${tier}SubnetPrefixLength` as const;
      checkNumber(this, prop, props[prop], { integer: true, min: 16, max: 28 });
      checkKnown(this, prop, props[prop], 'the subnets are planned from it');
    }
    checkKnown(this, 'flowLogDestination', props.flowLogDestination, 'it decides which resources receive the flow logs');
    checkOneOf(this, 'flowLogDestination', props.flowLogDestination, FLOW_LOG_DESTINATIONS);
    const retention = props.flowLogRetentionDays;
    checkNumber(this, 'flowLogRetentionDays', retention, { integer: true, min: 1 });
    if (retention !== undefined && !isUnresolved(retention) && !(LOG_RETENTION_DAYS as readonly number[]).includes(retention)) {
      throw new InvalidPropError(this, 'flowLogRetentionDays', retention, `must be one of ${LOG_RETENTION_DAYS.join(', ')}`);
    }
    if (props.flowLogDestination === 's3' && props.flowLogBucketArn === undefined) {
      throw new InvalidPropError(this, 'flowLogBucketArn', undefined, 'is required when flowLogDestination is "s3"');
    }
    checkString(this, 'flowLogBucketArn', props.flowLogBucketArn);
    checkArn(this, 'flowLogBucketArn', props.flowLogBucketArn, 's3');
    if (props.flowLogBucketArn !== undefined && props.flowLogDestination !== 's3') {
      throw new InvalidPropError(this, 'flowLogBucketArn', props.flowLogBucketArn, 'applies only with flowLogDestination "s3" (the flow logs go elsewhere)');
    }
    checkString(this, 'flowLogKmsKeyArn', props.flowLogKmsKeyArn);
    checkArn(this, 'flowLogKmsKeyArn', props.flowLogKmsKeyArn, 'kms');
    checkBoolean(this, 'gatewayEndpoints', props.gatewayEndpoints);
    checkKnown(this, 'gatewayEndpoints', props.gatewayEndpoints);
  }

  /** Explicit zone names, or the first N available in the region. */
  private resolveZones(given: string[] | undefined): string[] {
    if (given) return [...given];
    const data = new DataAwsAvailabilityZones(this, 'zones', {
      state: 'available',
      filter: [{ name: 'opt-in-status', values: ['opt-in-not-required'] }],
    });
    (this as { availabilityZones?: DataAwsAvailabilityZones }).availabilityZones = data;
    // Indexing (not element()) fails the plan when the region has fewer zones, instead of wrapping around.
    return Array.from({ length: this.zoneCount }, (_, i) => Token.asString(Fn.lookupNested(data.names, [i])));
  }

  private plan(props: MultiAzNetworkProps): SubnetPlan {
    try {
      return planSubnets({
        vpcCidr: props.cidr ?? '10.0.0.0/16',
        zoneCount: this.zoneCount,
        prefixLengths: { public: props.publicSubnetPrefixLength, private: props.privateSubnetPrefixLength, isolated: props.isolatedSubnetPrefixLength },
      });
    } catch (e) {
      if (e instanceof SubnetPlanError) throw new InvalidPropError(this, e.prop, e.value, e.allowed);
      throw e;
    }
  }

  private createSubnets(tier: SubnetTier): Subnet[] {
    return this.subnetPlan.subnets[tier].map(
      (block, i) =>
        new Subnet(this, `${tier}-${i}`, {
          vpcId: this.vpc.id,
          cidrBlock: block,
          availabilityZone: this.zones[i],
          mapPublicIpOnLaunch: false,
          tags: { Name: `${this.name}-${tier}-${i}`, Tier: tier },
        }),
    );
  }

  /** Public: one route table to the internet gateway. */
  private createPublicRouting(): RouteTable {
    const rt = new RouteTable(this, 'public-rt', { vpcId: this.vpc.id, tags: { Name: `${this.name}-public` } });
    new Route(this, 'public-default', { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', gatewayId: this.internetGateway.id });
    this.publicSubnets.forEach((s, i) => new RouteTableAssociation(this, `public-rta-${i}`, { subnetId: s.id, routeTableId: rt.id }));
    return rt;
  }

  /** One NAT gateway per zone or one regional (both survive a zone loss), one in the first zone, or none. */
  private createNatGateways(mode: NatGatewayMode): void {
    if (mode === 'regional') {
      // Auto mode: AWS allocates the Elastic IPs and follows the zones of the subnets that route to it.
      this.natGateways.push(new NatGateway(this, 'nat-regional', { availabilityMode: 'regional', vpcId: this.vpc.id, tags: { Name: `${this.name}-nat` }, dependsOn: [this.internetGateway] }));
      return;
    }
    const count = mode === 'one-per-zone' ? this.zoneCount : mode === 'single' ? 1 : 0;
    for (let i = 0; i < count; i++) {
      const tags = { Name: `${this.name}-nat-${i}` };
      const eip = new Eip(this, `nat-eip-${i}`, { domain: 'vpc', tags, dependsOn: [this.internetGateway] });
      this.natEips.push(eip);
      this.natGateways.push(new NatGateway(this, `nat-${i}`, { allocationId: eip.allocationId, subnetId: this.publicSubnets[i].id, tags, dependsOn: [this.internetGateway] }));
    }
  }

  /** Private: one route table per zone, to its own zone's NAT gateway. */
  private createPrivateRouting(mode: NatGatewayMode): RouteTable[] {
    return this.privateSubnets.map((s, i) => {
      const rt = new RouteTable(this, `private-rt-${i}`, { vpcId: this.vpc.id, tags: { Name: `${this.name}-private-${i}` } });
      const nat = this.natGateways[mode === 'one-per-zone' ? i : 0];
      if (nat) new Route(this, `private-default-${i}`, { routeTableId: rt.id, destinationCidrBlock: '0.0.0.0/0', natGatewayId: nat.id });
      new RouteTableAssociation(this, `private-rta-${i}`, { subnetId: s.id, routeTableId: rt.id });
      return rt;
    });
  }

  /** Isolated: no route out. */
  private createIsolatedRouting(): RouteTable {
    const rt = new RouteTable(this, 'isolated-rt', { vpcId: this.vpc.id, tags: { Name: `${this.name}-isolated` } });
    this.isolatedSubnets.forEach((s, i) => new RouteTableAssociation(this, `isolated-rta-${i}`, { subnetId: s.id, routeTableId: rt.id }));
    return rt;
  }

  /** S3 and DynamoDB gateway endpoints on the private and isolated route tables. */
  private createGatewayEndpoints(): [VpcEndpoint, VpcEndpoint] {
    const region = new DataAwsRegion(this, 'region');
    const routeTableIds = [...this.privateRouteTables.map((rt) => rt.id), this.isolatedRouteTable.id];
    const endpoint = (service: 's3' | 'dynamodb') =>
      new VpcEndpoint(this, `${service}-endpoint`, {
        vpcId: this.vpc.id,
        serviceName: `com.amazonaws.${region.region}.${service}`,
        vpcEndpointType: 'Gateway',
        routeTableIds,
        tags: { Name: `${this.name}-${service}` },
      });
    return [endpoint('s3'), endpoint('dynamodb')];
  }

  private createAlarms(): Record<string, CloudwatchMetricAlarm>[] {
    return this.natGateways.map((nat, i) =>
      this.addAlarms(
        [
          {
            key: 'natPortAllocationErrors',
            summary:
              this.natGateways.length === 1 && this.natEips.length === 0
                ? 'The regional NAT gateway could not allocate source ports: connections from the private subnets to the internet fail.'
                : `NAT gateway ${i} could not allocate source ports: connections from the private subnets of its zone to the internet fail.`,
            runbook:
              'Find the instances opening many connections to one destination (VPC flow logs); spread them across destinations, reuse connections, or add a secondary IP address to the NAT gateway.',
            metric: { namespace: 'AWS/NATGateway', metricName: 'ErrorPortAllocation', dimensions: { NatGatewayId: nat.id }, statistic: 'Sum' },
            comparisonOperator: 'GreaterThanThreshold',
            threshold: 0,
            severity: 'ticket',
            periodSeconds: 300,
            evaluationPeriods: 1,
            treatMissingData: 'notBreaching',
            unit: 'errors',
          },
        ],
        { instance: `nat-${i}` },
      ),
    );
  }
}
