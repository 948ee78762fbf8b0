import { BackupRestoreTestingPlan } from '@cdktf/provider-aws/lib/backup-restore-testing-plan';
import { BackupRestoreTestingSelection } from '@cdktf/provider-aws/lib/backup-restore-testing-selection';
import { Annotations, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { physicalName } from '../../../core/naming';
import { BackupResourceType, encryptionRestoreOverrides, IBackupTarget, RESTORES_WITHOUT_NETWORK } from '../../common/backup-target';
import type { AddAlarmsOptions } from '../../common/reliable-construct';
import { ResourceAlarmDefinition } from '../../common/resource-alarm';
import { restoreFailedAlarm } from '../backup-alarms';
import { NormalizedRestoreTesting, restoreTestingPlan, restoreTestingSelection, RestoreTestingTarget } from '../restore-testing';
import { ClaimName, CopySite } from './plan-vaults';

/** Creates routed alarms through the plan's one alarm seam (`ReliableConstruct.addAlarms`). */
export type AddAlarms = (definitions: readonly ResourceAlarmDefinition[], options: AddAlarmsOptions) => void;

/** What the restore tests of a plan need from it. */
export interface RestoreTestsOptions {
  readonly testing: NormalizedRestoreTesting;
  readonly planName: string;
  readonly provider?: TerraformProvider;
  readonly roleArn: string;
  readonly vaultArn: string;
  readonly vaultName: string;
  /** Whether a rule backs up continuously (the plan then restores continuous recovery points too). */
  readonly continuous: boolean;
  readonly copySites: readonly CopySite[];
  readonly claim: ClaimName;
  readonly addAlarms: AddAlarms;
}

/**
 * A plan's restore tests (the `protect()` state they grow with): the restore testing plan over the plan's vault
 * (logical id `restore-testing-plan`), one selection per protected ARN (`restore-test-<n>`) or tag-selected type
 * (`restore-test-tags-<n>`), the same over each copy vault the plan created (under `copy-<alias>`), and one
 * `restoreFailed` alarm per tested type and Region, created through the plan's `addAlarms`.
 */
export class PlanRestoreTests {
  public readonly plan: BackupRestoreTestingPlan;
  public readonly selections: BackupRestoreTestingSelection[] = [];
  public readonly copyPlans: Record<string, BackupRestoreTestingPlan> = {};
  public readonly copySelections: Record<string, BackupRestoreTestingSelection[]> = {};
  private readonly name: string;
  private readonly alarmed = new Set<BackupResourceType>();

  constructor(
    private readonly scope: Construct,
    private readonly o: RestoreTestsOptions,
  ) {
    this.name = physicalName(scope, { maxLength: 50, suffix: 'restore-test' }).replace(/-/g, '_');
    o.claim('AWS Backup restore testing plan', this.name, o.provider);
    this.plan = restoreTestingPlan(scope, 'restore-testing-plan', { name: this.name, provider: o.provider, testing: o.testing, vaultArn: o.vaultArn, continuous: o.continuous });
  }

  /**
   * Resources selected by tag: one selection per type the user names, by the same tags (conditions, not ARNs: the
   * provider takes exactly one of the two).
   */
  public testTagged(conditions: readonly { key: string; value: string }[], protectType: (type: BackupResourceType) => void): void {
    const target: RestoreTestingTarget = { conditions };
    const types = this.o.testing.tagSelectedResourceTypes;
    types.forEach((type, i) => {
      protectType(type);
      this.selections.push(
        restoreTestingSelection(this.scope, `restore-test-tags-${i + 1}`, {
          provider: this.o.provider,
          plan: this.plan,
          name: `${type.toLowerCase()}_tags`,
          type,
          roleArn: this.o.roleArn,
          validationWindowHours: this.o.testing.validationWindowHours,
          target,
        }),
      );
    });
    if (types.length === 0) {
      Annotations.of(this.scope).addWarning('restoreTesting: resources selected by selectionTags are not restore-tested; name their types in restoreTesting.tagSelectedResourceTypes.');
    }
  }

  /** The first resource of a type gets the type's restore-failure alarm in the plan's Region. */
  public alarmOnType(type: BackupResourceType): void {
    if (this.alarmed.has(type)) return;
    this.alarmed.add(type);
    this.addRestoreFailedAlarm(type, this.o.vaultName, { instance: type.toLowerCase(), provider: this.o.provider, where: '' });
  }

  /** Restore tests of one selected ARN: in the plan's Region, and of its copies in each copy vault's Region. */
  public testArn(arn: string, type: BackupResourceType, target?: IBackupTarget): void {
    this.testIn(this.scope, this.o.provider, this.plan, this.selections, type, arn, target?.backupRestoreMetadataOverrides);
    if (this.o.testing.copies) for (const site of this.o.copySites) this.testCopy(site, arn, type, target);
  }

  /** One restore testing selection of an ARN, the next in `selections` (named `<type>_<n>`). */
  private testIn(
    scope: Construct,
    provider: TerraformProvider | undefined,
    plan: BackupRestoreTestingPlan,
    selections: BackupRestoreTestingSelection[],
    type: BackupResourceType,
    arn: string,
    overrides: Readonly<Record<string, string>> | undefined,
  ): void {
    const n = selections.length + 1;
    selections.push(
      restoreTestingSelection(scope, `restore-test-${n}`, {
        provider,
        plan,
        name: `${type.toLowerCase()}_${n}`,
        type,
        roleArn: this.o.roleArn,
        validationWindowHours: this.o.testing.validationWindowHours,
        target: { arn },
        overrides,
      }),
    );
  }

  /**
   * Restore tests of a resource's copies in a recovery region: AWS Backup restores a copy only in the region of
   * its vault ("Restoring S3 data": a restore job runs in the region of the backup or copy). The restore there
   * needs what the resource has in that region (its network and key: `backupRestoreMetadataOverridesByRegion`);
   * without them only types that need no network are tested, under the copy vault's customer-managed key.
   */
  private testCopy(site: CopySite, arn: string, type: BackupResourceType, target?: IBackupTarget): void {
    const given = site.region !== undefined ? target?.backupRestoreMetadataOverridesByRegion?.[site.region] : undefined;
    if (given === undefined && !RESTORES_WITHOUT_NETWORK.includes(type)) return;
    const overrides = given ?? encryptionRestoreOverrides(type, site.vault.keyArn);
    if (!site.plan) {
      // The name of the plan's own restore testing plan: names are per region, and this one is in another.
      this.o.claim('AWS Backup restore testing plan', this.name, site.provider);
      site.plan = restoreTestingPlan(site.scope, 'restore-testing-plan', { name: this.name, provider: site.provider, testing: this.o.testing, vaultArn: site.vault.vault.arn, continuous: false });
      this.copyPlans[site.key] = site.plan;
      this.copySelections[site.key] = site.selections;
      if (!site.routing) {
        Annotations.of(this.scope).addWarning(
          `restore tests of the copies in ${site.region ?? site.key} raise no alarm when they fail: give the copy's alarmRouting (an AlarmChannel in that region; CloudWatch alarms notify only SNS topics of their own region).`,
        );
      }
    }
    this.testIn(site.scope, site.provider, site.plan, site.selections, type, arn, overrides);
    if (site.types.has(type)) return;
    site.types.add(type);
    const where = site.region ?? site.key;
    if (site.routing) this.addRestoreFailedAlarm(type, site.vault.vault.name, { instance: `${where}-${type.toLowerCase()}`, provider: site.provider, routing: site.routing, where: ` in ${where}` });
  }

  private addRestoreFailedAlarm(type: BackupResourceType, vaultDimension: string, o: { instance: string; provider?: TerraformProvider; routing?: AddAlarmsOptions['routing']; where: string }): void {
    const definition = restoreFailedAlarm({ type, vaultDimension, planName: this.o.planName, schedule: this.o.testing.schedule, where: o.where });
    this.o.addAlarms([definition], { instance: o.instance, provider: o.provider, ...(o.routing ? { routing: o.routing } : {}) });
  }
}
