/**
 * What a chaos drill needs from the constructs it breaks. `AutoScaledService`,
 * `ResilientDatabase` and `MultiAzNetwork` satisfy these shapes; so does a
 * plain object describing resources built elsewhere.
 */

/** An Auto Scaling group's name and ARN (an `aws_autoscaling_group`). */
export interface IDrillAutoScalingGroup {
  readonly name: string;
  readonly arn: string;
}

/** A service whose instances a drill stops, terminates or stresses: an `AutoScaledService`. */
export interface IDrillableService {
  /** The group; its instances are selected by its `aws:autoscaling:groupName` tag, never account-wide. */
  readonly autoScalingGroup: IDrillAutoScalingGroup;
}

/** A database a drill fails over: a `ResilientDatabase` (Aurora cluster or Multi-AZ instance). */
export interface IDrillableDatabase {
  /** The Aurora cluster, when the database is one. @default - not a cluster */
  readonly cluster?: { readonly arn: string };
  /** The RDS instance, when the database is one. @default - not an instance */
  readonly instance?: { readonly arn: string };
}

/** A subnet (an `aws_subnet`). */
export interface IDrillSubnet {
  readonly arn: string;
}

/** A network whose zone a drill cuts off: a `MultiAzNetwork`. */
export interface IDrillableNetwork {
  /** The VPC's id. */
  readonly vpcId: string;
  /** Zone names in subnet order (literal or, with zones from the data source, references). */
  readonly zones: string[];
  readonly zoneCount: number;
  /** Subnets per tier, one per zone in the same order as `zones`. */
  readonly publicSubnets: readonly IDrillSubnet[];
  readonly privateSubnets: readonly IDrillSubnet[];
  readonly isolatedSubnets: readonly IDrillSubnet[];
}

/** Pods an EKS pod drill hits: a `ResilientDeployment` (its namespace and pod selector), or any object with both. */
export interface IDrillablePods {
  /** The namespace the pods run in. */
  readonly namespace: string;
  /** Labels every target pod carries (the workload's pod selector). */
  readonly selector: Readonly<Record<string, string>>;
}

/** The EKS cluster the pods run in: an `aws_eks_cluster` (or its data source). */
export interface IDrillableEksCluster {
  /** The cluster's name (the access entry's cluster). */
  readonly name: string;
  /** The cluster's ARN (the target's clusterIdentifier, and the resource of the role's eks:DescribeCluster). */
  readonly arn: string;
}
