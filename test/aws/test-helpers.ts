import { InvalidPropError } from '../../src/core/errors';
import { Severity } from '../../src/core/severity';
import { IAlarmRouting } from '../../src/aws/common/alarm-routing';

/** A stand-in for AlarmChannel: one fake SNS topic ARN per severity. */
export class FakeRouting implements IAlarmRouting {
  public readonly severities: readonly Severity[];
  constructor(severities: readonly Severity[] = ['page', 'ticket']) {
    this.severities = severities;
  }
  public actionsFor(severity: Severity, prop = 'severity'): string[] {
    if (!this.severities.includes(severity)) {
      throw new InvalidPropError('fake-routing', prop, severity, `must be one of ${this.severities.join(', ')}`);
    }
    return [`arn:aws:sns:eu-west-1:111111111111:alarms-${severity}`];
  }
}

