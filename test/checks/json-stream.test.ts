/**
 * The stream reader of large JSON files (src/checks/inputs/json-stream.ts):
 * what it takes is what JSON.parse gives, and it accepts a text exactly when
 * JSON.parse does (RFC 8259's grammar), through windows of any size.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { END_OF_OBJECT, JsonFileStream, JsonStreamError, KeySet, OTHER_KEY, withJsonFileStream } from '../../src/checks/inputs/json-stream';
import { tempDir } from '../harness';

const dir = tempDir();
let n = 0;
function fileOf(text: string | Buffer): string {
  const file = path.join(dir, `t${n++}.json`);
  fs.writeFileSync(file, text);
  return file;
}

const WANTED = new KeySet(['a', 'b', 's']);

/** An object's entries walked with a key set: the wanted ones taken (as an object), the others passed over. */
function byKeys(s: JsonFileStream): unknown {
  if (s.peek() !== 123) return s.take();
  const out: Record<string, unknown> = {};
  s.openObject();
  for (let k = s.nextKeyIn(WANTED); k !== END_OF_OBJECT; k = s.nextKeyIn(WANTED)) {
    if (k === OTHER_KEY) s.skip();
    else out[WANTED.keys[k]] = s.take();
  }
  return out;
}

/** What {@link byKeys} gives of a parsed value. */
function wantedOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => WANTED.keys.includes(k)));
}

/** Reads the whole text as one value through the stream: taken, passed over, or walked by keys. */
function streamed(text: string, windowBytes: number, how: 'take' | 'skip' | 'keys'): { value?: unknown; error?: true } {
  try {
    const value = withJsonFileStream(
      fileOf(text),
      (s: JsonFileStream) => {
        const v = how === 'take' ? s.take() : how === 'keys' ? byKeys(s) : (s.skip(), undefined);
        s.end();
        return v;
      },
      windowBytes
    );
    return { value };
  } catch (e) {
    if (e instanceof JsonStreamError || e instanceof SyntaxError) return { error: true };
    throw e;
  }
}

function parsed(text: string): { value?: unknown; error?: true } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: true };
  }
}

const WINDOWS = [1, 2, 3, 7, 64, 1 << 20];

test('any JSON value, compact or indented, is taken as JSON.parse gives it and passed over, through windows of any size', () => {
  fc.assert(
    fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t', ' \r\n'), fc.constantFrom(...WINDOWS), (value, indent, windowBytes) => {
      const text = JSON.stringify(value, null, indent as never) ?? 'null';
      expect(streamed(text, windowBytes, 'take')).toEqual(parsed(text));
      expect(streamed(text, windowBytes, 'skip')).toEqual({
        value: undefined,
      });
    }),
    { numRuns: 300 }
  );
});

// Edits that break JSON in the ways a grammar check can miss: brackets, quotes, separators, escapes, number parts,
// literals, control characters.
const PIECES = ['{', '}', '[', ']', '"', ',', ':', '\\', '\\u', '\\x', '0', '1', '-', '+', '.', 'e', 'E', 't', 'f', 'n', 'u', 'l', ' ', '\n', '\u0001', '\u007f', 'é'];

test('a text edited at random is accepted by the stream exactly when JSON.parse accepts it, with the same value', () => {
  fc.assert(
    fc.property(
      // Also objects whose keys are (or nearly are) the ones a key set wants.
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 's', 'x', 'ab'), fc.jsonValue({ maxDepth: 2 }))),
      fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.constantFrom(...PIECES)), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.constantFrom(...WINDOWS),
      (value, edits, windowBytes) => {
        let text = JSON.stringify(value) ?? 'null';
        for (const [at, remove, piece] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + piece + text.slice(i + remove);
        }
        const want = parsed(text);
        expect([text, streamed(text, windowBytes, 'take')]).toEqual([text, want]);
        expect([text, streamed(text, windowBytes, 'skip')]).toEqual([text, want.error ? want : { value: undefined }]);
        expect([text, streamed(text, windowBytes, 'keys')]).toEqual([text, want.error ? want : { value: wantedOf(want.value) }]);
      }
    ),
    { numRuns: 1500 }
  );
});

test.each([
  ['a leading zero', '[01]'],
  ['a point without digits', '[1.]'],
  ['a fraction without integer', '[.5]'],
  ['a lone minus', '[-]'],
  ['an exponent without digits', '[1e]'],
  ['a signed exponent without digits', '[1e+]'],
  ['a plus sign', '[+1]'],
  ['a cut literal', '[tru]'],
  ['a misspelt literal', '[nulL]'],
  ['a bad \\u escape', '["\\u00zz"]'],
  ['an unknown escape', '["\\x41"]'],
  ['a raw control character in a string', '["a\u0001b"]'],
  ['a raw newline in a string', '["a\nb"]'],
  ['a trailing comma in an array', '[1,]'],
  ['a trailing comma in an object', '{"a":1,}'],
  ['a missing comma', '[1 2]'],
  ['a missing colon', '{"a" 1}'],
  ['a key that is not a string', '{1:2}'],
  ['an unclosed string', '["abc'],
  ['an unclosed array', '[[1]'],
  ['a closing bracket of the other kind', '[1}'],
  ['text after the document', '{} {}'],
  ['an empty file', ''],
  ['a byte order mark', '\ufeff{}'],
  ['single quotes', "['a']"],
])('%s is refused, as JSON.parse refuses it', (_what, text) => {
  expect(parsed(text)).toEqual({ error: true });
  for (const w of WINDOWS) {
    expect(streamed(text, w, 'take')).toEqual({ error: true });
    expect(streamed(text, w, 'skip')).toEqual({ error: true });
    expect(streamed(text, w, 'keys')).toEqual({ error: true });
  }
});

test('deep nesting and long strings are passed over without recursion or a window as large as the value', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  expect(streamed(deep, 4096, 'skip')).toEqual({ value: undefined });
  expect(streamed(`{"a":${deep.slice(0, -1)}}`, 4096, 'skip')).toEqual({
    error: true,
  });
  const long = JSON.stringify({ s: 'x'.repeat(3_000_000), t: 'é\u2028' });
  expect(streamed(long, 4096, 'take')).toEqual(parsed(long));
});

test('objects and arrays are walked entry by entry; UTF-8 text and escaped keys come out as JSON.parse gives them', () => {
  const text = '{\n "a\\u0062" : [1, {"x": "é"}, 3],\n "c": {}, "d": []\n}';
  const out = withJsonFileStream(
    fileOf(text),
    (s) => {
      const seen: unknown[] = [];
      s.openObject();
      for (let key = s.nextKey(); key !== undefined; key = s.nextKey()) {
        if (key !== 'ab') {
          seen.push([key, s.take()]);
          continue;
        }
        s.openArray();
        const line = s.nextLine();
        while (s.nextItem()) seen.push([key, s.take()]);
        seen.push(['line', line]);
      }
      s.end();
      return seen;
    },
    3
  );
  expect(out).toEqual([
    ['ab', 1],
    ['ab', { x: 'é' }],
    ['ab', 3],
    ['line', 2],
    ['c', {}],
    ['d', []],
  ]);
});

test('keys matched against a key set are the keys nextKey gives (escaped, UTF-8, repeated, cut by the window), in or out of the set', () => {
  const set = new KeySet(['address', 'change', 'ab', '']);
  const key = fc.constantFrom('address', 'change', 'ab', '', 'addres', 'addressx', 'é', 'a"b', 'x'.repeat(40));
  fc.assert(
    fc.property(fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 2 }), fc.boolean())), fc.constantFrom(...WINDOWS), (entries, windowBytes) => {
      // Keys written plainly, or with their first letter escaped (`\u0061ddress`), which only a parse tells apart.
      const text = `{${entries.map(([k, v, escaped]) => `${escaped && k !== '' ? `"\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}${JSON.stringify(k).slice(2)}` : JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
      const read = (matched: boolean): unknown[] =>
        withJsonFileStream(
          fileOf(text),
          (s) => {
            const seen: unknown[] = [];
            s.openObject();
            for (;;) {
              const k = matched ? s.nextKeyIn(set) : s.nextKey();
              if (k === END_OF_OBJECT || k === undefined) break;
              seen.push(matched ? k : set.keys.indexOf(k as string));
              seen.push(entries.length % 2 === 0 ? s.take() : (s.skip(), null));
            }
            s.end();
            return seen;
          },
          windowBytes
        );
      const want = read(false);
      expect(read(true)).toEqual(want);
      expect(want.filter((_, i) => i % 2 === 0)).toEqual(entries.map(([k]) => (set.keys.includes(k) ? set.keys.indexOf(k) : OTHER_KEY)));
    }),
    { numRuns: 300 }
  );
  expect(() => new KeySet(['é'])).toThrow('ASCII keys only');
});

test('lines are counted through values passed over, indented, whole in the window or cut by it', () => {
  fc.assert(
    fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), fc.constantFrom(...WINDOWS), (items, windowBytes) => {
      const texts = items.map((v) => JSON.stringify(v, null, 2) ?? 'null');
      const want: number[] = [];
      let line = 2;
      for (const t of texts) {
        want.push(line);
        line += t.split('\n').length;
      }
      const lines = withJsonFileStream(
        fileOf(`[\n${texts.join(',\n')}\n]`),
        (s) => {
          const seen: number[] = [];
          s.openArray();
          while (s.nextItem()) {
            seen.push(s.nextLine());
            s.skip();
          }
          seen.push(s.lineHere());
          return seen;
        },
        windowBytes
      );
      // The closing bracket: on the line after the last item (after the blank line of an empty list).
      expect(lines).toEqual([...want, texts.length === 0 ? 3 : line]);
    }),
    { numRuns: 300 }
  );
});

test('values passed over unchecked are found again by their offsets, as text (ASCII or UTF-8), through windows of any size', () => {
  fc.assert(
    fc.property(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 6 }), fc.constantFrom(...WINDOWS), (items, windowBytes) => {
      const texts = items.map((v) => JSON.stringify(v) ?? 'null');
      const file = fileOf(`[ ${texts.join(' ,\n')} ]`);
      const found = withJsonFileStream(
        file,
        (s) => {
          const out: [number, number, boolean][] = [];
          s.openArray();
          while (s.nextItem()) {
            const start = s.position().offset;
            const ascii = s.skipUnchecked();
            out.push([start, s.offset(), ascii]);
          }
          return out;
        },
        windowBytes
      );
      expect(found.map(([, , ascii]) => ascii)).toEqual(texts.map((t) => /^[\x20-\x7e]*$/.test(t)));
      expect(withJsonFileStream(file, (s) => found.map(([start, end, ascii]) => s.textAt(start, end, ascii)), windowBytes)).toEqual(texts);
    }),
    { numRuns: 300 }
  );
  const file = fileOf('["abc"]');
  expect(() => withJsonFileStream(file, (s) => s.textAt(1, 20, true))).toThrow(JsonStreamError);
});
