import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { RdsClusterParameterGroup } from '@cdktf/provider-aws/lib/rds-cluster-parameter-group';
import { Construct } from 'constructs';
import { literal } from '../../core/user-text';

/** What both kinds of parameter group are made from. */
export interface ParameterGroupOptions {
  /** The database identifier; the group's name starts with it. */
  readonly identifier: string;
  /** Parameter group family, e.g. `postgres16`. */
  readonly family: string;
  /** Engine parameters by name. */
  readonly parameters: Readonly<Record<string, string>>;
}

function config(o: ParameterGroupOptions) {
  return {
    namePrefix: `${o.identifier}-`,
    family: o.family,
    // Values are user text: `${` in one must not reach Terraform as a template.
    parameter: Object.entries(o.parameters).map(([name, value]) => ({ name, value: literal(value), applyMethod: 'pending-reboot' })),
    // A name prefix and create-before-destroy: a change of family creates the new group before the old one goes.
    lifecycle: { createBeforeDestroy: true },
  };
}

/** The parameter group of a Multi-AZ DB instance (logical id `params`). */
export function instanceParameterGroup(scope: Construct, o: ParameterGroupOptions): DbParameterGroup {
  return new DbParameterGroup(scope, 'params', config(o));
}

/** The cluster parameter group of an Aurora cluster (logical id `cluster-params`). */
export function clusterParameterGroup(scope: Construct, o: ParameterGroupOptions): RdsClusterParameterGroup {
  return new RdsClusterParameterGroup(scope, 'cluster-params', config(o));
}
