// A worker thread that runs the provider-schema checker (../shared/tools/tf-validate.mjs, unmodified) once per
// request, so a jest worker parses the provider schemas (8 MB of JSON, most of each checker run) once instead of
// once per check. Driven synchronously by test/kit/tf-validate.ts.
//
// Each request imports the checker afresh (a new URL, so its top level runs again) with process.argv set to the
// request's arguments, its console output collected and process.exit turned into the run's exit code. The one
// difference from a new process: the provider schema files are read once, and JSON.parse of a text of 1 MB or more
// (the schema documents) returns the document parsed the first time, deep-frozen, so the checker cannot carry state
// from one run to the next (a write throws).
import fs from 'node:fs';
import { workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const { checker, flag, requests, replies } = workerData;
const done = new Int32Array(flag);

const parse = JSON.parse;
const parsed = new Map();
function deepFreeze(value) {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
JSON.parse = function parseOnce(text, reviver) {
  if (reviver !== undefined || typeof text !== 'string' || text.length < 1_000_000) return parse(text, reviver);
  let doc = parsed.get(text);
  if (doc === undefined) {
    doc = deepFreeze(parse(text));
    parsed.set(text, doc);
  }
  return doc;
};

// The schema documents are read once too (the same text object then finds its parsed document at once); every other
// file, the stacks among them, is read afresh.
const read = fs.readFileSync;
const schemaTexts = new Map();
fs.readFileSync = function readSchemaOnce(file, options) {
  if (typeof file !== 'string' || !file.endsWith('_providers_schema.json') || options !== 'utf8') return read.apply(this, arguments);
  let text = schemaTexts.get(file);
  if (text === undefined) {
    text = read(file, options);
    schemaTexts.set(file, text);
  }
  return text;
};

class Exit {
  constructor(code) {
    this.code = code;
  }
}

let runs = 0;
async function run(args) {
  const lines = [];
  // The checker prints with console.log and console.error; collected here, not printed.
  const sink = globalThis.console;
  const methods = ['log', 'error', 'warn'];
  const saved = { console: Object.fromEntries(methods.map((m) => [m, sink[m]])), exit: process.exit, argv: process.argv };
  const collect = (...parts) => lines.push(parts.map(String).join(' '));
  for (const m of methods) sink[m] = collect;
  process.argv = [process.execPath, checker, ...args];
  process.exit = (code) => {
    throw new Exit(code ?? 0);
  };
  let status = 0;
  try {
    await import(`${pathToFileURL(checker).href}?run=${++runs}`);
  } catch (e) {
    if (e instanceof Exit) status = e.code;
    else {
      status = -1;
      lines.push(`tf-validate crashed in the worker: ${e && e.stack ? e.stack : e}`);
    }
  } finally {
    Object.assign(sink, saved.console);
    process.exit = saved.exit;
    process.argv = saved.argv;
  }
  return { status, output: lines.join('\n') };
}

requests.on('message', async (args) => {
  const result = await run(args);
  replies.postMessage(result);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
});
