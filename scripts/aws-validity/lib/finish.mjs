// Turns a raw constraint (from the model or the provider) into its table form.
import { examplesOf, toJsRegex } from './regex.mjs';

/** Identity of a constraint's content, to drop the same rule read twice. */
export function compareKey(c) {
  const { id, source, examples, ...content } = c;
  void id;
  void source;
  void examples;
  return JSON.stringify(content);
}

/** The table form of a constraint, or undefined (reported through `unread`) when it cannot run here. */
export function finishConstraint(type, path, c, unread) {
  const id = `${type}.${path}${c.applies === 'each' ? '[]' : ''}.${c.kind}${c.origin === 'provider' ? '.provider' : ''}`;
  const base = { id, kind: c.kind, origin: c.origin, source: c.source, applies: c.applies };
  switch (c.kind) {
    case 'enum':
      return { ...base, values: c.values, ...(c.ignoreCase ? { ignoreCase: true } : {}) };
    case 'pattern': {
      const js = toJsRegex(c.raw, c.dialect);
      if (js.error) {
        unread(`${c.source}: ${js.error}`);
        return undefined;
      }
      const examples = examplesOf(js.pattern, js.flags);
      if (!examples.length) unread(`${c.source}: no example value could be built for /${js.pattern}/${js.flags} (kept, unproven)`);
      return { ...base, pattern: js.pattern, flags: js.flags, ...(js.rewritten ? { original: c.raw } : {}), examples };
    }
    case 'length':
      return { ...base, ...bounds(c), unit: c.unit };
    case 'range':
    case 'items':
      return { ...base, ...bounds(c) };
    case 'format':
      return { ...base, format: c.format };
    default:
      unread(`${c.source}: unknown constraint kind ${c.kind}`);
      return undefined;
  }
}

function bounds(c) {
  return { ...(c.min !== undefined ? { min: c.min } : {}), ...(c.max !== undefined ? { max: c.max } : {}) };
}
