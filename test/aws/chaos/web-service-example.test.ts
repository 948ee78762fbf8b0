import { Testing } from 'cdktf';
import { WebServiceStack } from '../../../examples/web-service/stack';
import { ReliabilityChecks } from '../../../src/checks/aspect';
import { checkStack } from '../../../src/checks';
import { onlyResource, refTo, resourcesOf, synthJson, values } from '../../harness';
import { predictiveScalingPolicy } from '../test-helpers';
import { expectedAwsConstraint } from '../common/provider-expectations';

describe('examples/web-service: drills, self-healing and capacity ahead of demand', () => {
  const app = Testing.app();
  const stack = new WebServiceStack(app, 'web-service');
  const json = synthJson(stack);
  const pages = Object.entries(resourcesOf(json, 'aws_cloudwatch_composite_alarm'))
    .filter(([, c]: [string, any]) => c.alarm_name.endsWith('-page'))
    .map(([k]) => `\${aws_cloudwatch_composite_alarm.${k}.arn}`);

  test('the weekly zone-loss drill stops on every SLO page alarm; its schedule is disabled', () => {
    expect(pages).toHaveLength(2);
    const t = onlyResource(json, 'aws_fis_experiment_template');
    expect(t.stop_condition.map((c: any) => c.value).sort()).toEqual([...pages].sort());
    expect(t.action.map((a: any) => a.action_id).sort()).toEqual(['aws:ec2:asg-insufficient-instance-capacity-error', 'aws:ec2:stop-instances', 'aws:network:disrupt-connectivity', 'aws:rds:failover-db-cluster']);
    expect(onlyResource(json, 'aws_scheduler_schedule')).toMatchObject({ state: 'DISABLED', schedule_expression: 'cron(0 10 ? * TUE *)', schedule_expression_timezone: 'Europe/Dublin' });
  });

  test('zonal autoshift: the SLO page alarms are the outcome and blocking alarms; practice avoids the drill window', () => {
    const c = onlyResource(json, 'aws_arczonalshift_zonal_autoshift_configuration');
    expect(c.outcome_alarms.map((a: any) => a.alarm_identifier).sort()).toEqual([...pages].sort());
    expect(c.blocking_alarms).toEqual(c.outcome_alarms);
    expect(c.blocked_windows).toContain('Tue:08:00-Tue:12:00');
    // ARC zonal shift API, PracticeRunConfiguration: blocked windows start and end on the same day (the weekend was one window, Fri-Mon).
    for (const w of c.blocked_windows as string[]) expect(w.slice(0, 3)).toBe(w.slice(10, 13));
    expect(json.terraform.required_providers.aws.version).toBe(expectedAwsConstraint('6.44.0'));
  });

  test('a release that pages rolls back; predictive scaling forecasts requests', () => {
    const asg = values(json, 'aws_autoscaling_group')[0];
    const names = asg.instance_refresh.preferences.alarm_specification.alarms as string[];
    expect(names.filter((n) => n.includes('aws_cloudwatch_composite_alarm'))).toHaveLength(2);
    const p = predictiveScalingPolicy(json);
    expect(p.predictive_scaling_configuration).toMatchObject({ mode: 'ForecastOnly', metric_specification: { target_value: 1000, predefined_metric_pair_specification: { predefined_metric_type: 'ALBRequestCount' } } });
  });

  test('the drill outcome notifies the ticket topic; the rule pack finds nothing about the drill', () => {
    const outcome = Object.entries(resourcesOf(json, 'aws_cloudwatch_event_target')).filter(([k]) => k.startsWith('zone-drill_'));
    expect(outcome.map(([, t]: [string, any]) => t.arn)).toEqual([refTo(json, 'aws_sns_topic', (t) => t.name.endsWith('ticket'), 'arn')]);
    expect(checkStack(json, { name: 'web-service' }).findings.filter((f) => f.ruleId.startsWith('REL-FIS'))).toEqual([]);
    ReliabilityChecks.addTo(app);
    expect(() => Testing.synth(stack)).not.toThrow();
  });
});
