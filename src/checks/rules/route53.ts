import { at, str, trueOrUnresolved } from '../json';
import { ReliabilityRule, violation } from '../rule';

export const FAILOVER_RECORD_HEALTH_CHECK: ReliabilityRule = {
  id: 'REL-DNS-1',
  severity: 'error',
  title: 'Route 53 failover records have a health check',
  rationale:
    'Route 53 fails a PRIMARY record over only when it is unhealthy; with no health check (and no evaluated alias target health) it is always healthy, so traffic never leaves a failed region, and a SECONDARY without one takes traffic even when the standby is down.',
  remediation: 'Set health_check_id to a Route 53 health check of the region\'s endpoint (RegionalFailover creates one per region), or, for an alias record, alias { evaluate_target_health = true }.',
  resourceTypes: ['aws_route53_record'],
  equivalents: {},
  check: (r) => {
    const type = str(at(r.body.failover_routing_policy, 'type'));
    if (type === undefined) return [];
    if ((str(r.body.health_check_id) ?? '') !== '') return [];
    if (trueOrUnresolved(at(r.body.alias, 'evaluate_target_health'))) return [];
    return violation(`the ${type} failover record has no health check and does not evaluate its alias target's health: Route 53 never sees the region fail`);
  },
};

/** Rules for Route 53 DNS failover. */
export const ROUTE53_RULES: readonly ReliabilityRule[] = [FAILOVER_RECORD_HEALTH_CHECK];
