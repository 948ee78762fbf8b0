// Where the model and the provider constrain the same thing: which is stricter.

function interval(c) {
  return [c.min ?? -Infinity, c.max ?? Infinity];
}

/** 'model' | 'provider' | 'same' | 'differ' for two constraints of one kind. */
export function stricterOf(model, provider) {
  if (model.kind === 'enum' && (model.multipleOf || provider.multipleOf)) return model.multipleOf === provider.multipleOf && stricterOf({ ...model, multipleOf: undefined }, { ...provider, multipleOf: undefined }) === 'same' ? 'same' : 'differ';
  if (model.kind === 'enum') {
    const a = new Set(model.values.map(String));
    const b = new Set(provider.values.map(String));
    const aInB = [...a].every((v) => b.has(v));
    const bInA = [...b].every((v) => a.has(v));
    return aInB && bInA ? 'same' : aInB ? 'model' : bInA ? 'provider' : 'differ';
  }
  if (model.kind === 'pattern') return model.pattern === provider.pattern ? 'same' : 'differ';
  if (model.kind === 'format') return 'same';
  const [a0, a1] = interval(model);
  const [b0, b1] = interval(provider);
  if (a0 === b0 && a1 === b1) return 'same';
  if (a0 >= b0 && a1 <= b1) return 'model';
  if (b0 >= a0 && b1 <= a1) return 'provider';
  return 'differ';
}
