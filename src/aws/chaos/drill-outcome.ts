import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { Construct } from 'constructs';

/** The experiment end states a drill reports. */
export const DRILL_END_STATES = ['completed', 'stopped', 'failed'] as const;

/** The EventBridge rule that reports a drill's end and its targets (one per notification action). */
export interface DrillOutcome {
  readonly rule: CloudwatchEventRule;
  readonly targets: CloudwatchEventTarget[];
}

/**
 * Notifies `actions` (SNS topics of a severity) when an experiment of the
 * template ends: completed, stopped (a stop condition fired, or someone
 * stopped it) or failed, with FIS's reason, so a drill that hurt the SLO is
 * visible without anyone watching the console.
 */
export function drillOutcome(scope: Construct, props: { region?: string; ruleName: string; drillName: string; templateId: string; actions: readonly string[] }): DrillOutcome {
  const rule = new CloudwatchEventRule(scope, 'outcome', {
    name: props.ruleName,
    region: props.region,
    description: `Reports how chaos drill ${props.drillName} ended`,
    eventPattern: JSON.stringify({
      source: ['aws.fis'],
      'detail-type': ['FIS Experiment State Change'],
      detail: { 'experiment-template-id': [props.templateId], 'new-state': { status: [...DRILL_END_STATES] } },
    }),
  });
  const targets = props.actions.map(
    (arn, i) =>
      new CloudwatchEventTarget(scope, `outcome-target-${i}`, {
        rule: rule.name,
        region: props.region,
        arn,
        inputTransformer: {
          inputPaths: { experiment: '$.detail.experiment-id', status: '$.detail.new-state.status', reason: '$.detail.new-state.reason' },
          // An input template that is a JSON string: subscribers see one readable line.
          inputTemplate: `"Chaos drill ${props.drillName}: experiment <experiment> ended <status> (<reason>). A stopped drill means a stop condition (the SLO page alarm) fired or someone stopped it: read the experiment log before the next run."`,
        },
      }),
  );
  return { rule, targets };
}
