import { FakeRouting } from '../../harness';

/**
 * A routing for a RegionalFailover's health-check alarms: they are created with the us-east-1 provider (Route 53
 * publishes its metrics there), so their topics are in us-east-1 too; an alarm notifies SNS topics of its own
 * Region only (CloudWatch API Reference, PutMetricAlarm AlarmActions).
 */
export function usEast1Routing(): FakeRouting {
  return new FakeRouting(['page', 'ticket'], { region: 'us-east-1', topicArn: (severity) => `arn:aws:sns:us-east-1:111111111111:alarms-${severity}` });
}
