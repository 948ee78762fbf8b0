import { Document, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { SloSpecError } from '../../core/errors';
import { didYouMean } from '../../core/spelling';

/**
 * Reads the fields of a YAML document and throws {@link SloSpecError}s that
 * name the file, the line and column (from the `yaml` package's
 * Document/LineCounter API) and the field path (`spec.objectives[0].target`).
 * Pure: no framework import.
 */

/** A path into a document: keys and list indexes. */
export type YamlPath = readonly (string | number)[];

/** `spec.objectives[0].target` for `['spec', 'objectives', 0, 'target']`. */
export function fieldName(path: YamlPath): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? k : `${s}.${k}`), '') || '(document)';
}

/** What a value is, in words. */
export function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
}

/** One document of a file, with the position of every field. */
export class YamlReader {
  /** Every document of a text, or an error at the first syntax error. */
  public static all(text: string, file: string): YamlReader[] {
    if (typeof text !== 'string') throw new SloSpecError(file, 1, 1, 'text', text, `must be the file's text, a string (got ${kindOf(text)})`);
    const lines = new LineCounter();
    const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: true });
    const list = Array.isArray(docs) ? docs : [];
    for (const doc of list) {
      const error = doc.errors[0];
      if (error) {
        const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
        throw new SloSpecError(file, pos.line, pos.col, '(document)', error.code, `is not valid YAML: ${error.message.split('\n')[0]}`);
      }
    }
    return list.filter((d) => d.contents !== null).map((d, i) => new YamlReader(d, lines, file, i));
  }

  /** The document as plain data. */
  public readonly value: unknown;

  private constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    /** The file name errors carry. */
    public readonly file: string,
    /** Index of the document in the file. */
    public readonly index: number,
  ) {
    try {
      this.value = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      // An alias without its anchor, or an alias bomb.
      const { line, col } = lines.linePos(doc.range?.[0] ?? 0);
      throw new SloSpecError(file, line, col, '(document)', (e as Error).message, 'is not valid YAML: aliases must follow their anchor and stay few');
    }
  }

  /** Line and column of a field, or of its closest parent present in the document. */
  public position(path: YamlPath): { line: number; column: number } {
    for (let n = path.length; n >= 0; n--) {
      const range = this.rangeOf(path.slice(0, n));
      if (range) {
        const { line, col } = this.lines.linePos(range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  }

  /** Where a field starts: its key in a mapping (the line a reader looks for), its item in a list. */
  private rangeOf(path: YamlPath): readonly number[] | undefined {
    if (path.length === 0) return (this.doc.contents as { range?: number[] } | null)?.range;
    const parent = path.length === 1 ? this.doc.contents : this.doc.getIn(path.slice(0, -1), true);
    const last = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === last);
      return (pair?.key as { range?: number[] } | undefined)?.range;
    }
    if (isSeq(parent) && typeof last === 'number') return (parent.items[last] as { range?: number[] } | undefined)?.range;
    return undefined;
  }

  /** Throws an error at a field. */
  public fail(path: YamlPath, value: unknown, allowed: string): never {
    const { line, column } = this.position(path);
    throw new SloSpecError(this.file, line, column, fieldName(path), value, allowed);
  }

  /** The value at a path (undefined when absent). */
  public get(path: YamlPath): unknown {
    let v: unknown = this.value;
    for (const k of path) {
      if (v === null || typeof v !== 'object') return undefined;
      v = (v as Record<string | number, unknown>)[k];
    }
    return v;
  }

  /** Whether a field is present (not absent and not null). */
  public has(path: YamlPath): boolean {
    const v = this.get(path);
    return v !== undefined && v !== null;
  }

  /** A mapping whose keys are all `known` (a misspelt key gets a did-you-mean). */
  public map(path: YamlPath, known: readonly string[], what: string): Record<string, unknown> {
    const v = this.get(path);
    if (v === null || typeof v !== 'object' || Array.isArray(v)) this.fail(path, v, `must be ${what} (got ${kindOf(v)})`);
    for (const key of Object.keys(v as object)) {
      if (known.includes(key)) continue;
      const hint = didYouMean(key, known);
      this.fail([...path, key], key, `is not a known field${hint ? ` (did you mean "${hint}"?)` : ''}; known: ${known.join(', ')}`);
    }
    return v as Record<string, unknown>;
  }

  /** A list (`min` items at least). */
  public list(path: YamlPath, what: string, min = 0): unknown[] {
    const v = this.get(path);
    if (!Array.isArray(v)) this.fail(path, v, `must be ${what} (got ${kindOf(v)})`);
    if (v.length < min) this.fail(path, v, `must be ${what} with at least ${min} item${min === 1 ? '' : 's'}`);
    return v;
  }

  /** A non-empty string; `pattern` restricts it. */
  public text(path: YamlPath, what: string, pattern?: RegExp): string {
    const v = this.get(path);
    if (typeof v !== 'string' || v.trim() === '') this.fail(path, v, `must be ${what} (got ${v === '' ? 'an empty string' : kindOf(v)})`);
    if (pattern && !pattern.test(v)) this.fail(path, v, `must be ${what}`);
    return v;
  }

  /** An optional string. */
  public optionalText(path: YamlPath, what: string, pattern?: RegExp): string | undefined {
    return this.has(path) ? this.text(path, what, pattern) : undefined;
  }

  /** A finite number (YAML `"0.99"` is a string, not a number). */
  public number(path: YamlPath, what: string): number {
    const v = this.get(path);
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(path, v, `must be ${what} (got ${kindOf(v)})`);
    return v;
  }

  /** An optional boolean (YAML `"false"` is a string). */
  public optionalBoolean(path: YamlPath): boolean | undefined {
    const v = this.get(path);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'boolean') this.fail(path, v, `must be true or false (got ${kindOf(v)})`);
    return v;
  }

  /** A map of strings to strings (labels). */
  public labels(path: YamlPath, pattern: RegExp, what: string): Record<string, string> {
    if (!this.has(path)) return {};
    const m = this.get(path);
    if (m === null || typeof m !== 'object' || Array.isArray(m)) this.fail(path, m, `must be a mapping of ${what} to strings (got ${kindOf(m)})`);
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(m as object)) {
      if (!pattern.test(k)) this.fail([...path, k], k, `must be ${what}`);
      if (typeof v !== 'string') this.fail([...path, k], v, `must be a string (got ${kindOf(v)}); quote numbers and booleans`);
      out[k] = v;
    }
    return out;
  }
}
