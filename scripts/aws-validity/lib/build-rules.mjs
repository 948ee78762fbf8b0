// The tables of one resource type: model constraints through the mapping,
// provider validators from its source files, patterns made runnable, ids,
// and which source is stricter where both speak.
import { compareKey, finishConstraint } from './finish.mjs';
import { stricterOf } from './compare.mjs';
import { readProviderFile, settleCross } from './go-validators.mjs';
import { mapArguments } from './map-arguments.mjs';
import { argumentsOf } from './schema-tree.mjs';

/** The SDK service package of each Go import alias (`awstypes` -> `backup`). */
function sdkAliases(text) {
  const out = new Map();
  for (const m of text.matchAll(/^\s*(\w+\s+)?"github\.com\/aws\/aws-sdk-go(-v2)?\/service\/(\w+)(\/types)?"/gm)) {
    const ident = m[1]?.trim() ?? (m[4] ? 'types' : m[3]);
    out.set(ident, m[2] ? m[3] : (V1_PACKAGES[m[3]] ?? m[3]));
  }
  return out;
}

/**
 * aws-sdk-go (v1) packages whose name is not the v2 SDK's (the models' sdkId,
 * by which enums are found): older provider files (`elbv2/listener.go`)
 * import `github.com/aws/aws-sdk-go/service/elbv2` and name its enums
 * `elbv2.ProtocolEnum_Values()`.
 */
const V1_PACKAGES = { elbv2: 'elasticloadbalancingv2', elb: 'elasticloadbalancing' };

export function buildTypeRules(type, entry, inputs) {
  const report = [];
  const note = (section, path, why) => report.push({ section, type, path, why });
  const resource = inputs.schemas[type];
  if (!resource) throw new Error(`${type}: not in the provider schema`);
  const args = [...argumentsOf(resource.block)];
  const argByPath = new Map(args.map((a) => [a.path, a]));
  const raw = new Map();
  const members = new Map();
  const push = (path, c) => raw.set(path, [...(raw.get(path) ?? []), c]);
  let model;

  if (entry.service) {
    const m = inputs.models.get(entry.service);
    if (!m) throw new Error(`${type}: model ${entry.service} not in the inputs`);
    const roots = entry.shapes.map((s) => m.idOf(s) ?? (() => { throw new Error(`${type}: shape ${s} not in ${m.file}`); })());
    const { mapped, unmapped } = mapArguments(m, roots, args, entry.arguments ?? {});
    for (const [path, hit] of mapped) {
      members.set(path, hit.member);
      hit.constraints.forEach((c) => push(path, c));
    }
    unmapped.forEach((u) => note('unmapped', u.path, u.why));
    model = { file: m.file, shapes: entry.shapes };
  } else {
    for (const a of args) if (a.path !== 'tags' && !a.path.endsWith('.tags')) note('unmapped', a.path, `no API model: ${entry.why}`);
  }

  const cross = [];
  const providerFiles = [];
  const enumFiles = new Map();
  const enumOf = (alias, aliases, name, source) => {
    const svc = aliases.get(alias ?? '');
    const values = svc && inputs.modelsBySdkPackage.get(svc)?.enumValues(name);
    if (values) return { values, source: `${source} (values: api-models-aws enum ${svc} ${name})` };
    const sdk = svc && inputs.sdkEnums.get(svc);
    const found = sdk?.enumValues(name);
    if (!found) return { unread: `${source}: enum ${name} of SDK package ${svc ?? alias} not in the models or SDK enums read` };
    enumFiles.set(sdk.path, { repository: sdk.repository, path: sdk.path, commit: sdk.commit });
    return { values: found.values, source: `${source} (values: ${found.source})` };
  };
  const constantsOf = (consts, aliases, source) => {
    const values = [];
    const where = [];
    for (const k of consts) {
      if (k.literal !== undefined) {
        values.push(k.literal);
        continue;
      }
      const svc = aliases.get(k.sdkPackage);
      const sdk = svc && inputs.sdkEnums.get(svc);
      const c = sdk?.constant(k.name);
      if (c) {
        enumFiles.set(sdk.path, { repository: sdk.repository, path: sdk.path, commit: sdk.commit });
        values.push(c.value);
        where.push(c.source);
        continue;
      }
      const m = svc && modelConstant(inputs.modelsBySdkPackage.get(svc), k.name);
      if (!m) return { unread: `${source}: constant ${k.sdkPackage}.${k.name} not in the models or SDK enums read` };
      values.push(m.value);
      where.push(`api-models-aws enum ${svc} ${m.type} value ${JSON.stringify(m.value)}`);
    }
    return { values, source: `${source} (values: ${where.join('; ')})` };
  };
  for (const p of entry.provider ?? []) {
    const f = inputs.providerFiles.get(p);
    if (!f) throw new Error(`${type}: provider file ${p} is not in the inputs (terraform-provider-aws/MANIFEST.json)`);
    providerFiles.push({ path: p, commit: f.commit });
    const aliases = sdkAliases(f.text);
    const read = settleCross(readProviderFile(f.text, `${p}@${f.commit.slice(0, 8)}`, inputs.helperDocs));
    for (const [path, e] of read.arguments) {
      if (!argByPath.has(path)) {
        note('unread', path, `${e.line}: the schema of hashicorp/aws ${inputs.lock.providerSchema.version} has no such argument`);
        continue;
      }
      for (const c of e.constraints) {
        if (c.enumType || c.enumConstants) {
          const { enumType, enumConstants, ...rest } = c;
          const r = enumType ? enumOf(enumType.sdkPackage, aliases, enumType.name, c.source) : constantsOf(enumConstants, aliases, c.source);
          if (r.unread) note('unread', path, r.unread);
          else push(path, { ...rest, values: r.values, source: r.source });
        } else push(path, c);
      }
    }
    for (const x of read.cross) {
      const exists = (n) => argByPath.has(x.scope ? `${x.scope}.${n}` : n);
      const missing = x.others.concat(x.subject ?? []).filter((n) => !exists(n));
      const kept = { ...x, others: x.others.filter(exists) };
      const oneOf = x.kind === 'exactly_one_of' || x.kind === 'at_least_one_of';
      if (!missing.length) cross.push(x);
      else if (oneOf && kept.others.length > 1) {
        cross.push(kept);
        if (!report.some((r) => r.why.endsWith(`${missing.join(', ')} left out: not in the schema of hashicorp/aws ${inputs.lock.providerSchema.version}`))) note('unread', x.scope || '*', `${x.kind} over ${x.others.join(', ')}: ${missing.join(', ')} left out: not in the schema of hashicorp/aws ${inputs.lock.providerSchema.version}`);
      } else note('unread', x.scope || '*', `${x.source}: ${missing.join(', ')} not in the schema`);
    }
    read.unread.forEach((u) => note('unread', u.path, u.why));
  }
  applyOverrides(type, entry.overrides ?? [], raw, argByPath, note);

  const argumentsOut = {};
  for (const path of [...raw.keys()].sort()) {
    const arg = argByPath.get(path);
    const finished = [];
    for (const c of raw.get(path)) {
      const done = finishConstraint(type, path, c, (why) => note('unread', path, why));
      if (done && !finished.some((f) => compareKey(f) === compareKey(done))) finished.push(done);
    }
    disambiguateIds(finished);
    if (!finished.length) continue;
    const stricter = {};
    for (const m of finished.filter((c) => c.origin === 'model')) {
      const p = finished.find((c) => c.origin === 'provider' && c.kind === m.kind && c.applies === m.applies);
      if (p) stricter[m.kind] = stricterOf(m, p);
    }
    argumentsOut[path] = { path, type: arg.type, ...(members.has(path) ? { member: members.get(path) } : {}), constraints: finished, ...(Object.keys(stricter).length ? { stricter } : {}) };
  }
  const crossOut = [];
  for (const x of cross) {
    const key = `${x.kind}|${x.scope}|${x.subject ?? ''}|${x.others.join(',')}`;
    if (crossOut.some((y) => y.key === key)) continue;
    const at = x.scope ? `${x.scope}.` : '';
    crossOut.push({ key, rule: { id: `${type}.${at}${x.subject ?? x.others.join('+')}.${x.kind}`, kind: x.kind, scope: x.scope, ...(x.subject ? { subject: x.subject } : {}), others: x.others, origin: x.origin, source: x.source } });
  }
  const rules = {
    resourceType: type,
    ...(model ? { model } : {}),
    providerFiles,
    ...(enumFiles.size ? { enumFiles: [...enumFiles.values()] } : {}),
    taggable: argByPath.has('tags'),
    maps: args.filter((a) => a.type === 'map').map((a) => a.path),
    arguments: argumentsOut,
    crossArgument: crossOut.map((x) => x.rule),
  };
  return { rules, report };
}

/**
 * The reviewed overrides of mapping.json: a documented rule that wins over the
 * model (or the provider) where AWS changed a limit after the pinned inputs
 * (`replaces`), or that adds what no input states in a form read here, or
 * (`drop`) that removes a replaced rule AWS outgrew with no current list to put
 * in its place. Each
 * names its documentation source and the date it was checked.
 */
function applyOverrides(type, overrides, raw, argByPath, note) {
  for (const o of overrides) {
    if (!argByPath.has(o.path)) throw new Error(`${type}: override of ${o.path}, which the provider schema does not have`);
    if (!o.source || !/^\d{4}-\d{2}-\d{2}$/.test(o.checked ?? '')) throw new Error(`${type}: override of ${o.path} needs a source and the date it was checked (YYYY-MM-DD)`);
    const applies = o.applies ?? 'value';
    const current = raw.get(o.path) ?? [];
    const replacing = [o.replaces ?? []].flat();
    const replaced = current.filter((c) => c.kind === o.kind && c.applies === applies && replacing.includes(c.origin));
    for (const origin of replacing) {
      if (!replaced.some((c) => c.origin === origin)) throw new Error(`${type}: override of ${o.path} replaces a ${origin} ${o.kind} rule the inputs do not have (stale override?)`);
    }
    raw.set(o.path, current.filter((c) => !replaced.includes(c)));
    const { path, replaces, checked, why, source, drop, ...rule } = o;
    void path;
    void why;
    const was = replaced.map((c) => c.source).join('; ');
    if (drop) {
      // reviewed: the replaced rule is stale and no current list is known to replace it with (an
      // instance type enum that AWS grows): the argument keeps its other rules, this kind none
      if (!replaced.length) throw new Error(`${type}: override of ${o.path} drops a rule but replaces none`);
      note('overridden', o.path, `${was} dropped by ${source} (checked ${checked})`);
      continue;
    }
    raw.get(o.path).push({ ...rule, applies, origin: 'override', source: `${source} (checked ${checked}${replaces ? `; replaces ${was}` : ''})` });
    if (replaced.length) note('overridden', o.path, `${was} replaced by ${source} (checked ${checked})`);
  }
}

function disambiguateIds(list) {
  const seen = new Map();
  for (const c of list) {
    const n = (seen.get(c.id) ?? 0) + 1;
    seen.set(c.id, n);
    if (n > 1) c.id = `${c.id}.${n}`;
  }
}

/**
 * The value of an SDK for Go v2 enum constant (`ProtocolEnumHttp`) from a
 * model: the enum type whose name prefixes the constant and the one value
 * whose Go name (its words, each capitalized: `TCP_UDP` -> `TcpUdp`) is the
 * rest; undefined when none or more than one fits.
 */
function modelConstant(model, name) {
  if (!model) return undefined;
  const goName = (v) => String(v).split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
  for (let i = name.length - 1; i > 0; i--) {
    const type = name.slice(0, i);
    const values = model.enumValues(type);
    if (!values) continue;
    const hits = values.filter((v) => goName(v) === name.slice(i));
    if (hits.length === 1) return { type, value: hits[0] };
  }
  return undefined;
}
