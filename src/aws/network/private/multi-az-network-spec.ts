import { PropSpecs, spec } from '../../../core/prop-spec';
import { reliableProps } from '../../common/prop-specs';
import { LOG_RETENTION_DAYS } from '../flow-logs';
import type { MultiAzNetworkProps } from '../multi-az-network';
import { NAT_ALARM_KEYS } from '../network-alarms';
import { MAX_ZONES, ZONE_NAME } from '../network-spec';
import { MAX_PREFIX_LENGTH, MIN_PREFIX_LENGTH } from '../subnet-plan';

const PLANNED = { refuse: 'the subnets are planned from it' } as const;
const prefixLength = spec.integer({ min: MIN_PREFIX_LENGTH, max: MAX_PREFIX_LENGTH, tokens: PLANNED });

/** What every prop of a MultiAzNetwork accepts (the construct relates them: zones and zoneCount, the destination and its bucket). */
export const MULTI_AZ_NETWORK_PROPS: PropSpecs<MultiAzNetworkProps> = {
  // The provider parses cidr_block with Go's net.ParseCIDR (no leading zeros, no host bits); /16 to /28 (Amazon VPC
  // User Guide, "VPC CIDR blocks") is checked by the planner, which sizes the subnets from it.
  cidr: spec.cidr({ tokens: PLANNED, aws: { resource: 'aws_vpc', argument: 'cidr_block' } }),
  zones: spec.list(spec.name({ pattern: ZONE_NAME, what: 'an Availability Zone name such as eu-west-1a', aws: { resource: 'aws_subnet', argument: 'availability_zone' } }), {
    minItems: 2,
    maxItems: MAX_ZONES,
    unique: true,
    tokens: { refuse: 'it decides how many subnets exist; give zoneCount to read the zones from the region' },
  }),
  zoneCount: spec.integer({ min: 2, max: MAX_ZONES, tokens: { refuse: 'it decides how many subnets exist' } }),
  natGateways: spec.oneOf(['one-per-zone', 'regional', 'single', 'none'], { tokens: { refuse: 'it decides how many NAT gateways and private routes exist' } }),
  publicSubnetPrefixLength: prefixLength,
  privateSubnetPrefixLength: prefixLength,
  isolatedSubnetPrefixLength: prefixLength,
  flowLogDestination: spec.oneOf(['cloudwatch-logs', 's3', 'none'], { tokens: { refuse: 'it decides which resources receive the flow logs' } }),
  flowLogRetentionDays: spec.oneOf([...LOG_RETENTION_DAYS], { aws: { resource: 'aws_cloudwatch_log_group', argument: 'retention_in_days' } }),
  flowLogKmsKeyArn: spec.arn('kms', { aws: { resource: 'aws_cloudwatch_log_group', argument: 'kms_key_id' } }),
  flowLogBucketArn: spec.arn('s3', { aws: { resource: 'aws_flow_log', argument: 'log_destination' } }),
  gatewayEndpoints: spec.boolean({ tokens: { refuse: 'it decides whether the endpoints exist' } }),
  ...reliableProps(NAT_ALARM_KEYS),
};
