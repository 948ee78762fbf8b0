/**
 * The disaster-recovery part of `cdktf-reliability report`: objectives and
 * strategy (from a `RecoveryObjectives`' tags), what each resource achieves
 * (from its recovery tags), and whether each objective is met — the same
 * check that fails synth, run over any synthesized stack.
 */
import { RECOVERY_TAGS } from '../core/contract';
import { RecoveryAchievement } from '../recovery/achievement';
import { checkRecovery, Disruption, Objective, RecoveryStrategy, RecoveryVerdict } from '../recovery/objectives-check';
import { achievementFromTags, objectivesFromTags } from '../recovery/tags';
import { TerraformJsonStack } from './stack';

export interface RecoveryReport {
  /** Address of the resource that carries the objectives (the resiliency policy). */
  readonly source: string;
  readonly strategy: RecoveryStrategy;
  readonly objectives: Partial<Record<Disruption, Objective>>;
  readonly achievements: readonly RecoveryAchievement[];
  readonly verdicts: readonly RecoveryVerdict[];
}

/** Every resource's achievement, keyed by address (several resources of one construct may carry the same tags). */
export function recoveryAchievements(stack: TerraformJsonStack, include: (tags: Readonly<Record<string, string>>) => boolean = () => true): RecoveryAchievement[] {
  const out: RecoveryAchievement[] = [];
  for (const r of stack.resources) {
    const tags = stack.tagsOf(r);
    if (!include(tags)) continue;
    const a = achievementFromTags(r.address, r.type.replace(/^aws_/, ''), tags);
    if (a) out.push(a);
  }
  return out;
}

/**
 * One report per set of objectives in the stack. Objectives that hold only
 * the resources they list (tagged with their name) are checked against those
 * resources; the others against every resource with recovery tags.
 */
export function recoveryReports(stack: TerraformJsonStack): RecoveryReport[] {
  const out: RecoveryReport[] = [];
  for (const r of stack.resources) {
    const tags = stack.tagsOf(r);
    const found = objectivesFromTags(tags);
    if (!found) continue;
    const name = tags[RECOVERY_TAGS.objectivesName];
    const achievements = name === undefined ? recoveryAchievements(stack) : recoveryAchievements(stack, (t) => t[`${RECOVERY_TAGS.heldToPrefix}${name}`] === 'true');
    out.push({ source: r.address, ...found, achievements, verdicts: checkRecovery(found.objectives, found.strategy, achievements) });
  }
  return out;
}

/** The recovery report of the first set of objectives in a stack, or `undefined` when it has none. */
export function recoveryReport(stack: TerraformJsonStack): RecoveryReport | undefined {
  return recoveryReports(stack)[0];
}
