// Turns a model (Smithy, Java-flavoured ECMA) or provider (Go RE2) regular
// expression into a JavaScript RegExp source and flags, and synthesizes
// example values that match it (the proof that the converted pattern runs).

const POSIX = {
  alpha: 'a-zA-Z', alnum: 'a-zA-Z0-9', digit: '0-9', upper: 'A-Z', lower: 'a-z', space: ' \\t\\r\\n\\v\\f',
  punct: '!-\\/:-@\\[-`{-~', print: '\\x20-\\x7E', graph: '\\x21-\\x7E', xdigit: '0-9A-Fa-f', word: '\\w', cntrl: '\\x00-\\x1F\\x7F', ascii: '\\x00-\\x7F', blank: ' \\t',
};
const JAVA_CLASSES = { Alpha: 'alpha', Alnum: 'alnum', Digit: 'digit', Upper: 'upper', Lower: 'lower', Space: 'space', Punct: 'punct', Print: 'print', Graph: 'graph', XDigit: 'xdigit', Cntrl: 'cntrl', ASCII: 'ascii', Blank: 'blank' };
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

/** Java's and Go's class names that JavaScript lacks, rewritten as class contents. */
function rewriteNamedClasses(source) {
  let s = source.replace(/\[\[:(\w+):\]\]/g, (m, n) => (POSIX[n] ? `[${POSIX[n]}]` : m));
  s = s.replace(/\[:(\w+):\]/g, (m, n) => POSIX[n] ?? m);
  s = s.replace(/\\p\{(?:Is)?(Alpha|Alnum|Digit|Upper|Lower|Space|Punct|Print|Graph|XDigit|Cntrl|ASCII|Blank)\}/g, (m, n, offset) => {
    const inner = POSIX[JAVA_CLASSES[n]];
    return insideClass(s, offset) ? inner : `[${inner}]`;
  });
  s = s.replace(/\\p\{IsAlphabetic\}/g, '\\p{Alphabetic}').replace(/\\p\{IsDigit\}/g, '\\p{Nd}').replace(/\\p\{IsLetter\}/g, '\\p{L}');
  s = s.replace(/\\([pP])([A-Z])(?![{a-z])/g, '\\$1{$2}');
  s = s.replace(/\\x\{([0-9A-Fa-f]+)\}/g, '\\u{$1}');
  s = s.replace(/\\Q(.*?)\\E/g, (m, lit) => lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
  s = s.replace(/\\z/g, '$').replace(/\\A/g, '^');
  return s;
}

function insideClass(s, offset) {
  let depth = 0;
  for (let i = 0; i < offset; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '[') depth++;
    else if (s[i] === ']' && depth > 0) depth--;
  }
  return depth > 0;
}

/** In Unicode mode an escaped non-syntax character is an error: `\_` becomes `_` (`\-` stays inside a class). */
function dropIdentityEscapes(s) {
  let out = '';
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1];
      const keep = SYNTAX.has(n) || /[0-9A-Za-z]/.test(n) || (n === '-' && depth > 0);
      out += keep ? c + n : n === '-' ? '\\-' : n;
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && depth > 0) depth--;
    out += c;
  }
  return out;
}

function compiles(source, flags) {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

/**
 * A JavaScript form of `pattern` ({ pattern, flags, rewritten }) or
 * { error } when it cannot run here. Unicode property escapes need the `u`
 * flag; without them the pattern is kept as written when it compiles.
 */
export function toJsRegex(pattern, dialect) {
  let source = pattern;
  let flags = '';
  const inline = /^(\^?)\(\?([is]+)\)/.exec(source);
  if (inline) {
    source = inline[1] + source.slice(inline[0].length);
    flags = [...new Set(inline[2])].sort().join('');
  }
  const rewritten = rewriteNamedClasses(source);
  const needsUnicode = /\\[pP]\{|\\u\{/.test(rewritten);
  const attempts = needsUnicode
    ? [[rewritten, `${flags}u`], [dropIdentityEscapes(rewritten), `${flags}u`]]
    : [[rewritten, flags], [dropIdentityEscapes(rewritten), `${flags}u`]];
  if (dialect === 'java') attempts.push([dropIdentityEscapes(rewritten).replace(/([*+?}])\+/g, '$1'), `${flags}u`]);
  for (const [s, f] of attempts) {
    if (compiles(s, f)) return { pattern: s, flags: f, rewritten: s !== pattern };
  }
  return { error: `does not compile in JavaScript: /${pattern}/` };
}

// ---- example synthesis ---------------------------------------------------

const PREFERRED = ['a', 'b', 'A', '0', '1', 'x', 'Z', '9', '-', '_', '.', ' ', ':', '/', '@'];
const CANDIDATES = [...new Set([...PREFERRED, ...Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k)), 'é', 'ß', '\t', '\n'])];

function singleChar(atom, flags) {
  let re;
  try {
    re = new RegExp(`^(?:${atom})$`, flags);
  } catch {
    return undefined;
  }
  return CANDIDATES.find((c) => re.test(c));
}

/** A tiny parser over the regex source, enough to build a shortest-ish matching string. */
function parse(source) {
  let i = 0;
  function alternation() {
    const alts = [sequence()];
    while (source[i] === '|') {
      i++;
      alts.push(sequence());
    }
    return { t: 'alt', alts };
  }
  function sequence() {
    const items = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      const atom = parseAtom();
      items.push(quantifier(atom));
    }
    return { t: 'seq', items };
  }
  function parseAtom() {
    const c = source[i];
    if (c === '(') {
      i++;
      let kind = 'group';
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i) || source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
        kind = 'look';
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) i = source.indexOf('>', i) + 1;
      const inner = alternation();
      if (source[i] !== ')') throw new Error('unbalanced group');
      i++;
      return kind === 'look' ? { t: 'empty' } : inner;
    }
    if (c === '[') {
      const start = i;
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return { t: 'char', src: source.slice(start, i) };
    }
    if (c === '^' || c === '$') {
      i++;
      return { t: 'empty' };
    }
    if (c === '\\') {
      const n = source[i + 1];
      if (n === 'b' || n === 'B') {
        i += 2;
        return { t: 'empty' };
      }
      if (/[1-9]/.test(n)) throw new Error('back reference');
      if (!/[0-9A-Za-z]/.test(n)) {
        i += 2;
        return { t: 'lit', c: n };
      }
      let end = i + 2;
      if ((n === 'p' || n === 'P' || n === 'u') && source[end] === '{') end = source.indexOf('}', end) + 1;
      else if (n === 'x') end += 2;
      else if (n === 'u') end += 4;
      const src = source.slice(i, end);
      i = end;
      return { t: 'char', src };
    }
    i++;
    return c === '.' ? { t: 'char', src: '.' } : { t: 'lit', c };
  }
  function quantifier(atom) {
    const c = source[i];
    let min = 1;
    let max = 1;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{' && /^\{\d+(,\d*)?\}/.test(source.slice(i))) {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      min = Number(m[1]);
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      i += m[0].length - 1;
    } else return atom;
    i++;
    if (source[i] === '?' || source[i] === '+') i++;
    return { t: 'rep', atom, min, max };
  }
  const tree = alternation();
  if (i !== source.length) throw new Error('trailing text');
  return tree;
}

function build(node, flags, extra) {
  switch (node.t) {
    case 'empty':
      return '';
    case 'lit':
      return node.c;
    case 'char': {
      const c = singleChar(node.src, flags);
      if (c === undefined) throw new Error(`no character for ${node.src}`);
      return c;
    }
    case 'seq':
      return node.items.map((n) => build(n, flags, extra)).join('');
    case 'alt': {
      for (const alt of node.alts) {
        try {
          return build(alt, flags, extra);
        } catch {
          // try the next alternative
        }
      }
      throw new Error('no alternative builds');
    }
    case 'rep': {
      const n = Math.min(node.max, node.min + extra);
      return Array.from({ length: n }, () => build(node.atom, flags, extra)).join('');
    }
  }
  throw new Error(`unknown node ${node.t}`);
}

/** Up to two strings that match `pattern` (tested), or [] when none could be built. */
export function examplesOf(pattern, flags) {
  const re = new RegExp(pattern, flags);
  let tree;
  try {
    tree = parse(pattern);
  } catch {
    return [];
  }
  const found = [];
  for (const extra of [0, 1, 3]) {
    try {
      const s = build(tree, flags, extra);
      if (re.test(s) && !found.includes(s)) found.push(s);
    } catch {
      // this variant cannot be built
    }
    if (found.length >= 2) break;
  }
  return found;
}

const PLAIN = ['a', 'ab', 'abc', 'a1', 'A', '0', 'x-y', 'a.b', 'a_b', 'abc123'];

/** Up to two plain strings that do NOT match `pattern` (the examples of a forbidden pattern). */
export function counterExamplesOf(pattern, flags) {
  const re = new RegExp(pattern, flags);
  return PLAIN.filter((s) => !re.test(s)).slice(0, 2);
}
