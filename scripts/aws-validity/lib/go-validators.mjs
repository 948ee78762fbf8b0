// Reads the validators of a Terraform AWS provider resource file (SDKv2 or
// Plugin Framework schema literals) into constraints and cross-argument
// rules per argument path. Schema pieces and validators the literal names
// (block functions, rule-set variables, `validIdentifier`, `sdkv2.X()`) are
// followed into the same file or the helper files read. What it cannot read
// is returned as `unread`, never guessed.
import { nullableIntPattern } from './int-range-pattern.mjs';
import { findDefinition, readValidatorFunction, stringsReturned } from './go-functions.mjs';
import { goString, keyName, lineAt, matchBracket, splitArgs } from './go-source.mjs';

const KEY = /("(?:[a-z0-9_]+)"|names\.Attr\w+|[a-z]\w*)\s*:\s*(?:&?[A-Za-z_][\w.]*(?:\[[^\]]*\])?)?\{/g;
/** An entry whose value is a named definition: `"egress": securityGroupRuleSetNestedBlock,` or `"x": someBlock(ctx),`. */
const REF = /("(?:[a-z0-9_]+)"|names\.Attr\w+)\s*:\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)(\((?:[^()]|\([^()]*\))*\))?\s*,/g;
const CALL = /\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(\[[^\]]*\])?\(/g;
/** Helpers that only add tags, timeouts or computed attributes: nothing to read. */
const NO_RULES = /^(tftags|framework|timeouts)\./;
/** The literal a definition holds: a whole entry, a nested resource, or a map of entries. */
const LITERAL = /&schema\.Schema\{|&schema\.Resource\{|map\[string\]\*schema\.Schema\{|\b\w*schema\.\w+(?:Attribute|Block)\{/;

/** Named validators that are a format check (no call parentheses needed). */
const FORMATS = [
  [/\bverify\.ValidARN\b|\bvalidators\.ARN\(\)|\bfwvalidators\.ARN\(\)|\bfwtypes\.ARNType\b/, 'arn'],
  [/\bvalidation\.StringIsJSON\b|\bverify\.ValidIAMPolicyJSON\b/, 'json'],
  [/\bverify\.Valid(?:IPv4|IPv6)?CIDRNetworkAddress\b|\bvalidation\.IsCIDRNetwork\(|\bvalidation\.IsCIDR\b|\bfwvalidators\.IPv[46]CIDRNetworkAddress\(\)/, 'cidr'],
];
/** Formats that apply to each item of a list (a list type of the framework). */
const EACH_FORMATS = [[/\bfwtypes\.ListOfARNType\b/, 'arn']];
const CROSS_KEYS = { ConflictsWith: 'conflicts_with', ExactlyOneOf: 'exactly_one_of', AtLeastOneOf: 'at_least_one_of', RequiredWith: 'required_with' };
const FW_CROSS = { ConflictsWith: 'conflicts_with', ExactlyOneOf: 'exactly_one_of', AtLeastOneOf: 'at_least_one_of', AlsoRequires: 'required_with' };
const RESOURCE_CROSS = { ExactlyOneOf: 'exactly_one_of', AtLeastOneOf: 'at_least_one_of', Conflicting: 'conflicts_with' };

/** The constants of the file (`const x = 12`, `x = "a"` in const blocks), for validator arguments. */
function constantsOf(text) {
  const out = new Map();
  for (const m of text.matchAll(/^\s*(?:const\s+)?([A-Za-z_]\w*)\s*(?:[A-Za-z_.]+\s*)?=\s*(-?\d+|"[^"\n]*")\s*(?:\/\/[^\n]*)?$/gm)) out.set(m[1], m[2]);
  return out;
}

/** A Go source text prepared for reading: its citations, constants, string lists and package. */
export function goDoc(text, file) {
  const gap = text.indexOf('EXCERPT-GAP');
  const where = (index) => (gap >= 0 && index > gap ? `${file} (${enclosingFunc(text, index)})` : `${file}:${lineAt(text, index)}`);
  const lists = new Map([...text.matchAll(/^var\s+(\w+)\s*=\s*\[\]string\{/gm)].map((m) => [m[1], text.slice(m.index + m[0].length, matchBracket(text, m.index + m[0].length - 1))]));
  return { text, file, where, constants: constantsOf(text), lists, pkg: /^package (\w+)/m.exec(text)?.[1] };
}

function withDoc(ctx, doc) {
  return { ...ctx, doc, text: doc.text, where: doc.where, constants: doc.constants, lists: doc.lists };
}

/**
 * Parses a provider resource file. `file` names it in sources (path@commit);
 * `helpers` are goDoc()s of helper files (validators, schema helpers) that
 * names are resolved in. Returns { arguments: Map<path, { constraints, line }>, cross, unread }.
 */
export function readProviderFile(text, file, helpers = []) {
  const doc = goDoc(text, file);
  const framework = /terraform-plugin-framework\/(resource\/schema|tfsdk)"/.test(text);
  const result = { arguments: new Map(), cross: [], unread: [] };
  const root = framework ? /\b(?:\w*schema|tfsdk)\.Schema\{/.exec(text) : schemaFuncRoot(text) ?? /map\[string\]\*schema\.Schema\{/.exec(text);
  if (!root) {
    result.unread.push({ path: '*', why: 'no schema literal found' });
    return result;
  }
  const open = root.index + root[0].length - 1;
  const ctx = withDoc({ result, framework, helpers, following: new Set() }, doc);
  let close = matchBracket(text, open);
  if (close < 0) {
    close = text.length;
    result.unread.push({ path: '*', why: `${file}: the excerpt ends inside the schema; the arguments after it are not read` });
  }
  readEntries(ctx, open + 1, close, '');
  if (framework) readResourceValidators(ctx);
  return result;
}

/**
 * The map a `SchemaFunc: func() map[string]*schema.Schema { ... return map[...]{...} }`
 * returns: the function may define schema pieces first (`x := func() *schema.Schema {...}`,
 * autoscaling/policy.go), whose maps come earlier in the text. Undefined without a SchemaFunc.
 */
function schemaFuncRoot(text) {
  const fn = /SchemaFunc:\s*func\(\)\s*map\[string\]\*schema\.Schema\s*\{/.exec(text);
  if (!fn) return undefined;
  const open = fn.index + fn[0].length - 1;
  const close = matchBracket(text, open);
  const ret = /^return\s+map\[string\]\*schema\.Schema\{/;
  // the return statement directly in the function's body, not one of a nested closure
  for (let i = open + 1; i < close; i++) {
    const c = text[i];
    if (c === '{' || c === '(' || c === '[') i = matchBracket(text, i);
    else if (c === '"' || c === '`' || (c === '/' && text[i + 1] === '/')) i = c === '/' ? text.indexOf('\n', i) : c === '`' ? text.indexOf('`', i + 1) : skipQuoted(text, i);
    else if (c === 'r') {
      const m = ret.exec(text.slice(i, i + 60));
      if (m) return { index: i, 0: m[0] };
    }
    if (i < 0) return undefined;
  }
  return undefined;
}

function skipQuoted(text, i) {
  for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
  return i;
}

function enclosingFunc(text, index) {
  const before = text.lastIndexOf('\nfunc ', index);
  const m = /^func\s+(?:\([^)]*\)\s*)?(\w+)/.exec(text.slice(before + 1));
  return m ? `func ${m[1]}` : 'after the excerpt gap';
}

/** The value of a string constant of the file (`routeDestinationCIDRBlock = "destination_cidr_block"`). */
function stringConstant(ctx, ident) {
  const v = ctx.constants.get(ident);
  return v !== undefined && v.startsWith('"') ? JSON.parse(v) : undefined;
}

/** The items of a `[]string{...}` literal or of a variable holding one. */
function stringListOf(ctx, token) {
  const t = token.trim();
  const literal = /^\[\]string\{([\s\S]*)\}$/.exec(t);
  const body = literal ? literal[1] : ctx.lists.get(t);
  return body === undefined ? undefined : splitArgs(body.replace(/\/\/[^\n]*/g, '')).map((x) => keyName(x) ?? stringConstant(ctx, x.trim()));
}

/** The entries (`"name": {...}`, `"name": definition`) directly under [from, to), at any depth of wrapper literals. */
function readEntries(ctx, from, to, prefix) {
  const { text } = ctx;
  const spans = [];
  KEY.lastIndex = from;
  for (let m = KEY.exec(text); m && m.index < to; m = KEY.exec(text)) {
    const name = keyName(m[1]) ?? stringConstant(ctx, m[1]);
    const open = m.index + m[0].length - 1;
    const close = matchBracket(text, open);
    if (close < 0) break;
    if (name === undefined) {
      KEY.lastIndex = m.index + m[0].length;
      continue;
    }
    const path = prefix ? `${prefix}.${name}` : name;
    const children = readEntries(ctx, open + 1, close, path);
    readOwn(ctx, path, open + 1, close, children);
    spans.push([m.index, close + 1]);
    KEY.lastIndex = close + 1;
  }
  for (const m of text.slice(from, to).matchAll(REF)) {
    const at = from + m.index;
    if (spans.some(([a, b]) => at >= a && at < b)) continue;
    const name = keyName(m[1]);
    if (name === undefined || NO_RULES.test(m[2])) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    spans.push([at, at + m[0].length]);
    followDefinition(ctx, m[2], path, at);
  }
  return spans;
}

/** Reads the schema literal a named definition holds, at `path`. */
function followDefinition(ctx, name, path, at) {
  const def = findDefinition(ctx.doc, ctx.helpers, name);
  if (!def) {
    ctx.result.unread.push({ path, why: `${ctx.where(at)}: ${name} (a schema of another file) is not in the helper files read` });
    return;
  }
  const key = `${def.doc.file}#${def.name}@${path}`;
  if (ctx.following.has(key)) return;
  const inner = withDoc({ ...ctx, following: new Set([...ctx.following, key]) }, def.doc);
  const body = def.doc.text.slice(def.start, def.end);
  const lit = LITERAL.exec(body);
  if (!lit) {
    // `var X = sync.OnceValue(xFunc(...))`: the literal is in the function it calls
    const call = /\b([a-z]\w*)\(/.exec(body.replace(/^\w+\.\w+\(/, ''));
    if (call && call[1] !== name) return followDefinition(inner, call[1], path, def.start);
    ctx.result.unread.push({ path, why: `${ctx.where(at)}: ${name} holds no schema literal read here` });
    return;
  }
  const open = def.start + lit.index + lit[0].length - 1;
  const close = matchBracket(def.doc.text, open);
  if (/Resource\{|map\[string\]/.test(lit[0])) readEntries(inner, open + 1, close, path);
  else {
    const children = readEntries(inner, open + 1, close, path);
    readOwn(inner, path, open + 1, close, children);
  }
}

/** The entry's own text: its body with the children's bodies blanked (same length, so indexes hold). */
function ownText(text, from, to, children) {
  let own = text.slice(from, to);
  for (const [a, b] of children) own = own.slice(0, a - from) + ' '.repeat(b - a) + own.slice(b - from);
  return own;
}

function readOwn(ctx, path, from, to, children) {
  const own = ownText(ctx.text, from, to, children);
  const entry = ctx.result.arguments.get(path) ?? { constraints: [], line: ctx.where(from) };
  const add = (c) => entry.constraints.push(c);
  const each = eachSpans(own);
  const anySpans = [];
  const elementType = (i) => /ElementType:\s*$/.test(own.slice(own.lastIndexOf('\n', i) + 1, i));
  const applies = (i) => (each.some(([a, b]) => i > a && i < b) || elementType(i) ? 'each' : 'value');
  const source = (i, textOf) => `${ctx.where(from + i)} ${textOf}`;
  // Any(...) is an alternative: kept as the smallest rule that admits every alternative, or reported.
  for (const m of own.matchAll(/\b(?:validation|stringvalidator|int64validator)\.Any\w*\(/g)) {
    const close = matchBracket(own, m.index + m[0].length - 1);
    anySpans.push([m.index, close]);
    const text = own.slice(m.index, close + 1).replace(/\s+/g, ' ');
    const hull = anyHull(ctx, splitArgs(own.slice(m.index + m[0].length, close)));
    if (hull.unread) ctx.result.unread.push({ path, why: `${ctx.where(from + m.index)}: ${text.length > 160 ? `${text.slice(0, 157)}...` : text}: ${hull.unread}` });
    else for (const c of hull.constraints) add({ ...c, applies: applies(m.index), origin: 'provider', source: source(m.index, `${text.length > 140 ? `${text.slice(0, 137)}...` : text} (any of: kept as the smallest rule that admits every alternative)`) });
  }
  const inAny = (i) => anySpans.some(([a, b]) => i >= a && i < b);

  for (const [re, format] of FORMATS) {
    for (const m of own.matchAll(new RegExp(re.source, 'g'))) if (!inAny(m.index)) add({ kind: 'format', format, applies: applies(m.index), origin: 'provider', source: source(m.index, m[0].replace(/\($/, '(...)')) });
  }
  for (const [re, format] of EACH_FORMATS) {
    for (const m of own.matchAll(new RegExp(re.source, 'g'))) add({ kind: 'format', format, applies: 'each', origin: 'provider', source: source(m.index, m[0]) });
  }
  CALL.lastIndex = 0;
  for (const m of own.matchAll(CALL)) {
    if (inAny(m.index)) continue;
    const open = m.index + m[0].length - 1;
    const close = matchBracket(own, open);
    if (close < 0) continue;
    const call = { name: m[1], typeArg: m[2] ? m[2].slice(1, -1) : undefined, args: splitArgs(own.slice(open + 1, close)), text: own.slice(m.index, close + 1).replace(/\s+/g, ' ') };
    const cs = readCall(ctx, call);
    for (const c of [cs].flat()) {
      if (c === undefined) continue;
      if (c.unread) ctx.result.unread.push({ path, why: `${ctx.where(from + m.index)}: ${c.unread}` });
      else {
        const { valuesSource, ...rest } = c;
        const textOf = call.text.length > 160 ? `${call.text.slice(0, 157)}...` : call.text;
        add({ ...rest, applies: c.applies ?? applies(m.index), origin: 'provider', source: source(m.index, valuesSource ? `${textOf} (values: ${valuesSource})` : textOf) });
      }
    }
  }
  for (const m of own.matchAll(/\b(?:ValidateFunc|ValidateDiagFunc)\s*:\s*([A-Za-z_][\w.]*)\s*,/g)) {
    if (FORMATS.some(([re]) => re.test(m[1]))) continue;
    for (const c of validatorFunction(ctx, m[1], from + m.index, path)) add({ ...c, applies: applies(m.index) });
  }
  // `ValidateFunc: validQualifier(),`: a function of the file or package returning a validator; read in its body
  for (const m of own.matchAll(/\b(?:ValidateFunc|ValidateDiagFunc)\s*:\s*([A-Za-z_]\w*)\(([^()]*)\)\s*,/g)) returnedValidator(ctx, m[1], path, from + m.index);
  for (const m of own.matchAll(/\bValidateFunc\s*:\s*func\s*\(/g)) {
    const r = readValidatorFunction(ctx.doc, from + m.index + m[0].indexOf('func'), 'literal', path);
    for (const u of r.unread) ctx.result.unread.push({ path, why: `${ctx.where(u.at)}: ${u.why}` });
    for (const c of r.constraints) add({ ...c, applies: applies(m.index), origin: 'provider', source: `${ctx.where(c.at)} ValidateFunc ${c.text.replace(/^func literal: /, '')}` });
  }
  for (const m of own.matchAll(/\bElem\s*:\s*([A-Za-z_]\w*)\s*,/g)) followDefinition(ctx, m[1], path, from + m.index);
  for (const m of own.matchAll(/\b(MaxItems|MinItems)\s*:\s*(\d+)/g)) {
    if (applies(m.index) === 'each') continue;
    add({ kind: 'items', [m[1] === 'MaxItems' ? 'max' : 'min']: Number(m[2]), applies: 'value', origin: 'provider', source: source(m.index, m[0]) });
  }
  for (const m of own.matchAll(/\b(ConflictsWith|ExactlyOneOf|AtLeastOneOf|RequiredWith)\s*:\s*(\[\]string\{|\w+)/g)) {
    const token = m[2] === '[]string{' ? own.slice(m.index + m[0].length - m[2].length, matchBracket(own, m.index + m[0].length - 1) + 1) : m[2];
    const names = (stringListOf(ctx, token) ?? [undefined]).map((n) => (n === undefined ? undefined : n.replace(/\.\d+(?=\.|$)/g, '')));
    if (names.some((n) => n === undefined)) {
      ctx.result.unread.push({ path, why: `${ctx.where(from + m.index)}: ${m[1]} names a path it cannot read` });
      continue;
    }
    addCross(ctx, CROSS_KEYS[m[1]], path, names, source(m.index, `${m[1]}: ${JSON.stringify(names)}`));
  }
  if (entry.constraints.length) ctx.result.arguments.set(path, mergeItems(entry));
}

/**
 * A validator built by a function call (`ValidateFunc: validQualifier()`): the
 * validators its body returns are read as if written at the call, its local
 * string constants (`pattern := \`...\``) resolved; a function literal among
 * them (a check written in Go) is reported and left out.
 */
function returnedValidator(ctx, name, path, at) {
  const def = findDefinition(ctx.doc, ctx.helpers, name);
  if (!def || def.kind !== 'func') {
    ctx.result.unread.push({ path, why: `${ctx.where(at)}: validator ${name}() (a function of its own) not read${def ? '' : ': not in the helper files read'}` });
    return;
  }
  const body = def.doc.text.slice(def.start, def.end);
  if (!/\breturn\s+(?:validation|verify|stringvalidator)\./.test(body)) {
    ctx.result.unread.push({ path, why: `${ctx.where(at)}: validator ${name}() does not return a validator call read here` });
    return;
  }
  const locals = [...body.matchAll(/^\s*(\w+)\s*:=\s*(`[^`]*`|"(?:[^"\\]|\\.)*")\s*$/gm)].map((l) => [l[1], l[2]]);
  const inner = withDoc(ctx, def.doc);
  inner.constants = new Map([...inner.constants, ...locals]);
  const open = def.doc.text.indexOf('{', def.doc.text.indexOf(')', def.start));
  const literal = body.indexOf('func(', 5);
  if (literal >= 0) ctx.result.unread.push({ path, why: `${def.doc.where(def.start + literal)}: validator ${name}(): a check written as a Go function literal is not read (left out)` });
  readOwn(inner, path, open + 1, def.end - 1, literal >= 0 ? [[def.start + literal, def.end - 1]] : []);
}

/** A validator named by `ValidateFunc: name`: read when it is a function of the restricted form, else reported. */
function validatorFunction(ctx, name, at, path) {
  const def = findDefinition(ctx.doc, ctx.helpers, name);
  if (!def || def.kind !== 'func') {
    ctx.result.unread.push({ path, why: `${ctx.where(at)}: validator ${name} (a function of its own) not read${def ? '' : ': not in the helper files read'}` });
    return [];
  }
  const r = readValidatorFunction(def.doc, def.start, def.name, path);
  for (const u of r.unread) ctx.result.unread.push({ path, why: `${def.doc.where(u.at)}: ${u.why}` });
  return r.constraints.map((c) => ({ ...c, origin: 'provider', source: `${def.doc.where(c.at)} ${c.text}` }));
}

/** Merges MaxItems and MinItems into one items constraint. */
function mergeItems(entry) {
  const items = entry.constraints.filter((c) => c.kind === 'items' && c.applies === 'value');
  if (items.length < 2) return entry;
  const merged = { ...items[0], min: items.find((c) => c.min !== undefined)?.min, max: items.find((c) => c.max !== undefined)?.max, source: items.map((c) => c.source).join('; ') };
  return { ...entry, constraints: [...entry.constraints.filter((c) => !items.includes(c)), merged] };
}

/** Spans whose validators apply to each item: `Elem: &schema.Schema{...}` and `Value...Are(...)`. */
function eachSpans(own) {
  const out = [];
  for (const m of own.matchAll(/Elem:\s*&schema\.Schema\{|\b(?:setvalidator|listvalidator|mapvalidator)\.Value\w+Are\(/g)) {
    const open = m.index + m[0].length - 1;
    out.push([open, matchBracket(own, open)]);
  }
  return out;
}

function addCross(ctx, kind, subjectPath, names, source) {
  const dot = subjectPath.lastIndexOf('.');
  const scope = dot < 0 ? '' : subjectPath.slice(0, dot);
  const subject = subjectPath.slice(dot + 1);
  const local = names.map((n) => (scope && n.startsWith(`${scope}.`) ? n.slice(scope.length + 1) : n));
  if (local.some((n) => n.includes('.'))) {
    ctx.result.unread.push({ path: subjectPath, why: `${source}: names an argument outside its block` });
    return;
  }
  if (kind === 'exactly_one_of' || kind === 'at_least_one_of') {
    const all = [...new Set([subject, ...local])].sort();
    ctx.result.cross.push({ kind, scope, others: all, origin: 'provider', source });
  } else ctx.result.cross.push({ kind, scope, subject, others: local.filter((n) => n !== subject).sort(), origin: 'provider', source });
}

/** Framework path expressions: `path.MatchRoot("x")`, `path.MatchRelative().AtParent().AtName("x")`. */
function frameworkNames(args) {
  return args.map((a) => {
    const m = /AtName\(([^)]+)\)\s*$/.exec(a) ?? /MatchRoot\(([^)]+)\)\s*$/.exec(a);
    return m ? keyName(m[1]) : undefined;
  });
}

function numberArg(ctx, token) {
  const t = token.trim().replace(/^int(?:32|64)?\((.*)\)$/, '$1');
  if (/^-?\d+$/.test(t)) return Number(t);
  const c = ctx.constants.get(t);
  return c !== undefined && /^-?\d+$/.test(c) ? Number(c) : undefined;
}

function stringList(token) {
  const m = /^\[\]string\{([\s\S]*)\}$/.exec(token.trim());
  if (!m) return undefined;
  const values = splitArgs(m[1]).map(goString);
  return values.every((v) => v !== undefined) ? values : undefined;
}

/** An enum type named by `awstypes.X`, `X_Values()` or `enum.Values[awstypes.X]()`. */
function enumTypeOf(token) {
  const t = (token ?? '').trim();
  const m = /^(?:enum\.Values\[)?(?:\w+\.)?(\w+?)(?:_Values\(\)|\]\(\)(?:\.\.\.)?|\("?"?\)\.Values\(\))?$/.exec(t);
  return m && /^[A-Z]/.test(m[1]) ? { sdkPackage: /^(\w+)\./.exec(t.replace(/^enum\.Values\[/, ''))?.[1], name: m[1] } : undefined;
}

/** The values of `fn()` when fn is a function of the file or package returning a string slice literal. */
function valuesFunction(ctx, token) {
  const m = /^([a-zA-Z_]\w*)\(\)$/.exec(token.trim());
  if (!m) return undefined;
  const def = findDefinition(ctx.doc, ctx.helpers, m[1]);
  if (!def) return undefined;
  const values = stringsReturned(def, (t) => stringConstant(withDoc(ctx, def.doc), t));
  if (values) return { values, source: `${def.doc.where(def.start)} func ${m[1]}` };
  const slice = /return\s+enum\.Slice(?:\[[^\]]*\])?\(([\s\S]*?)\)\s*\}\s*$/.exec(def.doc.text.slice(def.start, def.end));
  const enumConstants = slice ? enumConstantsOf(`enum.Slice(${slice[1].trim().replace(/,$/, '')})`) : undefined;
  return enumConstants ? { enumConstants, source: `${def.doc.where(def.start)} func ${m[1]}` } : undefined;
}

/**
 * `[]string{"", dynamodb.StreamViewTypeNewImage, ...}` (aws-sdk-go v1 files name the SDK's
 * constants in a literal list): literal strings and SDK constants, the constants resolved
 * later as those of `enum.Slice`. Undefined when an item is neither.
 */
function constantList(token) {
  const m = /^\[\]string\{([\s\S]*)\}$/.exec((token ?? '').trim());
  if (!m) return undefined;
  const items = splitArgs(m[1].replace(/\/\/[^\n]*/g, '')).map((a) => {
    const literal = goString(a);
    if (literal !== undefined) return { literal };
    const k = /^(\w+)\.(\w+)$/.exec(a.trim());
    return k ? { sdkPackage: k[1], name: k[2] } : undefined;
  });
  return items.length && items.every(Boolean) ? items : undefined;
}

/** `enum.Slice(types.XA, types.XB)`: the SDK constants named, resolved later against the SDK enums read. */
function enumConstantsOf(token) {
  const m = /^enum\.Slice\(([\s\S]*)\)$/.exec(token.trim());
  if (!m) return undefined;
  const names = splitArgs(m[1]).map((a) => /^(\w+)\.(\w+)$/.exec(a.trim()));
  return names.every(Boolean) ? names.map((n) => ({ sdkPackage: n[1], name: n[2] })) : undefined;
}

/** The prefix lengths of a CIDR from IsCIDRNetwork(min, max): a pattern on what follows the slash. */
function prefixPattern(min, max) {
  const lengths = Array.from({ length: max - min + 1 }, (_, k) => min + k);
  return `^[^/]*/(?:${lengths.join('|')})$`;
}

/** One validator call as a constraint (or { unread }), or undefined when the call is not a validator. */
function readCall(ctx, { name, typeArg, args, text }) {
  const leaf = name.split('.').pop();
  const pkg = name.includes('.') ? name.split('.')[0] : '';
  const validatorPkg = /^(validation|stringvalidator|int64validator|int32validator|float64validator|listvalidator|setvalidator|mapvalidator|enum|fwtypes|verify|validators|fwvalidators|resourcevalidator|nullable)$/.test(pkg);
  if (!validatorPkg) return undefined;
  const range = (min, max) => (min === undefined && max === undefined ? { unread: `${text}: bounds not literal` } : { kind: 'range', min, max });
  const length = (min, max) => (min === undefined && max === undefined ? { unread: `${text}: bounds not literal` } : { kind: 'length', min, max, unit: 'bytes' });
  const items = (min, max) => (min === undefined && max === undefined ? { unread: `${text}: bounds not literal` } : { kind: 'items', min, max, applies: 'value' });
  // a bound written as an expression the generator cannot evaluate
  // (`255-id.UniqueIDSuffixLength`) is left out and reported; the other bound stays
  const between = (make, minToken, maxToken) => {
    const min = minToken === undefined ? undefined : numberArg(ctx, minToken);
    const max = maxToken === undefined ? undefined : numberArg(ctx, maxToken);
    const made = make(min, max);
    if (made.unread) return made;
    const missing = [[minToken, min, 'lower'], [maxToken, max, 'upper']].filter(([t, v]) => t !== undefined && v === undefined);
    return missing.length ? [made, ...missing.map(([t, , which]) => ({ unread: `${text}: ${which} bound ${t.trim()} not literal (left out)` }))] : made;
  };
  switch (`${pkg === 'int32validator' || pkg === 'float64validator' ? 'int64validator' : pkg}.${leaf}`) {
    case 'validation.StringInSlice': {
      const values = stringList(args[0]);
      const ignoreCase = args[1]?.trim() === 'true';
      if (values) return { kind: 'enum', values, ignoreCase };
      const consts = enumConstantsOf(args[0]) ?? constantList(args[0]);
      if (consts) return { kind: 'enum', enumConstants: consts, ignoreCase };
      // `X()` or `enum.Slice(X()...)`, X a function of the package returning a literal list or `enum.Slice[T](T1, T2)`
      const fn = /^(?:enum\.Slice\((\w+\(\))\.\.\.\)|(\w+\(\)))$/.exec(args[0]?.trim() ?? '');
      if (fn) {
        const call = fn[1] ?? fn[2];
        const local = valuesFunction(ctx, call);
        if (local?.values) return { kind: 'enum', values: local.values, ignoreCase, valuesSource: local.source };
        if (local?.enumConstants) return { kind: 'enum', enumConstants: local.enumConstants, ignoreCase, valuesSource: local.source };
        return { unread: `${text}: values not literal (${call} is a function of another file, not read)` };
      }
      const type = enumTypeOf(args[0]);
      return type ? { kind: 'enum', enumType: type, ignoreCase } : { unread: `${text}: values not literal` };
    }
    case 'stringvalidator.OneOf':
    case 'stringvalidator.OneOfCaseInsensitive': {
      const ignoreCase = leaf === 'OneOfCaseInsensitive';
      const values = args.map(goString);
      if (values.every((v) => v !== undefined)) return { kind: 'enum', values, ignoreCase };
      const type = args.length === 1 ? enumTypeOf(args[0]) : undefined;
      return type ? { kind: 'enum', enumType: type, ignoreCase } : { unread: `${text}: values not literal` };
    }
    case 'enum.Validate':
    case 'enum.FrameworkValidate':
    case 'enum.ValidateIgnoreCase':
    case 'fwtypes.StringEnumType': {
      const type = enumTypeOf(typeArg);
      return type ? { kind: 'enum', enumType: type, ignoreCase: leaf === 'ValidateIgnoreCase' } : { unread: `${text}: enum type not read` };
    }
    case 'validation.IntInSlice':
    case 'int64validator.OneOf': {
      const list = leaf === 'IntInSlice' ? /^\[\]int\{([\s\S]*)\}$/.exec(args[0]?.trim() ?? '')?.[1] : args.join(',');
      const values = list === undefined ? undefined : splitArgs(list).map((t) => numberArg(ctx, t));
      return values && values.every((v) => v !== undefined) ? { kind: 'enum', values } : { unread: `${text}: values not literal` };
    }
    case 'validation.IntBetween':
    case 'validation.FloatBetween':
    case 'int64validator.Between':
      return between(range, args[0], args[1]);
    case 'validation.IntAtLeast':
    case 'validation.FloatAtLeast':
    case 'int64validator.AtLeast':
      return between(range, args[0], undefined);
    case 'validation.IntAtMost':
    case 'validation.FloatAtMost':
    case 'int64validator.AtMost':
      return between(range, undefined, args[0]);
    case 'validation.StringLenBetween':
    case 'stringvalidator.LengthBetween':
      return between(length, args[0], args[1]);
    case 'stringvalidator.LengthAtLeast':
      return between(length, args[0], undefined);
    case 'stringvalidator.LengthAtMost':
      return between(length, undefined, args[0]);
    case 'validation.StringIsNotEmpty':
    case 'validation.NoZeroValues':
      return leaf === 'StringIsNotEmpty' ? { kind: 'length', min: 1, unit: 'bytes' } : undefined;
    case 'validation.StringMatch':
    case 'validation.StringDoesNotMatch':
    case 'stringvalidator.RegexMatches': {
      const m = /(?:regexache|regexp)\.MustCompile\(([\s\S]*)\)$/.exec((args[0] ?? '').replace(/\/\/[^\n]*(?:\n|$)/g, '').trim());
      // a string constant of the file or of the validator function (`pattern := \`...\``)
      const raw = m ? (goString(m[1]) ?? (/^\w+$/.test(m[1].trim()) && ctx.constants.has(m[1].trim()) ? goString(ctx.constants.get(m[1].trim())) : undefined)) : undefined;
      if (raw === undefined) return { unread: `${text}: regular expression not literal` };
      return { kind: 'pattern', raw, dialect: 'go', ...(leaf === 'StringDoesNotMatch' ? { negated: true } : {}) };
    }
    case 'validation.IsCIDRNetwork': {
      const [min, max] = [numberArg(ctx, args[0]), numberArg(ctx, args[1])];
      if (min === undefined || max === undefined) return { unread: `${text}: prefix lengths not literal` };
      return { kind: 'pattern', raw: prefixPattern(min, max), dialect: 'go', words: `a network in CIDR notation with a prefix length ${min === max ? `of ${min}` : `from ${min} to ${max}`}` };
    }
    case 'listvalidator.SizeAtMost':
    case 'setvalidator.SizeAtMost':
    case 'mapvalidator.SizeAtMost':
      return between(items, undefined, args[0]);
    case 'listvalidator.SizeAtLeast':
    case 'setvalidator.SizeAtLeast':
    case 'mapvalidator.SizeAtLeast':
      return between(items, args[0], undefined);
    case 'listvalidator.SizeBetween':
    case 'setvalidator.SizeBetween':
    case 'mapvalidator.SizeBetween':
      return between(items, args[0], args[1]);
    case 'nullable.ValidateTypeStringNullableIntBetween':
    case 'nullable.ValidateTypeStringNullableIntAtLeast': {
      // a string holding an integer, or empty (null): the bounds as a pattern over the decimal text
      const [min, max] = [numberArg(ctx, args[0]), leaf.endsWith('Between') ? numberArg(ctx, args[1]) : undefined];
      const raw = min === undefined || (leaf.endsWith('Between') && max === undefined) ? undefined : nullableIntPattern(min, max);
      if (raw === undefined) return { unread: `${text}: bounds not literal or negative` };
      const words = `a whole number ${max === undefined ? `of at least ${min}` : `from ${min} to ${max}`}, written as a string, or "" (unset)`;
      return { kind: 'pattern', raw, dialect: 'go', words };
    }
    default:
      break;
  }
  // the other nullable validators (`ValidateTypeStringNullableFloat`, `...IntDivisibleBy`) are reported, never dropped
  if (pkg === 'nullable') return { unread: `${text}: validator not read` };
  if (FW_CROSS[leaf] && /validator$/.test(pkg) && pkg !== 'resourcevalidator') return { cross: FW_CROSS[leaf], names: frameworkNames(args), unread: undefined, ...crossMarker() };
  // wrappers whose validators are read one by one (`ToDiagFunc(StringLenBetween(1, 64))`), and verify's
  // helpers of DiffSuppressFunc/StateFunc/CustomizeDiff, which validate nothing
  if (/^(validation|verify)$/.test(pkg) && /^(ToDiagFunc|AllDiag|Suppress\w*|LegacyPolicyNormalize|PolicyToSet|SetTagsDiff)$/.test(leaf)) return undefined;
  if (/^(validation|verify|validators|fwvalidators)$/.test(pkg) && !/^(All|IsRFC3339Time|StringIsJSON|ValidARN|IsCIDR|ARN|IPv4CIDRNetworkAddress|IPv6CIDRNetworkAddress)$/.test(leaf)) return { unread: `${text}: validator not read` };
  return undefined;
}

function crossMarker() {
  return { kind: 'cross' };
}

// ---- Any(...): the smallest rule that admits every alternative -------------

const ARN_PREFIX = '^arn:[\\s\\S]*$';
const escapeRe = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** One alternative as { number: [min, max] } or { string: JS regex source admitting at least what it admits } or { unread }. */
function alternative(ctx, arg) {
  const wrapped = /^validation\.ToDiagFunc\(([\s\S]*)\)$/.exec(arg.trim());
  if (wrapped) return alternative(ctx, wrapped[1].replace(/,\s*$/, ''));
  const t = arg.trim();
  const divisible = /^validation\.IntDivisibleBy\(([^()]*)\)$/.exec(t);
  if (divisible) {
    const n = numberArg(ctx, divisible[1]);
    return n > 0 ? { multipleOf: n } : { unread: `${t}: divisor not literal` };
  }
  if (FORMATS[0][0].test(t) && /^[\w.]+(\(\))?$/.test(t)) return { string: ARN_PREFIX };
  const all = /^validation\.All\(([\s\S]*)\)$/.exec(t);
  if (all) {
    const parts = splitArgs(all[1]).map((a) => alternative(ctx, a)).filter((p) => !p.unread);
    if (!parts.length) return { unread: `${t}: no part read` };
    // `All(IntAtLeast(7), IntAtMost(731), IntDivisibleBy(31))`: a range, and a multiple of N when a part says so
    const numbers = parts.filter((p) => p.number);
    const multiple = parts.find((p) => p.multipleOf)?.multipleOf;
    if (parts.every((p) => p.number || p.multipleOf) && parts.filter((p) => p.multipleOf).length <= 1) {
      const range = numbers.length ? [Math.max(...numbers.map((p) => p.number[0])), Math.min(...numbers.map((p) => p.number[1]))] : undefined;
      return { ...(range ? { number: range } : {}), ...(multiple ? { multipleOf: multiple } : {}) };
    }
    if (parts.every((p) => p.string)) return { string: `^${parts.map((p) => `(?=${p.string})`).join('')}` };
    return { unread: `${t}: mixed kinds` };
  }
  const call = /^([A-Za-z_][\w.]*)(\[[^\]]*\])?\(([\s\S]*)\)$/.exec(t);
  if (!call) {
    // a validator function of the file or a helper: its checks, joined
    const def = /^[A-Za-z_][\w.]*$/.test(t) ? findDefinition(ctx.doc, ctx.helpers, t) : undefined;
    if (!def || def.kind !== 'func') return { unread: `${t} not read` };
    const parts = readValidatorFunction(def.doc, def.start, def.name).constraints.map(constraintRegex).filter(Boolean);
    if (!parts.length) return { unread: `${t}: no check read` };
    return { string: `^${parts.map((p) => `(?=${p})`).join('')}` };
  }
  const c = readCall(ctx, { name: call[1], typeArg: call[2]?.slice(1, -1), args: splitArgs(call[3]), text: t });
  if (!c || c.unread || c.kind === 'cross') return { unread: `${t} not read` };
  if (c.kind === 'range') return { number: [c.min ?? -Infinity, c.max ?? Infinity] };
  if (c.kind === 'enum' && c.values && typeof c.values[0] === 'number') return { number: [Math.min(...c.values), Math.max(...c.values)], values: c.values };
  const re = constraintRegex(c);
  return re === undefined ? { unread: `${t} not read` } : { string: re };
}

/** A JavaScript regex source admitting at least what a string constraint admits (looser is sound), or undefined. */
function constraintRegex(c) {
  if (c.kind === 'enum' && c.values && !c.ignoreCase) return `^(?:${c.values.map((v) => escapeRe(String(v))).join('|')})$`;
  if (c.kind === 'length') return `^[\\s\\S]{${c.unit === 'characters' ? (c.min ?? 0) : 0},${c.max ?? ''}}$`;
  if (c.kind === 'pattern' && !/\(\?[is]+\)/.test(c.raw)) {
    const body = c.raw.replace(/\\z/g, '$').replace(/\\A/g, '^');
    return c.negated ? `^(?![\\s\\S]*?(?:${body}))` : `(?:${body})${c.allowEmpty ? '|^$' : ''}`;
  }
  if (c.kind === 'format' && c.format === 'arn') return ARN_PREFIX;
  return undefined;
}

function anyHull(ctx, args) {
  const alts = args.map((a) => alternative(ctx, a));
  const bad = alts.find((a) => a.unread);
  if (bad) return { unread: `an alternative of validators not read (${bad.unread}): not represented` };
  // integers in a list or multiples of N (`Any(IntInSlice(10, 20, 30), IntDivisibleBy(60))`): one of the values
  // or a multiple, and also the hull of the ranges when every alternative has one (the two together are exact
  // for `Any(IntInSlice(7, 731), All(IntAtLeast(7), IntAtMost(731), IntDivisibleBy(31)))`)
  const multiples = [...new Set(alts.filter((a) => a.multipleOf).map((a) => a.multipleOf))];
  const out = [];
  if (multiples.length === 1 && alts.every((a) => a.multipleOf || a.values)) out.push({ kind: 'enum', values: [...new Set(alts.flatMap((a) => a.values ?? []))].sort((x, y) => x - y), multipleOf: multiples[0] });
  if (alts.every((a) => a.number)) out.push({ kind: 'range', min: finite(Math.min(...alts.map((a) => a.number[0]))), max: finite(Math.max(...alts.map((a) => a.number[1]))) });
  if (out.length) return { constraints: out };
  if (alts.some((a) => a.multipleOf)) return { unread: 'a multiple of N among alternatives of other kinds: not represented' };
  if (alts.every((a) => a.string)) return { constraints: [{ kind: 'pattern', raw: alts.map((a) => `(?:${a.string})`).join('|'), dialect: 'js' }] };
  return { unread: 'alternatives of different kinds: not represented' };
}

function finite(n) {
  return Number.isFinite(n) ? n : undefined;
}

/** Framework cross validators on an attribute, and resource-level ConfigValidators. */
function readResourceValidators(ctx) {
  const { text, result } = ctx;
  for (const m of text.matchAll(/\bresourcevalidator\.(ExactlyOneOf|AtLeastOneOf|Conflicting)\(/g)) {
    const open = m.index + m[0].length - 1;
    const args = splitArgs(text.slice(open + 1, matchBracket(text, open)));
    const names = args.map((a) => /MatchRoot\(([^)]+)\)/.exec(a)?.[1]).map((t) => (t ? keyName(t) : undefined));
    const src = `${ctx.where(m.index)} resourcevalidator.${m[1]}(${names.join(', ')})`;
    if (names.some((n) => n === undefined)) result.unread.push({ path: '*', why: `${src}: a path it cannot read` });
    else if (m[1] === 'Conflicting') result.cross.push({ kind: 'conflicts_with', scope: '', subject: names[0], others: names.slice(1), origin: 'provider', source: src });
    else result.cross.push({ kind: RESOURCE_CROSS[m[1]], scope: '', others: [...names].sort(), origin: 'provider', source: src });
  }
}

/** Moves framework attribute cross validators (returned as kind 'cross') into the cross list. */
export function settleCross(result) {
  for (const [path, entry] of result.arguments) {
    const keep = [];
    for (const c of entry.constraints) {
      if (c.kind !== 'cross') {
        keep.push(c);
        continue;
      }
      if (c.names.some((n) => n === undefined)) {
        result.unread.push({ path, why: `${c.source}: names a path it cannot read` });
        continue;
      }
      const dot = path.lastIndexOf('.');
      const scope = dot < 0 ? '' : path.slice(0, dot);
      const subject = path.slice(dot + 1);
      if (c.cross === 'exactly_one_of' || c.cross === 'at_least_one_of') result.cross.push({ kind: c.cross, scope, others: [...new Set([subject, ...c.names])].sort(), origin: 'provider', source: c.source });
      else result.cross.push({ kind: c.cross, scope, subject, others: c.names, origin: 'provider', source: c.source });
    }
    entry.constraints = keep;
    if (!keep.length) result.arguments.delete(path);
  }
  return result;
}
