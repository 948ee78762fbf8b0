import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { TerraformVariable } from 'cdktf';
import { PropError } from '../../../src/core/errors';
import { Construct } from 'constructs';
import { alarmDescription, resourceAlarm, resourceAlarms, ResourceAlarmDefinition } from '../../../src/aws/common/resource-alarm';
import { annotations, onlyResource, resourcesOf, schemaErrors, synth, synthJson, testStack } from '../../harness';
import { FakeRouting } from '../test-helpers';

const cpu: ResourceAlarmDefinition = {
  key: 'cpu',
  summary: 'CPU is high.',
  runbook: 'Look at the top queries.',
  metric: { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: { DBInstanceIdentifier: 'db1' }, statistic: 'Average' },
  comparisonOperator: 'GreaterThanThreshold',
  threshold: 80,
  severity: 'ticket',
  periodSeconds: 300,
  evaluationPeriods: 3,
  unit: 'percent',
};

const latency: ResourceAlarmDefinition = { ...cpu, key: 'latency', metric: { ...cpu.metric!, metricName: 'ReadLatency', statistic: 'p99' } };

const gap: ResourceAlarmDefinition = {
  key: 'gap',
  summary: 'In service below desired.',
  runbook: 'Check the activity history.',
  queries: [
    { id: 'desired', metric: { namespace: 'AWS/AutoScaling', metricName: 'GroupDesiredCapacity', dimensions: { AutoScalingGroupName: 'g' }, statistic: 'Average' } },
    { id: 'inservice', metric: { namespace: 'AWS/AutoScaling', metricName: 'GroupInServiceInstances', dimensions: { AutoScalingGroupName: 'g' }, statistic: 'Average' } },
    { id: 'e1', expression: 'desired - inservice' },
  ],
  comparisonOperator: 'GreaterThanThreshold',
  threshold: 0,
  severity: 'page',
  periodSeconds: 60,
  evaluationPeriods: 15,
};

function scoped() {
  const { stack } = testStack();
  const scope = new Construct(stack, 'db');
  return { stack, scope };
}

describe('resourceAlarm', () => {
  test('single-metric alarm: routed actions, runbook description, name from the path', () => {
    const { stack, scope } = scoped();
    const alarm = resourceAlarm({ scope, routing: new FakeRouting() }, cpu);
    expect(alarm).toBeInstanceOf(CloudwatchMetricAlarm);
    const json = synthJson(stack);
    const a = onlyResource(json, 'aws_cloudwatch_metric_alarm');
    expect(a).toMatchObject({
      alarm_name: 'test-db-cpu',
      namespace: 'AWS/RDS',
      metric_name: 'CPUUtilization',
      statistic: 'Average',
      period: 300,
      threshold: 80,
      evaluation_periods: 3,
      datapoints_to_alarm: 3,
      comparison_operator: 'GreaterThanThreshold',
      alarm_actions: ['arn:aws:sns:eu-west-1:111111111111:alarms-ticket'],
      ok_actions: ['arn:aws:sns:eu-west-1:111111111111:alarms-ticket'],
    });
    expect(a.alarm_description).toBe('[ticket] CPU is high. (threshold 80 percent.) Runbook: Look at the top queries.');
    expect(a.extended_statistic).toBeUndefined();
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  test('percentile statistics go to extended_statistic', () => {
    const { stack, scope } = scoped();
    resourceAlarm({ scope, routing: new FakeRouting() }, latency);
    const a = onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(a.extended_statistic).toBe('p99');
    expect(a.statistic).toBeUndefined();
  });

  test('metric-math alarm: exactly the expression returns data, metrics carry the period', () => {
    const { stack, scope } = scoped();
    resourceAlarm({ scope, routing: new FakeRouting() }, gap);
    const a = onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(a.metric_name).toBeUndefined();
    expect(a.metric_query.map((q: any) => [q.id, q.return_data])).toEqual([
      ['desired', false],
      ['inservice', false],
      ['e1', true],
    ]);
    expect(a.metric_query[0].metric).toMatchObject({ metric_name: 'GroupDesiredCapacity', period: 60, stat: 'Average' });
    expect(a.alarm_actions).toEqual(['arn:aws:sns:eu-west-1:111111111111:alarms-page']);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('overrides: threshold, severity, period, evaluation periods, datapoints', () => {
    const { stack, scope } = scoped();
    resourceAlarm(
      { scope, routing: new FakeRouting(), overrides: { cpu: { threshold: 95, severity: 'page', periodSeconds: 60, evaluationPeriods: 10, datapointsToAlarm: 8 } } },
      cpu,
    );
    const a = onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(a).toMatchObject({ threshold: 95, period: 60, evaluation_periods: 10, datapoints_to_alarm: 8 });
    expect(a.alarm_actions).toEqual(['arn:aws:sns:eu-west-1:111111111111:alarms-page']);
    expect(a.alarm_description).toMatch(/^\[page\] .*threshold 95 percent/);
  });

  test('disabled alarms and alarms without a threshold are not created', () => {
    const { stack, scope } = scoped();
    expect(resourceAlarm({ scope, overrides: { cpu: { enabled: false } } }, cpu)).toBeUndefined();
    expect(resourceAlarm({ scope }, { ...cpu, key: 'connections', threshold: undefined })).toBeUndefined();
    expect(resourcesOf(synthJson(stack), 'aws_cloudwatch_metric_alarm')).toEqual({});
  });

  test('enabling an alarm that has no default threshold, without giving one, is an error', () => {
    const { scope } = scoped();
    expect(() => resourceAlarm({ scope, overrides: { connections: { enabled: true } } }, { ...cpu, key: 'connections', threshold: undefined })).toThrow(
      'test/db: invalid alarms.connections.threshold undefined: is required to enable this alarm: this alarm has no default threshold',
    );
  });

  test('settings for an alarm that has no default threshold, without one, are an error, not silently ignored', () => {
    const { scope } = scoped();
    expect(() => resourceAlarm({ scope, overrides: { connections: { evaluationPeriods: 5, severity: 'page' } } }, { ...cpu, key: 'connections', threshold: undefined })).toThrow(
      'test/db: invalid alarms.connections.threshold undefined: is required for evaluationPeriods, severity to take effect',
    );
    expect(resourceAlarm({ scope, overrides: { connections: { enabled: false, evaluationPeriods: 5 } } }, { ...cpu, key: 'connections', threshold: undefined })).toBeUndefined();
  });

  test('a Terraform variable as a whole override, or as enabled, is refused: it decides whether the alarm exists', () => {
    const { stack, scope } = scoped();
    const v = new TerraformVariable(stack, 'v', { type: 'bool' });
    expect(() => resourceAlarm({ scope, overrides: { cpu: v.value } }, cpu)).toThrow(/test\/db: invalid alarms\.cpu \$\{var\.v\} \(a token\): must be known at synth/);
    expect(() => resourceAlarm({ scope, overrides: { cpu: { enabled: v.booleanValue as never } } }, cpu)).toThrow(/test\/db: invalid alarms\.cpu\.enabled \$\{var\.v\} \(a token\): must be known at synth/);
  });

  test('a Terraform variable as a severity is refused when the severity picks the topic', () => {
    const { stack, scope } = scoped();
    const v = new TerraformVariable(stack, 'v', { type: 'string' });
    expect(() => resourceAlarm({ scope, routing: new FakeRouting(), overrides: { cpu: { severity: v.stringValue } } }, cpu)).toThrow(
      /test\/db: invalid alarms\.cpu\.severity \$\{var\.v\} \(a token\): must be known at synth.*picks the notification topic/,
    );
  });

  test('a threshold given for an alarm without a default creates it', () => {
    const { stack, scope } = scoped();
    resourceAlarm({ scope, overrides: { connections: { threshold: 400 } } }, { ...cpu, key: 'connections', threshold: undefined });
    expect(onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm').threshold).toBe(400);
  });

  test('bad periods, ranges, datapoints and severities are rejected with the prop path', () => {
    const { scope } = scoped();
    const r = new FakeRouting();
    expect(() => resourceAlarm({ scope, routing: r, overrides: { cpu: { periodSeconds: 45 } } }, cpu)).toThrow(
      'test/db: invalid alarms.cpu.periodSeconds 45: period 45s must be 10, 20, 30 or a multiple of 60 seconds',
    );
    expect(() => resourceAlarm({ scope, routing: r, overrides: { cpu: { periodSeconds: 300, evaluationPeriods: 300 } } }, cpu)).toThrow(
      'test/db: invalid alarms.cpu.evaluationPeriods 300',
    );
    expect(() => resourceAlarm({ scope, routing: r, overrides: { cpu: { datapointsToAlarm: 4 } } }, cpu)).toThrow(
      'test/db: invalid alarms.cpu.datapointsToAlarm 4: must be an integer from 1 to 3',
    );
    expect(() => resourceAlarm({ scope, routing: r, overrides: { cpu: { severity: 'info' } } }, cpu)).toThrow(
      // Under the construct whose prop is wrong, not the routing's path.
      'test/db: invalid alarms.cpu.severity "info": must be a severity the alarm routing knows: "page", "ticket"',
    );
    expect(() => resourceAlarm({ scope, overrides: { cpu: { severity: 'PAGE!' } } }, cpu)).toThrow('test/db: invalid alarms.cpu.severity "PAGE!"');
    expect(() => resourceAlarm({ scope, overrides: { cpu: { threshold: NaN } } }, cpu)).toThrow('test/db: invalid alarms.cpu.threshold NaN');
  });

  test('description is cut to 1024 characters', () => {
    const long = alarmDescription({ ...cpu, runbook: 'x'.repeat(2000) }, 1, 'ticket');
    expect(long.length).toBe(1024);
    expect(long.endsWith('...')).toBe(true);
  });
});

describe('resourceAlarms', () => {
  test('unknown override keys are rejected, naming the known ones', () => {
    const { scope } = scoped();
    expect(() => resourceAlarms({ scope, overrides: { cpux: { threshold: 1 } } }, [cpu, latency])).toThrow(
      'test/db: invalid alarms.cpux "cpux": must be one of cpu, latency',
    );
  });

  test('without routing the alarms have no actions and a warning says so', () => {
    const { stack, scope } = scoped();
    const out = resourceAlarms({ scope }, [cpu, latency]);
    expect(Object.keys(out)).toEqual(['cpu', 'latency']);
    const json = synthJson(stack);
    for (const a of Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm'))) expect(a.alarm_actions).toEqual([]);
    expect(annotations(stack)).toEqual([expect.stringContaining('test/db: alarms are created without alarmRouting')]);
    resourceAlarms({ scope }, [{ ...cpu, key: 'other' }]);
    expect(annotations(stack)).toHaveLength(1);
  });

  test('with routing there is no warning', () => {
    const { stack, scope } = scoped();
    resourceAlarms({ scope, routing: new FakeRouting() }, [cpu]);
    expect(annotations(stack)).toEqual([]);
  });
});

describe('resourceAlarm: tokens, JavaScript callers and action alarms', () => {
  test('a token evaluationPeriods with datapointsToAlarm 1 is accepted and carried through', () => {
    const { stack, scope } = scoped();
    const periods = new TerraformVariable(stack, 'periods', { type: 'number' }).numberValue;
    resourceAlarm({ scope, routing: new FakeRouting(), overrides: { cpu: { evaluationPeriods: periods, datapointsToAlarm: 1 } } }, cpu);
    const a = onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(a).toMatchObject({ evaluation_periods: '${var.periods}', datapoints_to_alarm: 1 });
  });

  test('a token threshold shows as its expression in the description', () => {
    const { stack, scope } = scoped();
    const limit = new TerraformVariable(stack, 'limit', { type: 'number' }).numberValue;
    resourceAlarm({ scope, overrides: { cpu: { threshold: limit } } }, cpu);
    const a = onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(a.threshold).toBe('${var.limit}');
    expect(a.alarm_description).toBe('[ticket] CPU is high. (threshold ${var.limit} percent.) Runbook: Look at the top queries.');
  });

  test('override values of the wrong type fail with the prop named', () => {
    const { scope } = scoped();
    const bad = (o: object) => () => resourceAlarm({ scope, overrides: { cpu: o as never } }, cpu);
    expect(bad({ enabled: 'false' })).toThrow('test/db: invalid alarms.cpu.enabled "false": must be true or false (got a string)');
    expect(bad({ threshold: '80' })).toThrow('test/db: invalid alarms.cpu.threshold "80"');
    expect(bad({ periodSeconds: '60' })).toThrow('test/db: invalid alarms.cpu.periodSeconds "60"');
    expect(bad({ severity: 5 })).toThrow('test/db: invalid alarms.cpu.severity 5: must be a string');
    expect(bad({ treshold: 5 })).toThrow('test/db: unknown prop alarms.cpu.treshold (did you mean threshold?)');
  });

  test('an action alarm calls its actions, not the routing: no OK actions, no severity tag or prefix', () => {
    const { stack, scope } = scoped();
    resourceAlarms({ scope }, [{ ...cpu, key: 'scale', actions: ['arn:aws:autoscaling:policy'], constructId: 'scale-out-alarm', nameSuffix: 'scale-out' }]);
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_metric_alarm'))).toEqual([expect.stringMatching(/^db_scale-out-alarm_/)]);
    const a = onlyResource(json, 'aws_cloudwatch_metric_alarm');
    expect(a).toMatchObject({ alarm_name: 'test-db-scale-out', alarm_actions: ['arn:aws:autoscaling:policy'] });
    expect(a.ok_actions).toBeUndefined();
    expect(a.tags).toBeUndefined();
    expect(a.alarm_description).toMatch(/^CPU is high\./);
    expect(annotations(stack)).toEqual([]);
  });

  test('a user-given metric is checked: statistic, namespace, dimensions', () => {
    const { scope } = scoped();
    const user = (metric: object) => () => resourceAlarm({ scope }, { ...cpu, metric: metric as never, userProp: 'stepScaling' });
    expect(user({ ...cpu.metric, statistic: 'Avg' })).toThrow('test/db: invalid stepScaling.metric.statistic "Avg": must be a CloudWatch statistic: SampleCount, Average, Sum, Minimum, Maximum, or an extended statistic');
    expect(user({ ...cpu.metric, statistic: 'p101' })).toThrow('invalid stepScaling.metric.statistic "p101"');
    expect(user({ ...cpu.metric, namespace: '' })).toThrow('invalid stepScaling.metric.namespace ""');
    expect(user({ ...cpu.metric, dimensions: { a: 1 } })).toThrow('invalid stepScaling.metric.dimensions.a 1: must be a string');
    expect(user({ ...cpu.metric, statistic: 'p99.9' })).not.toThrow();
  });
});

describe('resourceAlarm: CloudWatch vocabularies (issue 21, item 6) and user text (item 3)', () => {
  const user = (metric: object, extra: object = {}) => () => {
    const { stack, scope } = scoped();
    resourceAlarm({ scope }, { ...cpu, metric: metric as never, userProp: 'stepScaling', ...extra });
    return synthJson(stack);
  };

  // CloudWatch "Statistics definitions"; PutMetricAlarm ExtendedStatistic; the provider's extended_statistic validator.
  test.each([
    ['sum', 'Sum'],
    ['P99', 'p99'],
    ['Average ', 'Average'],
    ['p99.999', 'p99.9'],
  ])('statistic %p is refused with a did-you-mean (%p)', (statistic, meant) => {
    expect(user({ ...cpu.metric, statistic })).toThrow(`invalid stepScaling.metric.statistic ${JSON.stringify(statistic)}: must be a CloudWatch statistic`);
    expect(user({ ...cpu.metric, statistic })).toThrow(`(did you mean "${meant}"?)`);
  });

  test.each(['p99.999', 'p100.0', 'PR(10%:90%)', 'PR(:)', 'TM(5%:90%)', 'TM(150:1000)', 'IQR', '${var.injected}'])(
    'an extended statistic outside what an alarm takes (%p) is refused: the provider allows p with at most two decimals, PutMetricAlarm TM/WM/TC/TS of 10% to 90%',
    (statistic) => {
      expect(user({ ...cpu.metric, statistic })).toThrow(`invalid stepScaling.metric.statistic ${JSON.stringify(statistic)}`);
    },
  );

  test.each(['p99.9', 'p0', 'p100', 'tm90', 'wm98', 'tc90', 'ts90', 'IQM', 'PR(:300)', 'PR(100:2000)', 'TM(10%:90%)', 'WM(:90%)'])('extended statistic %p goes to extended_statistic', (statistic) => {
    const a = onlyResource(user({ ...cpu.metric, statistic })(), 'aws_cloudwatch_metric_alarm');
    expect(a.extended_statistic).toBe(statistic);
    expect(a.statistic).toBeUndefined();
  });

  test('the anomaly-detection operators are refused (PutMetricAlarm ComparisonOperator: "used only for alarms based on anomaly detection models"); an unknown one gets a did-you-mean', () => {
    expect(user(cpu.metric!, { comparisonOperator: 'GreaterThanUpperThreshold' })).toThrow(
      'invalid stepScaling.comparisonOperator "GreaterThanUpperThreshold": is an anomaly-detection operator',
    );
    expect(user(cpu.metric!, { comparisonOperator: 'GreaterThanTreshold' })).toThrow('(did you mean "GreaterThanThreshold"?)');
  });

  test('treatMissingData only from CloudWatch\'s set (PutMetricAlarm TreatMissingData: breaching | notBreaching | ignore | missing), with a did-you-mean', () => {
    expect(user(cpu.metric!, { treatMissingData: 'notbreaching' })).toThrow('invalid stepScaling.treatMissingData "notbreaching": must be one of "missing", "ignore", "breaching", "notBreaching" (did you mean "notBreaching"?)');
    expect(onlyResource(user(cpu.metric!, { treatMissingData: 'ignore' })(), 'aws_cloudwatch_metric_alarm').treat_missing_data).toBe('ignore');
  });

  test('namespaces: CloudWatch\'s characters (User Guide, "Namespaces"), so ${ cannot reach Terraform; dimension names and values: printable ASCII, at most 30 (API reference, Dimension, Metric)', () => {
    expect(user({ ...cpu.metric, namespace: 'My${var.injected}' })).toThrow('invalid stepScaling.metric.namespace "My${var.injected}": must be a namespace of 1 to 255 letters');
    expect(user({ ...cpu.metric, namespace: ':x' })).toThrow('invalid stepScaling.metric.namespace ":x"');
    expect(() => user({ ...cpu.metric, namespace: 'My App/#1:v2' })()).not.toThrow();
    expect(user({ ...cpu.metric, dimensions: { '': 'x' } })).toThrow('invalid stepScaling.metric.dimensions. "": must be a dimension name');
    expect(user({ ...cpu.metric, dimensions: { Queue: 'naïve' } })).toThrow('invalid stepScaling.metric.dimensions.Queue "naïve": must be a dimension value of 1 to 1024 printable ASCII characters');
    expect(user({ ...cpu.metric, dimensions: { Queue: 'x'.repeat(1025) } })).toThrow('invalid stepScaling.metric.dimensions.Queue');
    const many = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i}`, 'v']));
    expect(user({ ...cpu.metric, dimensions: many })).toThrow('invalid stepScaling.metric.dimensions');
  });

  test('metric names, dimensions, expressions and labels are user text: ${ and %{ reach Terraform escaped', () => {
    const json = user({ ...cpu.metric, metricName: 'Orders${var.injected}', dimensions: { 'Key${x}': 'v%{ if true }' } })();
    const a = onlyResource(json, 'aws_cloudwatch_metric_alarm');
    expect(a.metric_name).toBe('Orders$${var.injected}');
    expect(a.dimensions).toEqual({ 'Key$${x}': 'v%%{ if true }' });
    const { stack, scope } = scoped();
    resourceAlarm({ scope }, { ...gap, queries: [{ ...gap.queries![0], label: 'desired ${var.x}' }, gap.queries![1], { id: 'e1', expression: 'desired - inservice', label: '%{ if true }' }] });
    const q = onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm').metric_query;
    expect(q.map((x: any) => x.label)).toEqual(['desired $${var.x}', undefined, '%%{ if true }']);
  });

  test('metric math: at most 10 metrics (MetricDataQuery: "as many as 10 structures that contain a MetricStat"), one expression or metric per query, expressions within the provider\'s 1024 characters', () => {
    const { scope } = scoped();
    const metric = gap.queries![0].metric!;
    const metrics = Array.from({ length: 11 }, (_, i) => ({ id: `m${i}`, metric }));
    expect(() => resourceAlarm({ scope }, { ...gap, queries: [...metrics, { id: 'e1', expression: 'm0' }] })).toThrow(/test\/db: invalid definition\.queries .*11 metrics in one alarm; at most 10 are allowed/);
    expect(() => resourceAlarm({ scope }, { ...gap, queries: [{ id: 'm0', metric, expression: 'm0' } as never, { id: 'e1', expression: 'm0' }] })).toThrow('must give exactly one of metric or expression');
    expect(() => resourceAlarm({ scope }, { ...gap, queries: [{ id: 'm0', metric }, { id: 'e1', expression: `m0${' + 0'.repeat(300)}` }] })).toThrow('invalid definition.queries[1].expression');
    expect(() => resourceAlarm({ scope }, { ...gap, returnId: 'nope' })).toThrow(/invalid definition\.queries .*0 queries return data/);
  });

  test('issue 21, item 1: the exported builders check their arguments instead of crashing', () => {
    const { scope } = scoped();
    expect(() => resourceAlarm(null as never, cpu)).toThrow(PropError);
    expect(() => resourceAlarm({ scope: {} as never }, cpu)).toThrow('invalid ctx.scope {}: must be a construct');
    expect(() => resourceAlarm({ scope }, null as never)).toThrow('test/db: invalid definition null');
    expect(() => resourceAlarm({ scope }, { ...cpu, metric: undefined })).toThrow('test/db: invalid definition');
    expect(() => resourceAlarm({ scope }, { ...cpu, queries: gap.queries })).toThrow('must give exactly one of metric (a single-metric alarm) or queries');
    expect(() => resourceAlarm({ scope, routing: 'page' as never }, cpu)).toThrow('test/db: invalid alarmRouting "page": must be an AlarmChannel or another IAlarmRouting');
    expect(() => resourceAlarm({ scope, overrides: { cpu: null as never } }, cpu)).toThrow('test/db: invalid alarms.cpu null: must be left out or given a value');
    expect(() => resourceAlarm({ scope, instance: 'a b' }, cpu)).toThrow('test/db: invalid ctx.instance "a b"');
    expect(() => resourceAlarm({ scope, scop: 1 } as never, cpu)).toThrow('unknown prop ctx.scop (did you mean scope?)');
    expect(() => resourceAlarms({ scope }, [null as never])).toThrow('test/db: invalid definitions[0] null');
    const six = Array.from({ length: 6 }, (_, i) => `arn:aws:sns:eu-west-1:111111111111:t${i}`);
    expect(() => resourceAlarm({ scope, routing: { severities: ['ticket'], actionsFor: () => six } as never }, cpu)).toThrow(
      'test/db: invalid alarmRouting ["arn:aws:sns:eu-west-1:111111111111:t0",',
    );
    expect(() => resourceAlarm({ scope, routing: { severities: ['ticket'], actionsFor: () => six } as never }, cpu)).toThrow('CloudWatch allows at most 5 (AlarmActions, OKActions)');
    expect(() => resourceAlarms({ scope }, 'cpu' as never)).toThrow('test/db: invalid definitions "cpu": must be a list');
  });
});
