import { Severity } from '../../core/severity';

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
