/**
 * A `terraform show -json` file (plan or state) read through a stream,
 * keeping only what `stackFromPlan` and `stackFromState` read, so a large
 * plan is never held whole, as bytes, text or tree:
 *
 * - a first pass keeps what is unknown in a plan (`after_unknown`) and the
 *   configuration's resources, provider configurations and module calls,
 *   and notes where each resource entry of the planned (or a state's
 *   current) values starts and ends;
 * - a second pass, as the stack is built, parses those entries one at a
 *   time where they are, each turned into the stack's resource before the
 *   next is read (Terraform writes them first, before what turning them
 *   needs).
 *
 * The rest (a plan's `prior_state`, the changes' `before` and `after`,
 * sensitivity maps) is checked as JSON and passed over. The stack built is
 * the one built from the whole file (test/checks/show-json-file.test.ts
 * holds them equal).
 */
import * as fs from 'node:fs';
import { isObject, JsonObject, setOwn } from '../json';
import { END_OF_OBJECT, JsonFileStream, JsonStreamError, KeySet, OTHER_KEY, withJsonFileStream } from './json-stream';
import { EachResource, valuesResource, withoutConstants } from './terraform-show';

/**
 * The resource entries of a values representation, in the order the whole
 * read visits them, as the first pass found them: where each starts and
 * ends in the file, whether its text is ASCII, and (lines asked for) the
 * lines where it starts and ends.
 */
interface Entries {
  readonly starts: number[];
  readonly ends: number[];
  readonly ascii: boolean[];
  readonly lines: number[];
  readonly endLines: number[];
}

/** Reads one value of the stream into what is kept of it. */
type Reader = (s: JsonFileStream, read: ReadState) => unknown;

interface ReadState {
  /** Whether to find the line of each resource address (SARIF locations). */
  readonly withLines: boolean;
  readonly lines: Record<string, number>;
  /** Whether `planned_values` came first: then the changes' `after` values (the same data) are not kept. */
  planned: boolean;
  /** Where the resources of the planned values (a plan's `planned_values`) and the current ones (a state's `values`) are, for the second pass. */
  plannedAt?: Entries;
  currentAt?: Entries;
  /** A values representation in an order the second pass would not visit as the whole read does (see `valuesLater`). */
  unusual: boolean;
  /** The `after_unknown` values taken so far, by their text (see `takeShared`). */
  readonly unknowns: Map<string, unknown>;
}

const take: Reader = (s) => s.take();

/** Passed over, kept as present (`null`): what kind of document it is may depend on which keys it has. */
const present: Reader = (s) => {
  s.skip();
  return null;
};

type Fields = Readonly<Record<string, Reader>>;

/** The rest of an open object's entries into `out`: the keys named, each read its own way; the others passed over. */
function readFields(s: JsonFileStream, read: ReadState, fields: Fields, out: Record<string, unknown>): Record<string, unknown> {
  for (let key = s.nextKey(); key !== undefined; key = s.nextKey()) {
    const field = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    if (field === undefined) s.skip();
    else setOwn(out, key, field(s, read));
  }
  return out;
}

/** An object keeping the keys named (each read its own way); anything else is taken whole as it is. */
function object(fields: Fields, onEnd?: (read: ReadState) => void): Reader {
  return (s, read) => {
    if (s.peek() !== 123) return s.take();
    s.openObject();
    const out = readFields(s, read, fields, {});
    onEnd?.(read);
    return out;
  };
}

/** An array whose every item is read by `item`; anything else is taken whole. */
function each(item: Reader): Reader {
  return (s, read) => {
    if (s.peek() !== 91) return s.take();
    const out: unknown[] = [];
    s.openArray();
    while (s.nextItem()) out.push(item(s, read));
    return out;
  };
}

/** An object whose every value is read by `value` (a map by name); anything else is taken whole. */
function map(value: Reader): Reader {
  return (s, read) => {
    if (s.peek() !== 123) return s.take();
    const out: Record<string, unknown> = {};
    s.openObject();
    for (let key = s.nextKey(); key !== undefined; key = s.nextKey()) setOwn(out, key, value(s, read));
    return out;
  };
}

/**
 * A value taken whole (one `JSON.parse` of its text, fast) and cut down to
 * `keep` of it; with lines asked for, the line of each `"address"` in it.
 */
function parsed(keep: (value: JsonObject, read: ReadState) => unknown, addresses = false): Reader {
  return (s, read) => {
    // A change that comes after the planned values names no resource first.
    const line = addresses && read.withLines && !read.planned ? s.nextLine() : 0;
    const text = s.takeText();
    const value: unknown = JSON.parse(text);
    if (line > 0) linesOf(text, value, line, s.lineHere(), read.lines);
    return isObject(value) ? keep(value, read) : value;
  };
}

/**
 * The lines of the addresses of a resource entry just taken: all on its first
 * line when it spans one (`terraform show -json` writes one line), else where
 * each `"address"` of its text is.
 */
function linesOf(text: string, value: unknown, line: number, endLine: number, out: Record<string, number>): void {
  if (endLine !== line) addressLinesIn(text, line, out);
  else if (isObject(value) && typeof value.address === 'string') keepFirst(out, value.address, line);
}

/** The first line of an address in the file: the second pass reads text that comes before the first's. */
function keepFirst(out: Record<string, number>, address: string, line: number): void {
  const known = out[address];
  if (known === undefined || line < known) out[address] = line;
}

/** The line of each `"address": "..."` of a text that starts at `line`, first one kept (as `addressLines` reads a whole file). */
function addressLinesIn(text: string, line: number, out: Record<string, number>): void {
  const pattern = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let at = line;
  let counted = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < m.index; nl = text.indexOf('\n', nl + 1)) {
      at++;
      counted = nl + 1;
    }
    keepFirst(out, m[1].includes('\\') ? (JSON.parse(`"${m[1]}"`) as string) : m[1], at);
  }
}

/** The named keys of an object that it has (absent ones stay absent). */
function pick(value: JsonObject, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(value, k)) setOwn(out, k, value[k]);
  return out;
}

/**
 * A values representation (`planned_values`, a state's `values`), left for
 * the second pass: noted where it is, and its structure checked. The second
 * pass visits resources in document order, which is the order of the whole
 * read (a module's resources, then its child modules) when each module
 * lists its resources first and no key comes twice, as Terraform writes
 * them; otherwise the file is read whole.
 */
function valuesLater(at: 'plannedAt' | 'currentAt'): Reader {
  return (s, read) => {
    if (s.peek() !== 123) return s.take();
    // A key given twice: JSON.parse keeps the last, and so does the second pass.
    const entries: Entries = { starts: [], ends: [], ascii: [], lines: [], endLines: [] };
    read[at] = entries;
    s.openObject();
    const seen = new Set<string>();
    for (let key = s.nextKey(); key !== undefined; key = s.nextKey()) {
      if (key !== 'root_module') s.skip();
      else {
        once(key, seen, read);
        moduleShape(s, read, entries);
      }
    }
    return {};
  };
}

/** Notes a key of a values representation; a key given twice makes it unusual. */
function once(key: string, seen: Set<string>, read: ReadState): void {
  if (seen.has(key)) read.unusual = true;
  seen.add(key);
}

function moduleShape(s: JsonFileStream, read: ReadState, entries: Entries): void {
  if (s.peek() !== 123) return s.skip();
  s.openObject();
  const seen = new Set<string>();
  for (let key = s.nextKey(); key !== undefined; key = s.nextKey()) {
    if (key === 'resources' || key === 'child_modules') once(key, seen, read);
    if (key === 'resources' && seen.has('child_modules')) read.unusual = true;
    if (s.peek() !== 91 || (key !== 'resources' && key !== 'child_modules')) {
      s.skip();
      continue;
    }
    s.openArray();
    while (s.nextItem()) {
      if (key === 'child_modules') {
        moduleShape(s, read, entries);
        continue;
      }
      // Each entry is noted, not checked: the second pass parses it (JSON.parse checks it), knowing where it is.
      const at = s.position();
      entries.starts.push(at.offset);
      entries.ascii.push(s.skipUnchecked());
      entries.ends.push(s.offset());
      if (read.withLines) {
        entries.lines.push(at.line);
        entries.endLines.push(s.lineHere());
      }
    }
  }
}

/** The second pass over a values representation: each resource, parsed where the first pass found it (see `valuesLater`). */
function visitValues(file: string, entries: Entries, read: ReadState, windowBytes: number | undefined): EachResource {
  return (visit) =>
    withJsonFileStream(
      file,
      (s) => {
        for (let k = 0; k < entries.starts.length; k++) {
          const text = s.textAt(entries.starts[k], entries.ends[k], entries.ascii[k]);
          const value: unknown = JSON.parse(text);
          if (read.withLines) linesOf(text, value, entries.lines[k], entries.endLines[k], read.lines);
          const r = valuesResource(value);
          if (r !== undefined) visit(r);
        }
      },
      windowBytes,
    );
}

const CONFIGURED_KEYS = new KeySet(['address', 'provider_config_key', 'expressions']);

/**
 * A resource of the configuration: what `planStack` reads of it taken key by
 * key (the last of a key given twice, as JSON.parse keeps it), its
 * constants left out (see `withoutConstants`); the rest checked and passed over.
 */
const configuredResource: Reader = (s) => {
  if (s.peek() !== 123) return s.take();
  s.openObject();
  const out: Record<string, unknown> = {};
  for (let key = s.nextKeyIn(CONFIGURED_KEYS); key !== END_OF_OBJECT; key = s.nextKeyIn(CONFIGURED_KEYS)) {
    if (key === OTHER_KEY) s.skip();
    else out[CONFIGURED_KEYS.keys[key]] = s.take();
  }
  withoutConstants(out.expressions);
  return out;
};

/** A module of the configuration representation. */
const configurationModule: Reader = object({
  resources: each(configuredResource),
  outputs: take,
  module_calls: map(object({ module: (s, read) => configurationModule(s, read) })),
});

/**
 * A change read before the planned values: what `stackFromPlan` reads of it,
 * its address, what is unknown and what the planned values would have said
 * (`after`, `actions`, mode, type and name).
 */
const changeFirst: Reader = parsed((rc) => pick(rc, ['address', 'mode', 'type', 'name', 'deposed', 'change']), true);

const CHANGE_KEYS = new KeySet(['address', 'deposed', 'change']);
const [ADDRESS, DEPOSED, CHANGE] = [0, 1, 2];
const AFTER_UNKNOWN = new KeySet(['after_unknown']);

/**
 * A change read after the planned values (as Terraform writes them): only its
 * address, whether it is deposed and what is unknown, each taken as it comes;
 * the rest (the `before` and `after` values, most of its bytes) is checked
 * as JSON and passed over, never built. What `planStack` reads of it is what
 * it reads of the whole change: the last of a key given twice, as JSON.parse
 * keeps it.
 */
const changeAfterPlanned: Reader = (s, read) => {
  if (s.peek() !== 123) return s.take();
  s.openObject();
  const out: Record<string, unknown> = { address: undefined, change: undefined };
  for (let key = s.nextKeyIn(CHANGE_KEYS); key !== END_OF_OBJECT; key = s.nextKeyIn(CHANGE_KEYS)) {
    if (key === ADDRESS) out.address = s.take();
    else if (key === DEPOSED) out.deposed = s.take();
    else if (key === CHANGE) out.change = s.peek() === 123 ? unknownsOf(s, read) : s.take();
    else s.skip();
  }
  return out;
};

/** A change's `change` object, cut down to its `after_unknown`. */
function unknownsOf(s: JsonFileStream, read: ReadState): { after_unknown: unknown } {
  s.openObject();
  const out = { after_unknown: undefined as unknown };
  for (let key = s.nextKeyIn(AFTER_UNKNOWN); key !== END_OF_OBJECT; key = s.nextKeyIn(AFTER_UNKNOWN)) {
    if (key === 0) out.after_unknown = takeShared(s, read.unknowns);
    else s.skip();
  }
  return out;
}

/** Distinct texts {@link takeShared} holds at most (a plan whose every change differs is not held twice over). */
const SHARED_TEXTS = 4096;

/**
 * The next value, the very one taken before when its text was the same: the
 * changes of one kind of resource mostly have the same `after_unknown`
 * (`{"id":true,"arn":true}`), and each held for the second pass is memory the
 * process must fault in. `planStack` only reads them, and puts none of them
 * in what it builds, so one object can stand for all.
 */
function takeShared(s: JsonFileStream, taken: Map<string, unknown>): unknown {
  const c = s.peek();
  if (c !== 123 && c !== 91) return s.take();
  const text = s.takeText();
  let value = taken.get(text);
  if (value === undefined) {
    value = JSON.parse(text);
    if (taken.size < SHARED_TEXTS) taken.set(text, value);
  }
  return value;
}

/**
 * A change: what `stackFromPlan` reads of it. With planned values read first
 * (as Terraform writes them), only its address and what is unknown; without,
 * also what the planned values would have said.
 */
const resourceChange: Reader = (s, read) => (read.planned ? changeAfterPlanned(s, read) : changeFirst(s, read));

const DOCUMENT: Fields = {
  format_version: take,
  terraform_version: take,
  planned_values: (s, read) => {
    read.planned ||= s.peek() === 123;
    return valuesLater('plannedAt')(s, read);
  },
  values: valuesLater('currentAt'),
  resource_changes: each(resourceChange),
  configuration: object({ provider_config: take, root_module: configurationModule }),
  prior_state: present,
  resource_drift: present,
  output_changes: present,
};

/** What {@link readShowJsonFile} gives. */
export interface ShowJsonFile {
  /** The document, cut down to what the stack model reads, its values representations left for the second pass (`{}`). */
  readonly document: JsonObject;
  /** The resources of `planned_values` (for `planStack`), read as they are visited. @default - none: no planned values object */
  readonly planned?: EachResource;
  /** The resources of a state's `values` (for `stateStack`), read as they are visited. @default - none: no values object */
  readonly current?: EachResource;
  /** The line of each resource address (empty unless asked for; complete once the resources are visited). */
  readonly lines: Record<string, number>;
}

/**
 * Reads a `terraform show -json` file (see the module comment). Undefined
 * when the file does not start as one (`{"format_version": ...`, as
 * Terraform writes it) or is not JSON: the caller then reads it whole, which
 * says what it is or what is wrong.
 */
export function readShowJsonFile(file: string, withLines: boolean, windowBytes?: number): ShowJsonFile | undefined {
  try {
    // A pipe (`check <(terraform show -json plan)`) cannot be read twice, nor from an offset: it is read whole,
    // without being opened here first (a reader that closes a named pipe early kills its writer).
    if (!fs.statSync(file).isFile()) return undefined;
    return withJsonFileStream(file, (s) => {
      if (s.peek() !== 123) return undefined;
      s.openObject();
      if (s.nextKey() !== 'format_version') return undefined;
      const read: ReadState = { withLines, lines: {}, planned: false, unusual: false, unknowns: new Map() };
      const document = readFields(s, read, DOCUMENT, { format_version: s.take() });
      s.end();
      // A second `planned_values` that is not an object (JSON.parse keeps the last): the `after` values were not kept.
      if (read.unusual || (read.planned && !isObject(document.planned_values))) return undefined;
      return {
        document,
        lines: read.lines,
        ...(read.plannedAt !== undefined && isObject(document.planned_values) ? { planned: visitValues(file, read.plannedAt, read, windowBytes) } : {}),
        ...(read.currentAt !== undefined && isObject(document.values) ? { current: visitValues(file, read.currentAt, read, windowBytes) } : {}),
      };
    }, windowBytes);
  } catch (e) {
    // Not JSON, or not readable: the whole read says which, in the words it always used.
    if (e instanceof JsonStreamError || e instanceof SyntaxError || (isObject(e) && 'code' in e)) return undefined;
    throw e;
  }
}
