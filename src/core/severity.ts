/**
 * How urgently a human must act on an alert.
 *
 * - `page`: wake someone up; the service is failing its SLO now or soon.
 * - `ticket`: handle during working hours; the error budget is burning
 *   faster than it can afford over the period.
 *
 * Other severities (for example `info`) can be declared on an `AlarmChannel`.
 */
export type Severity = 'page' | 'ticket' | (string & {});

/** The severities every alarm channel has. */
export const DEFAULT_SEVERITIES: readonly Severity[] = ['page', 'ticket'];

/** Severity names: lower-case letters, digits and dashes, starting with a letter. */
export const SEVERITY_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
