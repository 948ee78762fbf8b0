import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { physicalName } from '../../core/naming';
import { isUnresolved } from '../../core/tokens';
import { serviceRole } from '../common/service-role';

const SSM_CORE = 'AmazonSSMManagedInstanceCore';

/**
 * A script as a string argument of a Terraform function. cdktf escapes `${`
 * in function arguments itself (so `literal()` would escape it twice) but not
 * `%{`, which Terraform would read as a template directive.
 */
function scriptText(text: string): string {
  return isUnresolved(text) ? text : text.replace(/%\{/g, '%%{');
}

/** What the instances of an AutoScaledService boot with (values already checked). */
export interface InstanceTemplateOptions {
  readonly imageId: string;
  readonly instanceType: string;
  readonly securityGroupId: string;
  /** Managed policies of the instance role. @default - AmazonSSMManagedInstanceCore in the stack's partition */
  readonly managedPolicyArns?: readonly string[];
  /** User data as plain text (base64-encoded here). @default - none */
  readonly userData?: string;
  readonly rootDeviceName: string;
  readonly rootVolumeSizeGiB: number;
  /** @default - the account's default EBS key */
  readonly ebsKmsKeyArn?: string;
  /** `http_put_response_hop_limit` of the instance metadata service: 1, or 2 for instances that run containers. */
  readonly metadataHopLimit: 1 | 2;
  /** Tags of the root volumes (ManagedBy and the user's, escaped). */
  readonly volumeTags: Record<string, string>;
}

export interface InstanceTemplateResources {
  readonly role: IamRole;
  readonly instanceProfile: IamInstanceProfile;
  readonly launchTemplate: LaunchTemplate;
}

/**
 * The instance role (trusted by EC2 only, Session Manager by default), its
 * profile, and a launch template: IMDSv2 only, encrypted gp3 root volume,
 * detailed monitoring. Created in `scope` under the ids the service always used.
 */
export function createInstanceTemplate(scope: Construct, o: InstanceTemplateOptions): InstanceTemplateResources {
  const partition = new DataAwsPartition(scope, 'partition');
  const role = serviceRole(scope, 'role', { service: 'ec2.amazonaws.com', namePrefix: physicalName(scope, { maxLength: 38, suffix: 'role' }) });
  const policies = o.managedPolicyArns ?? [`arn:${partition.partition}:iam::aws:policy/${SSM_CORE}`];
  policies.forEach((arn, i) => new IamRolePolicyAttachment(scope, `role-policy-${i}`, { role: role.name, policyArn: arn }));
  const instanceProfile = new IamInstanceProfile(scope, 'profile', { namePrefix: physicalName(scope, { maxLength: 38, suffix: 'profile' }), role: role.name });
  const launchTemplate = new LaunchTemplate(scope, 'lt', {
    namePrefix: `${physicalName(scope, { maxLength: 100 })}-`,
    imageId: o.imageId,
    instanceType: o.instanceType,
    userData: o.userData !== undefined ? Fn.base64encode(scriptText(o.userData)) : undefined,
    iamInstanceProfile: { arn: instanceProfile.arn },
    vpcSecurityGroupIds: [o.securityGroupId],
    metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: o.metadataHopLimit, instanceMetadataTags: 'disabled' },
    monitoring: { enabled: true },
    blockDeviceMappings: [
      {
        deviceName: o.rootDeviceName,
        ebs: { volumeSize: o.rootVolumeSizeGiB, volumeType: 'gp3', encrypted: 'true', kmsKeyId: o.ebsKmsKeyArn, deleteOnTermination: 'true' },
      },
    ],
    updateDefaultVersion: true,
    tagSpecifications: [{ resourceType: 'volume', tags: o.volumeTags }],
  });
  return { role, instanceProfile, launchTemplate };
}
