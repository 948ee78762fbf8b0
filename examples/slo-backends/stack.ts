import * as fs from 'node:fs';
import * as path from 'node:path';
import { DatadogProvider } from '@cdktf/provider-datadog/lib/provider';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AlarmChannel, DatadogSlos, loadOpenSlo, loadSlothSpec, ManagedPrometheusSlos, SloAlarms, toDatadogSlo, toPrometheusSlo, toSloAlarmDefinition } from '../../src';

/**
 * One service's SLOs, brought in as OpenSLO and sloth YAML, on three
 * backends: CloudWatch alarms for the ALB-measured SLO, Amazon Managed
 * Service for Prometheus rules and alert manager for the sloth SLO (routed
 * to the same AlarmChannel topics), and Datadog monitors for the APM SLO.
 * Each backend takes the SLOs whose metric source it reads. See README.md.
 */
export class SloBackendsStack extends TerraformStack {
  public readonly alarms: AlarmChannel;
  public readonly cloudWatch: SloAlarms;
  public readonly prometheus: ManagedPrometheusSlos;
  public readonly datadog: DatadogSlos;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    // Credentials come from DD_API_KEY and DD_APP_KEY in the environment.
    new DatadogProvider(this, 'datadog', {});

    const file = (name: string) => ({ text: fs.readFileSync(path.join(__dirname, name), 'utf8'), file: `examples/slo-backends/${name}` });
    const openslo = file('basket.openslo.yaml');
    const sloth = file('basket.sloth.yaml');
    const fromOpenSlo = loadOpenSlo(openslo.text, { file: openslo.file });
    const cloudWatchSlos = fromOpenSlo.filter((s) => s.sli.backend === 'cloudwatch');
    const datadogSlos = fromOpenSlo.filter((s) => s.sli.backend === 'datadog');

    this.alarms = new AlarmChannel(this, 'alarms', {
      subscriptions: { page: [{ protocol: 'email', endpoint: 'basket-oncall@example.com' }], ticket: [{ protocol: 'email', endpoint: 'basket-team@example.com' }] },
      tags: { Team: 'basket' },
    });
    this.cloudWatch = new SloAlarms(this, 'cloudwatch', { service: 'basket', alarmRouting: this.alarms, slos: cloudWatchSlos.map(toSloAlarmDefinition), tags: { Team: 'basket' } });
    this.prometheus = new ManagedPrometheusSlos(this, 'prometheus', {
      service: 'basket',
      alarmRouting: this.alarms,
      slos: loadSlothSpec(sloth.text, { file: sloth.file }).map(toPrometheusSlo),
      alertLabels: { team: 'payments' },
      tags: { Team: 'basket' },
    });
    this.datadog = new DatadogSlos(this, 'datadog-slos', {
      service: 'basket',
      slos: datadogSlos.map(toDatadogSlo),
      notify: { page: ['@pagerduty-basket'], ticket: ['@slack-basket-alerts'] },
      tags: ['team:payments'],
    });
  }
}
