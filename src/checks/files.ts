import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ERROR_CODES, ReliabilityError, ReliabilityErrorCode } from '../core/errors';
import { checkArguments, NAME, optional, shape } from './arguments';
import { blocks as blocksOf, isObject, JsonObject } from './json';
import { ACCEPTED_INPUTS, documentKind, DocumentKind } from './inputs/kind';
import { JsonStreamError } from './inputs/json-stream';
import { readShowJsonFile } from './inputs/show-json-file';
import { planStack, stackFromPlan, stackFromState, stateStack } from './inputs/terraform-show';
import { baseAddress, TerraformJsonStack } from './stack';

/**
 * The line where each resource (`resource.<type>.<name>`, through objects or
 * arrays of objects) is declared in a Terraform JSON text, by address. One
 * pass over the text; the first declaration of an address wins.
 */
export function resourceLines(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  // Open containers (true: an object); the current key of each open object, by object depth. Arrays add no key.
  const open: boolean[] = [];
  const keys: string[] = [];
  let depth = 0;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 123 /* { */) {
      open.push(true);
      keys[depth++] = '';
    } else if (c === 91 /* [ */) open.push(false);
    else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (open.pop()) depth--;
    } else if (c === 34 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < text.length && text.charCodeAt(j) !== 34) {
        if (text.charCodeAt(j) === 92) {
          escaped = true;
          j++;
        }
        j++;
      }
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n')) k++;
      if (text.charCodeAt(k) === 58 /* : */ && open[open.length - 1] === true) {
        const raw = text.slice(i + 1, j);
        keys[depth - 1] = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (depth === 3 && keys[0] === 'resource') {
          const address = `${keys[1]}.${keys[2]}`;
          if (out[address] === undefined) out[address] = line;
        }
      }
      i = j;
    }
  }
  return out;
}

/**
 * The line where each resource of a `terraform show -json` document is first
 * named (`"address": "..."`: planned_values comes before resource_changes),
 * by address.
 */
export function addressLines(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const pattern = /"address"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  let line = 1;
  // The next newline not yet counted. `terraform show -json` writes one line: searching again from each match for a
  // newline that is not there made this quadratic (two minutes over a 50,000-resource plan).
  let newline = text.indexOf('\n');
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    while (newline !== -1 && newline < m.index) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    const address = m[1].includes('\\') ? (JSON.parse(`"${m[1]}"`) as string) : m[1];
    if (out[address] === undefined) out[address] = line;
  }
  return out;
}

/** The lines of a resource's instances (`type.name["a"]`, from a literal `for_each`): the line of the resource. */
function instanceLines(lines: Record<string, number>, stack: TerraformJsonStack): Record<string, number> {
  for (const r of stack.resources) if (lines[r.address] === undefined && lines[baseAddress(r.address)] !== undefined) lines[r.address] = lines[baseAddress(r.address)];
  return lines;
}

/** Thrown when a path given on the command line cannot be read as Terraform JSON, a plan or a state (one of the library's errors: `isReliabilityError`). */
export class StackFileError extends ReliabilityError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.stackFile;
}

/** A Terraform JSON configuration file as folders are searched for it: `*.tf.json`, except override files (not applied). */
function isConfigurationFile(name: string): boolean {
  return name.endsWith('.tf.json') && !/(^|_)override\.tf\.json$/.test(name);
}

/** What one command-line path stands for: one file, or the configuration files of one folder (one stack, as Terraform reads a folder). */
export interface StackSource {
  /** The file, or the folder whose files make the stack. */
  readonly path: string;
  /** The files, in name order. */
  readonly files: readonly string[];
}

function findStackFolders(dir: string, out: StackSource[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new StackFileError(`${dir}: cannot read directory (${(e as Error).message})`);
  }
  const sorted = entries.sort((a, b) => a.name.localeCompare(b.name));
  const files = sorted.filter((e) => e.isFile() && isConfigurationFile(e.name)).map((e) => path.join(dir, e.name));
  if (files.length > 0) out.push({ path: dir, files });
  for (const entry of sorted) {
    if (entry.name === 'node_modules' || entry.name === '.terraform' || entry.name === '.git') continue;
    if (entry.isDirectory()) findStackFolders(path.join(dir, entry.name), out);
  }
}

/**
 * Expands paths into stacks: a file is taken as it is (Terraform JSON, a plan
 * or a state); a folder is searched, skipping node_modules, .terraform and
 * .git, for folders holding `*.tf.json` files (`cdk.tf.json` included), and
 * each such folder is one stack made of all its `*.tf.json` files, as
 * Terraform reads a folder (`*override.tf.json` files are not applied).
 */
export function stackSources(paths: readonly string[]): StackSource[] {
  const out: StackSource[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new StackFileError(`${p}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const before = out.length;
      findStackFolders(p, out);
      if (out.length === before) throw new StackFileError(`${p}: no cdk.tf.json or other *.tf.json file found in this directory or below`);
    } else out.push({ path: p, files: [p] });
  }
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = path.resolve(s.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The files of the stacks at the given paths (see {@link stackSources}). */
export function stackFiles(paths: readonly string[]): string[] {
  return [...new Set(stackSources(paths).flatMap((s) => s.files))];
}

/** The stack name for a file: the folder under `stacks/` (cdktf.out/stacks/<name>/cdk.tf.json), else the folder or file name. */
export function stackNameOf(file: string): string {
  const dir = path.basename(path.dirname(path.resolve(file)));
  if (path.basename(file) === 'cdk.tf.json' && dir !== '') return dir;
  return path.basename(file).replace(/\.tf\.json$|\.json$/, '');
}

/** A stack read from disk. */
export interface LoadedStack {
  /** The file read; for a folder of several files, the folder. */
  readonly file: string;
  readonly stack: TerraformJsonStack;
  /** What the file holds. */
  readonly kind: DocumentKind;
  /** Line (1-based) where each resource starts in its file, by address. */
  readonly lines: Readonly<Record<string, number>>;
  /** The file each resource is declared in, by address, when the stack spans several files. @default - every resource is in `file` */
  readonly files?: Readonly<Record<string, string>>;
}

function readJson(file: string): { text: string; json: unknown } {
  let text: string;
  try {
    const bytes = fs.readFileSync(file);
    // A pure-ASCII file (terraform show -json escapes everything else) decodes as latin1 to the same text, about 3x
    // faster than UTF-8: a 50,000-resource plan is 57 MB.
    text = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  } catch (e) {
    throw new StackFileError(`${file}: cannot read (${(e as Error).message})`);
  }
  try {
    return { text, json: JSON.parse(text) };
  } catch (e) {
    throw new StackFileError(`${file}: not valid JSON (${(e as Error).message}); expected ${ACCEPTED_INPUTS}`);
  }
}

/** Options of {@link loadStacks}. */
export interface LoadOptions {
  /**
   * Find the line of each resource (SARIF locations); a pass over each file's text.
   * @default true
   */
  readonly lines?: boolean;
}

function loadFile(file: string, name = stackNameOf(file), options: LoadOptions = {}): LoadedStack {
  const withLines = options.lines ?? true;
  // Plans and states can be large: read through a stream, keeping what the stack model reads (see show-json-file).
  const show = readShowJsonFile(file, withLines);
  if (show !== undefined) {
    const found = documentKind(show.document);
    if ('problem' in found) throw new StackFileError(`${file}: ${found.problem}; expected ${ACCEPTED_INPUTS}`);
    const kind = found.kind === 'plan' ? 'plan' : 'state';
    try {
      const stack = kind === 'plan' ? planStack(show.document, name, show.planned) : stateStack(show.document, name, show.current);
      return { file, kind, stack, lines: show.lines };
    } catch (e) {
      // The second pass checks the values as it reads them: text that is not JSON (or a file gone since) is read
      // whole, which says what is wrong.
      if (!(e instanceof JsonStreamError || e instanceof SyntaxError || (isObject(e) && 'code' in e))) throw e;
    }
  }
  const { text, json } = readJson(file);
  const found = documentKind(json);
  if ('problem' in found) throw new StackFileError(`${file}: ${found.problem}; expected ${ACCEPTED_INPUTS}`);
  const root = json as JsonObject;
  if (found.kind === 'plan') return { file, kind: 'plan', stack: stackFromPlan(root, name), lines: withLines ? addressLines(text) : {} };
  if (found.kind === 'state') return { file, kind: 'state', stack: stackFromState(root, name), lines: withLines ? addressLines(text) : {} };
  const stack = TerraformJsonStack.fromJson(json, name);
  return { file, kind: 'configuration', stack, lines: withLines ? instanceLines(resourceLines(text), stack) : {} };
}

/** The configuration files of one folder as one stack, named after the folder. */
function loadFolder(source: StackSource, options: LoadOptions): LoadedStack {
  const roots: JsonObject[] = [];
  const lines: Record<string, number> = {};
  const files: Record<string, string> = {};
  for (const file of source.files) {
    const { text, json } = readJson(file);
    const found = documentKind(json);
    if ('problem' in found) throw new StackFileError(`${file}: ${found.problem}; expected ${ACCEPTED_INPUTS}`);
    if (found.kind !== 'configuration') throw new StackFileError(`${file}: a ${found.kind} among Terraform configuration files; give it as a file of its own`);
    roots.push(json as JsonObject);
    const at = (options.lines ?? true) ? resourceLines(text) : undefined;
    for (const address of TerraformJsonStack.fromJson(json, '').resources.map((r) => r.address)) {
      if (files[address] !== undefined) continue;
      files[address] = file;
      const line = at?.[address] ?? at?.[baseAddress(address)];
      if (line !== undefined) lines[address] = line;
    }
  }
  // Terraform JSON allows each top-level block to be a list of objects: the files' blocks, in file order.
  const merged = { resource: roots.flatMap((r) => blocksOf(r.resource)), provider: roots.flatMap((r) => blocksOf(r.provider)), locals: roots.flatMap((r) => blocksOf(r.locals)), module: roots.flatMap((r) => blocksOf(r.module)) };
  return { file: source.path, kind: 'configuration', stack: TerraformJsonStack.fromJson(merged, path.basename(path.resolve(source.path))), lines, files };
}

/** Reads and parses the stacks at the given paths (see {@link stackSources}). */
export function loadStacks(paths: readonly string[], options: LoadOptions = {}): LoadedStack[] {
  checkArguments('loadStacks', { paths, options }, { paths: shape.list(NAME, 'paths of files or folders'), options: optional(shape.object('the options { lines? }', {}, { lines: shape.boolean })) });
  options = options ?? {};
  return stackSources(paths).map((source) => {
    if (source.files.length > 1) return loadFolder(source, options);
    // A folder of one file keeps that file as the source (findings point at it) and takes the folder's name.
    return source.files[0] === source.path ? loadFile(source.path, undefined, options) : loadFile(source.files[0], path.basename(path.resolve(source.path)), options);
  });
}
