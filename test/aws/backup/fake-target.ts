import { Construct } from 'constructs';
import { BackupProtection, BackupResourceType, IBackupTarget } from '../../../src/aws/common/backup-target';

/** A stand-in for a table or bucket construct: what BackupPlan.protect() needs, recording the protections it gets. */
export class FakeTarget extends Construct implements IBackupTarget {
  public readonly protections: BackupProtection[] = [];
  constructor(
    scope: Construct,
    id: string,
    public readonly backupResourceType: BackupResourceType,
    public readonly backupResourceArn: string,
    public readonly backupRegion?: string,
    public readonly backupRestoreMetadataOverrides?: Record<string, string>,
    public readonly backupRestoreMetadataOverridesByRegion?: Record<string, Record<string, string>>,
  ) {
    super(scope, id);
  }
  public addBackupProtection(protection: BackupProtection): void {
    this.protections.push(protection);
  }
}
