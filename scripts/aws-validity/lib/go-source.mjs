// Just enough Go lexing for the provider's schema literals: matching braces
// and parentheses past strings and comments, string literals, line numbers.

/** The index of the bracket closing the one at `open` (`{`, `(` or `[`), skipping strings and comments; -1 if none. */
export function matchBracket(text, open) {
  const pairs = { '{': '}', '(': ')', '[': ']' };
  const stack = [pairs[text[open]]];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '`') {
      i = text.indexOf('`', i + 1);
      if (i < 0) return -1;
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
      if (i < 0) return -1;
    } else if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (!stack.length) return i;
    }
  }
  return -1;
}

/** Splits a call's argument text at top-level commas. */
export function splitArgs(text) {
  const out = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '(' || c === '[') {
      i = matchBracket(text, i);
      if (i < 0) break;
    } else if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '`') i = text.indexOf('`', i + 1);
    else if (c === '/' && text[i + 1] === '/') {
      // a line comment (`// doesn't catch: ...`): its quotes are not strings
      i = text.indexOf('\n', i);
      if (i < 0) i = text.length;
    } else if (c === ',') {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = text.slice(start).trim();
  if (last) out.push(last);
  return out;
}

/** The value of a Go string literal ("..." with escapes, or `raw`), or undefined. */
export function goString(token) {
  const t = token.trim();
  if (t.startsWith('`') && t.endsWith('`')) return t.slice(1, -1);
  if (t.startsWith('"') && t.endsWith('"')) {
    try {
      return JSON.parse(t);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

const ACRONYMS = ['ARN', 'ARNs', 'IAM', 'KMS', 'VPC', 'ID', 'IDs', 'DNS', 'IPv6', 'IPv4', 'IP', 'AZ', 'SSE', 'TTL', 'URL', 'URI', 'SNS', 'SQS', 'ACL', 'CIDR', 'EBS', 'EC2', 'RDS', 'S3', 'JSON', 'ASG', 'AMI', 'MFA', 'SSL', 'TLS', 'HTTP', 'HTTPS', 'CPU', 'API'];

/** `names.AttrIAMRoleARN` -> `iam_role_arn` (the provider's names package spells its constants this way). */
export function attrConstantName(constant) {
  let rest = constant.replace(/^Attr/, '');
  const words = [];
  while (rest) {
    const acronym = ACRONYMS.filter((a) => rest.startsWith(a) && !/^[a-z]/.test(rest.slice(a.length))).sort((a, b) => b.length - a.length)[0];
    if (acronym) {
      words.push(acronym.toLowerCase());
      rest = rest.slice(acronym.length);
      continue;
    }
    const m = /^[A-Z]?[a-z0-9]+|^[A-Z]+(?![a-z])|^[A-Z]/.exec(rest);
    words.push(m[0].toLowerCase());
    rest = rest.slice(m[0].length);
  }
  return words.join('_');
}

/** A key of a schema map: `"name"` or `names.AttrName`. */
export function keyName(token) {
  const s = goString(token);
  if (s !== undefined) return s;
  const m = /^names\.(Attr\w+)$/.exec(token.trim());
  return m ? attrConstantName(m[1]) : undefined;
}

/** 1-based line of an index. */
export function lineAt(text, index) {
  let n = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}
