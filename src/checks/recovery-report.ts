/**
 * The disaster-recovery part of `cdktf-reliability report`: objectives and
 * strategy (from a `RecoveryObjectives`' tags), what each resource achieves
 * (from its recovery tags), and whether each objective is met — the same
 * check that fails synth, run over any synthesized stack.
 */
import { RecoveryAchievement } from '../core/recovery';
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
export function recoveryAchievements(stack: TerraformJsonStack): RecoveryAchievement[] {
  const out: RecoveryAchievement[] = [];
  for (const r of stack.resources) {
    const a = achievementFromTags(r.address, r.type.replace(/^aws_/, ''), stack.tagsOf(r));
    if (a) out.push(a);
  }
  return out;
}

/** The recovery report of a stack with objectives, or `undefined` when it has none. */
export function recoveryReport(stack: TerraformJsonStack): RecoveryReport | undefined {
  for (const r of stack.resources) {
    const found = objectivesFromTags(stack.tagsOf(r));
    if (!found) continue;
    const achievements = recoveryAchievements(stack);
    return { source: r.address, ...found, achievements, verdicts: checkRecovery(found.objectives, found.strategy, achievements) };
  }
  return undefined;
}
