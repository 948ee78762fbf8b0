#!/usr/bin/env node
// Generates src/aws-validity/generated/ from the AWS API models, the Terraform
// AWS provider's schema and validators, and the reviewed mapping table.
//
//   node scripts/aws-validity/generate.mjs --inputs DIR      regenerate (DIR as in docs/aws-validity.md)
//   node scripts/aws-validity/generate.mjs --check            verify digests (no inputs needed: CI)
//   node scripts/aws-validity/generate.mjs --check --inputs DIR   regenerate in memory and diff
//
// AWS_VALIDITY_INPUTS=DIR may stand for --inputs DIR.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTypeRules } from './lib/build-rules.mjs';
import { goDoc } from './lib/go-validators.mjs';
import { SdkEnums } from './lib/sdk-enums.mjs';
import { loadModels, sdkPackageOf } from './lib/smithy.mjs';
import { renderIndex, renderTypeFile, readHeader, fileNameOf, HEADER_LINES } from './lib/emit.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const OUT = path.join(ROOT, 'src/aws-validity/generated');
const MAPPING = path.join(HERE, 'mapping.json');
const INPUTS_LOCK = path.join(HERE, 'inputs.json');
const REPORT = path.join(HERE, 'unmapped.txt');
const COMMAND = 'node scripts/aws-validity/generate.mjs --inputs DIR';

const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');

/** The digest of the generator's own source and the mapping table. */
function generatorDigest() {
  const files = [...fs.readdirSync(HERE).filter((f) => f.endsWith('.mjs')), ...fs.readdirSync(path.join(HERE, 'lib')).map((f) => `lib/${f}`)].filter((f) => f.endsWith('.mjs')).sort();
  const h = crypto.createHash('sha256');
  for (const f of [...files, 'mapping.json']) h.update(`${f}\0${fs.readFileSync(path.join(HERE, f), 'utf8')}\0`);
  return h.digest('hex');
}

function parseArgs(argv) {
  const args = { check: false, inputs: process.env.AWS_VALIDITY_INPUTS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') args.check = true;
    else if (argv[i] === '--inputs') args.inputs = argv[++i];
    else throw new Error(`unknown argument ${argv[i]} (usage: generate.mjs [--check] [--inputs DIR])`);
  }
  return args;
}

/** Reads the inputs folder: models, provider schema, provider files; and the manifest of pinned versions and hashes. */
function loadInputs(dir, mapping) {
  const pins = mapping.inputs;
  const modelsDir = path.join(dir, 'api-models');
  const models = loadModels(modelsDir);
  const schemaFile = path.join(dir, 'provider-schema', pins.providerSchema.file);
  const schemaText = fs.readFileSync(schemaFile, 'utf8');
  const schemas = Object.values(JSON.parse(schemaText).provider_schemas)[0].resource_schemas;
  // the resource types the pinned schema file is known to lack (mapping.inputs.providerSchema.absent): each
  // must still be absent, so that a complete schema pinned later fails here until they are mapped
  const absentTypes = pins.providerSchema.absent?.types ?? [];
  const present = absentTypes.filter((t) => schemas[t] !== undefined);
  if (present.length) throw new Error(`${schemaFile} now has ${present.join(', ')}: map them and remove them from mapping.json inputs.providerSchema.absent`);
  const providerDir = path.join(dir, 'terraform-provider-aws');
  const providerManifest = JSON.parse(fs.readFileSync(path.join(providerDir, 'MANIFEST.json'), 'utf8'));
  // only the files the mapping names are read and pinned (the folder may hold others)
  const wanted = new Set([...Object.values(mapping.resources).flatMap((r) => r.provider ?? []), ...(mapping.providerHelpers ?? [])]);
  const providerFiles = new Map();
  for (const entry of providerManifest.filter((e) => wanted.has(e.path))) {
    const text = fs.readFileSync(path.join(providerDir, entry.path), 'utf8');
    providerFiles.set(entry.path, { ...entry, text, sha256: sha256(text) });
  }
  const absent = [...wanted].filter((p) => !providerFiles.has(p));
  if (absent.length) throw new Error(`provider files not in ${providerDir}/MANIFEST.json: ${absent.join(', ')}`);
  const helperDocs = (mapping.providerHelpers ?? []).map((p) => goDoc(providerFiles.get(p).text, `${p}@${providerFiles.get(p).commit.slice(0, 8)}`));
  const sdkDir = path.join(dir, 'aws-sdk-go-v2');
  const sdkManifest = fs.existsSync(path.join(sdkDir, 'MANIFEST.json')) ? JSON.parse(fs.readFileSync(path.join(sdkDir, 'MANIFEST.json'), 'utf8')) : [];
  const sdkEnums = new Map();
  const sdkFiles = [];
  for (const entry of sdkManifest) {
    const text = fs.readFileSync(path.join(sdkDir, entry.path), 'utf8');
    const svc = /^service\/(\w+)\/types\/enums\.go$/.exec(entry.path)?.[1];
    if (!svc) throw new Error(`aws-sdk-go-v2/${entry.path}: not a service's types/enums.go`);
    const enums = Object.assign(new SdkEnums(text, `${entry.repository} ${entry.path}@${entry.commit.slice(0, 8)}`), { path: entry.path, commit: entry.commit, repository: entry.repository });
    sdkEnums.set(svc, enums);
    sdkFiles.push({ repository: entry.repository, path: entry.path, commit: entry.commit, totalChars: entry.totalChars, kept: entry.kept, sha256: sha256(text) });
  }
  const missing = [...new Set(Object.values(mapping.resources).map((r) => r.service).filter((s) => s && !models.has(s)))];
  if (missing.length) throw new Error(`models not in ${modelsDir}: ${missing.join(', ')}`);
  const lock = {
    apiModels: {
      repository: pins.apiModels.repository,
      commit: pins.apiModels.commit,
      date: pins.apiModels.date,
      // every model read: the mapped services and those the provider files' enums resolve against
      files: Object.fromEntries([...models.values()].map((m) => [m.file, sha256(fs.readFileSync(path.join(modelsDir, m.file)))])),
    },
    providerSchema: { ...pins.providerSchema, sha256: sha256(schemaText) },
    providerFiles: [...providerFiles.values()].map(({ path: p, commit, totalChars, kept, sha256: h }) => ({ path: p, commit, totalChars, kept, sha256: h })).sort((a, b) => a.path.localeCompare(b.path)),
    sdkEnumFiles: sdkFiles.sort((a, b) => a.path.localeCompare(b.path)),
  };
  const modelsBySdkPackage = new Map([...models.values()].map((m) => [sdkPackageOf(m), m]));
  return { models, schemas, providerFiles, helperDocs, sdkEnums, lock, modelsBySdkPackage };
}

/** Every output file as { name: content }, plus the lock and the report. */
function generate(inputs, mapping, genDigest) {
  const lockText = `${JSON.stringify(inputs.lock, null, 2)}\n`;
  const inputsDigest = sha256(lockText);
  const files = new Map();
  const report = [];
  const covered = [];
  const stats = { types: 0, factOnly: 0, arguments: { model: 0, provider: 0, both: 0, override: 0 }, unmapped: 0, unread: 0 };
  for (const type of Object.keys(mapping.resources).sort()) {
    const built = buildTypeRules(type, mapping.resources[type], inputs);
    report.push(...built.report);
    stats.unmapped += built.report.filter((r) => r.section === 'unmapped').length;
    stats.unread += built.report.filter((r) => r.section === 'unread').length;
    for (const rule of Object.values(built.rules.arguments)) {
      const origins = new Set(rule.constraints.map((c) => c.origin));
      if (origins.has('override')) stats.arguments.override++;
      else if (origins.has('model') && origins.has('provider')) stats.arguments.both++;
      else if (origins.has('model')) stats.arguments.model++;
      else if (origins.has('provider')) stats.arguments.provider++;
    }
    if (!Object.keys(built.rules.arguments).length && !built.rules.crossArgument.length) {
      // A type whose sources were read but state no value rule still gets a
      // table: the tag facts if it has tags, and the record of what was read
      // (a type with neither tags nor a provider file read stays uncovered).
      const read = built.rules.model || built.rules.providerFiles.length;
      if (!read || (!built.rules.taggable && !built.rules.providerFiles.length)) {
        report.push({ section: 'uncovered', type, path: '*', why: 'no rule from the model or the provider files read, and no tags: not covered (no table)' });
        continue;
      }
      report.push({ section: 'facts-only', type, path: '*', why: built.rules.taggable ? 'its sources were read and state no value rule: the table holds the tag facts only' : 'its sources were read and state no value rule: the table records them, with no rule' });
      stats.factOnly++;
    }
    stats.types++;
    covered.push(type);
    files.set(fileNameOf(type), renderTypeFile(built, { genDigest, inputsDigest, lock: inputs.lock, command: COMMAND }));
  }
  files.set('index.ts', renderIndex(covered, { genDigest, inputsDigest, lock: inputs.lock, command: COMMAND }));
  for (const type of mapping.inputs.providerSchema.absent?.types ?? []) {
    report.push({ section: 'absent', type, path: '*', why: `not in the pinned provider schema file: ${mapping.inputs.providerSchema.absent.why}` });
  }
  const reportText = renderReport(report, stats);
  return { files, lockText, reportText, stats };
}

function renderReport(report, stats) {
  const lines = [
    '# aws-validity: what the generator could not map or read (generated; see docs/aws-validity.md)',
    `# ${stats.types} types (${stats.factOnly} with no value rule: the tag facts or the record of the sources only); arguments with rules: ${stats.arguments.model} model only, ${stats.arguments.provider} provider only, ${stats.arguments.both} both, ${stats.arguments.override} with a reviewed override; ${stats.unmapped} unmapped arguments; ${stats.unread} provider validators not read`,
    '',
    '## unmapped: Terraform arguments with no API member (by rule or by the table)',
  ];
  for (const r of report.filter((x) => x.section === 'unmapped')) lines.push(`${r.type}\t${r.path}\t${r.why}`);
  lines.push('', '## uncovered: mapped types that got no rule (no table is generated for them)');
  for (const r of report.filter((x) => x.section === 'uncovered')) lines.push(`${r.type}\t${r.why}`);
  lines.push('', '## absent: resource types the pinned provider schema file lacks (no table can be generated for them)');
  for (const r of report.filter((x) => x.section === 'absent')) lines.push(`${r.type}\t${r.why}`);
  lines.push('', '## facts-only: types whose sources were read and state no value rule (their table holds the tag facts, if any)');
  for (const r of report.filter((x) => x.section === 'facts-only')) lines.push(`${r.type}\t${r.why}`);
  lines.push('', '## overridden: input rules a reviewed override of mapping.json replaces (docs/aws-validity.md lists them)');
  for (const r of report.filter((x) => x.section === 'overridden')) lines.push(`${r.type}\t${r.path}\t${r.why}`);
  lines.push('', '## unread: provider validators and model patterns not represented');
  for (const r of report.filter((x) => x.section === 'unread')) lines.push(`${r.type}\t${r.path}\t${r.why}`);
  return `${lines.join('\n')}\n`;
}

/** --check without inputs: every generated file's digest, against the generator and the inputs lock as committed. */
function checkDigests(mapping, genDigest) {
  const problems = [];
  if (!fs.existsSync(path.join(OUT, 'index.ts'))) return ['index.ts: missing'];
  const lockText = fs.readFileSync(INPUTS_LOCK, 'utf8');
  const inputsDigest = sha256(lockText);
  const covered = [...fs.readFileSync(path.join(OUT, 'index.ts'), 'utf8').matchAll(/^ {2}(aws_\w+): \(\) => require/gm)].map((m) => m[1]);
  const unknown = covered.filter((t) => !mapping.resources[t]);
  if (unknown.length) problems.push(`index.ts: ${unknown.join(', ')} not in the mapping`);
  const expected = new Set([...covered.map(fileNameOf), 'index.ts']);
  const present = new Set(fs.readdirSync(OUT).filter((f) => f.endsWith('.ts')));
  for (const f of expected) if (!present.has(f)) problems.push(`${f}: missing (the index lists its type)`);
  for (const f of present) if (!expected.has(f)) problems.push(`${f}: not in the mapping (stale file)`);
  for (const f of [...expected].filter((x) => present.has(x)).sort()) {
    const text = fs.readFileSync(path.join(OUT, f), 'utf8');
    const header = readHeader(text);
    if (!header) {
      problems.push(`${f}: no generated header`);
      continue;
    }
    if (header.generator !== genDigest) problems.push(`${f}: made by another generator or mapping (regenerate: ${COMMAND})`);
    if (header.inputs !== inputsDigest) problems.push(`${f}: made from other inputs than scripts/aws-validity/inputs.json`);
    if (header.digest !== sha256(`${header.generator}\n${header.inputs}\n${header.body}`)) problems.push(`${f}: edited by hand (its digest does not match its content)`);
  }
  return problems;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const mapping = JSON.parse(fs.readFileSync(MAPPING, 'utf8'));
  const genDigest = generatorDigest();
  if (args.check && !args.inputs) {
    const problems = checkDigests(mapping, genDigest);
    if (problems.length) {
      console.error(`aws-validity: the generated tables are stale or edited:\n  ${problems.join('\n  ')}\nRegenerate with ${COMMAND} (docs/aws-validity.md says how to get the inputs).`);
      process.exit(1);
    }
    console.log(`aws-validity: the generated tables match the generator, the mapping and scripts/aws-validity/inputs.json (digests; inputs not present, not regenerated)`);
    return;
  }
  if (!args.inputs) throw new Error('no inputs: pass --inputs DIR or set AWS_VALIDITY_INPUTS (docs/aws-validity.md), or run with --check');
  const inputs = loadInputs(path.resolve(args.inputs), mapping);
  const out = generate(inputs, mapping, genDigest);
  const wanted = new Map([...[...out.files].map(([f, c]) => [path.join(OUT, f), c]), [INPUTS_LOCK, out.lockText], [REPORT, out.reportText]]);
  if (args.check) {
    const diffs = [...wanted].filter(([f, c]) => !fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== c).map(([f]) => path.relative(ROOT, f));
    const stale = fs.readdirSync(OUT).filter((f) => !out.files.has(f));
    if (diffs.length || stale.length) {
      console.error(`aws-validity: regenerating from the inputs differs:\n  ${[...diffs, ...stale.map((f) => `${f} (stale)`)].join('\n  ')}`);
      process.exit(1);
    }
    console.log(`aws-validity: regenerated ${out.files.size} files in memory from the inputs: identical`);
    return;
  }
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of fs.readdirSync(OUT)) if (!out.files.has(f)) fs.rmSync(path.join(OUT, f));
  for (const [f, c] of wanted) fs.writeFileSync(f, c);
  const s = out.stats;
  console.log(`aws-validity: ${s.types} types (${s.factOnly} with no value rule); arguments with rules: ${s.arguments.model} model only, ${s.arguments.provider} provider only, ${s.arguments.both} both, ${s.arguments.override} overridden; ${s.unmapped} unmapped, ${s.unread} not read (scripts/aws-validity/unmapped.txt)`);
}

export { HEADER_LINES };
try {
  main();
} catch (e) {
  console.error(`aws-validity: ${e.message}`);
  process.exit(2);
}
