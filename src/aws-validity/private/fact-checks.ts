/** The hand-kept facts (tags, Regions, ARNs) as checks over a resource body. */
import { parseArn, regionalArnArguments } from '../facts/arns';
import { isKnownRegion, partitionOfRegion, REGIONS_SOURCE } from '../facts/regions';
import { TAG_CHARACTER_SETS, TAG_COUNT_OVERRIDES, TAG_LIMITS, tagServiceOf, type FactSource } from '../facts/tags';
import type { Violation } from '../evaluate';
import { regexOf } from './constraints';
import { blockInstances } from './walk';
import { isOpaque, isPlainObject } from './values';

const cite = (s: FactSource): string => `${s.title} <${s.url}>`;

/** Tag facts over a `tags` map literal: count, key and value lengths, the reserved prefix, the service's character set. */
export function tagViolations(resourceType: string, tags: unknown, path = 'tags'): Violation[] {
  if (!isPlainObject(tags)) return [];
  const out: Violation[] = [];
  const add = (at: string, value: unknown, allowed: string, source: FactSource, rule: string) => out.push({ resourceType, path: at, value, allowed, source: cite(source), rule: `${resourceType}.tags.${rule}` });
  const count = TAG_COUNT_OVERRIDES[resourceType] ?? { maxTags: TAG_LIMITS.maxTags, source: TAG_LIMITS.source };
  const keys = Object.keys(tags);
  if (keys.length > count.maxTags) add(path, `${keys.length} tags`, `at most ${count.maxTags} user tags per resource`, count.source, 'count');
  const charset = TAG_CHARACTER_SETS[tagServiceOf(resourceType) ?? ''];
  const re = charset ? regexOf(charset.pattern, charset.flags) : null;
  const { keyLength, valueLength, reservedKeyPrefix } = TAG_LIMITS;
  for (const [key, value] of Object.entries(tags)) {
    if (isOpaque(key)) continue;
    const at = `${path}["${key}"]`;
    const keyChars = [...key].length;
    if (keyChars < keyLength.min || keyChars > keyLength.max) add(at, key, `a tag key of ${keyLength.min} to ${keyLength.max} characters`, TAG_LIMITS.source, 'key_length');
    if (key.toLowerCase().startsWith(reservedKeyPrefix)) add(at, key, `a tag key not starting with "${reservedKeyPrefix}" (reserved for AWS)`, TAG_LIMITS.source, 'key_prefix');
    if (charset && re && !re.test(key)) add(at, key, `a tag key of ${charset.allowed}`, charset.source, 'key_characters');
    if (typeof value !== 'string' || isOpaque(value)) continue;
    if ([...value].length > valueLength.max) add(at, value, `a tag value of at most ${valueLength.max} characters`, TAG_LIMITS.source, 'value_length');
    if (charset && re && !re.test(value)) add(at, value, `a tag value of ${charset.allowed}`, charset.source, 'value_characters');
  }
  return out;
}

/** Where the resource lives: its own `region` argument (provider 6) when literal, else the context's. */
function regionOf(body: Record<string, unknown>, contextRegion: string): string {
  const own = body.region;
  return typeof own === 'string' && !isOpaque(own) ? own : contextRegion;
}

/** Region facts, only with a context Region: a `region` that does not exist, ARNs of another Region or partition. */
export function regionViolations(resourceType: string, body: Record<string, unknown>, context: { region?: string; partition?: string }): Violation[] {
  if (!context.region || isOpaque(context.region)) return [];
  const partition = context.partition ?? partitionOfRegion(context.region);
  const out: Violation[] = [];
  const own = body.region;
  if (typeof own === 'string' && !isOpaque(own) && !isKnownRegion(own, partition)) {
    out.push({ resourceType, path: 'region', value: own, allowed: `an AWS Region${partition ? ` of partition ${partition}` : ''}`, source: cite(REGIONS_SOURCE), rule: `${resourceType}.region.known` });
  }
  const region = regionOf(body, context.region);
  for (const arg of regionalArnArguments(resourceType)) {
    const dot = arg.path.lastIndexOf('.');
    const scope = dot < 0 ? '' : arg.path.slice(0, dot);
    const name = arg.path.slice(dot + 1);
    for (const block of blockInstances(body, scope)) {
      const raw = block.body[name];
      const values = Array.isArray(raw) ? raw.map((v, i) => [`[${i}]`, v] as const) : [['', raw] as const];
      for (const [suffix, value] of values) {
        if (typeof value !== 'string' || isOpaque(value)) continue;
        const arn = parseArn(value);
        if (!arn) continue;
        const at = `${block.path ? `${block.path}.` : ''}${name}${suffix}`;
        if (partition && arn.partition !== partition) {
          out.push({ resourceType, path: at, value, allowed: `an ARN in partition ${partition} (the resource's)`, source: cite(arg.source), rule: `${resourceType}.${arg.path}.same_partition` });
        } else if (arg.scope === 'region' && arn.region && arn.region !== region) {
          out.push({ resourceType, path: at, value, allowed: `a ${arg.kind} ARN in ${region} (the resource's Region)`, source: cite(arg.source), rule: `${resourceType}.${arg.path}.same_region` });
        }
      }
    }
  }
  return out;
}
