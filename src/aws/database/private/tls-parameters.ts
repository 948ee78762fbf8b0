import { Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { FORCE_TLS } from '../../../core/contract';
import { InvalidPropError } from '../../../core/errors';
import { isUnresolved } from '../../../core/tokens';
import { DatabaseEngine, ENGINE_FACTS, parameterGroupFamilyOf } from '../engines';

/** One parameter of the group, with how RDS applies a change to it. */
export interface GroupParameter {
  readonly name: string;
  readonly value: string;
  /** `immediate` only for a dynamic parameter (RDS API, ModifyDBParameterGroup Parameters: "You can use the immediate value with dynamic parameters only"). */
  readonly applyMethod: 'immediate' | 'pending-reboot';
}

/** The parameter group a database gets: its family and parameters. */
export interface ParameterGroupPlan {
  readonly family: string;
  readonly parameters: readonly GroupParameter[];
}

/** What decides the parameter group: the props that make it. */
export interface ParameterGroupInputs {
  readonly engine: DatabaseEngine;
  readonly engineVersion?: string;
  readonly parameters?: Readonly<Record<string, string>>;
  readonly parameterGroupFamily?: string;
  readonly requireTls?: boolean;
}

/**
 * The parameter group of a database, or undefined for the engine's default group (only when TLS is not forced and
 * no parameters are given). With `requireTls` (the default) the group sets the engine's TLS-forcing parameter
 * (FORCE_TLS in core/contract.ts: `rds.force_ssl = 1`, `require_secure_transport = 1` / `ON` for an Aurora
 * cluster), merged with the user's parameters; a user value for that parameter that does not force TLS is refused.
 *
 * It is set explicitly also where the engine's default already forces TLS (RDS for PostgreSQL 15 and later default
 * rds.force_ssl to 1, RDS User Guide "Using SSL with a PostgreSQL DB instance"; Aurora PostgreSQL before 17 and MySQL
 * 8.4 and earlier default to 0): a default changes with the family, a major-version upgrade moves the database to
 * another family, and the rule pack (REL-RDS-7, REL-AUR-4) can only see what the configuration says.
 */
export function planParameterGroup(scope: Construct, p: ParameterGroupInputs): ParameterGroupPlan | undefined {
  const requireTls = p.requireTls ?? true;
  const user = Object.entries(p.parameters ?? {}).map(([name, value]): GroupParameter => ({ name, value, applyMethod: 'pending-reboot' }));
  if (!requireTls && p.parameters === undefined) return undefined;
  const family = p.parameterGroupFamily ?? derivedFamily(scope, p.engine, p.engineVersion);
  if (!requireTls) return { family, parameters: user };
  // Every engine the construct runs is of one of the two lines.
  const line = Object.values(FORCE_TLS).find((l) => l.engines.includes(p.engine))!;
  const { parameter, forcing } = line;
  const given = p.parameters?.[parameter];
  if (given !== undefined) {
    if (isUnresolved(given)) throw new InvalidPropError(scope, `parameters.${parameter}`, given, 'must be known at synth: the library checks that it forces TLS (or set requireTls: false)');
    if (!forcing.includes(given.trim().toUpperCase())) {
      throw new InvalidPropError(scope, `parameters.${parameter}`, given, `must force TLS (${forcing.join(' or ')}) while requireTls is on; set requireTls: false to allow plaintext connections`);
    }
    return { family, parameters: user };
  }
  const value = ENGINE_FACTS[p.engine].aurora ? line.clusterValue : line.instanceValue;
  // Dynamic (RDS User Guide: no reboot is needed for either parameter to take effect): immediate, so adding it to a
  // group already associated with a database forces TLS now rather than at the next reboot.
  return { family, parameters: [...user, { name: parameter, value, applyMethod: 'immediate' }] };
}

/** The family from the engine version: in JavaScript when known, as a Terraform expression for a token. */
function derivedFamily(scope: Construct, engine: DatabaseEngine, version: string | undefined): string {
  const facts = ENGINE_FACTS[engine];
  if (version === undefined) {
    throw new InvalidPropError(
      scope,
      'parameterGroupFamily',
      undefined,
      `is needed for the parameter group (it forces TLS, and holds any parameters) when engineVersion is not given: the family follows the major version, so give engineVersion such as ${facts.versionExample}, or parameterGroupFamily such as ${facts.familyPrefix}${facts.familyVersionParts === 1 ? '16' : '8.0'}; or set requireTls: false (without parameters)`,
    );
  }
  if (isUnresolved(version)) {
    return Token.asString(Fn.join('', [facts.familyPrefix, Fn.join('.', Fn.slice(Fn.split('.', version), 0, facts.familyVersionParts))]));
  }
  const family = parameterGroupFamilyOf(engine, version);
  if (family === undefined) {
    throw new InvalidPropError(scope, 'parameterGroupFamily', undefined, `cannot be derived from engineVersion ${JSON.stringify(version)}: give parameterGroupFamily (e.g. ${facts.familyPrefix}9.6)`);
  }
  return family;
}
