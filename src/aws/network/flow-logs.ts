import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Annotations } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { recordOptOut } from '../../core/suppressions';
import { physicalName } from '../../core/naming';
import { logGroupKey } from '../common/log-group-key';
import { serviceRole } from '../common/service-role';

/** Retention periods CloudWatch Logs accepts, in days (CloudWatch Logs API Reference, PutRetentionPolicy: retentionInDays). */
export const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653] as const;

/** What {@link createFlowLog} needs from the network. */
export interface FlowLogOptions {
  readonly destination: 'cloudwatch-logs' | 's3' | 'none';
  /** The network's physical name (log group name and Name tag). */
  readonly name: string;
  readonly vpcId: string;
  /** The VPC resource: `none` is recorded on it as an explicit opt-out of REL-VPC-1. */
  readonly vpc: IConstruct;
  readonly retentionDays: number;
  /** The key encrypting the log group. @default - a new customer-managed key only this log group may use */
  readonly kmsKeyArn?: string;
  /** The network's Region (a name or a token), asked only when a key is created: its policy names the log group's ARN and CloudWatch Logs' Regional principal. */
  readonly region: () => string;
  readonly bucketArn?: string;
  /** Claims the log group name for the network (two networks must not share one group). */
  readonly claimName: (kind: string, name: string) => void;
}

/** The resources behind a VPC's flow log; all absent when the destination is `none`. */
export interface FlowLogResources {
  readonly flowLog?: FlowLog;
  readonly logGroup?: CloudwatchLogGroup;
  /** The key created for the log group; absent when the user gave one. */
  readonly key?: KmsKey;
  readonly role?: IamRole;
}

/**
 * A VPC flow log of all traffic, to CloudWatch Logs (a log group with a
 * retention, encrypted with a customer-managed key only that log group may
 * use unless the user gives one, written by a role only the flow-logs service
 * of this account can assume) or to S3. `none` keeps no record and says so in a warning.
 * Resources are created in `scope` under the ids the network always used.
 */
export function createFlowLog(scope: Construct, o: FlowLogOptions): FlowLogResources {
  if (o.destination === 's3') {
    return { flowLog: new FlowLog(scope, 'flow-log', { vpcId: o.vpcId, trafficType: 'ALL', logDestinationType: 's3', logDestination: o.bucketArn, tags: { Name: o.name } }) };
  }
  if (o.destination === 'none') {
    Annotations.of(scope).addWarning('flowLogDestination is "none": the VPC keeps no record of its traffic for incident or security investigations.');
    recordOptOut(o.vpc, 'REL-VPC-1', 'flowLogDestination', o.destination, 'the VPC keeps no record of its traffic');
    return {};
  }
  const groupName = `/vpc/flow-logs/${o.name}`;
  o.claimName('CloudWatch log group', groupName);
  const account = new DataAwsCallerIdentity(scope, 'account');
  const key =
    o.kmsKeyArn === undefined
      ? logGroupKey(scope, 'flow-log-key', {
          logGroupName: groupName,
          location: { partition: new DataAwsPartition(scope, 'partition').partition, region: o.region(), account: account.accountId },
          description: `Encrypts the VPC flow logs in ${groupName}`,
          sid: 'CloudWatchLogsUsesItForTheFlowLogs',
        })
      : undefined;
  const logGroup = new CloudwatchLogGroup(scope, 'flow-log-group', { name: groupName, retentionInDays: o.retentionDays, kmsKeyId: o.kmsKeyArn ?? key!.arn });
  const role = serviceRole(scope, 'flow-log-role', {
    service: 'vpc-flow-logs.amazonaws.com',
    namePrefix: physicalName(scope, { suffix: 'flow', maxLength: 38 }),
    sourceAccount: account.accountId,
  });
  new IamRolePolicy(scope, 'flow-log-policy', {
    role: role.id,
    name: 'write-flow-logs',
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogGroups', 'logs:DescribeLogStreams'],
          Resource: [logGroup.arn, `${logGroup.arn}:*`],
        },
      ],
    }),
  });
  const flowLog = new FlowLog(scope, 'flow-log', {
    vpcId: o.vpcId,
    trafficType: 'ALL',
    logDestinationType: 'cloud-watch-logs',
    logDestination: logGroup.arn,
    iamRoleArn: role.arn,
    tags: { Name: o.name },
  });
  return { flowLog, logGroup, key, role };
}
