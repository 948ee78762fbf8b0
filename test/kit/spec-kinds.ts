import { PropSpec, PropSpecs, ReferenceSpec } from '../../src/core/prop-spec';
import { AWS_PROVIDER } from '../../src/aws/common/prop-specs';
import { PropKind } from './hostile';

/**
 * The sweep's kind of a prop, derived from the construct's own spec (props as
 * data: one spec per construct, which the construct's validator runs and the
 * sweep reads, so the two cannot drift).
 */
export function kindFromSpec(s: PropSpec): PropKind {
  switch (s.kind) {
    case 'text':
      return 'string';
    case 'name':
      return 'name';
    case 'number':
      return s.min !== undefined || s.max !== undefined ? { number: { min: s.min, max: s.max, integer: s.integer } } : s.integer ? 'integer' : 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return { enum: s.values };
    case 'constant':
      return { enum: [s.value] };
    case 'arn':
      return s.service ? { arn: s.service } : 'arn';
    case 'cidr':
    case 'email':
    case 'url':
      return s.kind;
    case 'map': {
      if (s.tags) return 'tags';
      if (s.values.kind === 'text' || s.values.kind === 'name') return 'stringMap';
      // Structured values: the sweep varies the value of each key of the example (a map of severities to subscriptions),
      // the other keys keeping their example values (metric-math metrics whose expressions name each other).
      const keys = Object.keys(s.example ?? {});
      return { object: Object.fromEntries(keys.map((k) => [k, kindFromSpec(s.values)])), valid: s.example ?? {} };
    }
    case 'list': {
      const item = s.items;
      if (item.kind === 'arn') return 'arnList';
      if (item.kind === 'cidr') return 'cidrList';
      if (item.kind === 'object') return { list: fieldKinds(item.fields), valid: s.example ?? [item.example ?? {}] };
      if (item.kind === 'either') {
        const object = item.options.find((o) => o.kind === 'object');
        if (object?.kind === 'object') return { list: fieldKinds(object.fields), valid: s.example ?? [object.example ?? {}] };
      }
      return 'stringList';
    }
    case 'object':
      return { object: fieldKinds(s.fields), valid: s.example ?? {} };
    case 'either': {
      // The sweep varies the object option's fields (`vaultLock: false | { ... }`), else the string option's
      // (a duration: "5m" or seconds); other options get wrong types.
      const object = s.options.find((o) => o.kind === 'object');
      const text = s.options.find((o) => o.kind === 'name' || o.kind === 'text');
      return object ? kindFromSpec(object) : text ? kindFromSpec(text) : 'reference';
    }
    case 'reference':
      // An AWS provider prop (AWS_PROVIDER, or awsProviderSpec's variants of it): Regions that do not exist, another stack's.
      return s.what === (AWS_PROVIDER as ReferenceSpec).what ? 'awsProvider' : 'reference';
  }
}

function fieldKinds(fields: Readonly<Record<string, PropSpec>>): Record<string, PropKind> {
  return Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, kindFromSpec(f)]));
}

/** Every prop's sweep kind, from the construct's specs. */
export function kindsFromSpecs<P>(specs: PropSpecs<P>): Record<keyof P, PropKind> {
  return fieldKinds(specs as Record<string, PropSpec>) as Record<keyof P, PropKind>;
}
