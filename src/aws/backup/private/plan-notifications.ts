import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { Annotations, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { physicalName } from '../../../core/naming';
import { Severity } from '../../../core/severity';
import { literal } from '../../../core/user-text';
import { IAlarmRouting, routedActions } from '../../common/alarm-routing';
import { ClaimName } from './plan-vaults';

/** The job states AWS Backup reports that lose a recovery point. */
const JOB_FAILURE_STATES = ['FAILED', 'ABORTED', 'EXPIRED'];

/** What the job-failure notifications of a plan are made from. */
export interface JobFailureOptions {
  readonly routing?: IAlarmRouting;
  readonly severity: Severity;
  /** The plan's Region, when known at synth: EventBridge rules reach SNS topics of their own Region only. */
  readonly region?: string;
  readonly planName: string;
  readonly vaultName: string;
  readonly vaultArn: string;
  readonly provider?: TerraformProvider;
  readonly claim: ClaimName;
}

/**
 * Failed, aborted and expired backup and copy jobs of the plan's vault go to the routing's actions for `severity`
 * (EventBridge rules `backup-job-failed` and `copy-job-failed` with one target per action, under the plan). Without a
 * routing, a warning: the plan's failures then notify no one.
 */
export function createJobFailureNotifications(plan: Construct, o: JobFailureOptions): CloudwatchEventRule[] {
  if (!o.routing) {
    Annotations.of(plan).addWarning('alarmRouting is not set: failed, aborted and expired backup and copy jobs, missing backups and failed restores notify no one. Pass an AlarmChannel as alarmRouting.');
    return [];
  }
  const routingRegion = o.routing.region;
  if (routingRegion !== undefined && o.region !== undefined && routingRegion !== o.region) {
    throw new InvalidPropError(plan, 'alarmRouting', `topics in ${routingRegion}`, `must notify topics in the plan's region ${o.region}: EventBridge rules and CloudWatch alarms reach SNS topics only in their own region`);
  }
  const targets = routedActions(plan, o.routing, o.severity, 'jobFailureSeverity');
  const patterns: [string, object][] = [
    ['backup-job-failed', { source: ['aws.backup'], 'detail-type': ['Backup Job State Change'], detail: { state: JOB_FAILURE_STATES, backupVaultName: [o.vaultName] } }],
    ['copy-job-failed', { source: ['aws.backup'], 'detail-type': ['Copy Job State Change'], detail: { state: JOB_FAILURE_STATES, sourceBackupVaultArn: [o.vaultArn] } }],
  ];
  return patterns.map(([suffix, pattern]) => {
    const name = physicalName(plan, { maxLength: 64, suffix, allowed: /[A-Za-z0-9_.-]/ });
    o.claim('EventBridge rule', name, o.provider);
    const rule = new CloudwatchEventRule(plan, suffix, {
      provider: o.provider,
      name,
      description: literal(`[${o.severity}] ${suffix.startsWith('copy') ? 'A copy' : 'A backup'} job of backup plan ${o.planName} failed, was aborted or expired.`),
      eventPattern: JSON.stringify(pattern),
    });
    targets.forEach((arn, i) => new CloudwatchEventTarget(plan, `${suffix}-target-${i + 1}`, { provider: o.provider, rule: rule.name, arn }));
    return rule;
  });
}
