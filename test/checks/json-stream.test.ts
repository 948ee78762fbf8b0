/**
 * The stream reader of large JSON files (src/checks/inputs/json-stream.ts):
 * what it takes is what JSON.parse gives, and it accepts a text exactly when
 * JSON.parse does (RFC 8259's grammar), through windows of any size.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { JsonFileStream, JsonStreamError, withJsonFileStream } from '../../src/checks/inputs/json-stream';
import { tempDir } from '../harness';

const dir = tempDir();
let n = 0;
function fileOf(text: string | Buffer): string {
  const file = path.join(dir, `t${n++}.json`);
  fs.writeFileSync(file, text);
  return file;
}

/** Reads the whole text as one value through the stream: taken, or passed over. */
function streamed(text: string, windowBytes: number, how: 'take' | 'skip'): { value?: unknown; error?: true } {
  try {
    const value = withJsonFileStream(
      fileOf(text),
      (s: JsonFileStream) => {
        const v = how === 'take' ? s.take() : (s.skip(), undefined);
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
      fc.jsonValue({ maxDepth: 3 }),
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
