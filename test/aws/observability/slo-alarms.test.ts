import { CloudwatchCompositeAlarm } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsLb } from '@cdktf/provider-aws/lib/data-aws-lb';
import { Lazy, TerraformVariable, Token } from 'cdktf';
import { SloAlarmDefinition, SloAlarms, SloAlarmsProps, SloSli } from '../../../src';
import { percentRankStatistic } from '../../../src/aws/observability/slo-sli';
import { alarmsByName, annotations, FakeRouting, FakeRoutingOptions, findResource, resourcesOf, schemaErrors, synth, synthJson, testStack, TestStack, values } from '../../harness';

/** The topic ARNs the assertions and the snapshot expect. */
const TOPICS: FakeRoutingOptions = { topicArn: (severity) => `arn:aws:sns:eu-west-1:123456789012:${severity}` };

const availability: SloAlarmDefinition = {
  name: 'availability',
  objective: 99.9,
  runbookUrl: 'https://runbooks.example.com/checkout/availability',
  sli: SloSli.albAvailability({ loadBalancer: 'app/web/0123456789abcdef' }),
};

function build(props: Partial<SloAlarmsProps> = {}, stack?: TestStack): { stack: TestStack; slos: SloAlarms } {
  const s = stack ?? testStack().stack;
  const slos = new SloAlarms(s, 'slos', { service: 'checkout', alarmRouting: new FakeRouting(['page', 'ticket'], TOPICS), slos: [availability], ...props });
  return { stack: s, slos };
}

describe('SloAlarms: one availability SLO, default catalogue', () => {
  const { stack, slos } = build();
  const windows = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm');
  const composites = alarmsByName(synthJson(stack), 'aws_cloudwatch_composite_alarm');

  test('snapshot', () => {
    expect(synth(stack)).toMatchSnapshot();
  });

  test('passes the provider-schema check', () => {
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('one window alarm per window of each of the 4 alerts, with the SRE Workbook thresholds, and the SLI health alarm', () => {
    expect(Object.keys(windows).sort()).toEqual(
      [...['page-1h-5m', 'page-6h-30m', 'ticket-1d-2h', 'ticket-3d-6h'].flatMap((a) => [`checkout-availability-${a}-long`, `checkout-availability-${a}-short`]), 'checkout-availability-sli-health'].sort(),
    );
    // the two 6h windows differ in threshold (6x guarded vs 1x), so CloudWatch needs both
    expect(windows['checkout-availability-page-6h-30m-long'].threshold).not.toBe(windows['checkout-availability-ticket-3d-6h-short'].threshold);
    const expected: Record<string, [number, number, number]> = {
      'page-1h-5m': [3600, 300, 0.0144],
      'page-6h-30m': [21600, 1800, 0.006],
      'ticket-1d-2h': [86400, 7200, 0.003],
      'ticket-3d-6h': [259200, 21600, 0.001],
    };
    for (const [alert, [long, short, threshold]] of Object.entries(expected)) {
      for (const [role, period] of [['long', long], ['short', short]] as const) {
        const a = windows[`checkout-availability-${alert}-${role}`];
        expect(a.threshold).toBeCloseTo(threshold, 12);
        expect(a.comparison_operator).toBe('GreaterThanThreshold');
        expect(a.evaluation_periods).toBe(1);
        expect(a.datapoints_to_alarm).toBe(1);
        expect(a.treat_missing_data).toBe('notBreaching');
        expect(a.period).toBeUndefined();
        for (const q of a.metric_query.filter((x: any) => x.metric)) expect(q.metric.period).toBe(period);
      }
    }
  });

  test('window alarms compute the guarded, capped bad/total ratio, counting requests rejected before a target, and notify nobody', () => {
    const a = windows['checkout-availability-page-1h-5m-long'];
    expect(a.alarm_actions).toBeUndefined();
    expect(a.ok_actions).toBeUndefined();
    const alb = (id: string, metric: string) => ({
      id,
      return_data: false,
      metric: { namespace: 'AWS/ApplicationELB', metric_name: metric, dimensions: { LoadBalancer: 'app/web/0123456789abcdef' }, stat: 'Sum', period: 3600 },
    });
    expect(a.metric_query).toEqual([
      alb('target_5xx', 'HTTPCode_Target_5XX_Count'),
      alb('elb_5xx', 'HTTPCode_ELB_5XX_Count'),
      alb('elb_502', 'HTTPCode_ELB_502_Count'),
      alb('elb_504', 'HTTPCode_ELB_504_Count'),
      alb('requests', 'RequestCount'),
      { id: 'bad', expression: 'FILL(target_5xx, 0) + FILL(elb_5xx, 0)', label: 'bad events', return_data: false },
      { id: 'total', expression: 'FILL(requests, 0) + (FILL(elb_5xx, 0) - FILL(elb_502, 0) - FILL(elb_504, 0))', label: 'all events', return_data: false },
      { id: 'ratio', expression: 'IF(bad > total, IF(bad >= 10, 1, 0), IF(total >= 10, bad / total, 0))', label: 'error ratio over 1h', return_data: true },
    ]);
    // only the long window is guarded
    expect(windows['checkout-availability-page-1h-5m-short'].metric_query.at(-1).expression).toBe('IF(bad > total, IF(bad >= 1, 1, 0), IF(total >= 1, bad / total, 0))');
  });

  test('page = (1h AND 5m) OR (6h AND 30m); ticket = (1d AND 2h) OR (3d AND 6h), its notifications held by the page (actions_suppressor)', () => {
    expect(composites['checkout-availability-page'].alarm_rule).toBe(
      '(ALARM("checkout-availability-page-1h-5m-long") AND ALARM("checkout-availability-page-1h-5m-short")) OR ' +
        '(ALARM("checkout-availability-page-6h-30m-long") AND ALARM("checkout-availability-page-6h-30m-short"))',
    );
    expect(composites['checkout-availability-page'].actions_suppressor).toBeUndefined();
    const ticket = composites['checkout-availability-ticket'];
    expect(ticket.alarm_rule).toBe(
      '(ALARM("checkout-availability-ticket-1d-2h-long") AND ALARM("checkout-availability-ticket-1d-2h-short")) OR ' +
        '(ALARM("checkout-availability-ticket-3d-6h-long") AND ALARM("checkout-availability-ticket-3d-6h-short"))',
    );
    expect(ticket.actions_suppressor).toEqual({ alarm: 'checkout-availability-page', wait_period: 300, extension_period: 1800 });
    expect(ticket.alarm_description).toContain('Notifications wait while checkout-availability-page is in ALARM (and 30m after it clears); the state does not.');
  });

  test('the SLI health alarm: RequestCount silent for 12 hours notifies the ticket channel', () => {
    const h = windows['checkout-availability-sli-health'];
    expect(h).toMatchObject({
      comparison_operator: 'LessThanThreshold',
      threshold: 0,
      evaluation_periods: 12,
      datapoints_to_alarm: 12,
      treat_missing_data: 'breaching',
      alarm_actions: ['arn:aws:sns:eu-west-1:123456789012:ticket'],
      ok_actions: ['arn:aws:sns:eu-west-1:123456789012:ticket'],
      metric_query: [
        {
          id: 'requests',
          return_data: true,
          metric: { namespace: 'AWS/ApplicationELB', metric_name: 'RequestCount', dimensions: { LoadBalancer: 'app/web/0123456789abcdef' }, stat: 'Sum', period: 3600 },
        },
      ],
    });
    expect(h.tags['slo:sli-health']).toBe('12h');
    expect(h.tags['slo:alert']).toBeUndefined();
    expect(h.alarm_description).toContain('TICKET: the SLI reported nothing for 12h');
    expect(slos.sliHealthAlarms).toHaveLength(1);
    // the base's alarm map: every metric alarm by SLO and alarm id
    expect(Object.keys(slos.alarms)).toHaveLength(9);
    expect(slos.alarms['availability-sli-health']).toBe(slos.sliHealthAlarms[0]);
    expect(slos.alarms['availability-page-1h-5m-long']).toBe(slos.slos[0].windowAlarms['page-1h-5m'].long);
  });

  test('what the alarms cost: 8 window alarms of 5 metrics, 1 health alarm, 2 composites = $5.10 a month', () => {
    expect(slos.slos[0].cost).toEqual({ windowAlarms: 8, healthAlarms: 1, budgetAlarms: 0, metricAlarms: 9, metricsPerAlarm: 5, alarmMetrics: 41, compositeAlarms: 2, monthlyUsd: 5.1 });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_metric_alarm'))).toHaveLength(slos.slos[0].cost.metricAlarms);
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_composite_alarm'))).toHaveLength(slos.slos[0].cost.compositeAlarms);
  });

  test('composites notify their severity on ALARM and OK, and come after the alarms they read', () => {
    const page = composites['checkout-availability-page'];
    expect(page.alarm_actions).toEqual(['arn:aws:sns:eu-west-1:123456789012:page']);
    expect(page.ok_actions).toEqual(['arn:aws:sns:eu-west-1:123456789012:page']);
    expect(composites['checkout-availability-ticket'].alarm_actions).toEqual(['arn:aws:sns:eu-west-1:123456789012:ticket']);
    expect(page.depends_on).toHaveLength(4);
    expect(page.depends_on.every((d: string) => d.startsWith('aws_cloudwatch_metric_alarm.'))).toBe(true);
    expect(composites['checkout-availability-ticket'].depends_on).toContain(`aws_cloudwatch_composite_alarm.${findResource(synthJson(stack), 'aws_cloudwatch_composite_alarm', (a) => a.alarm_name === 'checkout-availability-page')[0]}`);
  });

  test('the tag contract the rule pack reads', () => {
    expect(windows['checkout-availability-ticket-3d-6h-short'].tags).toEqual({
      ManagedBy: 'cdktf-reliability',
      'slo:service': 'checkout',
      'slo:name': 'availability',
      'slo:objective': '99.9',
      'slo:period': '30d',
      'slo:alert': 'ticket-3d-6h',
      'slo:window': '6h',
      'slo:burn-rate': '1',
      'slo:long-window': '3d',
      'slo:short-window': '6h',
    });
    expect(composites['checkout-availability-page'].tags).toEqual({
      ManagedBy: 'cdktf-reliability',
      'slo:service': 'checkout',
      'slo:name': 'availability',
      'slo:objective': '99.9',
      'slo:period': '30d',
      'slo:severity': 'page',
    });
  });

  test('descriptions tell the person paged what fired, how much budget burned, and where the runbook is', () => {
    const page = composites['checkout-availability-page'].alarm_description;
    expect(page).toContain('SLO checkout/availability (99.9% over 30d)');
    expect(page).toContain('1h and 5m above 14.4x burn (2% of the budget in 1h; a full outage is detected in 52s)');
    expect(page).toContain('6h and 30m above 6x burn (5% of the budget in 6h');
    expect(page).toContain('Runbook: https://runbooks.example.com/checkout/availability');
    const w = windows['checkout-availability-page-1h-5m-long'].alarm_description;
    expect(w).toContain('above 1.44% (a 14.4x burn rate; 2% of the 30d error budget consumed in 1h)');
    expect(w).toContain('Notifies nobody itself: checkout-availability-page does');
    for (const a of [...Object.values(windows), ...Object.values(composites)]) expect(a.alarm_description.length).toBeLessThanOrEqual(1024);
  });

  test('exposes the resources it creates', () => {
    expect(slos.windowAlarms).toHaveLength(8);
    expect(slos.windowAlarms.every((a) => a instanceof CloudwatchMetricAlarm)).toBe(true);
    expect(slos.compositeAlarms).toHaveLength(2);
    expect(slos.compositeAlarms.every((a) => a instanceof CloudwatchCompositeAlarm)).toBe(true);
    expect(slos.slos[0].slo.errorBudget).toBe(0.001);
    expect(Object.keys(slos.slos[0].compositeAlarms)).toEqual(['page', 'ticket']);
    expect(slos.dashboard).toBeDefined();
  });

  test('a dashboard with, per SLO, the error ratio over the windows, burn rate, budget remaining and alert states', () => {
    const dashboards = values(synthJson(stack), 'aws_cloudwatch_dashboard');
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0].dashboard_name).toBe('checkout-slos');
    expect(dashboards[0].dashboard_body).toMatch(/^\$\{jsonencode\(/);
    expect(dashboards[0].dashboard_body).toContain('aws_cloudwatch_composite_alarm.');
    const widgets = slos.dashboardBody!.widgets as any[];
    expect(widgets.map((w) => w.properties.title)).toEqual([
      'checkout/availability (99.9% over 30d): error ratio over the alert windows',
      'checkout/availability (99.9% over 30d): burn rate over 1h (1 = the budget lasts exactly 30d)',
      'checkout/availability (99.9% over 30d): error budget remaining over the last 30d (budget 0.1%)',
      'checkout/availability (99.9% over 30d): alerts',
    ]);
    const ratios = widgets[0].properties.metrics.filter((m: any) => m.length === 1).map((m: any) => m[0]);
    expect(ratios.map((r: any) => r.label)).toEqual(['5m', '30m', '1h', '2h', '6h', '1d', '3d'].map((w) => `error ratio over ${w}`));
    expect(ratios[0].expression).toBe('(FILL(target_5xx_w0, 0) + FILL(elb_5xx_w0, 0)) / (FILL(requests_w0, 0) + (FILL(elb_5xx_w0, 0) - FILL(elb_502_w0, 0) - FILL(elb_504_w0, 0)))');
    expect(widgets[0].properties.annotations.horizontal.map((h: any) => h.value)).toEqual([0.0144, 0.006, 0.003, 0.001]);
    expect(widgets[2].properties.metrics.at(-1)[0].expression).toBe(
      '100 * (1 - ((FILL(target_5xx_p, 0) + FILL(elb_5xx_p, 0)) / (FILL(requests_p, 0) + (FILL(elb_5xx_p, 0) - FILL(elb_502_p, 0) - FILL(elb_504_p, 0)))) / 0.001)',
    );
    expect(widgets[3].type).toBe('alarm');
    // the page and ticket composites and the SLI health alarm
    expect(widgets[3].properties.alarms).toHaveLength(3);
  });
});

describe('SloAlarms: SLI sources', () => {
  test('an availability and a latency SLO on an ALB from a data source (tokens as dimension values)', () => {
    const { stack } = testStack();
    const alb = new DataAwsLb(stack, 'alb', { name: 'web' });
    new SloAlarms(stack, 'slos', {
      service: 'web',
      alarmRouting: new FakeRouting(['page', 'ticket'], TOPICS),
      tags: { team: 'payments' },
      slos: [
        { name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: alb.arnSuffix }) },
        { name: 'latency', objective: 99, period: '28d', sli: SloSli.albLatency({ loadBalancer: alb.arnSuffix, thresholdSeconds: 0.3 }) },
      ],
    });
    expect(synth(stack)).toMatchSnapshot();
    expect(schemaErrors(stack)).toEqual([]);
    const windows = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(Object.keys(windows)).toHaveLength(18);
    const latency = windows['web-latency-page-1h-5m-long'];
    expect(latency.metric_query.slice(0, 2)).toEqual([
      { id: 'fast_pct', return_data: false, metric: { namespace: 'AWS/ApplicationELB', metric_name: 'TargetResponseTime', dimensions: { LoadBalancer: '${data.aws_lb.alb.arn_suffix}' }, stat: 'PR(:0.3)', period: 3600 } },
      { id: 'requests', return_data: false, metric: { namespace: 'AWS/ApplicationELB', metric_name: 'TargetResponseTime', dimensions: { LoadBalancer: '${data.aws_lb.alb.arn_suffix}' }, stat: 'SampleCount', period: 3600 } },
    ]);
    expect(latency.metric_query.find((q: any) => q.id === 'bad').expression).toBe(
      'FILL(requests, 0) * (100 - FILL(fast_pct, 100)) / 100 + (FILL(elb_5xx, 0) - FILL(elb_502, 0) - FILL(elb_504, 0))',
    );
    expect(latency.metric_query.find((q: any) => q.id === 'total').expression).toBe('FILL(requests, 0) + (FILL(elb_5xx, 0) - FILL(elb_502, 0) - FILL(elb_504, 0))');
    // the latency SLO's health alarm watches the response-time sample count
    expect(windows['web-latency-sli-health'].metric_query[0].metric).toMatchObject({ metric_name: 'TargetResponseTime', stat: 'SampleCount', period: 3600 });
    // 28 days, 99%: 2% of the budget in 1h is a 13.44x burn, threshold 13.44%
    expect(latency.threshold).toBeCloseTo(0.1344, 12);
    expect(latency.tags).toMatchObject({ 'slo:period': '28d', 'slo:objective': '99', 'slo:burn-rate': '13.44', team: 'payments' });
    expect(alarmsByName(synthJson(stack), 'aws_cloudwatch_composite_alarm')['web-latency-page'].tags.team).toBe('payments');
  });

  test('latency on a target group: target responses only (the load balancer\'s own 5xx have no target group)', () => {
    const { stack } = build({ slos: [{ name: 'latency', objective: 99, sli: SloSli.albLatency({ loadBalancer: 'app/web/1', targetGroup: 'targetgroup/api/2', thresholdSeconds: 0.25 }) }] });
    const a = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-latency-page-1h-5m-long'];
    expect(a.metric_query.map((q: any) => q.id)).toEqual(['fast_pct', 'requests', 'bad', 'ratio']);
    expect(a.metric_query[0].metric).toMatchObject({ stat: 'PR(:0.25)', dimensions: { LoadBalancer: 'app/web/1', TargetGroup: 'targetgroup/api/2' } });
    expect(() => build({ slos: [{ name: 'latency', objective: 99, sli: SloSli.albLatency({ loadBalancer: 'app/web/1', targetGroup: 'tg/x/1', thresholdSeconds: 0.3, includeLoadBalancerErrors: true }) }] })).toThrow(
      'test/slos: invalid slos[0].sli.includeLoadBalancerErrors true: must be false with targetGroup',
    );
  });

  test('a target group alone: target 5xx only', () => {
    const { stack } = build({ slos: [{ ...availability, sli: SloSli.albAvailability({ loadBalancer: 'app/web/1', targetGroup: 'targetgroup/api/2' }) }] });
    const a = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-availability-page-1h-5m-long'];
    expect(a.metric_query.map((q: any) => q.id)).toEqual(['target_5xx', 'requests', 'bad', 'ratio']);
    expect(a.metric_query[0].metric.dimensions).toEqual({ LoadBalancer: 'app/web/1', TargetGroup: 'targetgroup/api/2' });
  });

  test('API Gateway REST (5XXError, ApiName, Stage) and HTTP API (5xx, ApiId)', () => {
    const { stack } = build({
      slos: [
        { name: 'rest', objective: 99.5, sli: SloSli.apiGateway({ apiName: 'orders', stage: 'prod' }) },
        { name: 'http', objective: 99.5, sli: SloSli.apiGateway({ apiId: 'a1b2c3' }) },
      ],
    });
    expect(schemaErrors(stack)).toEqual([]);
    const w = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(w['checkout-rest-page-1h-5m-long'].metric_query[0].metric).toMatchObject({ namespace: 'AWS/ApiGateway', metric_name: '5XXError', dimensions: { ApiName: 'orders', Stage: 'prod' } });
    expect(w['checkout-rest-page-1h-5m-long'].metric_query[1].metric).toMatchObject({ metric_name: 'Count', dimensions: { ApiName: 'orders', Stage: 'prod' } });
    expect(w['checkout-http-page-1h-5m-long'].metric_query[0].metric).toMatchObject({ metric_name: '5xx', dimensions: { ApiId: 'a1b2c3' } });
  });

  test('a good/total metric pair in any namespace: bad = total - good', () => {
    const { stack } = build({
      slos: [
        {
          name: 'orders',
          objective: 99,
          sli: SloSli.metrics({
            good: { namespace: 'Checkout', metricName: 'OrdersPlaced', dimensions: { Env: 'prod' } },
            total: { namespace: 'Checkout', metricName: 'OrdersAttempted', dimensions: { Env: 'prod' } },
          }),
        },
      ],
    });
    const a = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-orders-page-1h-5m-long'];
    expect(a.metric_query.map((q: any) => [q.id, q.expression ?? q.metric.metric_name])).toEqual([
      ['good_events', 'OrdersPlaced'],
      ['total_events', 'OrdersAttempted'],
      ['bad', 'total_events - FILL(good_events, 0)'],
      ['ratio', 'IF(bad > total_events, IF(bad >= 10, 1, 0), IF(total_events >= 10, bad / total_events, 0))'],
    ]);
  });

  test('raw metric math: the user\'s metrics and expressions', () => {
    const { stack } = build({
      minimumEventsPerWindow: 50,
      slos: [
        {
          name: 'jobs',
          objective: 99,
          sli: SloSli.metricMath({
            metrics: { failed: { namespace: 'Jobs', metricName: 'Failed' }, timedout: { namespace: 'Jobs', metricName: 'TimedOut' }, started: { namespace: 'Jobs', metricName: 'Started' } },
            bad: 'FILL(failed, 0) + FILL(timedout, 0)',
            total: 'started',
          }),
        },
      ],
    });
    expect(schemaErrors(stack)).toEqual([]);
    const a = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-jobs-ticket-3d-6h-long'];
    expect(a.metric_query.map((q: any) => q.id)).toEqual(['failed', 'timedout', 'started', 'bad', 'ratio']);
    expect(a.metric_query.at(-1).expression).toBe('IF(bad > started, IF(bad >= 50, 1, 0), IF(started >= 50, bad / started, 0))');
    expect(alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-jobs-sli-health'].metric_query[0]).toMatchObject({ id: 'started', metric: { metric_name: 'Started' } });
    expect(a.metric_query[0].metric.period).toBe(259200);
  });

  test('custom alerts and severities: each severity\'s notifications held by those declared before it', () => {
    const { stack } = build({
      alarmRouting: new FakeRouting(['page', 'ticket', 'info'], TOPICS),
      slos: [
        {
          ...availability,
          minimumEventsPerWindow: 100,
          alerts: [
            { severity: 'page', longWindow: '1h', burnRate: 14.4 },
            { severity: 'ticket', longWindow: '1d', budgetPercent: 10 },
            { severity: 'info', longWindow: '3d', shortWindow: '6h', burnRate: 0.5 },
          ],
        },
      ],
    });
    const c = alarmsByName(synthJson(stack), 'aws_cloudwatch_composite_alarm');
    expect(c['checkout-availability-info'].alarm_rule).toBe('(ALARM("checkout-availability-info-3d-6h-long") AND ALARM("checkout-availability-info-3d-6h-short"))');
    expect(c['checkout-availability-ticket'].actions_suppressor.alarm).toBe('checkout-availability-page');
    // an actions suppressor is one alarm: info waits on a notify-nobody composite of page OR ticket
    expect(c['checkout-availability-info'].actions_suppressor.alarm).toBe('checkout-availability-above-info');
    expect(c['checkout-availability-above-info']).toMatchObject({
      alarm_rule: 'ALARM("checkout-availability-page") OR ALARM("checkout-availability-ticket")',
      actions_enabled: false,
    });
    expect(c['checkout-availability-above-info'].alarm_actions).toBeUndefined();
    expect(Object.keys(c)).toHaveLength(4);
    expect(c['checkout-availability-info'].alarm_actions).toEqual(['arn:aws:sns:eu-west-1:123456789012:info']);
    const w = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(w['checkout-availability-page-1h-5m-long'].metric_query.at(-1).expression).toBe('IF(bad > total, IF(bad >= 100, 1, 0), IF(total >= 100, bad / total, 0))');
  });

  test('identical windows share one alarm, which both composites read and whose description names both', () => {
    const { stack, slos } = build({
      slos: [
        {
          ...availability,
          alerts: [
            { severity: 'page', longWindow: '6h', shortWindow: '30m', burnRate: 6 },
            { severity: 'ticket', longWindow: '6h', shortWindow: '1h', burnRate: 6 },
          ],
        },
      ],
    });
    const w = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(Object.keys(w).sort()).toEqual(['checkout-availability-page-6h-30m-long', 'checkout-availability-page-6h-30m-short', 'checkout-availability-sli-health', 'checkout-availability-ticket-6h-1h-short']);
    expect(w['checkout-availability-page-6h-30m-long'].alarm_description).toContain('Shared by page-6h-30m-long and ticket-6h-1h-long');
    expect(w['checkout-availability-page-6h-30m-long'].alarm_description).toContain('checkout-availability-page and checkout-availability-ticket do');
    expect(alarmsByName(synthJson(stack), 'aws_cloudwatch_composite_alarm')['checkout-availability-ticket'].alarm_rule).toBe(
      '(ALARM("checkout-availability-page-6h-30m-long") AND ALARM("checkout-availability-ticket-6h-1h-short"))',
    );
    expect(slos.windowAlarms).toHaveLength(3);
    expect(slos.slos[0].windowAlarms['ticket-6h-1h'].long).toBe(slos.slos[0].windowAlarms['page-6h-30m'].long);
    expect(slos.slos[0].cost.windowAlarms).toBe(3);
  });

  test('no dashboard when turned off', () => {
    const { stack, slos } = build({ dashboard: false });
    expect(resourcesOf(synthJson(stack), 'aws_cloudwatch_dashboard')).toEqual({});
    expect(slos.dashboard).toBeUndefined();
  });

  test('a long SLO description is shortened so alarm descriptions fit 1024 characters, runbook kept', () => {
    const { stack } = build({ slos: [{ ...availability, description: 'x'.repeat(2000) }] });
    for (const a of Object.values(alarmsByName(synthJson(stack), 'aws_cloudwatch_composite_alarm'))) {
      expect(a.alarm_description.length).toBeLessThanOrEqual(1024);
      expect(a.alarm_description).toMatch(/Runbook: https:\/\/runbooks\.example\.com\/checkout\/availability$/);
    }
  });
});

describe('SloAlarms: bad inputs', () => {
  const bad = (props: Partial<SloAlarmsProps>) => () => build(props);
  const slo = (over: Partial<SloAlarmDefinition>) => ({ slos: [{ ...availability, ...over } as SloAlarmDefinition] });

  test.each([0, 100, 101, NaN])('objective %p', (objective) => {
    expect(bad(slo({ objective }))).toThrow(`test/slos: invalid slos[0].objective ${objective}: must be a percentage greater than 0 and less than 100`);
  });

  test('unknown period', () => {
    expect(bad(slo({ period: '90d' as any }))).toThrow('test/slos: invalid slos[0].period "90d": must be one of "30d", "28d", "7d"');
  });

  test('an impossible pair (14.4x at 90%) says what would work', () => {
    expect(bad(slo({ objective: 90 }))).toThrow(/test\/slos: invalid slos\[0\]\.alerts\[0\]\.burnRate 14\.4: .*can never happen.*use a burn rate below 10x/);
  });

  test('empty names', () => {
    expect(bad(slo({ name: '' }))).toThrow('test/slos: invalid slos[0].name "": must be 1 to 63 lower-case letters');
    expect(bad({ service: '' })).toThrow('test/slos: invalid service "": must be letters, digits');
    expect(bad(slo({ sli: SloSli.albAvailability({ loadBalancer: '' }) }))).toThrow('test/slos: invalid slos[0].sli.loadBalancer "": must be a non-empty string');
    expect(bad(slo({ sli: SloSli.metrics({ bad: { namespace: 'X', metricName: '' }, total: { namespace: 'X', metricName: 'T' } }) }))).toThrow(
      'test/slos: invalid slos[0].sli.bad.metricName "": must be a non-empty string',
    );
  });

  test('duplicate SLO names and no SLOs', () => {
    expect(bad({ slos: [availability, availability] })).toThrow('test/slos: invalid slos[1].name "availability": must be unique among the SLOs');
    expect(bad({ slos: [] })).toThrow('test/slos: invalid slos []: must have at least 1 item(s) (got 0)');
  });

  test('too many metrics in a raw metric-math SLI', () => {
    const metrics = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`m${i}`, { namespace: 'X', metricName: `M${i}` }]));
    expect(bad(slo({ sli: SloSli.metricMath({ metrics, bad: 'm0', total: 'm1' }) }))).toThrow(/test\/slos: invalid slos\[0\]\.sli\.metrics .*11 metrics in one alarm; at most 10 are allowed/);
  });

  test('reserved and malformed query ids in a raw SLI', () => {
    expect(bad(slo({ sli: SloSli.metricMath({ metrics: { ratio: { namespace: 'X', metricName: 'Y' } }, bad: 'ratio', total: 'ratio' }) }))).toThrow(
      'test/slos: invalid slos[0].sli.metrics.ratio "ratio": must not be one of the ids',
    );
    expect(bad(slo({ sli: SloSli.metricMath({ metrics: { Bad: { namespace: 'X', metricName: 'Y' } }, bad: 'Bad', total: 'Bad' }) }))).toThrow(
      'test/slos: invalid slos[0].sli.metrics.Bad "Bad": must be a query id: a lower-case letter, then letters, digits and "_"',
    );
  });

  test('a severity the routing does not know', () => {
    expect(bad(slo({ alerts: [{ severity: 'urgent', longWindow: '1h', burnRate: 14.4 }] }))).toThrow(
      'test/slos: invalid slos[0].alerts "urgent": uses a severity the alarm routing does not know; it knows "page", "ticket"',
    );
  });

  test('a window CloudWatch cannot use as a period (90s)', () => {
    expect(bad(slo({ alerts: [{ severity: 'page', longWindow: '1h', shortWindow: '90s', burnRate: 14.4 }] }))).toThrow(
      'test/slos: invalid slos[0].alerts[0].shortWindow "1m30s": a CloudWatch alarm cannot use this window: period 90s must be 10, 20, 30 or a multiple of 60 seconds',
    );
  });

  test('a long window beyond what one CloudWatch alarm can evaluate (10d > 7d)', () => {
    expect(bad(slo({ alerts: [{ severity: 'ticket', longWindow: '10d', burnRate: 1 }] }))).toThrow(
      /test\/slos: invalid slos\[0\]\.alerts\[0\]\.longWindow "10d": a CloudWatch alarm cannot use this window: period x evaluation periods .* must be at most 604800s/,
    );
  });

  test('a service name that makes alarm names too long, and a bad guard', () => {
    expect(bad({ service: 'a'.repeat(65) })).toThrow('test/slos: invalid service');
    expect(bad({ minimumEventsPerWindow: 0 })).toThrow('test/slos: invalid minimumEventsPerWindow 0: must be an integer >= 1');
    expect(bad(slo({ minimumEventsPerWindow: 2.5 }))).toThrow('test/slos: invalid slos[0].minimumEventsPerWindow 2.5: must be an integer >= 1');
  });

  test('bad SLI arguments', () => {
    expect(bad(slo({ sli: SloSli.albLatency({ loadBalancer: 'app/web/1', thresholdSeconds: 0 }) }))).toThrow('test/slos: invalid slos[0].sli.thresholdSeconds 0: must be a number <= 4000 and > 0');
    expect(bad(slo({ sli: SloSli.apiGateway({}) }))).toThrow('test/slos: invalid slos[0].sli {}: must give exactly one of apiName (REST API) or apiId (HTTP API)');
    expect(bad(slo({ sli: SloSli.metrics({ total: { namespace: 'X', metricName: 'T' } }) }))).toThrow('test/slos: invalid slos[0].sli ["total"]: must give total and exactly one of bad or good');
    expect(bad(slo({ sli: SloSli.albAvailability({ loadBalancer: 'app/web/1', targetGroup: 'tg/x/1', includeLoadBalancerErrors: true }) }))).toThrow(
      'test/slos: invalid slos[0].sli.includeLoadBalancerErrors true: must be false with targetGroup',
    );
    expect(bad(slo({ sli: SloSli.albLatency({ loadBalancer: 'app/web/1', thresholdSeconds: Token.asNumber('${var.t}') }) }))).toThrow(
      /test\/slos: invalid slos\[0\]\.sli\.thresholdSeconds .*: must be known at synth, not a Terraform variable or reference: it is part of the statistic PR\(:threshold\)/,
    );
    expect(bad(slo({ sli: { kind: 'x' } as any }))).toThrow('test/slos: invalid slos[0].sli {"kind":"x"}: must be an SLI built with SloSli');
  });

  test('two SloAlarms for the same service would create the same alarm names: refused, naming both', () => {
    const { stack } = build({ dashboard: false });
    expect(() => new SloAlarms(stack, 'again', { service: 'checkout', alarmRouting: new FakeRouting(['page', 'ticket'], TOPICS), dashboard: false, slos: [availability] })).toThrow(
      'test/again: CloudWatch alarm name "checkout-availability-page-1h-5m-long" is already used by test/slos (aws eu-west-1)',
    );
    const other = testStack().stack;
    build({}, other);
    expect(() => new SloAlarms(other, 'other', { service: 'checkout', alarmRouting: new FakeRouting(['page', 'ticket'], TOPICS), slos: [{ ...availability, name: 'latency' }] })).toThrow(/CloudWatch dashboard.*checkout-slos/);
    expect(() => new SloAlarms(testStack().stack, 'x', { service: 'checkout', alarmRouting: new FakeRouting(['page', 'ticket'], TOPICS), slos: [availability], alarms: { window: {} } as any })).toThrow('test/x: unknown prop alarms.window; none is known here');
  });

  test('a routing whose topics are in another region: the alarms could not notify them', () => {
    expect(bad({ alarmRouting: new FakeRouting(['page', 'ticket'], { ...TOPICS, region: 'us-east-1' }) })).toThrow(
      'test/slos: invalid alarmRouting "us-east-1": must notify topics in eu-west-1, where the alarms are: a CloudWatch alarm can only notify an SNS topic in its own region',
    );
    expect(() => build({ alarmRouting: new FakeRouting(['page', 'ticket'], { ...TOPICS, region: 'eu-west-1' }) })).not.toThrow();
  });

  test('bad user tags', () => {
    expect(bad({ tags: { 'aws:team': 'x' } })).toThrow('test/slos: invalid tags.aws:team "aws:team"');
  });

  test('an objective written as a ratio says which percentage was meant, not a burn-rate error', () => {
    expect(bad(slo({ objective: 0.9995 }))).toThrow('test/slos: invalid slos[0].objective 0.9995: objective is a percentage: did you mean 99.95?');
  });

  test('a severity typo gets a did-you-mean', () => {
    expect(bad(slo({ alerts: [{ severity: 'pgae', longWindow: '1h', burnRate: 14.4 }] }))).toThrow('invalid slos[0].alerts "pgae": uses a severity the alarm routing does not know (did you mean "page"?)');
  });

  test('bad SLI health options', () => {
    expect(bad({ sliHealth: { missingFor: '2m' } })).toThrow('test/slos: invalid sliHealth.missingFor "2m": must be whole minutes and at least 5m');
    expect(bad(slo({ sliHealth: { missingFor: '8d' } }))).toThrow('test/slos: invalid slos[0].sliHealth.missingFor "8d": must be at most 7d');
    expect(bad(slo({ sliHealth: { missingFor: '1d1m' } }))).toThrow(/test\/slos: invalid slos\[0\]\.sliHealth\.missingFor "1d1m": a CloudWatch alarm cannot wait this long: .*must be at most 86400s/);
    expect(bad({ sliHealth: { severity: 'info' } })).toThrow('test/slos: invalid sliHealth.severity "info": uses a severity the alarm routing does not know');
    expect(bad({ sliHealth: 'off' as any })).toThrow('test/slos: invalid sliHealth "off": must be an object (got a string)');
    const withVariable = (props: (v: TerraformVariable) => Partial<SloAlarmsProps>) => () => {
      const { stack } = testStack();
      build(props(new TerraformVariable(stack, 'health', { type: 'map(string)' })), stack);
    };
    expect(withVariable((v) => ({ sliHealth: v.value }))).toThrow(/^test\/slos: invalid sliHealth \$\{var\.health\} \(a token\): must be known at synth, not a Terraform variable or reference: it decides whether the SLI health alerts exist/);
    expect(withVariable((v) => slo({ sliHealth: v.value }))).toThrow(/invalid slos\[0\]\.sliHealth \$\{var\.health\} \(a token\): must be known at synth/);
    expect(bad(slo({ sliHealth: { enabled: 'false' as any } }))).toThrow('test/slos: invalid slos[0].sliHealth.enabled "false": must be true or false');
    expect(bad(slo({ sli: SloSli.metricMath({ metrics: { a: { namespace: 'X', metricName: 'A' } }, bad: 'a', total: '100', healthMetric: 'b' }) }))).toThrow(
      'test/slos: invalid slos[0].sli.healthMetric "b": must be one of the metric ids (a): the SLI health alarm watches it',
    );
  });

  test('SLI health periods: whole hours as 1h periods, else 5 or 1 minute periods', () => {
    const periods = (missingFor: string) => {
      const { stack } = build({ sliHealth: { missingFor } });
      const h = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-availability-sli-health'];
      return [h.metric_query[0].metric.period, h.evaluation_periods, h.datapoints_to_alarm];
    };
    expect(periods('2h')).toEqual([3600, 2, 2]);
    expect(periods('7d')).toEqual([3600, 168, 168]);
    expect(periods('90m')).toEqual([300, 18, 18]);
    expect(periods('17m')).toEqual([60, 17, 17]);
  });

  test('bad suppression periods', () => {
    expect(bad({ suppressionWaitPeriod: 'soon' })).toThrow('test/slos: invalid suppressionWaitPeriod "soon": must be a positive duration');
    expect(bad({ suppressionExtensionPeriod: '2d' })).toThrow('test/slos: invalid suppressionExtensionPeriod "2d": must be a whole number of seconds up to 1d');
    expect(bad({ suppressionWaitPeriod: Lazy.stringValue({ produce: () => '5m' }) })).toThrow(/invalid suppressionWaitPeriod .*: must be known at synth/);
    const { stack } = build({ suppressionWaitPeriod: 60, suppressionExtensionPeriod: '1h' });
    expect(alarmsByName(synthJson(stack), 'aws_cloudwatch_composite_alarm')['checkout-availability-ticket'].actions_suppressor).toEqual({
      alarm: 'checkout-availability-page',
      wait_period: 60,
      extension_period: 3600,
    });
  });
});

describe('SloAlarms: latency thresholds', () => {
  test('a threshold that looks like milliseconds gets a warning', () => {
    const { stack } = build({ slos: [{ name: 'latency', objective: 99, sli: SloSli.albLatency({ loadBalancer: 'app/web/1', thresholdSeconds: 300 }) }] });
    expect(annotations(stack)).toEqual([
      'test/slos: slos[0].sli.thresholdSeconds is 300 seconds (5 minutes); if you meant 300 milliseconds, write 0.3',
    ]);
    const { stack: fine } = build({ slos: [{ name: 'latency', objective: 99, sli: SloSli.albLatency({ loadBalancer: 'app/web/1', thresholdSeconds: 0.3 }) }] });
    expect(annotations(fine)).toEqual([]);
  });

  test.each([
    [1e-7, 'PR(:0.0000001)'],
    [2.5e-7, 'PR(:0.00000025)'],
    [0.3, 'PR(:0.3)'],
    [0.1 + 0.2, 'PR(:0.3)'],
    [12, 'PR(:12)'],
  ])('threshold %p renders as the statistic %s (plain decimals, no exponent)', (t, stat) => {
    expect(percentRankStatistic(t)).toBe(stat);
    expect(stat).toMatch(/^PR\(:\d+(\.\d+)?\)$/);
  });

  test('a tiny threshold synthesizes a valid PR statistic', () => {
    const { stack } = build({ slos: [{ name: 'latency', objective: 99, sli: SloSli.albLatency({ loadBalancer: 'app/web/1', thresholdSeconds: 1e-7 }) }] });
    const a = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-latency-page-1h-5m-long'];
    expect(a.metric_query[0].metric.stat).toBe('PR(:0.0000001)');
    expect(schemaErrors(stack)).toEqual([]);
  });
});

describe('SloAlarms: user text stays text, CloudWatch vocabularies, limits with what the library adds (issue 21)', () => {
  const pair = (bad: object, total: object = { namespace: 'Checkout', metricName: 'Orders' }) => SloSli.metrics({ bad: bad as never, total: total as never });
  const slo = (over: Partial<SloAlarmDefinition>) => ({ slos: [{ ...availability, ...over } as SloAlarmDefinition] });

  test('an SLO\'s description and runbook URL, and the SLI\'s metric names, dimensions and expressions reach Terraform escaped', () => {
    const { stack } = build(
      slo({
        description: 'Orders ${var.injected} succeed %{ if true }',
        runbookUrl: 'https://runbooks.example.com/${var.injected}',
        sli: pair({ namespace: 'Checkout', metricName: 'Failed${var.x}', dimensions: { 'Env${x}': 'prod%{ if true }' } }),
      }),
    );
    const json = synthJson(stack);
    const windows = alarmsByName(json, 'aws_cloudwatch_metric_alarm');
    const long = windows['checkout-availability-page-1h-5m-long'];
    expect(long.alarm_description).toContain('Orders $${var.injected} succeed %%{ if true }');
    expect(long.alarm_description).toContain('Runbook: https://runbooks.example.com/$${var.injected}');
    expect(long.metric_query[0].metric).toMatchObject({ metric_name: 'Failed$${var.x}', dimensions: { 'Env$${x}': 'prod%%{ if true }' } });
    expect(alarmsByName(json, 'aws_cloudwatch_composite_alarm')['checkout-availability-page'].alarm_description).toContain('Orders $${var.injected} succeed');
    // Inside jsonencode(...) cdktf escapes ${ itself, but not %{, " or \: the dashboard escapes those.
    const dashboard = values(json, 'aws_cloudwatch_dashboard')[0].dashboard_body as string;
    expect(dashboard).toContain('"prod%%{ if true }"');
    expect(dashboard).toContain('"Failed$${var.x}"');
    expect(dashboard).not.toMatch(/(?<!%)%\{ if true \}/);
  });

  test('quotes and backslashes in dimension values stay inside the dashboard\'s strings (cdktf does not escape them in a function call)', () => {
    const { stack } = build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', dimensions: { Path: 'a"b\\c' } }) }));
    const dashboard = values(synthJson(stack), 'aws_cloudwatch_dashboard')[0].dashboard_body as string;
    expect(dashboard).toContain('"a\\"b\\\\c"');
    expect(alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-availability-page-1h-5m-long'].metric_query[0].metric.dimensions).toEqual({ Path: 'a"b\\c' });
  });

  test('namespaces, statistics and units only from CloudWatch\'s sets, with a did-you-mean; dimension names and values as the API allows', () => {
    expect(() => build(slo({ sli: pair({ namespace: '${var.ns}', metricName: 'Failed' }) }))).toThrow('test/slos: invalid slos[0].sli.bad.namespace "${var.ns}": must be a namespace of 1 to 255 letters');
    expect(() => build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', statistic: 'sum' }) }))).toThrow(
      'test/slos: invalid slos[0].sli.bad.statistic "sum": must be a CloudWatch statistic',
    );
    expect(() => build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', statistic: 'sum' }) }))).toThrow('(did you mean "Sum"?)');
    expect(() => build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', unit: 'count' }) }))).toThrow('test/slos: invalid slos[0].sli.bad.unit "count": must be one of "Seconds"');
    expect(() => build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', unit: 'count' }) }))).toThrow('(did you mean "Count"?)');
    expect(() => build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', dimensions: { ':Env': 'prod' } }) }))).toThrow('invalid slos[0].sli.bad.dimensions.:Env ":Env": must be a dimension name');
    expect(() => build(slo({ sli: SloSli.albAvailability({ loadBalancer: 'app/wéb/1' }) }))).toThrow('invalid slos[0].sli.loadBalancer "app/wéb/1": must be a dimension value');
    const { stack } = build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', statistic: 'SampleCount', unit: 'Count' }) }));
    expect(alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-availability-page-1h-5m-long'].metric_query[0].metric).toMatchObject({ stat: 'SampleCount', unit: 'Count' });
  });

  test('tokens: a dimension value may be a reference (carried); a whole dimensions map may not (refused, not spread into garbage)', () => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'dims', { type: 'map(string)' });
    expect(() => build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', dimensions: v.value }) }), stack)).toThrow(
      /test\/slos: invalid slos\[0\]\.sli\.bad\.dimensions \$\{var\.dims\} \(a token\): must be known at synth/,
    );
    const other = testStack().stack;
    const env = new TerraformVariable(other, 'env', { type: 'string' });
    build(slo({ sli: pair({ namespace: 'Checkout', metricName: 'Failed', dimensions: { Env: env.stringValue } }) }), other);
    expect(alarmsByName(synthJson(other), 'aws_cloudwatch_metric_alarm')['checkout-availability-page-1h-5m-long'].metric_query[0].metric.dimensions).toEqual({ Env: '${var.env}' });
  });

  test('tokens: text the alarm descriptions carry (description, runbook URL, SLI metric names) must be known at synth: descriptions are cut to 1024 characters there', () => {
    const withText = (over: (text: string) => Partial<SloAlarmDefinition>) => () => {
      const { stack } = testStack();
      build(slo(over(new TerraformVariable(stack, 'text', { type: 'string' }).stringValue)), stack);
    };
    expect(withText((t) => ({ description: t }))).toThrow(/invalid slos\[0\]\.description \$\{var\.text\} \(a token\): must be known at synth.*cut to 1024 characters/);
    expect(withText((t) => ({ runbookUrl: t }))).toThrow(/invalid slos\[0\]\.runbookUrl \$\{var\.text\} \(a token\): must be known at synth/);
    expect(withText((t) => ({ sli: pair({ namespace: 'Checkout', metricName: t }) }))).toThrow(/invalid slos\[0\]\.sli\.bad\.metricName \$\{var\.text\} \(a token\): must be known at synth/);
  });

  test('a misspelt SLI prop is refused with a did-you-mean, not ignored', () => {
    expect(() => build(slo({ sli: SloSli.albAvailability({ loadBalancer: 'app/web/1', targetGroop: 'tg' } as never) }))).toThrow(
      'test/slos: unknown prop slos[0].sli.targetGroop (did you mean targetGroup?)',
    );
  });

  test('metric math: 10 metrics of the user\'s plus the library\'s 3 expressions fit one alarm, 11 do not (MetricDataQuery: 10 MetricStat per PutMetricAlarm)', () => {
    const metrics = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, { namespace: 'Jobs', metricName: `M${i}` }]));
    const expr = (n: number) => Array.from({ length: n }, (_, i) => `FILL(m${i}, 0)`).join(' + ');
    const { stack } = build(slo({ sli: SloSli.metricMath({ metrics: metrics(10), bad: 'FILL(m0, 0)', total: expr(10) }) }));
    const queries = alarmsByName(synthJson(stack), 'aws_cloudwatch_metric_alarm')['checkout-availability-page-1h-5m-long'].metric_query;
    expect(queries.filter((q: any) => q.metric)).toHaveLength(10);
    expect(queries.filter((q: any) => q.expression).map((q: any) => q.id)).toEqual(['bad', 'total', 'ratio']);
    expect(() => build(slo({ sli: SloSli.metricMath({ metrics: metrics(11), bad: 'FILL(m0, 0)', total: expr(11) }) }))).toThrow(/11 metrics in one alarm; at most 10 are allowed/);
  });

  test('a routing\'s actions: a list of ARNs, at most 5 per alarm state (PutMetricAlarm/PutCompositeAlarm AlarmActions; the tables\' ResourceList)', () => {
    const routing = (actions: unknown) => ({ severities: ['page', 'ticket'], actionsFor: () => actions }) as never;
    const six = Array.from({ length: 6 }, (_, i) => `arn:aws:sns:eu-west-1:123456789012:t${i}`);
    expect(() => build({ alarmRouting: routing(six) })).toThrow('test/slos: invalid alarmRouting');
    expect(() => build({ alarmRouting: routing(six) })).toThrow('routes page to 6 actions for one alarm state; CloudWatch allows at most 5');
    expect(() => build({ alarmRouting: routing('arn:aws:sns:eu-west-1:123456789012:t') })).toThrow('test/slos: invalid alarmRouting "arn:aws:sns:eu-west-1:123456789012:t": must return a list of action ARNs from actionsFor("page")');
    expect(() => build({ alarmRouting: { severities: 'page', actionsFor: () => [] } as never })).toThrow('test/slos: invalid alarmRouting');
    expect(() => build({ alarmRouting: routing(six.slice(0, 5)) })).not.toThrow();
  });

  test('a composite reads at most 100 alarms (PutCompositeAlarm): 51 page alerts are 102 window alarms in one rule', () => {
    const alerts = Array.from({ length: 51 }, (_, i) => ({ severity: 'page', longWindow: `${i + 1}h`, shortWindow: `${i + 1}m`, burnRate: 1.5 }));
    expect(() => build(slo({ alerts }))).toThrow(/test\/slos: invalid slos\[0\]\.alerts "page": composite alarm rule references 102 alarms; at most 100 are allowed/);
    expect(() => build({ ...slo({ alerts: alerts.slice(0, 50) }), dashboard: false })).not.toThrow();
  });

  test('a metric-math expression the provider would refuse (over 1024 characters), given or derived, is refused at synth', () => {
    const long = `FILL(a, 0)${' + 0'.repeat(150)}`;
    const metrics = { a: { namespace: 'Jobs', metricName: 'A' } };
    expect(() => build(slo({ sli: SloSli.metricMath({ metrics, bad: 'a', total: `${long} + 0`.repeat(2) }) }))).toThrow('invalid slos[0].sli.total');
    // total - (good): two expressions of the user's joined by the library
    expect(() => build(slo({ sli: SloSli.metricMath({ metrics, good: long, total: long }) }))).toThrow(/invalid slos\[0\]\.sli .*the bad expression is \d+ characters; the provider allows at most 1024/);
  });
});
