import { ResourceAlarmDefinition } from '../common/resource-alarm';

/** Every alarm key of a MultiAzNetwork (the user may tune these; one set per NAT gateway). */
export const NAT_ALARM_KEYS = ['natPortAllocationErrors'] as const;

/**
 * The alarms of one NAT gateway: it could not allocate source ports
 * (`ErrorPortAllocation`, Sum per 5 minutes), so connections from the private
 * subnets it serves to the internet fail. `zone` is the index of the zone a
 * zonal NAT gateway serves; `undefined` for the regional one, which serves all.
 */
export function natAlarmDefinitions(natGatewayId: string, zone: number | undefined): ResourceAlarmDefinition[] {
  return [
    {
      key: 'natPortAllocationErrors',
      summary:
        zone === undefined
          ? 'The regional NAT gateway could not allocate source ports: connections from the private subnets to the internet fail.'
          : `NAT gateway ${zone} could not allocate source ports: connections from the private subnets of its zone to the internet fail.`,
      runbook:
        'Find the instances opening many connections to one destination (VPC flow logs); spread them across destinations, reuse connections, or add a secondary IP address to the NAT gateway.',
      metric: { namespace: 'AWS/NATGateway', metricName: 'ErrorPortAllocation', dimensions: { NatGatewayId: natGatewayId }, statistic: 'Sum' },
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 0,
      severity: 'ticket',
      periodSeconds: 300,
      evaluationPeriods: 1,
      treatMissingData: 'notBreaching',
      unit: 'errors',
    },
  ];
}
