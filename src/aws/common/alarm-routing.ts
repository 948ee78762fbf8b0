import { IConstruct } from 'constructs';
import { alarmActionsProblem } from '../../core/cloudwatch-limits';
import { InvalidPropError } from '../../core/errors';
import { checkKnown } from '../../core/prop-types';
import { SEVERITY_PATTERN, Severity } from '../../core/severity';
import { checkPattern } from '../../core/validation';

/**
 * Where alarms of each severity notify. `AlarmChannel` implements it; a
 * team with its own routing can implement it too.
 */
export interface IAlarmRouting {
  /** The severities this routing knows, e.g. `['page', 'ticket']`. */
  readonly severities: readonly Severity[];
  /**
   * Region of the notification targets when known at synth. A CloudWatch alarm can only notify an SNS topic in
   * its own region, so constructs whose alarms live elsewhere (Route 53 metrics in us-east-1) check it.
   * @default - unknown: not checked
   */
  readonly region?: string;
  /**
   * ARNs to put in an alarm's `alarm_actions` and `ok_actions` for a severity.
   * Throws an `InvalidPropError` naming `prop` for a severity it does not know.
   * @param prop the prop of the calling construct that chose the severity, for the error message
   */
  actionsFor(severity: Severity, prop?: string): string[];
}

/**
 * The notification actions for a severity a construct's user chose, checked
 * under the construct's own path first: the severity must be known at synth
 * (it picks the topic) and be one the routing knows. Otherwise the routing's
 * own error would name the routing, not the construct whose prop is wrong.
 */
export function routedActions(scope: IConstruct, routing: IAlarmRouting, severity: unknown, prop: string): string[] {
  checkKnown(scope, prop, severity, 'it picks the notification topic');
  checkPattern(scope, prop, severity as string, SEVERITY_PATTERN, 'a severity name (lower-case letters, digits and dashes)');
  if (!routing.severities.includes(severity as Severity)) {
    throw new InvalidPropError(scope, prop, severity, `must be a severity the alarm routing knows: ${routing.severities.map((s) => `"${s}"`).join(', ')}`);
  }
  const actions: unknown = routing.actionsFor(severity as Severity, prop);
  // A team's own routing is JavaScript too: what it returns lands in alarm_actions and ok_actions.
  if (!Array.isArray(actions) || actions.some((a) => typeof a !== 'string')) {
    throw new InvalidPropError(scope, 'alarmRouting', actions, `must return a list of action ARNs from actionsFor("${severity as string}")`);
  }
  return actions as string[];
}

/**
 * {@link routedActions} for a CloudWatch alarm: also at most the 5 actions an
 * alarm state takes (PutMetricAlarm and PutCompositeAlarm AlarmActions, OKActions).
 */
export function routedAlarmActions(scope: IConstruct, routing: IAlarmRouting, severity: unknown, prop: string): string[] {
  const actions = routedActions(scope, routing, severity, prop);
  const tooMany = alarmActionsProblem(actions);
  if (tooMany) throw new InvalidPropError(scope, 'alarmRouting', actions, `routes ${severity as string} to ${tooMany}`);
  return actions;
}
