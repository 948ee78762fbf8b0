import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { Construct } from 'constructs';

/** Props of {@link serviceRole}. */
export interface ServiceRoleProps {
  /** The service principal that assumes the role, e.g. `monitoring.rds.amazonaws.com`. */
  readonly service: string;
  /** Prefix of the role name (IAM adds a unique suffix). */
  readonly namePrefix: string;
  /**
   * Only this account's use of the service may assume the role
   * (`aws:SourceAccount`, confused-deputy protection). Leave it out for
   * services that do not send the key, such as EC2 instance profiles.
   * @default - no condition
   */
  readonly sourceAccount?: string;
}

/** An IAM role that one AWS service assumes, optionally only on behalf of this account. */
export function serviceRole(scope: Construct, id: string, props: ServiceRoleProps): IamRole {
  return new IamRole(scope, id, {
    namePrefix: props.namePrefix,
    assumeRolePolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: props.service },
          Action: 'sts:AssumeRole',
          ...(props.sourceAccount !== undefined ? { Condition: { StringEquals: { 'aws:SourceAccount': props.sourceAccount } } } : {}),
        },
      ],
    }),
  });
}
