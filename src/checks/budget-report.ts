import { SLO_TAGS } from '../core/contract';
import { num, str } from './json';
import { METRIC_ALARM } from './rules/cloudwatch';
import { TerraformJsonStack } from './stack';

/** An SLO's budget-exhausted alarm, as the stack holds it (SloAlarms' `budgetExhausted`). */
export interface ReportedBudgetExhausted {
  /** The alarm's name. */
  readonly alarm: string;
  /** Percent of the period's error budget the window must spend (the `slo:budget-exhausted` tag). */
  readonly budgetPercent: number;
  /** The window the alarm reads (`7d`). */
  readonly window: string;
  /** Who it notifies. @default - absent when the alarm carries no severity tag */
  readonly severity?: string;
}

/** The budget-exhausted alarm of one SLO (tagged `slo:budget-exhausted`), or undefined when the stack has none. */
export function budgetExhaustedOf(stack: TerraformJsonStack, service: string, slo: string): ReportedBudgetExhausted | undefined {
  for (const alarm of stack.ofType(METRIC_ALARM)) {
    const tags = stack.tagsOf(alarm);
    const percent = num(tags[SLO_TAGS.budgetExhausted]);
    if (tags[SLO_TAGS.service] !== service || tags[SLO_TAGS.name] !== slo || percent === undefined) continue;
    const severity = tags[SLO_TAGS.severity];
    return { alarm: str(alarm.body.alarm_name) ?? alarm.address, budgetPercent: percent, window: tags[SLO_TAGS.window] ?? '?', ...(severity ? { severity } : {}) };
  }
  return undefined;
}

/** One sentence on the budget-exhausted alarm (text, markdown and HTML). */
export function budgetExhaustedSentence(slo: { readonly period: string }, b: ReportedBudgetExhausted): string {
  const share = b.budgetPercent === 100 ? 'the whole' : `${b.budgetPercent}% of the`;
  const seen = b.window === slo.period ? `${share} ${slo.period} error budget is spent` : `the last ${b.window} alone spent ${share} ${slo.period} error budget (a slower spend shows only to the gate command)`;
  return `Budget-exhausted alarm ${b.alarm}${b.severity ? ` (${b.severity})` : ''}: in ALARM while ${seen}.`;
}
