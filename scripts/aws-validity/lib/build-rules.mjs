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
  for (const m of text.matchAll(/^\s*(\w+\s+)?"github\.com\/aws\/aws-sdk-go(?:-v2)?\/service\/(\w+)(\/types)?"/gm)) {
    const ident = m[1]?.trim() ?? (m[3] ? 'types' : m[2]);
    out.set(ident, m[2]);
  }
  return out;
}

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
  for (const p of entry.provider ?? []) {
    const f = inputs.providerFiles.get(p);
    if (!f) throw new Error(`${type}: provider file ${p} is not in the inputs (terraform-provider-aws/MANIFEST.json)`);
    providerFiles.push({ path: p, commit: f.commit });
    const aliases = sdkAliases(f.text);
    const read = settleCross(readProviderFile(f.text, `${p}@${f.commit.slice(0, 8)}`));
    for (const [path, e] of read.arguments) {
      if (!argByPath.has(path)) {
        note('unread', path, `${e.line}: the schema of hashicorp/aws ${inputs.lock.providerSchema.version} has no such argument`);
        continue;
      }
      for (const c of e.constraints) {
        if (c.enumType) {
          const svc = aliases.get(c.enumType.sdkPackage ?? '');
          const values = svc && inputs.modelsBySdkPackage.get(svc)?.enumValues(c.enumType.name);
          if (!values) {
            note('unread', path, `${c.source}: enum ${c.enumType.name} of SDK package ${svc ?? c.enumType.sdkPackage} not in the models read`);
            continue;
          }
          const { enumType, ...rest } = c;
          push(path, { ...rest, values, source: `${c.source} (values: api-models-aws enum ${svc} ${enumType.name})` });
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
    taggable: argByPath.has('tags'),
    maps: args.filter((a) => a.type === 'map').map((a) => a.path),
    arguments: argumentsOut,
    crossArgument: crossOut.map((x) => x.rule),
  };
  return { rules, report };
}

function disambiguateIds(list) {
  const seen = new Map();
  for (const c of list) {
    const n = (seen.get(c.id) ?? 0) + 1;
    seen.set(c.id, n);
    if (n > 1) c.id = `${c.id}.${n}`;
  }
}
