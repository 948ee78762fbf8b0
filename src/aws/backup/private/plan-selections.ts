import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Annotations, Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { parseArn } from '../../../aws-validity/facts/arns';
import { InvalidPropError } from '../../../core/errors';
import { isUnresolved } from '../../../core/tokens';
import { literal } from '../../../core/user-text';
import { BackupResourceType, IBackupTarget } from '../../common/backup-target';
import { PlanRestoreTests } from './plan-restore-tests';

/**
 * True for an `arn:aws:rds:<region>:<account>:cluster:<name>` ARN: Aurora,
 * DocumentDB and Neptune clusters all have that form (AWS Backup Developer
 * Guide, "Supported AWS resources": the ARN formats of the resource types),
 * so the ARN does not say which.
 */
export function isSharedClusterArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:rds:[a-z0-9-]*:\d*:cluster:/.test(arn);
}

/** AWS Backup's resource type for an ARN, when the ARN says (not for a cluster ARN: see {@link isSharedClusterArn}). */
export function backupResourceTypeOfArn(arn: string): BackupResourceType | undefined {
  const m = /^arn:aws[a-z-]*:([a-z0-9-]+):[a-z0-9-]*:\d*:(.*)$/.exec(arn);
  if (!m) return undefined;
  const [, service, rest] = m;
  if (service === 'rds') return rest.startsWith('db:') ? 'RDS' : undefined;
  if (service === 'dynamodb') return 'DynamoDB';
  if (service === 's3') return 'S3';
  if (service === 'elasticfilesystem') return 'EFS';
  if (service === 'ec2') return rest.startsWith('volume/') ? 'EBS' : rest.startsWith('instance/') ? 'EC2' : undefined;
  if (service === 'fsx') return 'FSx';
  return undefined;
}

/** What the selections of a plan are made with. */
export interface PlanSelectionsOptions {
  readonly provider?: TerraformProvider;
  readonly planId: string;
  readonly roleArn: string;
  readonly roleName: string;
  readonly partition: string;
  /** The plan's Region, when known at synth: a selection reaches only its plan's Region. */
  readonly region?: string;
}

/**
 * What a plan selects (the `protect()` state): the ARN selection (logical id `arn-selection`, created with the first
 * ARN and listing every ARN at synth), the tag selection (`tag-selection`), the protected resource types, the
 * constructs protected, and the S3 backup and restore policies (`s3-backup-policy`, `s3-restore-policy`) attached
 * with the first bucket. All are created under the plan, so their addresses are the plan's.
 */
export class PlanSelections {
  public readonly arns: string[] = [];
  public readonly types = new Set<BackupResourceType>();
  public readonly targets = new Set<IBackupTarget>();
  public arnSelection?: BackupSelection;
  public tagSelection?: BackupSelection;
  /** The restore tests each selected resource gets (set once the restore testing plan exists). @default - restore testing is off */
  public restoreTests?: PlanRestoreTests;
  private s3PoliciesAttached = false;

  constructor(
    private readonly plan: Construct,
    private readonly o: PlanSelectionsOptions,
  ) {}

  /**
   * Every resource carrying ALL the tags: one `condition` `string_equals` entry per tag (several `selection_tag`s
   * would OR). Returns the conditions, escaped (tag keys and values are user text).
   */
  public selectTags(tags: Readonly<Record<string, string>>): { key: string; value: string }[] {
    const entries = Object.entries(tags);
    if (entries.length === 0) throw new InvalidPropError(this.plan, 'selectionTags', tags, 'must hold at least one tag: an empty tag selection selects nothing (leave it out instead)');
    const conditions = entries.map(([key, value]) => ({ key: `aws:ResourceTag/${literal(key)}`, value: literal(value) }));
    this.tagSelection = new BackupSelection(this.plan, 'tag-selection', {
      provider: this.o.provider,
      name: 'tags',
      planId: this.o.planId,
      iamRoleArn: this.o.roleArn,
      // With conditions, "*" means every resource that meets ALL of them.
      resources: ['*'],
      condition: [{ stringEquals: conditions }],
    });
    return conditions;
  }

  /** Selects an ARN given as a prop or to `protect()`: of the plan's Region, once. */
  public addArn(arn: string, prop: string, resourceType?: BackupResourceType): void {
    const region = isUnresolved(arn) ? undefined : parseArn(arn)?.region || undefined;
    if (region !== undefined && this.o.region !== undefined && region !== this.o.region) {
      throw new InvalidPropError(this.plan, prop, arn, `must be in the plan's region ${this.o.region}: a backup selection reaches only its plan's region`);
    }
    if (!isUnresolved(arn) && this.arns.includes(arn)) throw new InvalidPropError(this.plan, prop, arn, 'is already selected by this plan');
    const type = resourceType ?? (isUnresolved(arn) ? undefined : backupResourceTypeOfArn(arn));
    this.select(arn, type, prop);
  }

  /** Selects a resource by ARN; a known type is protected and restore-tested (in the plan's Region and its copies'). */
  public select(arn: string, type: BackupResourceType | undefined, what: string, target?: IBackupTarget): void {
    this.arns.push(arn);
    this.arnSelection ??= new BackupSelection(this.plan, 'arn-selection', {
      provider: this.o.provider,
      name: 'resources',
      planId: this.o.planId,
      iamRoleArn: this.o.roleArn,
      resources: Lazy.listValue({ produce: () => this.arns }),
    });
    if (type === undefined) {
      if (this.restoreTests) {
        const why = !isUnresolved(arn) && isSharedClusterArn(arn) ? 'is an Aurora, DocumentDB or Neptune cluster (they share the ARN form)' : 'has a type that is not known';
        Annotations.of(this.plan).addWarning(`${what}: ${isUnresolved(arn) ? 'this ARN token' : arn} ${why}, so it is not restore-tested; select it with protect(arn, { resourceType }).`);
      }
      return;
    }
    this.protectType(type);
    if (type === 'S3') this.attachS3Policies();
    this.restoreTests?.testArn(arn, type, target);
  }

  /** Records a protected type; the first of each restore-tested type gets its restore-failure alarm. */
  public protectType(type: BackupResourceType): void {
    if (this.types.has(type)) return;
    this.types.add(type);
    this.restoreTests?.alarmOnType(type);
  }

  /** The AWS managed S3 backup and restore policies, on the backup role (once). */
  public attachS3Policies(): void {
    if (this.s3PoliciesAttached) return;
    this.s3PoliciesAttached = true;
    for (const [id, policy] of [['s3-backup-policy', 'AWSBackupServiceRolePolicyForS3Backup'], ['s3-restore-policy', 'AWSBackupServiceRolePolicyForS3Restore']]) {
      new IamRolePolicyAttachment(this.plan, id, { role: this.o.roleName, policyArn: `arn:${this.o.partition}:iam::aws:policy/${policy}` });
    }
  }
}
