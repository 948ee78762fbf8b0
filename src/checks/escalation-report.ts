import type { ReportedSlo } from './report';
import { reportDuration } from '../slo/units';
import { SLO_TAGS } from '../core/contract';
import { blocks, num, referencedAddresses, str, stringsIn } from './json';
import { COMPOSITE_ALARM } from './rules/cloudwatch';
import { TerraformJsonResource, TerraformJsonStack } from './stack';

/** Where an SLO's page ends up in PagerDuty, read back from the synthesized stack. */
export interface ReportedEscalation {
  /** Address of the `pagerduty_escalation_policy`. */
  readonly policy: string;
  /** Its levels (rules). */
  readonly levels: number;
  /** Minutes from the first notification to the last level when nobody acknowledges (the delays before it). */
  readonly minutesToLastLevel: number;
}

/** The resources a value references, by address, that exist in the stack. */
function referenced(stack: TerraformJsonStack, value: unknown, type: string): TerraformJsonResource[] {
  const addresses = new Set(stringsIn(value).flatMap(referencedAddresses));
  return [...addresses].filter((a) => a.startsWith(`${type}.`)).flatMap((a) => stack.resource(a) ?? []);
}

/**
 * The escalation policy an SLO's page alarm reaches: page composite alarm -> its SNS topic -> an HTTPS subscription
 * to a PagerDuty integration URL -> the integration's service -> the service's escalation policy. Undefined when
 * the chain leaves the stack (an existing service or policy, a URL in a variable).
 */
export function escalationOf(stack: TerraformJsonStack, service: string, slo: string): ReportedEscalation | undefined {
  const pages = stack.ofType(COMPOSITE_ALARM).filter((a) => {
    const t = stack.tagsOf(a);
    return t[SLO_TAGS.name] === slo && (t[SLO_TAGS.service] ?? '-') === service && t[SLO_TAGS.severity] === 'page';
  });
  for (const alarm of pages) {
    for (const topic of referenced(stack, alarm.body.alarm_actions, 'aws_sns_topic')) {
      for (const sub of stack.referencing(topic, 'aws_sns_topic_subscription').filter((s) => str(s.body.protocol) === 'https')) {
        for (const integration of referenced(stack, sub.body.endpoint, 'pagerduty_service_integration')) {
          for (const pdService of referenced(stack, integration.body.service, 'pagerduty_service')) {
            for (const policy of referenced(stack, pdService.body.escalation_policy, 'pagerduty_escalation_policy')) {
              const rules = blocks(policy.body.rule);
              const delays = rules.map((r) => num(r.escalation_delay_in_minutes));
              if (rules.length === 0 || delays.slice(0, -1).some((d) => d === undefined)) continue;
              return { policy: policy.address, levels: rules.length, minutesToLastLevel: delays.slice(0, -1).reduce((s: number, d) => s + (d ?? 0), 0) };
            }
          }
        }
      }
    }
  }
  return undefined;
}

/** Time from the SLO's page to the last escalation level, beside the page's detection time (text, markdown and HTML). */
export function escalationSentence(slo: Pick<ReportedSlo, 'alerts'> & { escalation: ReportedEscalation }): string {
  const e = slo.escalation;
  const detect = Math.min(...slo.alerts.filter((a) => a.severity === 'page').map((a) => a.detectsFullOutageIn));
  const detected = Number.isFinite(detect) ? `a full outage pages in ${reportDuration(detect)}, ` : '';
  return `Escalation: ${detected}the last of ${e.levels} levels of ${e.policy} is reached ${reportDuration(e.minutesToLastLevel * 60)} after the page${Number.isFinite(detect) ? ` (${reportDuration(detect + e.minutesToLastLevel * 60)} after the outage starts)` : ''} when nobody acknowledges.`;
}
