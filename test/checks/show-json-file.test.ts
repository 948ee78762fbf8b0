/**
 * Plans and states read through the stream (src/checks/inputs/show-json-file.ts)
 * give the stack, the kind and the lines that reading the whole file gives:
 * what the stream leaves out is what the stack model never reads.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addressLines, loadStacks, StackFileError } from '../../src/checks/files';
import { documentKind } from '../../src/checks/inputs/kind';
import { JsonStreamError } from '../../src/checks/inputs/json-stream';
import { readShowJsonFile } from '../../src/checks/inputs/show-json-file';
import { planStack, stackFromPlan, stackFromState, stateStack, withoutConstants } from '../../src/checks/inputs/terraform-show';
import { TerraformJsonStack } from '../../src/checks/stack';
import { tempDir } from '../harness';

const { planOf } = require('../../bench/plan.cjs') as {
  planOf: (n: number) => Record<string, unknown>;
};

const FIXTURES = path.join(__dirname, 'fixtures', 'plan');
const PLAN = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'quick-start.plan.json'), 'utf8'));
const STATE = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'orders.state.json'), 'utf8'));
const dir = tempDir();
let n = 0;

/** The quick-start plan with a second AWS configuration (another Region) that one resource uses. */
function withRecoveryProvider(): Record<string, unknown> {
  const plan = JSON.parse(JSON.stringify(PLAN));
  plan.configuration.provider_config['aws.dr'] = {
    name: 'aws',
    alias: 'dr',
    expressions: { region: { constant_value: 'eu-central-1' } },
  };
  plan.configuration.root_module.resources[2].provider_config_key = 'aws.dr';
  return plan;
}

function write(doc: unknown, indent?: number): string {
  const file = path.join(dir, `d${n++}.json`);
  fs.writeFileSync(file, JSON.stringify(doc, null, indent));
  return file;
}

/** Everything the rules can read of a stack model. */
function model(stack: TerraformJsonStack): unknown {
  return {
    origin: stack.origin,
    resources: stack.resources.map((r) => ({
      ...r,
      provider: stack.providerKeyOf(r),
    })),
    providers: stack.providers,
    defaultTags: stack.defaultTags,
    aliases: (stack as unknown as { aliases: unknown }).aliases,
  };
}

/** A state, as the loader tells one from a plan. */
const isState = (doc: Record<string, unknown>): boolean => {
  const found = documentKind(doc);
  return 'kind' in found && found.kind === 'state';
};

/** The stack the whole file gives (JSON.parse of all of it). */
function whole(doc: Record<string, unknown>): TerraformJsonStack {
  return isState(doc) ? stackFromState(doc, 's') : stackFromPlan(doc, 's');
}

function streamed(file: string, windowBytes?: number): TerraformJsonStack {
  const read = readShowJsonFile(file, false, windowBytes);
  if (read === undefined) throw new Error('not read through the stream');
  return isState(read.document) ? stateStack(read.document, 's', read.current) : planStack(read.document, 's', read.planned);
}

/** The same document with its top-level keys in another order (format_version stays first, as Terraform writes it). */
function reordered(doc: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { format_version: doc.format_version };
  for (const k of order) if (k in doc) out[k] = doc[k];
  for (const k of Object.keys(doc)) if (!(k in out)) out[k] = doc[k];
  return out;
}

/**
 * Each plan text, written to a file and read through the stream (windows of 5 bytes, 4 KiB and the default), gives
 * the stack JSON.parse of the whole text gives. The first two variants hold a decoy key first and last: their stacks
 * must differ, or the test could not tell which of the two the stream kept.
 */
function expectStreamedAsWhole(variants: readonly string[]): void {
  const wants = variants.map((v) => model(whole(JSON.parse(v))));
  expect(wants[1]).not.toEqual(wants[0]);
  variants.forEach((variant, i) => {
    const file = path.join(dir, `v${n++}.json`);
    fs.writeFileSync(file, variant);
    for (const windowBytes of [5, 4096, undefined]) expect(model(streamed(file, windowBytes))).toEqual(wants[i]);
  });
}

describe('the stream gives the stack the whole file gives', () => {
  test.each([
    ['the quick-start plan', PLAN],
    ['the quick-start plan with a resource on another provider configuration', withRecoveryProvider()],
    ['the orders state', STATE],
    ['the bench plan of 500 resources (child modules, references, unknowns)', planOf(500)],
    ['a plan whose changes come before its planned values (their after values are kept)', reordered(PLAN, ['resource_changes', 'configuration', 'planned_values'])],
    ["a plan without planned values (the changes' after values stand in)", { ...PLAN, planned_values: undefined }],
    ['a plan without configuration', { ...PLAN, configuration: undefined }],
    [
      'a plan with a deposed object',
      {
        ...PLAN,
        resource_changes: [...PLAN.resource_changes, { ...PLAN.resource_changes[0], deposed: 'abc123' }],
      },
    ],
  ])('%s, compact or indented, through any window', (_what, doc) => {
    const want = model(whole(JSON.parse(JSON.stringify(doc))));
    for (const indent of [undefined, 2]) {
      const file = write(doc, indent);
      for (const windowBytes of [5, 4096, undefined]) expect(model(streamed(file, windowBytes))).toEqual(want);
    }
  });

  test('changes read after the planned values (each key taken as it comes) give what JSON.parse of each gives: keys twice, escaped keys, changes that are not objects', () => {
    const changes: unknown[] = PLAN.resource_changes;
    /** The plan with its changes written as given (JSON text each: an object may give a key twice). */
    const planWith = (texts: string[]): string => JSON.stringify({ ...PLAN, resource_changes: [] }).replace('"resource_changes":[]', `"resource_changes":[${texts.join(',')}]`);
    const texts = changes.map((c) => JSON.stringify(c));
    const key = PLAN.resource_changes[1] as { address: string; change: object };
    expect(key.address).toBe('aws_kms_key.alarms_key_47B57B13');
    const [head, real, ...tail] = texts;
    const decoy = '"change":{"after_unknown":{}},"address":"aws_sns_topic.decoy"';
    const variants = [
      // The last of a key given twice is the one JSON.parse keeps: the real change after a decoy, then a decoy after it.
      planWith([head, `{${decoy},${real.slice(1)}`, ...tail]),
      planWith([head, `${real.slice(0, -1)},${decoy}}`, ...tail]),
      planWith([...texts, JSON.stringify({ address: key.address, change: null }), '{"change":[]}', '42', '"x"', 'null']),
      planWith(texts.map((t) => t.replaceAll('"after_unknown"', '"\\u0061fter_unknown"').replaceAll('"address"', '"addr\\u0065ss"').replaceAll('"change"', '"ch\\u0061nge"'))),
    ];
    // The decoy that comes last changes the stack (what was unknown is not): reading the first would be seen.
    expectStreamedAsWhole(variants);
  });

  test('changes with the same after_unknown share one object (the stack only reads it), and give the stack the whole file gives', () => {
    const file = write(PLAN);
    const read = readShowJsonFile(file, false);
    const unknowns = (read?.document.resource_changes as { address: string; change: { after_unknown: unknown } }[]).map((c) => c.change.after_unknown);
    const topics = ['aws_sns_topic.alarms_topic-page_6586E00A', 'aws_sns_topic.alarms_topic-ticket_F87275BC'].map((a) => (PLAN.resource_changes as { address: string }[]).findIndex((c) => c.address === a));
    expect(unknowns[topics[0]]).toEqual(PLAN.resource_changes[topics[0]].change.after_unknown);
    expect(unknowns[topics[0]]).toBe(unknowns[topics[1]]);
    expect(new Set(unknowns).size).toBeLessThan(unknowns.length);
    expect(model(streamed(file))).toEqual(model(whole(PLAN)));
  });

  test('configured resources read key by key give what JSON.parse of each gives: keys twice, escaped keys, entries that are not objects', () => {
    const root = PLAN.configuration.root_module as { resources: { address: string }[] };
    const planWith = (texts: string[]): string =>
      JSON.stringify({ ...PLAN, configuration: { ...PLAN.configuration, root_module: { ...root, resources: ['ENTRIES'] } } }).replace('["ENTRIES"]', `[${texts.join(',')}]`);
    const texts = root.resources.map((r) => JSON.stringify(r));
    const i = root.resources.findIndex((r) => r.address === 'aws_kms_key.alarms_key_47B57B13');
    const decoy = '"expressions":{"policy":{"references":["aws_iam_policy_document.decoy.json"]}},"provider_config_key":"aws.decoy"';
    const at = (text: string): string[] => texts.map((t, k) => (k === i ? text : t));
    const variants = [
      // The last of a key given twice is the one JSON.parse keeps: the real ones after a decoy, then a decoy after them.
      planWith(at(`{${decoy},${texts[i].slice(1)}`)),
      planWith(at(`${texts[i].slice(0, -1)},${decoy}}`)),
      planWith([...texts, '42', 'null', '"x"', '[]', '{}']),
      planWith(texts.map((t) => t.replaceAll('"expressions"', '"\\u0065xpressions"').replaceAll('"address"', '"addr\\u0065ss"'))),
    ];
    // The decoy that comes last changes the stack (another provider configuration): reading the first would be seen.
    expectStreamedAsWhole(variants);
  });

  test("the configuration's constants are not held (bodies are built from the planned values): one object stands for them all, with odd expressions read as the whole file reads them", () => {
    const plan = JSON.parse(JSON.stringify(PLAN));
    const resources = plan.configuration.root_module.resources as { expressions: Record<string, unknown> }[];
    // Shapes a configuration may have that the stack reads as it reads any: an argument named like the format's own
    // keys, a constant with references, an empty expression, a key that JSON.parse keeps as an own `__proto__`.
    resources[0].expressions.constant_value = { constant_value: 'x' };
    resources[1].expressions.name = { constant_value: 'n', references: ['aws_kms_key.alarms_key_47B57B13.arn'] };
    resources[2].expressions.extra = [{ constant_value: { constant_value: 1 } }, {}, 3];
    resources[3].expressions.PROTO = { constant_value: 1 };
    const text = JSON.stringify(plan).replace('"PROTO":', '"__proto__":');
    const file = path.join(dir, `x${n++}.json`);
    fs.writeFileSync(file, text);
    const want = model(whole(JSON.parse(text)));
    for (const windowBytes of [5, undefined]) expect(model(streamed(file, windowBytes))).toEqual(want);
    const read = readShowJsonFile(file, false);
    const constants = (read?.document.configuration as { root_module: { resources: { expressions: Record<string, unknown> }[] } }).root_module.resources
      .flatMap((r) => Object.entries(r.expressions))
      .filter(([k, e]) => k !== '__proto__' && typeof e === 'object' && e !== null && Object.keys(e).join() === 'constant_value')
      .map(([, e]) => e);
    expect(constants.length).toBeGreaterThan(5);
    expect(new Set(constants).size).toBe(1);
    // An own `__proto__` is left as it is: assigning it would give the expressions another prototype.
    const odd = withoutConstants(JSON.parse('{"__proto__":{"constant_value":1},"a":{"constant_value":2}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(odd, '__proto__')?.value).toEqual({ constant_value: 1 });
  });

  test('a plan of a later Terraform with blocks the format may add (prior_state, resource_drift, checks) is read past them', () => {
    const doc = {
      ...PLAN,
      prior_state: {
        values: {
          root_module: { resources: [{ address: 'aws_sns_topic.old' }] },
        },
      },
      resource_drift: [{ address: 'x' }],
      checks: [{ status: 'pass' }],
      applyable: true,
    };
    expect(model(streamed(write(doc)))).toEqual(model(whole(JSON.parse(JSON.stringify(doc)))));
  });

  test('lines of the resources are those addressLines finds in the whole text, indented or one line', () => {
    for (const indent of [undefined, 2]) {
      const file = write(PLAN, indent);
      const all = addressLines(fs.readFileSync(file, 'utf8'));
      const [loaded] = loadStacks([file], { lines: true });
      const addresses = loaded.stack.resources.map((r) => r.address);
      expect(addresses.length).toBeGreaterThan(10);
      expect(Object.fromEntries(addresses.map((a) => [a, loaded.lines[a]]))).toEqual(Object.fromEntries(addresses.map((a) => [a, all[a]])));
    }
    expect(new Set(Object.values(loadStacks([write(PLAN)], { lines: true })[0].lines))).toEqual(new Set([1]));
  });
});

describe('what is not read through the stream is read whole, with the errors it always gave', () => {
  test('a document that does not start with format_version (keys reordered by a tool) is read whole, to the same stack', () => {
    const doc = { terraform_version: '1.9.8', ...PLAN };
    const file = write(doc);
    expect(readShowJsonFile(file, false)).toBeUndefined();
    expect(model(loadStacks([file])[0].stack)).toEqual(model(whole(doc)));
  });

  test('planned values listing a module\'s child modules before its resources, or a key twice, are read whole (the second pass visits in file order), to the same stack', () => {
    const root = PLAN.planned_values.root_module;
    const childFirst = { ...PLAN, planned_values: { root_module: { child_modules: root.child_modules, resources: root.resources } } };
    const twice = JSON.stringify(PLAN).replace('"planned_values":{"root_module":{"resources":[', '"planned_values":{"root_module":{"resources":[],"resources":[');
    for (const text of [JSON.stringify(childFirst), twice]) {
      const file = path.join(dir, `u${n++}.json`);
      fs.writeFileSync(file, text);
      expect(readShowJsonFile(file, false)).toBeUndefined();
      const want = model(whole(JSON.parse(text)));
      expect(model(loadStacks([file])[0].stack)).toEqual(want);
      expect((want as { resources: unknown[] }).resources.length).toBeGreaterThan(10);
    }
  });

  test('a plan given through a named pipe is read whole, once (the stream would read it twice)', () => {
    const fifo = path.join(dir, `fifo${n++}`);
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `cat "${path.join(FIXTURES, 'quick-start.plan.json')}" > "${fifo}"`]);
    try {
      expect(readShowJsonFile(fifo, false)).toBeUndefined();
      expect(model(loadStacks([fifo])[0].stack)).toEqual(model(whole(PLAN)));
    } finally {
      writer.kill();
    }
  });

  test('a file cut short between the passes is refused by the second (the loader then reads it whole)', () => {
    const file = write(PLAN);
    const read = readShowJsonFile(file, false);
    fs.truncateSync(file, JSON.stringify(PLAN).indexOf('"resource_changes"') - 200);
    expect(() => planStack(read?.document ?? {}, 's', read?.planned)).toThrow(JsonStreamError);
  });

  test.each([
    ['a plan cut short', 'not valid JSON', JSON.stringify(PLAN).slice(0, -200)],
    ['a plan with a bad number in a part the stream passes over', 'not valid JSON', JSON.stringify({ ...PLAN, prior_state: { serial: 1 } }).replace('"serial":1', '"serial":01')],
    ['a plan with a bad number in its planned values (checked by the second pass only)', 'not valid JSON', JSON.stringify(PLAN).replace('"deletion_window_in_days":30', '"deletion_window_in_days":030')],
    ['a plan with a raw control character in a planned value', 'not valid JSON', JSON.stringify(PLAN).replace('alias/quick-start-alarms', 'alias/quick-start\u0001alarms')],
    ['a format the check does not know', 'format_version "2.0" is not supported', JSON.stringify({ format_version: '2.0', planned_values: {} })],
  ])('%s: %s', (_what, message, text) => {
    const file = path.join(dir, `e${n++}.json`);
    fs.writeFileSync(file, text);
    expect(() => loadStacks([file])).toThrow(StackFileError);
    expect(() => loadStacks([file])).toThrow(message);
  });

  test.each([
    ['a plan without changes', 'plan', { format_version: '1.2', configuration: {} }],
    ['a plan whose only plan key is one the stream passes over', 'plan', { format_version: '1.2', prior_state: {} }],
    ['an empty state', 'state', { format_version: '1.0' }],
  ])('%s is read as a %s', (_what, kind, doc) => {
    expect(loadStacks([write(doc)])[0].kind).toBe(kind);
  });
});
