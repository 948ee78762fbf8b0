import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { isUnresolved } from '../../../core/tokens';
import { checkArnPlacement } from '../../common/aws-location';
import type { AutoScaledServiceProps } from '../auto-scaled-service';

/** EC2 takes at most 16 KB of user data, in raw form, before base64 (Amazon EC2 User Guide, "Run commands when you launch an EC2 instance with user data input"). */
export const MAX_USER_DATA_BYTES = 16384;
/** Inbound rules per security group, by default (Amazon VPC User Guide, "Amazon VPC quotas": 60, adjustable). */
export const DEFAULT_RULES_PER_SECURITY_GROUP = 60;

/**
 * What relates an AutoScaledService's props to each other and to where the
 * service runs (each prop was checked by its spec): TLS settings with their
 * certificate, Spot settings with their instance types and the maximum, the
 * user data's size, ARNs of the service's Region and partition, and the
 * ingress rules the allowed CIDRs make.
 */
export function checkServiceProps(scope: IConstruct, props: AutoScaledServiceProps, maxCapacity: number): void {
  if (props.sslPolicy !== undefined && props.certificateArn === undefined) {
    throw new InvalidPropError(scope, 'sslPolicy', props.sslPolicy, 'applies only with certificateArn: without a certificate the load balancer listens on HTTP only');
  }
  checkSpot(scope, props, maxCapacity);
  if (props.userData !== undefined && !isUnresolved(props.userData) && Buffer.byteLength(props.userData, 'utf8') > MAX_USER_DATA_BYTES) {
    throw new InvalidPropError(scope, 'userData', `${props.userData.slice(0, 40)}...`, `must be at most ${MAX_USER_DATA_BYTES} bytes before base64 (it has ${Buffer.byteLength(props.userData, 'utf8')}): EC2 refuses larger user data; fetch a bigger script from S3 instead`);
  }
  checkArnPlacement(scope, 'certificateArn', props.certificateArn, {
    regional: true,
    why: 'a load balancer uses ACM certificates of its own Region (AWS Certificate Manager User Guide, "Services integrated with ACM": Elastic Load Balancing)',
  });
  checkArnPlacement(scope, 'ebsKmsKeyArn', props.ebsKmsKeyArn, {
    regional: true,
    why: 'EBS encrypts a volume with a KMS key of its own Region (AWS KMS Developer Guide: a KMS key is a Regional resource)',
  });
  (props.managedPolicyArns ?? []).forEach((arn, i) =>
    checkArnPlacement(scope, `managedPolicyArns[${i}]`, arn, { regional: false, why: 'IAM attaches policies of its own partition only (IAM User Guide, "IAM identifiers")' }),
  );
  const cidrs = props.allowedCidrs ?? ['0.0.0.0/0'];
  const rules = (isUnresolved(cidrs) ? 1 : cidrs.length) * (props.certificateArn === undefined ? 1 : 2);
  if (rules > DEFAULT_RULES_PER_SECURITY_GROUP) {
    Annotations.of(scope).addWarning(
      `allowedCidrs: ${cidrs.length} CIDR blocks x 2 listener ports make ${rules} inbound rules on the load balancer's security group; ` +
        `the default quota is ${DEFAULT_RULES_PER_SECURITY_GROUP} (Amazon VPC quotas, adjustable): raise it before deploying, or give fewer, wider blocks.`,
    );
  }
}

/**
 * On-demand settings belong to a mixed-instances group, and the on-demand base must fit the group: EC2 Auto Scaling
 * raises the group's maximum to the base ("the maximum group size will be increased to this value", EC2 Auto Scaling
 * console, mixed instances groups), so `maxCapacity` would not hold.
 */
function checkSpot(scope: IConstruct, props: AutoScaledServiceProps, maxCapacity: number): void {
  if (props.instanceTypes === undefined && (props.onDemandBaseCapacity !== undefined || props.onDemandPercentageAboveBaseCapacity !== undefined)) {
    throw new InvalidPropError(scope, 'instanceTypes', undefined, 'must be given to use onDemandBaseCapacity or onDemandPercentageAboveBaseCapacity (they configure a mixed-instances group)');
  }
  const base = props.onDemandBaseCapacity;
  if (base !== undefined && !isUnresolved(base) && !isUnresolved(maxCapacity) && base > maxCapacity) {
    throw new InvalidPropError(scope, 'onDemandBaseCapacity', base, `must be at most maxCapacity (${maxCapacity}): EC2 Auto Scaling would raise the group's maximum to the on-demand base`);
  }
}
