import { SEVERITY_PATTERN, Severity } from '../core/severity';
import { formatDuration, MINUTE, parseDuration } from './duration';
import { SloDefinitionError } from '../core/errors';
import { checkNumberArgument, checkObjectArgument, checkStringArgument } from './arguments';

/**
 * The SLI health alert of an SLO: it fires when the SLI's total-events
 * series stops reporting, because then every burn-rate window reads "no
 * data" and no burn-rate alert can ever fire again (a renamed load
 * balancer, a wrong dimension, a stopped exporter).
 */
export interface SliHealthOptions {
  /**
   * Whether the SLI health alert is created.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * How long the SLI's total events must report nothing before the alert
   * fires (a duration such as `12h`, or seconds).
   * @default - `12h` on CloudWatch (a service with no traffic publishes no datapoints, so this must outlast a quiet night), `15m` on Prometheus (counters keep their series while idle, so only a vanished series is absent)
   */
  readonly missingFor?: string | number;
  /**
   * Who is told.
   * @default 'ticket'
   */
  readonly severity?: Severity;
  /**
   * The fewest events per hour the SLI counts at the service's quietest
   * time. Without `missingFor`, the alert waits the silence such a service
   * has with a chance below 1 in 1000 (a Poisson process: 7 / rate hours,
   * whole minutes, at least 5m), so a broken SLI of a busy service is
   * noticed quickly without paging an idle one.
   * @default - none: `missingFor` or the backend's default
   */
  readonly minimumEventsPerHour?: number;
}

/** A resolved SLI health alert. */
export interface SliHealth {
  readonly missingForSeconds: number;
  readonly severity: Severity;
}

/** The default silence before the CloudWatch SLI health alarm fires: longer than a night without traffic. */
/** The fields of {@link SliHealthOptions}, for checking callers' objects. */
export const SLI_HEALTH_OPTION_KEYS: readonly (keyof SliHealthOptions)[] = ['enabled', 'missingFor', 'severity', 'minimumEventsPerHour'];

export const CLOUDWATCH_SLI_HEALTH_DEFAULT = '12h';
/**
 * The default silence for an SLI health metric published whatever the traffic (an ALB target group's
 * `HealthyHostCount`): its absence means the wiring is broken, so an hour is enough.
 */
export const SLI_ALWAYS_REPORTED_DEFAULT = '1h';
/** The default absence before the Prometheus SLI health alert fires. */
export const PROMETHEUS_SLI_HEALTH_DEFAULT = '15m';

/** -ln(1/1000): events expected in a window that a Poisson process leaves empty with a chance of 1 in 1000. */
const EVENTS_FOR_CERTAIN_SILENCE = 7;

/**
 * The silence after which an SLI with at least `eventsPerHour` events per
 * hour is broken rather than idle (chance below 1 in 1000): 7 / rate hours,
 * rounded up to whole minutes, at least 5 minutes.
 */
export function missingForFromTraffic(eventsPerHour: number, prop = 'minimumEventsPerHour'): number {
  checkNumberArgument(prop, eventsPerHour, { min: 0 }, 'a number of events per hour greater than 0');
  if (!(eventsPerHour > 0)) throw new SloDefinitionError(prop, eventsPerHour, 'must be greater than 0 (a service that may have no events at all has no silence that proves its SLI broken)');
  return Math.max(5 * MINUTE, Math.ceil((EVENTS_FOR_CERTAIN_SILENCE / eventsPerHour) * 60) * MINUTE);
}

/**
 * Resolves the SLI health options of an SLO over the construct's defaults.
 * Returns undefined when the alert is turned off. Throws `SloDefinitionError`
 * naming `prop`.
 */
export function resolveSliHealth(
  perSlo: SliHealthOptions | undefined,
  shared: SliHealthOptions | undefined,
  fallbackMissingFor: string,
  prop: string,
  limits: { minSeconds?: number; maxSeconds?: number } = {},
): SliHealth | undefined {
  checkStringArgument('prop', prop, 'the prop the options were given in, e.g. "slos[0].sliHealth"');
  checkStringArgument('fallbackMissingFor', fallbackMissingFor, 'a duration such as "12h"');
  checkObjectArgument('limits', limits, ['minSeconds', 'maxSeconds'], 'an object { minSeconds?, maxSeconds? }');
  for (const key of ['minSeconds', 'maxSeconds'] as const) {
    if (limits[key] !== undefined) checkNumberArgument(`limits.${key}`, limits[key], { min: 0 }, 'a number of seconds, 0 or more');
  }
  for (const [p, v] of [
    [prop, perSlo],
    ['sliHealth', shared],
  ] as const) {
    if (v !== undefined) checkObjectArgument(p, v, SLI_HEALTH_OPTION_KEYS, 'an object { enabled?, missingFor?, severity?, minimumEventsPerHour? }');
    if (v?.enabled !== undefined && typeof v.enabled !== 'boolean') throw new SloDefinitionError(`${p}.enabled`, v.enabled, 'must be true or false');
  }
  const enabled = perSlo?.enabled ?? shared?.enabled ?? true;
  if (!enabled) return undefined;
  const trafficProp = perSlo?.minimumEventsPerHour !== undefined ? `${prop}.minimumEventsPerHour` : 'sliHealth.minimumEventsPerHour';
  const traffic = perSlo?.minimumEventsPerHour ?? shared?.minimumEventsPerHour;
  const derived = traffic === undefined ? undefined : missingForFromTraffic(traffic, trafficProp);
  const explicit = perSlo?.missingFor ?? shared?.missingFor;
  const missingProp = perSlo?.missingFor !== undefined ? `${prop}.missingFor` : explicit !== undefined || derived === undefined ? 'sliHealth.missingFor' : trafficProp;
  const missingFor = explicit ?? (derived !== undefined ? formatDuration(derived) : fallbackMissingFor);
  const seconds = parseDuration(missingFor, missingProp);
  const min = limits.minSeconds ?? 5 * MINUTE;
  if (seconds % MINUTE !== 0 || seconds < min) {
    throw new SloDefinitionError(missingProp, missingFor, `must be whole minutes and at least ${formatDuration(min)}`);
  }
  if (limits.maxSeconds !== undefined && seconds > limits.maxSeconds) {
    throw new SloDefinitionError(missingProp, missingFor, `must be at most ${formatDuration(limits.maxSeconds)}`);
  }
  const severityProp = perSlo?.severity !== undefined ? `${prop}.severity` : 'sliHealth.severity';
  const severity = perSlo?.severity ?? shared?.severity ?? 'ticket';
  if (typeof severity !== 'string' || !SEVERITY_PATTERN.test(severity)) {
    throw new SloDefinitionError(severityProp, severity, 'must be a severity such as "page" or "ticket" (lower-case letters, digits, dashes)');
  }
  return { missingForSeconds: seconds, severity };
}
