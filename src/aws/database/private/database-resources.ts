import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Construct } from 'constructs';
import { physicalName } from '../../../core/naming';
import { literal } from '../../../core/user-text';
import { serviceRole } from '../../common/service-role';

/** The database's customer-managed key (logical id `key`), rotated yearly. */
export function createDatabaseKey(scope: Construct, identifier: string): KmsKey {
  return new KmsKey(scope, 'key', {
    description: literal(`Encrypts database ${identifier} (storage, Performance Insights, master password)`),
    enableKeyRotation: true,
    deletionWindowInDays: 30,
  });
}

/** The subnet group over the network's isolated subnets (logical id `subnets`). */
export function createSubnetGroup(scope: Construct, identifier: string, subnetIds: string[]): DbSubnetGroup {
  return new DbSubnetGroup(scope, 'subnets', {
    namePrefix: `${identifier}-`,
    description: `Isolated subnets of database ${identifier}`,
    subnetIds,
    lifecycle: { createBeforeDestroy: true },
  });
}

/** Reachable on the engine port from the client security groups only (logical ids `sg`, `client-<n>`). */
export function createSecurityGroup(scope: Construct, o: { readonly identifier: string; readonly vpcId: string; readonly port: number; readonly clients: readonly string[] }): SecurityGroup {
  const sg = new SecurityGroup(scope, 'sg', {
    namePrefix: `${o.identifier}-`,
    description: `Database ${o.identifier}: engine port from client security groups only`,
    vpcId: o.vpcId,
    lifecycle: { createBeforeDestroy: true },
  });
  o.clients.forEach(
    (client, i) =>
      new VpcSecurityGroupIngressRule(scope, `client-${i}`, {
        securityGroupId: sg.id,
        referencedSecurityGroupId: client,
        ipProtocol: 'tcp',
        fromPort: o.port,
        toPort: o.port,
        description: 'Database clients',
      }),
  );
  return sg;
}

/** The role RDS publishes enhanced monitoring with, trusted for this account only (logical ids `account`, `monitoring-role`, `monitoring-policy`). */
export function createMonitoringRole(scope: Construct, partition: DataAwsPartition): IamRole {
  const account = new DataAwsCallerIdentity(scope, 'account');
  const role = serviceRole(scope, 'monitoring-role', {
    service: 'monitoring.rds.amazonaws.com',
    namePrefix: physicalName(scope, { maxLength: 38, suffix: 'mon' }),
    sourceAccount: account.accountId,
  });
  new IamRolePolicyAttachment(scope, 'monitoring-policy', {
    role: role.name,
    policyArn: `arn:${partition.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole`,
  });
  return role;
}
