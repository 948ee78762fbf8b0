/** The hand-kept facts (tags, Regions, ARNs) as checks over a resource body. */
import { parseArn, regionalArnArguments, type RegionalArnArgument } from '../facts/arns';
import { isKnownRegion, partitionOfRegion, REGIONS_SOURCE } from '../facts/regions';
import { TAG_CHARACTER_SETS, TAG_COUNT_OVERRIDES, TAG_LIMITS, tagServiceOf, type FactSource } from '../facts/tags';
import type { Violation } from '../evaluate';
import { characterCount, regexOf } from './constraints';
import { blockInstances, blockPath } from './walk';
import { isOpaque, isPlainObject } from './values';

const cite = (s: FactSource): string => `${s.title} <${s.url}>`;

/** Tag facts over a `tags` map literal: count, key and value lengths, the reserved prefix, the service's character set (added to `out`). */
export function tagViolations(resourceType: string, tags: unknown, path = 'tags', out: Violation[] = []): Violation[] {
  if (!isPlainObject(tags)) return out;
  const count = TAG_COUNT_OVERRIDES[resourceType] ?? { maxTags: TAG_LIMITS.maxTags, source: TAG_LIMITS.source };
  const keys = Object.keys(tags);
  if (keys.length > count.maxTags) addTag(out, resourceType, path, `${keys.length} tags`, `at most ${count.maxTags} user tags per resource`, count.source, 'count');
  const charset = TAG_CHARACTER_SETS[tagServiceOf(resourceType) ?? ''];
  const re = charset ? regexOf(charset.pattern, charset.flags) : null;
  const { keyLength, valueLength, reservedKeyPrefix } = TAG_LIMITS;
  // Keys in Object.entries order, without the pairs (asked of every taggable body); a path is built on a breach only.
  for (const key of keys) {
    const value = tags[key];
    if (isOpaque(key)) continue;
    const keyChars = characterCount(key);
    if (keyChars < keyLength.min || keyChars > keyLength.max) addTag(out, resourceType, `${path}["${key}"]`, key, `a tag key of ${keyLength.min} to ${keyLength.max} characters`, TAG_LIMITS.source, 'key_length');
    if (key.toLowerCase().startsWith(reservedKeyPrefix)) addTag(out, resourceType, `${path}["${key}"]`, key, `a tag key not starting with "${reservedKeyPrefix}" (reserved for AWS)`, TAG_LIMITS.source, 'key_prefix');
    if (charset && re && !re.test(key)) addTag(out, resourceType, `${path}["${key}"]`, key, `a tag key of ${charset.allowed}`, charset.source, 'key_characters');
    if (typeof value !== 'string' || isOpaque(value)) continue;
    if (characterCount(value) > valueLength.max) addTag(out, resourceType, `${path}["${key}"]`, value, `a tag value of at most ${valueLength.max} characters`, TAG_LIMITS.source, 'value_length');
    if (charset && re && !re.test(value)) addTag(out, resourceType, `${path}["${key}"]`, value, `a tag value of ${charset.allowed}`, charset.source, 'value_characters');
  }
  return out;
}

function addTag(out: Violation[], resourceType: string, at: string, value: unknown, allowed: string, source: FactSource, rule: string): void {
  out.push({ resourceType, path: at, value, allowed, source: cite(source), rule: `${resourceType}.tags.${rule}` });
}

/** Where the resource lives: its own `region` argument (provider 6) when literal, else the context's. */
function regionOf(body: Record<string, unknown>, contextRegion: string): string {
  const own = body.region;
  return typeof own === 'string' && !isOpaque(own) ? own : contextRegion;
}

/** A regional ARN argument with its path split once per type. */
export interface ArnArgument {
  readonly arg: RegionalArnArgument;
  /** The blocks holding it (none: the body). */
  readonly scope: readonly string[];
  readonly name: string;
}

/** The ARN arguments of a type with their paths split (the evaluator keeps them per type). */
export function arnArgumentsOf(resourceType: string): readonly ArnArgument[] {
  return regionalArnArguments(resourceType).map((arg) => {
    const dot = arg.path.lastIndexOf('.');
    return { arg, scope: blockPath(dot < 0 ? '' : arg.path.slice(0, dot)), name: arg.path.slice(dot + 1) };
  });
}

/**
 * Region facts, only with a context Region: a `region` that does not exist, ARNs of another Region or partition among
 * `arns` (the type's, {@link arnArgumentsOf}); added to `out`.
 */
export function regionViolations(resourceType: string, arns: readonly ArnArgument[], body: Record<string, unknown>, context: { region?: string; partition?: string }, out: Violation[]): void {
  if (!context.region || isOpaque(context.region)) return;
  const partition = context.partition ?? partitionOfRegion(context.region);
  const own = body.region;
  if (typeof own === 'string' && !isOpaque(own) && !isKnownRegion(own, partition)) {
    out.push({ resourceType, path: 'region', value: own, allowed: `an AWS Region${partition ? ` of partition ${partition}` : ''}`, source: cite(REGIONS_SOURCE), rule: `${resourceType}.region.known` });
  }
  const region = regionOf(body, context.region);
  for (const { arg, scope, name } of arns) {
    if (scope.length === 0) arnViolations(resourceType, arg, '', name, body[name], partition, region, out);
    else if (scope.length === 1 && isPlainObject(body[scope[0]])) {
      // A block of the body written as one object (most are): its one instance, without the list of instances.
      arnViolations(resourceType, arg, scope[0], name, (body[scope[0]] as Record<string, unknown>)[name], partition, region, out);
    } else for (const block of blockInstances(body, scope)) arnViolations(resourceType, arg, block.path, name, block.body[name], partition, region, out);
  }
}

/** The ARN violations of an argument's value: one ARN, or a list of them. */
function arnViolations(resourceType: string, arg: RegionalArnArgument, blockAt: string, name: string, raw: unknown, partition: string | undefined, region: string, out: Violation[]): void {
  if (!Array.isArray(raw)) arnViolation(resourceType, arg, blockAt, name, -1, raw, partition, region, out);
  else for (let i = 0; i < raw.length; i++) arnViolation(resourceType, arg, blockAt, name, i, raw[i], partition, region, out);
}

/** An ARN of another partition, or of another Region where the argument must be in the resource's (`index`: of a list's item, else -1). */
function arnViolation(resourceType: string, arg: RegionalArnArgument, blockAt: string, name: string, index: number, value: unknown, partition: string | undefined, region: string, out: Violation[]): void {
  if (typeof value !== 'string' || isOpaque(value)) return;
  const arn = parseArn(value);
  if (!arn) return;
  const otherPartition = partition !== undefined && partition !== '' && arn.partition !== partition;
  if (!otherPartition && !(arg.scope === 'region' && arn.region && arn.region !== region)) return;
  const at = `${blockAt ? `${blockAt}.` : ''}${name}${index < 0 ? '' : `[${index}]`}`;
  if (otherPartition) {
    out.push({ resourceType, path: at, value, allowed: `an ARN in partition ${partition} (the resource's)`, source: cite(arg.source), rule: `${resourceType}.${arg.path}.same_partition` });
  } else {
    out.push({ resourceType, path: at, value, allowed: `a ${arg.kind} ARN in ${region} (the resource's Region)`, source: cite(arg.source), rule: `${resourceType}.${arg.path}.same_region` });
  }
}
