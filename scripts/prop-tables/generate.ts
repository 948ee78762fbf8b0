// Writes docs/props.md: one table per construct, from its prop specs (what each prop accepts) and its props
// interface's TSDoc (what it is, and the @default). `--check` fails when the file is stale.
//
// usage: npx tsx scripts/prop-tables/generate.ts [--check]
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { describeSpec, PropSpec } from '../../src/core/prop-spec';
import { SPEC_REGISTRY, SpecEntry } from './registry';

const ROOT = path.join(__dirname, '..', '..');
export const PROPS_DOC = path.join(ROOT, 'docs', 'props.md');

interface Member {
  readonly name: string;
  readonly doc: string;
  readonly defaultText?: string;
  readonly type: string;
}

/** Every interface declared under src/, by name, with its members' TSDoc (parse only: fast, no type checker). */
function interfaces(): Map<string, { members: Member[]; heritage: string[] }> {
  const out = new Map<string, { members: Member[]; heritage: string[] }>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) read(full);
    }
  };
  const read = (file: string): void => {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      const members: Member[] = [];
      for (const m of node.members) {
        if (!ts.isPropertySignature(m) || !m.name) continue;
        const docs = ts.getJSDocCommentsAndTags(m).filter(ts.isJSDoc);
        const doc = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
        const tag = docs.flatMap((d) => d.tags ?? []).find((t) => t.tagName.text === 'default');
        members.push({ name: m.name.getText(source), doc: oneLine(doc), defaultText: tag ? oneLine(ts.getTextOfJSDocComment(tag.comment) ?? '').replace(/^- /, '') : undefined, type: m.type?.getText(source) ?? '' });
      }
      // `extends Pick<ReliableConstructProps, 'tags'>` and `extends ReliableConstructProps<Alarms>`: every interface named there.
      const heritage = (node.heritageClauses ?? []).flatMap((h) => h.types.flatMap((t) => t.getText(source).match(/[A-Z][A-Za-z0-9]*/g) ?? [])).filter((n) => !['Pick', 'Omit', 'Partial', 'Readonly', 'Required'].includes(n));
      out.set(node.name.text, { members, heritage });
    });
  };
  walk(path.join(ROOT, 'src'));
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A member of an interface or of an interface it extends. */
function findMember(all: ReturnType<typeof interfaces>, name: string, prop: string, seen = new Set<string>()): Member | undefined {
  const decl = all.get(name);
  if (!decl || seen.has(name)) return undefined;
  seen.add(name);
  return decl.members.find((m) => m.name === prop) ?? decl.heritage.map((h) => findMember(all, h, prop, seen)).find(Boolean);
}

/** The interface a member's type names whose members cover a spec's fields (`retryPolicy?: HttpsRetryPolicy`). */
function nestedInterface(all: ReturnType<typeof interfaces>, type: string, fields: readonly string[]): string | undefined {
  const names = type.match(/[A-Z][A-Za-z0-9]*/g) ?? [];
  return names.find((n) => {
    const decl = all.get(n);
    return decl !== undefined && fields.every((f) => findMember(all, n, f) !== undefined);
  });
}

function objectFields(s: PropSpec): Readonly<Record<string, PropSpec>> | undefined {
  if (s.kind === 'object') return s.fields;
  if (s.kind === 'list' || s.kind === 'map') return objectFields(s.kind === 'list' ? s.items : s.values);
  if (s.kind === 'either') return s.options.map(objectFields).find(Boolean);
  return undefined;
}

function rows(all: ReturnType<typeof interfaces>, owner: string, specs: Readonly<Record<string, PropSpec>>, prefix: string, depth: number): string[] {
  const out: string[] = [];
  for (const [prop, s] of Object.entries(specs)) {
    const member = findMember(all, owner, prop);
    if (!member) throw new Error(`${owner}.${prop}: the spec names a prop the interface does not declare`);
    const fallback = s.required !== undefined ? `required: ${s.required}` : '';
    out.push(`| \`${prefix}${prop}\` | ${cell(describeSpec(s))} | ${cell(member.defaultText ?? fallback)} | ${cell(member.doc)} |`);
    const fields = objectFields(s);
    if (fields && depth < 3) {
      const nested = nestedInterface(all, member.type, Object.keys(fields));
      const path = `${prefix}${prop}${s.kind === 'list' ? '[]' : s.kind === 'map' ? '.<key>' : ''}${s.kind === 'map' && objectFields(s.values) !== undefined && s.values.kind === 'list' ? '[]' : ''}.`;
      if (nested) out.push(...rows(all, nested, fields, path, depth + 1));
    }
  }
  return out;
}

/** The generated document. */
export function propTables(registry: readonly SpecEntry[] = SPEC_REGISTRY): string {
  const all = interfaces();
  const sections = [...registry]
    .sort((a, b) => a.construct.localeCompare(b.construct))
    .map((e) => {
      const table = rows(all, `${e.construct}Props`, e.specs as Record<string, PropSpec>, '', 0);
      return [`## ${e.construct}`, '', `Source: [\`${e.source}\`](../${e.source})`, '', '| prop | accepts | default | what it is |', '| --- | --- | --- | --- |', ...table, ''].join('\n');
    });
  return [
    '# Props of every construct',
    '',
    '<!-- Generated by `npx tsx scripts/prop-tables/generate.ts` from each construct\'s prop specs and TSDoc: do not edit by hand. -->',
    '',
    'What each prop accepts comes from the construct\'s spec, the same data its validator runs at synth (a value outside it fails',
    'with an error naming the construct path, the prop, the value and what is allowed) and the bad-input sweep reads. A Terraform',
    'variable or reference is carried into the output unchecked unless the table says the value must be known at synth.',
    '',
    ...sections,
  ].join('\n');
}

if (require.main === module) {
  const text = propTables();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(PROPS_DOC) ? fs.readFileSync(PROPS_DOC, 'utf8') : '';
    if (current !== text) {
      console.error('docs/props.md is stale: run npx tsx scripts/prop-tables/generate.ts');
      process.exit(1);
    }
  } else fs.writeFileSync(PROPS_DOC, text);
}
