// Turns a raw constraint (from the model or the provider) into its table form.
import { counterExamplesOf, examplesOf, toJsRegex } from './regex.mjs';

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
  const suffix = c.origin === 'provider' ? '.provider' : c.origin === 'override' ? '.override' : '';
  const id = `${type}.${path}${c.applies === 'each' ? '[]' : ''}.${c.kind}${c.negated ? '.not' : ''}${suffix}`;
  const base = { id, kind: c.kind, origin: c.origin, source: c.source, applies: c.applies };
  switch (c.kind) {
    case 'enum':
      return { ...base, values: c.values, ...(c.ignoreCase ? { ignoreCase: true } : {}), ...(c.multipleOf ? { multipleOf: c.multipleOf } : {}) };
    case 'pattern': {
      const js = toJsRegex(c.raw, c.dialect);
      if (js.error) {
        unread(`${c.source}: ${js.error}`);
        return undefined;
      }
      // a value the provider accepts empty (`if value == "" { return }`) stays accepted
      const pattern = c.allowEmpty ? `^$|(?:${js.pattern})` : js.pattern;
      const examples = c.negated ? counterExamplesOf(pattern, js.flags) : examplesOf(pattern, js.flags);
      if (!examples.length) unread(`${c.source}: no example value could be built for /${pattern}/${js.flags} (kept, unproven)`);
      return { ...base, pattern, flags: js.flags, ...(c.negated ? { negated: true } : {}), ...(js.rewritten || c.allowEmpty ? { original: c.raw } : {}), ...(c.words ? { words: c.words } : {}), examples };
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
