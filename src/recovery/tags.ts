/**
 * Recovery tags, written and read back: {@link recoveryTags} writes what a
 * resource achieves onto it; {@link achievementFromTags} and
 * {@link objectivesFromTags} read that and the objective tags a
 * `RecoveryObjectives` writes back from any synthesized resource. Pure, so
 * the `report` command can run the disaster-recovery check over any
 * `cdk.tf.json`.
 */
import { checkAchievementArgument, checkTagMapArgument, checkTextArgument } from './arguments';
import { RECOVERY_TAGS } from '../core/contract';
import { RecoveryAchievement } from './achievement';
import { parseDuration } from '../slo/duration';
import { Disruption, DISRUPTIONS, Objective, RecoveryStrategy, STRATEGIES } from './objectives-check';

/**
 * Separator of the tag values that hold a list (`recovery:regions`,
 * `recovery:backup-plan`): a space. RDS, DynamoDB, S3 and IAM accept only
 * letters, numbers, spaces (`\p{Z}`) and `_ . : / = + - @` in tag values
 * (RDS API Reference, "Tag"; DynamoDB Developer Guide, "Tagging
 * restrictions"; `src/core/tag-rules.ts`), so a comma is refused at apply. A
 * space is in every service's set, in no region name and in no backup plan
 * name (`[A-Za-z0-9_.-]`), and the objective tags already separate their
 * fields with one (`rto=15m rpo=1m`).
 */
export const TAG_LIST_SEPARATOR = ' ';

/** A list as one tag value. */
export function tagList(items: readonly string[]): string {
  return items.join(TAG_LIST_SEPARATOR);
}

/** The items of a list tag value (absent: none). */
export function splitTagList(value: string | undefined): string[] {
  return value === undefined ? [] : value.split(TAG_LIST_SEPARATOR).filter((v) => v !== '');
}

function seconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text === '0' || text === '0s') return 0;
  try {
    return parseDuration(text);
  } catch {
    return undefined;
  }
}

/** The achievement a resource's recovery tags describe, or `undefined` when it has none. */
export function achievementFromTags(resource: string, kind: string, tags: Readonly<Record<string, string>>): RecoveryAchievement | undefined {
  checkTextArgument('achievementFromTags', 'resource', resource);
  checkTextArgument('achievementFromTags', 'kind', kind);
  checkTagMapArgument('achievementFromTags', 'tags', tags);
  const regions = tags[RECOVERY_TAGS.regions];
  const has = [RECOVERY_TAGS.regions, RECOVERY_TAGS.rpoZone, RECOVERY_TAGS.rpoRegion, RECOVERY_TAGS.rpoData, RECOVERY_TAGS.rtoRegion, RECOVERY_TAGS.backupPlan].some((k) => tags[k] !== undefined);
  if (!has) return undefined;
  const retention = tags[RECOVERY_TAGS.retentionDays];
  const lock = tags[RECOVERY_TAGS.vaultLock];
  const testing = tags[RECOVERY_TAGS.restoreTesting];
  return {
    resource,
    kind,
    regions: splitTagList(regions),
    rpoZoneSeconds: seconds(tags[RECOVERY_TAGS.rpoZone]),
    rpoRegionSeconds: seconds(tags[RECOVERY_TAGS.rpoRegion]),
    rpoDataSeconds: seconds(tags[RECOVERY_TAGS.rpoData]),
    rtoRegionSeconds: seconds(tags[RECOVERY_TAGS.rtoRegion]),
    ...(tags[RECOVERY_TAGS.stateless] === 'true' ? { stateless: true } : {}),
    backupPlan: tags[RECOVERY_TAGS.backupPlan],
    retentionDays: retention !== undefined && /^\d+$/.test(retention) ? Number(retention) : undefined,
    vaultLock: lock === 'none' || lock === 'governance' || lock === 'compliance' ? lock : undefined,
    restoreTesting: testing === 'true' ? true : testing === 'false' ? false : undefined,
  };
}

/** Objectives and strategy a `RecoveryObjectives` recorded in its policy's tags, or `undefined` when there are none. */
export function objectivesFromTags(tags: Readonly<Record<string, string>>): { objectives: Partial<Record<Disruption, Objective>>; strategy: RecoveryStrategy } | undefined {
  checkTagMapArgument('objectivesFromTags', 'tags', tags);
  const objectives: Partial<Record<Disruption, Objective>> = {};
  for (const d of DISRUPTIONS) {
    const text = tags[`${RECOVERY_TAGS.objectivePrefix}${d}`];
    const m = text?.match(/^rto=(\S+) rpo=(\S+)$/);
    if (!m) continue;
    const rto = seconds(m[1]);
    const rpo = seconds(m[2]);
    if (rto !== undefined && rpo !== undefined) objectives[d] = { rtoSeconds: rto, rpoSeconds: rpo };
  }
  const strategy = tags[RECOVERY_TAGS.strategy] as RecoveryStrategy | undefined;
  if (Object.keys(objectives).length === 0 || strategy === undefined || !STRATEGIES.includes(strategy)) return undefined;
  return { objectives, strategy };
}

function durationTag(s: number): string {
  if (s === 0) return '0s';
  for (const [unit, size] of [['d', 86400], ['h', 3600], ['m', 60]] as const) if (s % size === 0) return `${s / size}${unit}`;
  return `${s}s`;
}

/** The recovery tags for an achievement (AWS tag values: durations as `5m`, `24h`; absent figures left out). */
export function recoveryTags(a: RecoveryAchievement): Record<string, string> {
  checkAchievementArgument('recoveryTags', 'achievement', a);
  const tags: Record<string, string> = {};
  if (a.regions.length) tags[RECOVERY_TAGS.regions] = tagList(a.regions);
  if (a.rpoZoneSeconds !== undefined) tags[RECOVERY_TAGS.rpoZone] = durationTag(a.rpoZoneSeconds);
  if (a.rpoRegionSeconds !== undefined) tags[RECOVERY_TAGS.rpoRegion] = durationTag(a.rpoRegionSeconds);
  if (a.rpoDataSeconds !== undefined) tags[RECOVERY_TAGS.rpoData] = durationTag(a.rpoDataSeconds);
  if (a.rtoRegionSeconds !== undefined) tags[RECOVERY_TAGS.rtoRegion] = durationTag(a.rtoRegionSeconds);
  if (a.stateless) tags[RECOVERY_TAGS.stateless] = 'true';
  if (a.backupPlan !== undefined) tags[RECOVERY_TAGS.backupPlan] = a.backupPlan;
  if (a.retentionDays !== undefined) tags[RECOVERY_TAGS.retentionDays] = String(a.retentionDays);
  if (a.vaultLock !== undefined) tags[RECOVERY_TAGS.vaultLock] = a.vaultLock;
  if (a.restoreTesting !== undefined) tags[RECOVERY_TAGS.restoreTesting] = String(a.restoreTesting);
  return tags;
}
