import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsAvailabilityZones } from '@cdktf/provider-aws/lib/data-aws-availability-zones';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError, withPropPath } from '../../core/errors';
import { physicalName } from '../../core/naming';
import { recordOptOut } from '../../core/suppressions';
import { isUnresolved } from '../../core/tokens';
import { literal } from '../../core/user-text';
import { awsRegionOf, checkArnPlacement } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { ResourceAlarmOverride } from '../common/resource-alarm';
import { createFlowLog, FlowLogResources, LOG_RETENTION_DAYS } from './flow-logs';
import { NAT_ALARM_KEYS, natAlarmDefinitions } from './network-alarms';
import { MULTI_AZ_NETWORK_PROPS } from './private/multi-az-network-spec';
import { planSubnets, SubnetPlan, SubnetTier } from './subnet-plan';

export { LOG_RETENTION_DAYS };

/**
 * How the private subnets reach the internet: a zonal NAT gateway per zone, one
 * regional NAT gateway that spans every zone (AWS provider 6 `availability_mode
 * = "regional"`), a single zonal one, or none.
 */
export type NatGatewayMode = 'one-per-zone' | 'regional' | 'single' | 'none';

/** Where VPC flow logs go. */
export type FlowLogDestination = 'cloudwatch-logs' | 's3' | 'none';

/**
 * What compute and database constructs need from a network. A
 * {@link MultiAzNetwork} is one; a VPC built elsewhere can be described
 * with a plain object. Ids are EC2's (`vpc-0123456789abcdef0`,
 * `subnet-0123456789abcdef0`: the prefix and 8 or 17 lower-case hexadecimal
 * digits) or Terraform references; each construct checks the fields it reads
 * (see `network-spec.ts`).
 */
export interface IMultiAzNetwork {
  /** The VPC's id (`vpc-` and 8 or 17 hexadecimal digits, or a reference). */
  readonly vpcId: string;
  /** Number of zones the subnets span, 2 to 16 (each tier has one subnet per zone, in the same zone order). */
  readonly zoneCount: number;
  /** Subnets routed to an internet gateway (load balancers), one per zone: `subnet-` ids or references. */
  readonly publicSubnetIds: string[];
  /** Subnets with outbound access through NAT (workloads), one per zone: `subnet-` ids or references. */
  readonly privateSubnetIds: string[];
  /** Subnets without any route out of the VPC (databases), one per zone: `subnet-` ids or references. */
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
   * Availability zones to use, by name (e.g. `['eu-west-1a', 'eu-west-1b', 'eu-west-1c']`); at least two, all of the
   * provider's Region (Local Zones such as `eu-west-1-lhr-1a` too).
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
   * KMS key ARN encrypting the flow-log group (its key policy must allow CloudWatch Logs): a key of the network's
   * Region, and only with `flowLogDestination` `cloudwatch-logs` (the other destinations create no log group).
   * @default - a new customer-managed key (rotation on) whose policy lets CloudWatch Logs use it for this log group only
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
  /** The VPC's default security group, managed with no rules (nothing should use it). */
  public readonly defaultSecurityGroup: DefaultSecurityGroup;
  /** The key encrypting the flow-log group; undefined when `flowLogKmsKeyArn` is given or no log group is created. */
  public readonly flowLogKey?: KmsKey;
  public readonly flowLogRole?: IamRole;
  public readonly s3Endpoint?: VpcEndpoint;
  public readonly dynamodbEndpoint?: VpcEndpoint;
  /** The availability-zones data source, when zones were not given. */
  public readonly availabilityZones?: DataAwsAvailabilityZones;
  /** NAT gateway alarms by zone index, then alarm key (also in {@link alarms} as `nat-<i>-<key>`). */
  public readonly natAlarms: Record<string, CloudwatchMetricAlarm>[];

  private readonly name: string;

  constructor(scope: Construct, id: string, props: MultiAzNetworkProps = {}) {
    super(scope, id, props, { alarmKeys: NAT_ALARM_KEYS, props: MULTI_AZ_NETWORK_PROPS });
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
      kmsKeyArn: literal(props.flowLogKmsKeyArn),
      region: () => awsRegionOf(this) ?? this.regionData().region,
      bucketArn: literal(props.flowLogBucketArn),
      claimName: (kind, name) => this.claimName(kind, name),
    });
    this.flowLog = flow.flowLog;
    this.flowLogGroup = flow.logGroup;
    this.flowLogKey = flow.key;
    this.flowLogRole = flow.role;
    this.defaultSecurityGroup = this.lockDefaultSecurityGroup();
    this.natAlarms = this.createAlarms();
  }

  /**
   * The VPC's default security group, adopted with no rules: the provider removes every ingress and egress rule
   * when it adopts the group (aws_default_security_group docs), so a resource launched without a security group
   * of its own gets no traffic (AWS Security Hub control EC2.2, "VPC default security groups should not allow
   * inbound or outbound traffic").
   */
  private lockDefaultSecurityGroup(): DefaultSecurityGroup {
    return new DefaultSecurityGroup(this, 'default-sg', { vpcId: this.vpc.id, tags: { Name: `${this.name}-default-no-traffic` } });
  }

  /** What relates props to each other (each prop was checked by its spec): zones, their count and Region; where flow logs go. */
  private validate(props: MultiAzNetworkProps): void {
    if (props.zones !== undefined && props.zoneCount !== undefined && props.zones.length !== props.zoneCount) {
      throw new InvalidPropError(this, 'zoneCount', props.zoneCount, `must match the number of zones given (${props.zones.length}), or be left out`);
    }
    this.checkZonesInRegion(props.zones);
    if (props.natGateways === 'single') {
      this.warnUnsafe('natGateways', 'single', 'every private subnet reaches the internet through one NAT gateway in the first zone; losing that zone cuts them all off. Use "one-per-zone" or "regional" for production.');
    }
    if (props.flowLogDestination === 's3' && props.flowLogBucketArn === undefined) {
      throw new InvalidPropError(this, 'flowLogBucketArn', undefined, 'is required when flowLogDestination is "s3"');
    }
    if (props.flowLogBucketArn !== undefined && props.flowLogDestination !== 's3') {
      throw new InvalidPropError(this, 'flowLogBucketArn', props.flowLogBucketArn, 'applies only with flowLogDestination "s3" (the flow logs go elsewhere)');
    }
    if (props.flowLogKmsKeyArn !== undefined && props.flowLogDestination !== undefined && props.flowLogDestination !== 'cloudwatch-logs') {
      throw new InvalidPropError(this, 'flowLogKmsKeyArn', props.flowLogKmsKeyArn, `applies only with flowLogDestination "cloudwatch-logs" (it encrypts the log group; "${props.flowLogDestination}" creates none)`);
    }
    checkArnPlacement(this, 'flowLogKmsKeyArn', props.flowLogKmsKeyArn, {
      regional: true,
      why: 'CloudWatch Logs encrypts a log group with a KMS key of its own Region (CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS")',
    });
  }

  /**
   * Zones of another Region than the provider's fail at apply (EC2 refuses the subnet): a zone's name is its Region's
   * and a letter, or `-` and a Local Zone (`us-west-2-lax-1a`) (Amazon EC2 User Guide, "Regions and Zones").
   */
  private checkZonesInRegion(zones: readonly string[] | undefined): void {
    const region = awsRegionOf(this);
    if (region === undefined || zones === undefined) return;
    zones.forEach((zone, i) => {
      const rest = zone.slice(region.length);
      if (isUnresolved(zone) || (zone.startsWith(region) && (/^[a-z]$/.test(rest) || rest.startsWith('-')))) return;
      throw new InvalidPropError(this, `zones[${i}]`, zone, `must be a zone of ${region}, the provider's Region, such as ${region}a (EC2 creates subnets only in zones of its own Region)`);
    });
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

  /** The CIDR plan; the planner's errors name this construct's props (`cidr`, `privateSubnetPrefixLength`). */
  private plan(props: MultiAzNetworkProps): SubnetPlan {
    return withPropPath(this, '', () =>
      planSubnets({
        vpcCidr: props.cidr ?? '10.0.0.0/16',
        zoneCount: this.zoneCount,
        prefixLengths: { public: props.publicSubnetPrefixLength, private: props.privateSubnetPrefixLength, isolated: props.isolatedSubnetPrefixLength },
      }),
    );
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

  private regionCache?: DataAwsRegion;
  /** The provider's Region as a data source, created once (id `region`) for whoever needs it. */
  private regionData(): DataAwsRegion {
    this.regionCache ??= new DataAwsRegion(this, 'region');
    return this.regionCache;
  }

  /** S3 and DynamoDB gateway endpoints on the private and isolated route tables. */
  private createGatewayEndpoints(): [VpcEndpoint, VpcEndpoint] {
    const region = this.regionData();
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

  /** One set of alarms per NAT gateway (`nat-<i>-<key>` in {@link alarms}); the regional gateway serves every zone. */
  private createAlarms(): Record<string, CloudwatchMetricAlarm>[] {
    const regional = this.natGateways.length === 1 && this.natEips.length === 0;
    return this.natGateways.map((nat, i) => this.addAlarms(natAlarmDefinitions(nat.id, regional ? undefined : i), { instance: `nat-${i}` }));
  }
}
