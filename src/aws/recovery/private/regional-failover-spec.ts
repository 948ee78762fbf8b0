import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { partitionOfRegion } from '../../../aws-validity/facts/regions';
import { InvalidPropError } from '../../../core/errors';
import { ObjectSpec, PropSpecs, spec } from '../../../core/prop-spec';
import { isUnresolved } from '../../../core/tokens';
import { isRecoverable } from '../../../recovery/achievement';
import { awsRegionOf } from '../../common/aws-location';
import { AWS_REGION, awsProviderSpec, reliableProps } from '../../common/prop-specs';
import type { FailoverHealthCheck, FailoverRegion, FailoverTarget, RegionalFailoverProps } from '../regional-failover';
import { FAILOVER_ALARM_KEYS, ROUTE53_METRICS_REGION } from '../regional-failover-alarms';
import { DNS_NAME, DNS_NAME_WORDS, HOSTED_ZONE_ID, HOSTED_ZONE_ID_WORDS, RECORD_NAME } from './route53-names';

const RECORD = 'aws_route53_record';
const HEALTH_CHECK = 'aws_route53_health_check';

/**
 * The alias target of one side: a load balancer's `dnsName` and canonical `zoneId` (an `Lb` fits). Each may be a
 * reference; a literal must have the form Route 53 takes (the alias block's `name` and `zone_id`), so user text
 * cannot reach Terraform as a template.
 */
const TARGET = spec.object<FailoverTarget>(
  {
    dnsName: spec.name({ required: "the load balancer's DNS name", pattern: DNS_NAME, what: DNS_NAME_WORDS }),
    zoneId: spec.name({ required: "the load balancer's canonical hosted zone id", pattern: HOSTED_ZONE_ID, what: HOSTED_ZONE_ID_WORDS }),
  },
  {
    required: 'the load balancer serving the region ({ dnsName, zoneId })',
    tokens: { refuse: 'give { dnsName, zoneId } (each may be a reference): the alias record reads them separately' },
    instances: true,
    example: { dnsName: 'primary-123.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' },
  },
);

/**
 * One side of the failover. Its Region is one of the commercial partition, as the health-check alarms are in
 * us-east-1 (Route 53's metrics Region there); a provider given for it must be of that Region.
 */
function failoverRegion(side: 'primary' | 'recovery', example: FailoverRegion): ObjectSpec {
  return spec.object<FailoverRegion>(
    {
      region: { ...AWS_REGION, required: 'an AWS Region such as eu-west-1' },
      target: TARGET,
      provider: awsProviderSpec({ what: `a provider for ${side}.region` }),
      // Route 53 API, HealthCheckConfig FullyQualifiedDomainName: at most 255 characters.
      healthCheckFqdn: spec.name({ pattern: DNS_NAME, what: DNS_NAME_WORDS, maxLength: 255 }),
    },
    {
      required: `the ${side} region: { region, target }`,
      tokens: { refuse: 'its fields are read one by one (the region and the target may be references)' },
      example: example as unknown as Record<string, unknown>,
      check: (scope, prop, value) => checkRegionAndProvider(scope, prop, value as unknown as FailoverRegion),
    },
  );
}

/** The Region is in the partition whose us-east-1 holds the alarms, and a provider given for the side is of that Region. */
function checkRegionAndProvider(scope: IConstruct, prop: string, r: FailoverRegion): void {
  if (!isUnresolved(r.region) && partitionOfRegion(r.region) !== partitionOfRegion(ROUTE53_METRICS_REGION)) {
    throw new InvalidPropError(scope, `${prop}.region`, r.region, `must be a Region of the aws partition: the failover's health checks report to ${ROUTE53_METRICS_REGION}, where Route 53 publishes its metrics`);
  }
  if (r.provider === undefined) return;
  const actual = awsRegionOf(scope, r.provider as TerraformProvider, `${prop}.provider`);
  if (actual !== undefined && !isUnresolved(r.region) && actual !== r.region) {
    throw new InvalidPropError(scope, `${prop}.provider`, actual, `must be a provider for ${prop}.region ${r.region}`);
  }
}

const HEALTH_CHECK_SPEC = spec.object<FailoverHealthCheck>(
  {
    // Route 53 API, HealthCheckConfig ResourcePath: at most 255 characters (printable; escaped where it is written).
    path: spec.text({ pattern: /^\/[\x21-\x7e]{0,254}$/, what: 'a path starting with "/", at most 255 printable characters', aws: { resource: HEALTH_CHECK, argument: 'resource_path' } }),
    protocol: spec.oneOf(['HTTPS', 'HTTP'], { tokens: { refuse: 'it decides the default port and whether the check sends SNI' }, aws: { resource: HEALTH_CHECK, argument: 'type' } }),
    port: spec.integer({ min: 1, max: 65535, aws: { resource: HEALTH_CHECK, argument: 'port' } }),
    fast: spec.boolean({ tokens: { refuse: 'it sets the request interval, and so the detection time this construct reports' } }),
    failureThreshold: spec.integer({ min: 1, max: 10, aws: { resource: HEALTH_CHECK, argument: 'failure_threshold' } }),
  },
  { tokens: { refuse: 'its fields are read one by one (the port and the threshold may be references)' }, example: {} },
);

/** What every prop of a RegionalFailover accepts (the construct relates them: two Regions, alarms in us-east-1, data copies). */
export const REGIONAL_FAILOVER_PROPS: PropSpecs<RegionalFailoverProps> = {
  hostedZoneId: spec.name({ required: 'the Route 53 hosted zone id (Z...)', pattern: HOSTED_ZONE_ID, what: HOSTED_ZONE_ID_WORDS }),
  recordName: spec.name({ required: 'the record users resolve, e.g. api.example.com', pattern: RECORD_NAME, what: 'a DNS name such as api.example.com (or *.example.com)', aws: { resource: RECORD, argument: 'name' } }),
  primary: failoverRegion('primary', { region: 'eu-west-1', target: { dnsName: 'primary-123.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' } }),
  recovery: failoverRegion('recovery', { region: 'eu-central-1', target: { dnsName: 'standby-456.eu-central-1.elb.amazonaws.com', zoneId: 'Z215JYRZR1TBD5' } }),
  healthCheck: HEALTH_CHECK_SPEC,
  alarmProvider: awsProviderSpec({ what: `a provider in ${ROUTE53_METRICS_REGION}` }),
  data: spec.list(spec.reference('a data construct of this library (IRecoverable)', { is: isRecoverable }), {
    tokens: { refuse: 'each data construct is checked for a copy in the recovery region' },
  }),
  ...reliableProps(FAILOVER_ALARM_KEYS),
};
