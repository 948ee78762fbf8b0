/**
 * Temporary: bad-input sweep failures of the AWS constructs that are being
 * fixed on their own branch (issue 9). Each entry silences the sweep for one
 * prop of one construct; remove entries as the fixes land. Kubernetes and
 * SloAlarms-naming failures are fixed, never listed here.
 */
export const KNOWN_AWS_FAILURES: ReadonlyArray<{ readonly construct: string; readonly prop: string; readonly why: string }> = [];
