import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformJsonStack } from './stack';

/** A stack read from disk. */
export interface LoadedStack {
  readonly file: string;
  readonly stack: TerraformJsonStack;
  /** Line (1-based) where each resource starts in the file, by address. */
  readonly lines: Readonly<Record<string, number>>;
}

/**
 * The line where each resource (`resource.<type>.<name>`, through objects or
 * arrays of objects) is declared in a Terraform JSON text, by address. One
 * pass over the text; the first declaration of an address wins.
 */
export function resourceLines(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  // Open containers; an object remembers its current key. Arrays add no level to the key path.
  const open: { object: boolean; key?: string }[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '{' || c === '[') open.push({ object: c === '{' });
    else if (c === '}' || c === ']') open.pop();
    else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      let k = j + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r' || text[k] === '\n')) k++;
      const top = open[open.length - 1];
      if (text[k] === ':' && top?.object) {
        const raw = text.slice(i + 1, j);
        top.key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        const keys = open.filter((o) => o.object).map((o) => o.key);
        if (keys.length === 3 && keys[0] === 'resource') {
          const address = `${keys[1]}.${keys[2]}`;
          if (out[address] === undefined) out[address] = line;
        }
      }
      i = j;
    }
  }
  return out;
}

/** Thrown when a path given on the command line cannot be read as Terraform JSON. */
export class StackFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StackFileError';
  }
}

function findStackFiles(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new StackFileError(`${dir}: cannot read directory (${(e as Error).message})`);
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name === 'node_modules' || entry.name === '.terraform' || entry.name === '.git') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findStackFiles(full, out);
    else if (entry.isFile() && entry.name === 'cdk.tf.json') out.push(full);
  }
}

/**
 * Expands paths into `cdk.tf.json` files: files are taken as they are (any
 * Terraform JSON), folders are searched for `**\/cdk.tf.json`, skipping
 * node_modules.
 */
export function stackFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new StackFileError(`${p}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const before = out.length;
      findStackFiles(p, out);
      if (out.length === before) throw new StackFileError(`${p}: no cdk.tf.json found in this directory`);
    } else out.push(p);
  }
  return [...new Set(out)];
}

/** The stack name for a file: the folder under `stacks/` (cdktf.out/stacks/<name>/cdk.tf.json), else the folder or file name. */
export function stackNameOf(file: string): string {
  const dir = path.basename(path.dirname(path.resolve(file)));
  if (path.basename(file) === 'cdk.tf.json' && dir !== '') return dir;
  return path.basename(file).replace(/\.tf\.json$|\.json$/, '');
}

/** Reads and parses the stacks at the given paths. */
export function loadStacks(paths: readonly string[]): LoadedStack[] {
  return stackFiles(paths).map((file) => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      throw new StackFileError(`${file}: cannot read (${(e as Error).message})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new StackFileError(`${file}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new StackFileError(`${file}: not a Terraform JSON document (expected an object)`);
    return { file, stack: TerraformJsonStack.fromJson(json, stackNameOf(file)), lines: resourceLines(text) };
  });
}
