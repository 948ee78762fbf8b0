// Reads the validators of a Terraform AWS provider resource file (SDKv2 or
// Plugin Framework schema literals) into constraints and cross-argument
// rules per argument path. What it cannot read is returned as `unread`,
// never guessed.
import { goString, keyName, lineAt, matchBracket, splitArgs } from './go-source.mjs';

const KEY = /("(?:[a-z0-9_]+)"|names\.Attr\w+|[a-z]\w*)\s*:\s*(?:&?[A-Za-z_][\w.]*(?:\[[^\]]*\])?)?\{/g;
const CALL = /\b([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(\[[^\]]*\])?\(/g;

/** Named validators that are a format check (no call parentheses needed). */
const FORMATS = [
  [/\bverify\.ValidARN\b|\bvalidators\.ARN\(\)|\bfwvalidators\.ARN\(\)|\bfwtypes\.ARNType\b/, 'arn'],
  [/\bvalidation\.StringIsJSON\b|\bverify\.ValidIAMPolicyJSON\b/, 'json'],
  [/\bverify\.Valid(?:IPv4|IPv6)?CIDRNetworkAddress\b|\bvalidation\.IsCIDRNetwork\(|\bvalidation\.IsCIDR\b|\bfwvalidators\.IPv4CIDRNetworkAddress\(\)/, 'cidr'],
];
const CROSS_KEYS = { ConflictsWith: 'conflicts_with', ExactlyOneOf: 'exactly_one_of', AtLeastOneOf: 'at_least_one_of', RequiredWith: 'required_with' };
const FW_CROSS = { ConflictsWith: 'conflicts_with', ExactlyOneOf: 'exactly_one_of', AtLeastOneOf: 'at_least_one_of', AlsoRequires: 'required_with' };
const RESOURCE_CROSS = { ExactlyOneOf: 'exactly_one_of', AtLeastOneOf: 'at_least_one_of', Conflicting: 'conflicts_with' };

/** The constants of the file (`const x = 12`, `x = "a"` in const blocks), for validator arguments. */
function constantsOf(text) {
  const out = new Map();
  for (const m of text.matchAll(/^\s*(?:const\s+)?([A-Za-z_]\w*)\s*(?:[A-Za-z_.]+\s*)?=\s*(-?\d+|"[^"\n]*")\s*$/gm)) out.set(m[1], m[2]);
  return out;
}

/**
 * Parses a provider resource file. `file` names it in sources (path@commit).
 * Returns { arguments: Map<path, { constraints, line }>, cross, unread }.
 */
export function readProviderFile(text, file) {
  const framework = text.includes('terraform-plugin-framework/resource/schema"');
  const gap = text.indexOf('EXCERPT-GAP');
  const where = (index) => (gap >= 0 && index > gap ? `${file} (${enclosingFunc(text, index)})` : `${file}:${lineAt(text, index)}`);
  const constants = constantsOf(text);
  const lists = new Map([...text.matchAll(/^var\s+(\w+)\s*=\s*\[\]string\{/gm)].map((m) => [m[1], text.slice(m.index + m[0].length, matchBracket(text, m.index + m[0].length - 1))]));
  const result = { arguments: new Map(), cross: [], unread: [] };
  const root = framework ? /\bschema\.Schema\{/.exec(text) : /map\[string\]\*schema\.Schema\{/.exec(text);
  if (!root) {
    result.unread.push({ path: '*', why: 'no schema literal found' });
    return result;
  }
  const open = root.index + root[0].length - 1;
  const ctx = { text, where, constants, lists, result, framework };
  readEntries(ctx, open + 1, matchBracket(text, open), '');
  if (framework) readResourceValidators(ctx);
  return result;
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

/** The entries (`"name": {...}`) directly under [from, to), at any depth of wrapper literals. */
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
  return spans;
}

/** The entry's own text: its body with the children's bodies blanked (same length, so indexes hold). */
function ownText(text, from, to, children) {
  let own = text.slice(from, to);
  for (const [a, b] of children) own = own.slice(0, a - from) + ' '.repeat(b - a) + own.slice(b - from);
  return own;
}

function readOwn(ctx, path, from, to, children) {
  const own = ownText(ctx.text, from, to, children);
  const entry = { constraints: [], line: ctx.where(from) };
  const add = (c) => entry.constraints.push(c);
  const each = eachSpans(own);
  const anySpans = [];
  // Any(...) is an alternative: not represented, and nothing inside it is read as a constraint.
  for (const m of own.matchAll(/\b(?:validation|stringvalidator|int64validator)\.Any\w*\(/g)) {
    const close = matchBracket(own, m.index + m[0].length - 1);
    anySpans.push([m.index, close]);
    ctx.result.unread.push({ path, why: `${ctx.where(from + m.index)}: ${m[0]}...) is an alternative of validators: not represented` });
  }
  const inAny = (i) => anySpans.some(([a, b]) => i > a && i < b);
  const elementType = (i) => /ElementType:\s*$/.test(own.slice(own.lastIndexOf('\n', i) + 1, i));
  const applies = (i) => (each.some(([a, b]) => i > a && i < b) || elementType(i) ? 'each' : 'value');
  const source = (i, textOf) => `${ctx.where(from + i)} ${textOf}`;

  for (const [re, format] of FORMATS) {
    for (const m of own.matchAll(new RegExp(re.source, 'g'))) if (!inAny(m.index)) add({ kind: 'format', format, applies: applies(m.index), origin: 'provider', source: source(m.index, m[0].replace(/\($/, '(...)')) });
  }
  CALL.lastIndex = 0;
  for (const m of own.matchAll(CALL)) {
    if (inAny(m.index)) continue;
    const open = m.index + m[0].length - 1;
    const close = matchBracket(own, open);
    if (close < 0) continue;
    const call = { name: m[1], typeArg: m[2] ? m[2].slice(1, -1) : undefined, args: splitArgs(own.slice(open + 1, close)), text: own.slice(m.index, close + 1).replace(/\s+/g, ' ') };
    const c = readCall(ctx, call);
    if (c === undefined) continue;
    if (c.unread) ctx.result.unread.push({ path, why: `${ctx.where(from + m.index)}: ${c.unread}` });
    else add({ ...c, applies: c.applies ?? applies(m.index), origin: 'provider', source: source(m.index, call.text.length > 160 ? `${call.text.slice(0, 157)}...` : call.text) });
  }
  for (const m of own.matchAll(/\b(?:ValidateFunc|ValidateDiagFunc)\s*:\s*([A-Za-z_][\w.]*)\s*,/g)) {
    if (!FORMATS.some(([re]) => re.test(m[1]))) ctx.result.unread.push({ path, why: `${ctx.where(from + m.index)}: validator ${m[1]} (a function of its own) not read` });
  }
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

/** One validator call as a constraint (or { unread }), or undefined when the call is not a validator. */
function readCall(ctx, { name, typeArg, args, text }) {
  const leaf = name.split('.').pop();
  const pkg = name.includes('.') ? name.split('.')[0] : '';
  const validatorPkg = /^(validation|stringvalidator|int64validator|int32validator|float64validator|listvalidator|setvalidator|mapvalidator|enum|fwtypes|verify|validators|fwvalidators|resourcevalidator)$/.test(pkg);
  if (!validatorPkg) return undefined;
  const range = (min, max) => (min === undefined && max === undefined ? { unread: `${text}: bounds not literal` } : { kind: 'range', min, max });
  const length = (min, max) => (min === undefined && max === undefined ? { unread: `${text}: bounds not literal` } : { kind: 'length', min, max, unit: 'bytes' });
  const items = (min, max) => (min === undefined && max === undefined ? { unread: `${text}: bounds not literal` } : { kind: 'items', min, max, applies: 'value' });
  switch (`${pkg === 'int32validator' || pkg === 'float64validator' ? 'int64validator' : pkg}.${leaf}`) {
    case 'validation.StringInSlice': {
      const values = stringList(args[0]);
      const ignoreCase = args[1]?.trim() === 'true';
      if (values) return { kind: 'enum', values, ignoreCase };
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
      return range(numberArg(ctx, args[0]), numberArg(ctx, args[1]));
    case 'validation.IntAtLeast':
    case 'validation.FloatAtLeast':
    case 'int64validator.AtLeast':
      return range(numberArg(ctx, args[0]), undefined);
    case 'validation.IntAtMost':
    case 'validation.FloatAtMost':
    case 'int64validator.AtMost':
      return range(undefined, numberArg(ctx, args[0]));
    case 'validation.StringLenBetween':
    case 'stringvalidator.LengthBetween':
      return length(numberArg(ctx, args[0]), numberArg(ctx, args[1]));
    case 'stringvalidator.LengthAtLeast':
      return length(numberArg(ctx, args[0]), undefined);
    case 'stringvalidator.LengthAtMost':
      return length(undefined, numberArg(ctx, args[0]));
    case 'validation.StringIsNotEmpty':
    case 'validation.NoZeroValues':
      return leaf === 'StringIsNotEmpty' ? { kind: 'length', min: 1, unit: 'bytes' } : undefined;
    case 'validation.StringMatch':
    case 'stringvalidator.RegexMatches': {
      const m = /(?:regexache|regexp)\.MustCompile\(([\s\S]*)\)$/.exec(args[0]?.trim() ?? '');
      const raw = m ? goString(m[1]) : undefined;
      return raw === undefined ? { unread: `${text}: regular expression not literal` } : { kind: 'pattern', raw, dialect: 'go' };
    }
    case 'listvalidator.SizeAtMost':
    case 'setvalidator.SizeAtMost':
    case 'mapvalidator.SizeAtMost':
      return items(undefined, numberArg(ctx, args[0]));
    case 'listvalidator.SizeAtLeast':
    case 'setvalidator.SizeAtLeast':
    case 'mapvalidator.SizeAtLeast':
      return items(numberArg(ctx, args[0]), undefined);
    case 'listvalidator.SizeBetween':
    case 'setvalidator.SizeBetween':
    case 'mapvalidator.SizeBetween':
      return items(numberArg(ctx, args[0]), numberArg(ctx, args[1]));
    default:
      break;
  }
  if (FW_CROSS[leaf] && /validator$/.test(pkg) && pkg !== 'resourcevalidator') return { cross: FW_CROSS[leaf], names: frameworkNames(args), unread: undefined, ...crossMarker() };
  if (/^(validation|verify|validators|fwvalidators)$/.test(pkg) && !/^(All|IsRFC3339Time|StringIsJSON|ValidARN|IsCIDR|IsCIDRNetwork|ARN|StringDoesNotMatch)$/.test(leaf)) return { unread: `${text}: validator not read` };
  if (leaf === 'StringDoesNotMatch') return { unread: `${text}: a forbidden pattern is not represented` };
  return undefined;
}

function crossMarker() {
  return { kind: 'cross' };
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
