import { RECOVERY_TAGS } from '../core/contract';
import { splitTagList } from '../recovery/tags';
import { DAY } from '../slo/duration';
import { reportDuration, reportDurationText } from '../slo/units';
import { at, nested, num, referencedAddresses, str } from './json';
import { BACKUP_CROSS_REGION_COPY, BACKUP_RESTORE_TESTING } from './rules/backup';
import { backupSelectionsOf } from './rules/coverage';
import { TerraformJsonResource, TerraformJsonStack } from './stack';

/** How a stateful resource is backed up and what it can lose, for the report. */
export interface ReportedBackup {
  /** Backup plans selecting it (names), from its recovery tags or the plans' selections. */
  readonly plans: readonly string[];
  /** Data lost with a zone, e.g. `0s` (from the recovery tags). @default - not recorded */
  readonly rpoZone?: string;
  /** Data lost with the region, e.g. `36h`. @default - not recorded: no copy outside the region is known */
  readonly rpoRegion?: string;
  /** Finest restore point against corruption or deletion, e.g. `5m`. @default - not recorded */
  readonly rpoData?: string;
  /** Days backups are kept. @default - not known */
  readonly retentionDays?: number;
  /** `none`, `governance`, `compliance`, or `locked` (a lock whose mode the JSON does not say). @default - not known */
  readonly vaultLock?: string;
  /** Whether restores are tested on a schedule. @default - not known */
  readonly restoreTesting?: boolean;
  /** Whether a plan selecting it copies to another region. @default - not known */
  readonly crossRegionCopy?: boolean;
}

function planNamed(s: TerraformJsonResource, stack: TerraformJsonStack): TerraformJsonResource | undefined {
  return stack.ofType('aws_backup_plan').find((p) => stack.pointsAt(s.body.plan_id, p, 'id', 'name'));
}

const LOCK_RANK = ['none', 'governance', 'compliance'];

/** The weakest lock of a plan's target vaults: a lock with `changeable_for_days` is compliance mode. */
function lockOf(plan: TerraformJsonResource, stack: TerraformJsonStack): string {
  const vaults = nested(plan.body, 'rule')
    .map((rule) => stack.ofType('aws_backup_vault').find((v) => stack.pointsAt(rule.target_vault_name, v, 'name')))
    .filter((v): v is TerraformJsonResource => v !== undefined);
  if (vaults.length === 0) return 'none';
  const locks = vaults.map((v) => stack.pointingAt(v, 'aws_backup_vault_lock_configuration', 'backup_vault_name', 'name')[0]);
  if (locks.some((l) => l === undefined)) return 'none';
  return locks.every((l) => l!.body.changeable_for_days !== undefined) ? 'compliance' : 'governance';
}

/**
 * The backup columns of a stateful resource: the recovery tags a construct
 * of this library wrote, completed from the JSON (plans selecting it, their
 * longest retention, vault lock, restore testing) for stacks written by hand.
 */
export function reportBackup(r: TerraformJsonResource, stack: TerraformJsonStack): ReportedBackup {
  const tags = stack.tagsOf(r);
  const selections = backupSelectionsOf(r, stack);
  const plans = selections.map((s) => planNamed(s, stack)).filter((p, i, all): p is TerraformJsonResource => p !== undefined && all.indexOf(p) === i);
  // A selection whose plan is not in this stack: name the plan by its reference or id.
  const elsewhere = selections.filter((s) => planNamed(s, stack) === undefined).map((s) => referencedAddresses(str(s.body.plan_id) ?? '')[0] ?? str(s.body.plan_id) ?? s.address);
  const tagged = splitTagList(tags[RECOVERY_TAGS.backupPlan]);
  const names = [...new Set([...tagged, ...plans.map((p) => str(p.body.name) ?? p.address), ...elsewhere])];
  const retentions = plans.flatMap((p) => nested(p.body, 'rule').map((rule) => num(at(rule, 'lifecycle', 'delete_after')) ?? 0));
  const retention = num(tags[RECOVERY_TAGS.retentionDays]) ?? (retentions.length ? Math.max(...retentions) : undefined);
  const tested = plans.length ? plans.some((p) => BACKUP_RESTORE_TESTING.check(p, stack).length === 0) : undefined;
  // The strongest lock among the plans: each plan holds a full copy.
  const lockFromJson = plans.length ? plans.map((p) => lockOf(p, stack)).sort((a, b) => LOCK_RANK.indexOf(b) - LOCK_RANK.indexOf(a))[0] : undefined;
  const restoreTag = tags[RECOVERY_TAGS.restoreTesting];
  return {
    plans: names,
    rpoZone: tags[RECOVERY_TAGS.rpoZone],
    rpoRegion: tags[RECOVERY_TAGS.rpoRegion],
    rpoData: tags[RECOVERY_TAGS.rpoData],
    retentionDays: retention === 0 ? undefined : retention,
    vaultLock: tags[RECOVERY_TAGS.vaultLock] ?? lockFromJson,
    restoreTesting: restoreTag !== undefined ? restoreTag === 'true' : tested,
    crossRegionCopy: plans.length ? plans.some((p) => BACKUP_CROSS_REGION_COPY.check(p, stack).length === 0) : undefined,
  };
}

/** The report row of a resource's backup columns: plan, RPO zone, RPO region, retention, vault lock, restore testing, RPO data (durations in the report's format). */
export function backupRow(address: string, b: ReportedBackup): string[] {
  return [
    address,
    b.plans.length ? b.plans.join(', ') : 'none',
    b.rpoZone !== undefined ? reportDurationText(b.rpoZone) : '?',
    b.rpoRegion !== undefined ? reportDurationText(b.rpoRegion) : b.crossRegionCopy === false ? 'all (no copy)' : '?',
    b.retentionDays !== undefined ? reportDuration(b.retentionDays * DAY) : '?',
    b.vaultLock ?? '?',
    b.restoreTesting === undefined ? '?' : b.restoreTesting ? 'yes' : 'no',
    b.rpoData !== undefined ? reportDurationText(b.rpoData) : '?',
  ];
}

/** Headers of {@link backupRow}. */
export const BACKUP_HEADERS = ['Resource', 'Backup plan', 'RPO zone', 'RPO region', 'Retention', 'Vault lock', 'Restore testing', 'RPO data'];
