import { FORCE_TLS } from '../../core/contract';
import { isReference, isUnknownBlock, nested, show, str } from '../json';
import { RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

/** Where a database names its parameter group, and the group's resource type. */
export interface ParameterGroupLink {
  /** `parameter_group_name` (aws_db_instance) or `db_cluster_parameter_group_name` (aws_rds_cluster). */
  readonly attribute: string;
  /** `aws_db_parameter_group` or `aws_rds_cluster_parameter_group`. */
  readonly groupType: string;
}

/**
 * What is missing for a database to refuse connections without TLS, judged from the parameter group it names
 * (FORCE_TLS in core/contract.ts: `rds.force_ssl = 1` for PostgreSQL, `require_secure_transport = 1`/`ON` for MySQL,
 * MariaDB and Aurora MySQL). Engines outside those lines, an engine or group known only at plan time, and a group
 * this configuration does not define are not judged (the last two as a note): the rule never guesses.
 */
export function tlsProblems(r: TerraformJsonResource, stack: TerraformJsonStack, link: ParameterGroupLink): RuleViolation[] {
  const engine = str(r.body.engine);
  if (engine === undefined || isReference(engine)) return [];
  const line = Object.values(FORCE_TLS).find((l) => l.engines.includes(engine));
  if (line === undefined) return [];
  const { parameter, forcing } = line;
  // Made for a message only: most databases pass.
  const want = (): string => `${parameter} = ${forcing.join(' (or ')}${forcing.length > 1 ? ')' : ''}`;
  const name = r.body[link.attribute];
  if (name === undefined || name === null || name === '') {
    return violation(`${link.attribute} is not set: the ${engine} default parameter group does not force TLS; use an ${link.groupType} with ${want()}`);
  }
  if (typeof name !== 'string') return [];
  if (!isReference(name) && name.startsWith('default.')) {
    return violation(`${link.attribute} is ${show(name)}, a default parameter group (it cannot be changed): use an ${link.groupType} with ${want()}`);
  }
  const group = groupNamed(stack, name, link.groupType);
  if (group === undefined) {
    return violation(`${link.attribute} ${show(name)} names no ${link.groupType} of this configuration: whether it sets ${want()} is not judged`, 'info');
  }
  const found = groupVerdict(stack, group, line);
  return found === undefined ? [] : violation(`its parameter group ${group.address} ${found}: clients may connect without TLS; set ${want()}`);
}

/**
 * What a parameter group fails to set for a line of engines (`does not set ...`, `sets ... = ...`), or undefined
 * when it forces TLS or cannot be judged. Read once per group and line: the bench's 2,000 clusters share one group.
 */
function groupVerdict(stack: TerraformJsonStack, group: TerraformJsonResource, line: { readonly parameter: string; readonly forcing: readonly string[] }): string | undefined {
  const memo = stack.cached('database-tls:verdicts', () => new Map<TerraformJsonResource, Map<object, string | undefined>>());
  let byLine = memo.get(group);
  if (byLine === undefined) memo.set(group, (byLine = new Map()));
  if (byLine.has(line)) return byLine.get(line);
  const { parameter, forcing } = line;
  let found: string | undefined;
  const set = nested(group.body, 'parameter').filter((p) => isUnknownBlock(p) || p.name === parameter || isReference(p.name));
  if (!set.some((p) => isUnknownBlock(p) || isReference(p.name) || isReference(p.value))) {
    const values = set.map((p) => p.value).filter((v): v is string => typeof v === 'string');
    if (!values.some((v) => forcing.includes(v.trim().toUpperCase()))) found = values.length === 0 ? `does not set ${parameter}` : `sets ${parameter} = ${show(values[0])}`;
  }
  byLine.set(line, found);
  return found;
}

/** The group a reference or a literal name designates in this configuration, or undefined. */
function groupNamed(stack: TerraformJsonStack, name: string, type: string): TerraformJsonResource | undefined {
  if (isReference(name)) {
    for (const address of stack.addressesIn(name)) {
      const group = stack.resource(address);
      if (group?.type === type) return group;
    }
    return undefined;
  }
  return stack.ofType(type).find((g) => g.body.name === name);
}
