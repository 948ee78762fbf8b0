import { Severity } from '../../core/severity';

/**
 * Where alarms of each severity notify. `AlarmChannel` implements it; a
 * team with its own routing can implement it too.
 */
export interface IAlarmRouting {
  /** The severities this routing knows, e.g. `['page', 'ticket']`. */
  readonly severities: readonly Severity[];
  /**
   * ARNs to put in an alarm's `alarm_actions` and `ok_actions` for a severity.
   * Throws an `InvalidPropError` naming `prop` for a severity it does not know.
   * @param prop the prop of the calling construct that chose the severity, for the error message
   */
  actionsFor(severity: Severity, prop?: string): string[];
}
