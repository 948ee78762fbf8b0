import { PropSpec, PropSpecs, spec } from '../../../core/prop-spec';
import { ALARM_REFERENCE, AWS_REGION, reliableProps } from '../../common/prop-specs';
import type { IShiftableLoadBalancer, ZonalAutoshiftProps } from '../zonal-autoshift';

const CONFIGURATION = 'aws_arczonalshift_zonal_autoshift_configuration';

/** An Application or Network Load Balancer ARN: ARC zonal shift supports those two (not Classic or Gateway). */
export const SHIFTABLE_LB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:([a-z0-9-]+):\d{12}:loadbalancer\/(app|net)\/.+$/;

/**
 * A practice-run window, `Day:HH:MM-Day:HH:MM` in UTC (ARC zonal shift API, PracticeRunConfiguration
 * BlockedWindow: 19 characters, `(Mon|...|Sun):[0-9]{2}:[0-9]{2}-...`), with hours and minutes of a clock; the
 * construct also checks the window starts and ends on one day, the end after the start.
 */
export const WINDOW = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\d|2[0-3]):([0-5]\d)-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\d|2[0-3]):([0-5]\d)$/;
const WINDOW_SPEC = spec.name({ pattern: WINDOW, what: 'a window Day:HH:MM-Day:HH:MM in UTC, such as Tue:09:00-Tue:16:00' });

/** ARC zonal shift API, PracticeRunConfiguration: allowed windows, blocked windows and blocked dates at most 15 each. */
export const MAX_WINDOWS_OR_DATES = 15;

/** ARC zonal shift API, PracticeRunConfiguration: outcome alarms 1 to 10, blocking alarms 0 to 10 (counted once resolved: an SloAlarms gives one per SLO). */
export const MAX_ALARMS = 10;

const ALARMS: PropSpec = spec.list(ALARM_REFERENCE, { tokens: { refuse: 'each alarm is checked for its Region and counted at synth' } });

/** What every prop of a ZonalAutoshift accepts (the construct relates the load balancer, the Region and the alarms). */
export const ZONAL_AUTOSHIFT_PROPS: PropSpecs<ZonalAutoshiftProps> = {
  loadBalancer: spec.either(
    'an aws_lb (such as service.loadBalancer) or an Application or Network Load Balancer ARN',
    [
      spec.name({ pattern: SHIFTABLE_LB_ARN, what: 'an Application or Network Load Balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/...)' }),
      spec.reference('an aws_lb (such as service.loadBalancer)', { is: (v) => typeof (v as IShiftableLoadBalancer).arn === 'string' }),
    ],
    // A reference to a load balancer's ARN is carried (with a warning: zonal shift must be enabled on it).
    { required: 'the load balancer to shift (e.g. service.loadBalancer)', tokens: 'carry' },
  ),
  outcomeAlarms: { ...ALARMS, required: "the alarms practice runs are judged by, such as the service's SloAlarms" },
  blockingAlarms: ALARMS,
  // No table rule for allowed_windows yet (the API model of the tables predates it): the blocked windows' rules.
  allowedWindows: spec.list(WINDOW_SPEC, { unique: true, minItems: 1, maxItems: MAX_WINDOWS_OR_DATES }),
  blockedWindows: spec.list(WINDOW_SPEC, { unique: true, aws: { resource: CONFIGURATION, argument: 'blocked_windows' } }),
  blockedDates: spec.list(spec.name({ pattern: /^\d{4}-\d{2}-\d{2}$/, what: 'a date YYYY-MM-DD, such as 2026-12-24' }), {
    unique: true,
    aws: { resource: CONFIGURATION, argument: 'blocked_dates' },
  }),
  enabled: spec.boolean(),
  region: { ...AWS_REGION, tokens: { refuse: 'the alarms and the load balancer are checked against it' } },
  ...reliableProps([]),
};
