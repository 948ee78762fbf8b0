import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { RdsClusterParameterGroup } from '@cdktf/provider-aws/lib/rds-cluster-parameter-group';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { literal } from '../../core/user-text';
import { GroupParameter } from './private/tls-parameters';

/** What both kinds of parameter group are made from. */
export interface ParameterGroupOptions {
  /** The database identifier; the group's name starts with it. */
  readonly identifier: string;
  /** Parameter group family, e.g. `postgres16`. */
  readonly family: string;
  /** Engine parameters, each with its apply method. */
  readonly parameters: readonly GroupParameter[];
  /** The provider of the group's Region (a copy in a recovery Region). @default - the scope's provider */
  readonly provider?: TerraformProvider;
}

function config(o: ParameterGroupOptions) {
  return {
    provider: o.provider,
    namePrefix: `${o.identifier}-`,
    family: o.family,
    // Values are user text: `${` in one must not reach Terraform as a template.
    parameter: o.parameters.map((p) => ({ name: p.name, value: literal(p.value), applyMethod: p.applyMethod })),
    // A name prefix and create-before-destroy: a change of family creates the new group before the old one goes.
    lifecycle: { createBeforeDestroy: true },
  };
}

/** The parameter group of a Multi-AZ DB instance (logical id `params`, or `id`). */
export function instanceParameterGroup(scope: Construct, o: ParameterGroupOptions, id = 'params'): DbParameterGroup {
  return new DbParameterGroup(scope, id, config(o));
}

/** The cluster parameter group of an Aurora cluster (logical id `cluster-params`, or `id`). */
export function clusterParameterGroup(scope: Construct, o: ParameterGroupOptions, id = 'cluster-params'): RdsClusterParameterGroup {
  return new RdsClusterParameterGroup(scope, id, config(o));
}
