import { drillPlan, DRILL_SCENARIOS, DrillPlanOptions } from '../../../src/aws/chaos/drill-plan';
import { documentParameterProblems, FIS_SSM_DOCUMENTS } from '../../../src/aws/chaos/ssm-documents';

// Source of every parameter list: AWS FIS User Guide, "Use Systems Manager SSM documents with AWS FIS",
// section "Pre-configured AWS FIS SSM documents" (each document's "Document parameters").
const LOCATION = { partition: 'aws', region: 'eu-west-1', account: '111111111111' };
const TARGETS = {
  group: { name: 'web', arn: 'arn:aws:autoscaling:eu-west-1:111111111111:autoScalingGroup:x:autoScalingGroupName/web' },
  database: { kind: 'cluster' as const, arn: 'arn:aws:rds:eu-west-1:111111111111:cluster:orders' },
  zone: { name: 'eu-west-1a', subnetArns: ['arn:aws:ec2:eu-west-1:111111111111:subnet/subnet-1'], vpcId: 'vpc-1' },
  // EKS pod scenarios run no SSM document (aws:eks:pod-* actions): the sweep below proves they send none.
  pods: { cluster: { name: 'shop', arn: 'arn:aws:eks:eu-west-1:111111111111:cluster/shop' }, namespace: 'shop', selector: { app: 'checkout' } },
};
const BASE: DrillPlanOptions = { scenario: 'zone-loss', durationMinutes: 10, instanceAction: 'stop', instancePercent: 50, cpuLoadPercent: 80, latencyMilliseconds: 200 };

/** The SSM documents and parameters a plan's send-command actions pass. */
function commands(o: DrillPlanOptions): { document: string; parameters: Record<string, string> }[] {
  return drillPlan(o, LOCATION, TARGETS)
    .actions.filter((a) => a.actionId === 'aws:ssm:send-command')
    .map((a) => {
      const p = Object.fromEntries(a.parameter.map((x) => [x.key, x.value]));
      return { document: p.documentArn.split('document/')[1], parameters: JSON.parse(p.documentParameters) };
    });
}

describe('FIS SSM documents: every parameter a drill passes is one the document declares', () => {
  test('AWSFIS-Run-Network-Latency declares no jitter; only the Sources document does (JitterMilliseconds, not Jitter)', () => {
    expect(Object.keys(FIS_SSM_DOCUMENTS['AWSFIS-Run-Network-Latency'].parameters).sort()).toEqual(['DelayMilliseconds', 'DurationSeconds', 'InstallDependencies', 'Interface']);
    expect(FIS_SSM_DOCUMENTS['AWSFIS-Run-Network-Latency-Sources'].parameters).toHaveProperty('JitterMilliseconds');
    expect(documentParameterProblems(FIS_SSM_DOCUMENTS['AWSFIS-Run-Network-Latency'], { DurationSeconds: '60', Jitter: '10' })).toEqual([
      'AWSFIS-Run-Network-Latency declares no parameter Jitter (it declares Interface, DelayMilliseconds, DurationSeconds, InstallDependencies)',
    ]);
    expect(documentParameterProblems(FIS_SSM_DOCUMENTS['AWSFIS-Run-Network-Latency-Sources'], { DurationSeconds: '60' })).toEqual(['AWSFIS-Run-Network-Latency-Sources requires Sources']);
    expect(documentParameterProblems(FIS_SSM_DOCUMENTS['AWSFIS-Run-CPU-Stress'], {})).toEqual(['AWSFIS-Run-CPU-Stress requires DurationSeconds']);
  });

  test.each(DRILL_SCENARIOS.flatMap((scenario) => [
    [scenario, {}],
    [scenario, { jitterMilliseconds: 15, networkInterface: 'ens5' }],
  ] as const))('%s %j: the documents exist in the table and accept every parameter sent', (scenario, extra) => {
    const sent = commands({ ...BASE, scenario, ...(scenario === 'network-latency' ? extra : {}) });
    if (scenario === 'cpu-stress' || scenario === 'network-latency') expect(sent).toHaveLength(1);
    else expect(sent).toEqual([]);
    for (const c of sent) {
      const document = (FIS_SSM_DOCUMENTS as Record<string, (typeof FIS_SSM_DOCUMENTS)[keyof typeof FIS_SSM_DOCUMENTS]>)[c.document];
      expect(document).toBeDefined();
      expect(documentParameterProblems(document, c.parameters)).toEqual([]);
      // SendCommand takes string values only.
      for (const v of Object.values(c.parameters)) expect(typeof v).toBe('string');
    }
  });

  test('each document names its source', () => {
    for (const d of Object.values(FIS_SSM_DOCUMENTS)) expect(d.source).toMatch(/^AWS FIS User Guide, .*read \d{4}-\d{2}$/);
  });
});
