// Definitions the provider's schema literals name instead of writing them
// inline: functions and variables of the same file, or of helper files of the
// same package (`validIdentifier` in rds/validate.go) or of another package
// (`sdkv2.IAMPolicyDocumentSchemaRequired`, `verify.ValidLaunchTemplateName`);
// and the restricted form of validator function this generator reads.
import { goString, matchBracket } from './go-source.mjs';

/** Index of the first `{` at the top level of text[from..] (past strings, parentheses and brackets), or -1. */
export function openingBrace(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '{') return i;
    if (c === '(' || c === '[') {
      i = matchBracket(text, i);
      if (i < 0) return -1;
    } else if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '`') i = text.indexOf('`', i + 1);
  }
  return -1;
}

/** The span of a function body from the `func` keyword at `start`: { bodyOpen, bodyClose } or undefined. */
export function funcBody(text, start) {
  const params = text.indexOf('(', start);
  if (params < 0) return undefined;
  let i = matchBracket(text, params);
  // a method receiver: `func (r *T) Name(...)`
  if (/^func\s*\(/.test(text.slice(start)) && /^\s*\w+\s*\(/.test(text.slice(i + 1))) i = matchBracket(text, text.indexOf('(', i + 1));
  if (i < 0) return undefined;
  const rest = text.slice(i + 1);
  const results = /^\s*\(/.exec(rest);
  if (results) i = matchBracket(text, i + 1 + results[0].length - 1);
  const open = text.indexOf('{', i + 1);
  if (open < 0) return undefined;
  // `func() *schema.Schema {` has no braces in the result type; `interface{}` results do not occur in validators
  const close = matchBracket(text, open);
  return close < 0 ? undefined : { bodyOpen: open, bodyClose: close };
}

/**
 * Finds the definition of `name` (`Name` or `pkg.Name`): `func Name(...)` or a
 * variable `Name = ...`, in the current doc (unqualified names) or in the
 * helper docs of the package. Returns { doc, start, end, kind: 'func'|'var' } or undefined.
 */
export function findDefinition(current, helpers, name) {
  const dot = name.indexOf('.');
  const pkg = dot < 0 ? current.pkg : name.slice(0, dot);
  const ident = dot < 0 ? name : name.slice(dot + 1);
  const docs = dot < 0 ? [current, ...helpers.filter((h) => h.pkg === current.pkg)] : helpers.filter((h) => h.pkg === pkg);
  for (const doc of docs) {
    const fn = new RegExp(`^func ${ident}\\(`, 'm').exec(doc.text);
    if (fn) {
      const body = funcBody(doc.text, fn.index);
      if (body) return { doc, start: fn.index, end: body.bodyClose + 1, kind: 'func', name: ident };
    }
    // `var x = ...`, `x = ...` in a var block, or a local `x := func() *schema.Schema {...}` (autoscaling/policy.go)
    const v = new RegExp(`^\\s*(?:var\\s+)?${ident}\\s*:?=\\s*`, 'm').exec(doc.text);
    if (v) {
      const exprStart = v.index + v[0].length;
      const end = expressionEnd(doc.text, exprStart);
      if (end > exprStart) return { doc, start: exprStart, end, kind: 'var', name: ident };
    }
  }
  return undefined;
}

/** The end of a Go expression starting at `from` (a literal or call spanning lines ends at its closing bracket). */
function expressionEnd(text, from) {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '(' || c === '[') {
      i = matchBracket(text, i);
      if (i < 0) return -1;
    } else if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '`') i = text.indexOf('`', i + 1);
    else if (c === '\n') return i;
  }
  return text.length;
}

/** The literal string values a function `func X_Values() []string { return []string{a, b} }` returns, or undefined. */
export function stringsReturned(def, constantValue) {
  if (def.kind !== 'func') return undefined;
  const body = def.doc.text.slice(def.start, def.end);
  const m = /return\s+\[\]string\{([\s\S]*?)\}\s*\}\s*$/.exec(body);
  if (!m) return undefined;
  const items = m[1].split(',').map((s) => s.replace(/\/\/[^\n]*/g, '').trim()).filter(Boolean);
  const values = items.map((t) => goString(t) ?? constantValue(t));
  return values.every((v) => v !== undefined) ? values : undefined;
}

const REGEX_CALL = /^(!?)(?:regexache|regexp)\.MustCompile\((`[^`]*`|"(?:[^"\\]|\\.)*"|\w+)\)\.MatchString\((\w+)\)$/;
/** A local string constant of a validator body: `pattern := \`^[0-9A-Za-z_./#-]+$\``. */
const LOCAL_STRING = /^(\w+)\s*:=\s*(`[^`]*`|"(?:[^"\\]|\\.)*")$/;
const LEN_CALL = /^len\((\w+)\)\s*(>=|<=|>|<)\s*(\d+)$/;
const STRINGS_CALL = /^(!?)strings\.(HasSuffix|HasPrefix|Contains)\((\w+),\s*("(?:[^"\\]|\\.)*")\)$/;

const escapeRe = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

const KEY_CALL = /^(!?)strings\.(HasSuffix|HasPrefix|Contains)\((\w+),\s*("(?:[^"\\]|\\.)*")\)$/;

/**
 * A condition on the key the validator is called with (`strings.HasSuffix(k,
 * "prefix")`, `k == "name"`) evaluated for the argument `path` (Terraform
 * passes the argument's key, so its suffix is the path's): true, false, or
 * undefined when the condition is not on the key or not of a form read here.
 */
function keyCondition(cond, keyVar, path) {
  if (!keyVar || path === undefined) return undefined;
  const m = KEY_CALL.exec(cond);
  if (m && m[3] === keyVar && m[2] === 'HasSuffix') return path.endsWith(goString(m[4])) !== Boolean(m[1]);
  const eq = /^(\w+)\s*(==|!=)\s*("(?:[^"\\]|\\.)*")$/.exec(cond);
  if (eq && eq[1] === keyVar) return (path.split('.').pop() === goString(eq[3])) === (eq[2] === '==');
  return undefined;
}

/** Splits a condition on its top-level `&&` (not inside parentheses or strings). */
function conjuncts(cond) {
  const out = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < cond.length; i++) {
    const c = cond[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '"' || c === '`') {
      const end = c === '`' ? cond.indexOf('`', i + 1) : (() => { let j = i + 1; for (; j < cond.length && cond[j] !== '"'; j++) if (cond[j] === '\\') j++; return j; })();
      i = end < 0 ? cond.length : end;
    } else if (depth === 0 && c === '&' && cond[i + 1] === '&') {
      out.push(cond.slice(last, i).trim());
      last = i + 2;
      i++;
    }
  }
  out.push(cond.slice(last).trim());
  return out;
}

/** One `if` condition over the validated value as a constraint, or undefined when it is not of a form read here. */
function conditionConstraint(cond, valueVar, locals = new Map()) {
  let m = REGEX_CALL.exec(cond);
  if (m && m[3] === valueVar) {
    const raw = /^\w+$/.test(m[2]) ? locals.get(m[2]) : goString(m[2]);
    return raw === undefined ? undefined : { kind: 'pattern', raw, dialect: 'go', ...(m[1] ? {} : { negated: true }) };
  }
  m = LEN_CALL.exec(cond);
  if (m && m[1] === valueVar) {
    const n = Number(m[3]);
    if (m[2] === '>') return { kind: 'length', max: n, unit: 'bytes' };
    if (m[2] === '>=') return { kind: 'length', max: n - 1, unit: 'bytes' };
    if (m[2] === '<') return { kind: 'length', min: n, unit: 'bytes' };
    return { kind: 'length', min: n + 1, unit: 'bytes' };
  }
  m = STRINGS_CALL.exec(cond);
  if (m && m[3] === valueVar) {
    const lit = escapeRe(goString(m[4]));
    const raw = m[2] === 'HasSuffix' ? `${lit}$` : m[2] === 'HasPrefix' ? `^${lit}` : lit;
    return { kind: 'pattern', raw, dialect: 'go', ...(m[1] ? {} : { negated: true }) };
  }
  return undefined;
}

/**
 * Reads a validator function `func(v any, k string) (ws []string, errors []error)`
 * written as a sequence of `if COND { errors = append(...) }` (and `else if`
 * chains): each condition read is a constraint the value must meet (a value
 * that meets a condition is refused, whatever the chain). Conditions of other
 * forms are reported and left out, which only makes the table looser.
 * Returns { constraints: [{ ...constraint, at }], unread: [{ at, why }] };
 * `at` is an index into the doc's text.
 */
export function readValidatorFunction(doc, start, name, path) {
  const out = { constraints: [], unread: [] };
  const body = funcBody(doc.text, start);
  if (!body) return { constraints: [], unread: [{ at: start, why: `validator ${name}: body not found` }] };
  const text = doc.text;
  const valueVar = /(\w+)\s*(?:,\s*\w+\s*)?:=\s*v\.\(string\)/.exec(text.slice(body.bodyOpen, body.bodyClose))?.[1] ?? 'value';
  const keyVar = /^func\s*\w*\s*\(\s*\w+\s+(?:interface\{\}|any)\s*,\s*(\w+)\s+string\s*\)/.exec(text.slice(start, body.bodyOpen))?.[1];
  const locals = new Map();
  for (const line of text.slice(body.bodyOpen + 1, body.bodyClose).split('\n')) {
    const l = LOCAL_STRING.exec(line.trim());
    if (l) locals.set(l[1], goString(l[2]));
  }
  let allowEmpty = false;
  let i = body.bodyOpen + 1;
  const rest = [];
  while (i < body.bodyClose) {
    const m = /\bif\s+/.exec(text.slice(i, body.bodyClose));
    if (!m) {
      rest.push(text.slice(i, body.bodyClose));
      break;
    }
    rest.push(text.slice(i, i + m.index));
    const condStart = i + m.index + m[0].length;
    const open = openingBrace(text, condStart);
    if (open < 0 || open > body.bodyClose) return { constraints: [], unread: [{ at: i + m.index, why: `validator ${name}: an if statement not read` }] };
    const close = matchBracket(text, open);
    const cond = text.slice(condStart, open).trim();
    const block = text.slice(open + 1, close);
    if (!/\bappend\(/.test(block)) {
      if ((cond === `${valueVar} == ""` || cond === `len(${valueVar}) == 0`) && /^\s*return\b[^\n]*\s*$/.test(block)) allowEmpty = true;
      else return { constraints: [], unread: [{ at: i + m.index, why: `validator ${name}: a branch that does not report an error (${cond}) is not read` }] };
    } else {
      // conditions on the key (`strings.HasSuffix(k, "prefix") && len(value) > 99`) are decided for this argument
      const parts = conjuncts(cond);
      const onKey = parts.map((p) => keyCondition(p, keyVar, path));
      const onValue = parts.filter((_, n) => onKey[n] === undefined);
      if (onKey.some((k) => k === false)) {
        // the branch never applies to this argument
      } else if (onValue.length === 1 && conditionConstraint(onValue[0], valueVar, locals)) {
        const shown = cond.replace(/MustCompile\((\w+)\)/, (all, v) => (locals.has(v) ? `MustCompile(${v} = \`${locals.get(v)}\`)` : all));
        const text = onKey.some((k) => k === true) ? `func ${name}: if ${shown} (for ${path})` : `func ${name}: if ${shown}`;
        out.constraints.push({ ...conditionConstraint(onValue[0], valueVar, locals), at: i + m.index, text });
      } else out.unread.push({ at: i + m.index, why: `validator ${name}: condition \`${cond}\` not read (left out)` });
    }
    i = close + 1;
    const chain = /^\s*else\s+/.exec(text.slice(i, body.bodyClose));
    if (chain) {
      if (!/^\s*else\s+if\b/.test(text.slice(i, body.bodyClose))) return { constraints: [], unread: [{ at: i, why: `validator ${name}: an else branch is not read` }] };
      i += chain[0].length;
    }
  }
  const other = rest.join('\n').split('\n').map((l) => l.replace(/\/\/.*$/, '').trim()).filter((l) => l && !/^(\w+\s*(?:,\s*\w+\s*)?:=\s*v\.\(string\)|return\b.*|\}|var \w+ \[\]\w+)$/.test(l) && !LOCAL_STRING.test(l));
  if (other.length) return { constraints: [], unread: [{ at: start, why: `validator ${name}: statements other than checks of the value (${other[0]}) are not read` }] };
  if (allowEmpty) out.constraints = out.constraints.flatMap((c) => (c.kind === 'length' && c.min !== undefined ? (c.max === undefined ? [] : [{ ...c, min: undefined }]) : [{ ...c, ...(c.kind === 'pattern' && !c.negated ? { allowEmpty: true } : {}) }]));
  return out;
}
