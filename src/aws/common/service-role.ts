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
  /**
   * Only these resources of the service may assume the role (`aws:SourceArn`,
   * `ArnLike`, so a trailing `*` matches every resource of a kind), beside
   * `sourceAccount`. Leave it out for services that do not send the key.
   * @default - no `aws:SourceArn` condition
   */
  readonly sourceArn?: string;
}

function trustCondition(props: ServiceRoleProps): { Condition?: Record<string, Record<string, string>> } {
  const condition: Record<string, Record<string, string>> = {};
  if (props.sourceAccount !== undefined) condition.StringEquals = { 'aws:SourceAccount': props.sourceAccount };
  if (props.sourceArn !== undefined) condition.ArnLike = { 'aws:SourceArn': props.sourceArn };
  return Object.keys(condition).length > 0 ? { Condition: condition } : {};
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
          ...trustCondition(props),
        },
      ],
    }),
  });
}
