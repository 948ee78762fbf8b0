/** Chaos drills of a stack (FIS experiment templates), with their schedules and stop conditions, for the HTML report. */
import { nested, referencedAddresses, str } from './json';
import { TerraformJsonStack } from './stack';
import { reportDuration } from '../slo/units';

/** One fault injection experiment template, as the report shows it. */
export interface ReportedDrill {
  readonly address: string;
  readonly description: string;
  /** Each action: its name, FIS action id and duration (`PT15M`). */
  readonly actions: readonly { readonly name: string; readonly actionId: string; readonly duration?: string }[];
  /** Each stop condition: its source and what it points at (an alarm's address or ARN). */
  readonly stopConditions: readonly { readonly source: string; readonly value: string }[];
  /** EventBridge Scheduler expressions of the schedules that start it. */
  readonly schedules: readonly string[];
}

/** Every FIS experiment template of the stack, with the schedules that start it (a schedule whose input names the template). */
export function drillsOf(stack: TerraformJsonStack): ReportedDrill[] {
  const schedules = stack.ofType('aws_scheduler_schedule');
  return stack.ofType('aws_fis_experiment_template').map((t) => ({
    address: t.address,
    description: str(t.body.description) ?? '',
    actions: nested(t.body, 'action').map((a) => {
      const duration = nested(a, 'parameter').find((p) => p.key === 'duration' || p.key === 'startInstancesAfterDuration');
      return { name: str(a.name) ?? '?', actionId: str(a.action_id) ?? '?', ...(duration && str(duration.value) ? { duration: str(duration.value) } : {}) };
    }),
    stopConditions: nested(t.body, 'stop_condition').map((c) => {
      const value = str(c.value) ?? '';
      return { source: str(c.source) ?? '?', value: referencedAddresses(value)[0] ?? value };
    }),
    schedules: schedules
      .filter((s) => nested(s.body, 'target').some((target) => referencedAddresses(str(target.input) ?? '').includes(t.address)))
      .map((s) => str(s.body.schedule_expression) ?? '?'),
  }));
}

/** An ISO 8601 duration as FIS writes them (`PT15M`, `PT1H30M`) in the reports' format (`15m`, `1.5h`); anything else as written. */
export function fisDuration(text: string): string {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(text);
  return m && text !== 'PT' ? reportDuration(Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0)) : text;
}
