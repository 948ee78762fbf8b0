// Reads the enum types of an AWS SDK for Go v2 `types/enums.go` (or an
// excerpt of one): what `awstypes.X` means where the provider validates with
// `enum.Validate[awstypes.X]()`, `X_Values()` or `enum.Slice(types.XA, ...)`
// and no API model of the service was read (EC2's is over the mirror's size
// limit; ARC Region switch is newer than the pinned snapshot).
import { lineAt } from './go-source.mjs';

/** The enums of one SDK enums file: values per type, value per constant, each with where it was read. */
export class SdkEnums {
  constructor(text, label) {
    this.label = label;
    this.values = new Map();
    this.constants = new Map();
    for (const m of text.matchAll(/^func \((\w+)\) Values\(\) \[\]\1 \{\n\treturn \[\]\1\{\n([\s\S]*?)\n\t\}\n\}/gm)) {
      const values = [...m[2].matchAll(/^\t\t"((?:[^"\\]|\\.)*)",$/gm)].map((v) => JSON.parse(`"${v[1]}"`));
      this.values.set(m[1], { values, source: `${label}:${lineAt(text, m.index)} func (${m[1]}) Values` });
    }
    for (const m of text.matchAll(/^\t(\w+)\s+(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"$/gm)) {
      this.constants.set(m[1], { type: m[2], value: JSON.parse(`"${m[3]}"`), source: `${label}:${lineAt(text, m.index)} const ${m[1]}` });
    }
  }

  /** `{ values, source }` of an enum type, or undefined. */
  enumValues(name) {
    return this.values.get(name);
  }

  /** `{ type, value, source }` of a constant, or undefined. */
  constant(name) {
    return this.constants.get(name);
  }
}
