/**
 * A JSON file read through a small window of bytes, for documents too large
 * to hold whole: a 50,000-resource plan is 57 MB, and holding its bytes, its
 * text and its whole tree costs more (in fresh memory the machine must fault
 * in) than reading it. The caller walks the outer structure (an object's
 * keys, an array's items) and takes each value it wants with `JSON.parse` of
 * that value's text (a string without escapes: its bytes), or skips it. Keys
 * can be matched against a {@link KeySet} on their bytes, so the keys of
 * values skipped are never made strings.
 *
 * Skipped text is held to JSON's grammar (RFC 8259) as strictly as
 * `JSON.parse` holds it (text taken is held to it by `JSON.parse` itself;
 * `skipUnchecked` leaves it to a later read, which must check it), so a file
 * is read only when `JSON.parse` would accept it whole; anything else throws
 * {@link JsonStreamError}, and the caller reads the file whole to say what is
 * wrong.
 */
import * as fs from 'node:fs';

/** Node's Buffer decoders without the argument checks of `toString` (asked once per resource of a plan). */
type SlicingBuffer = Buffer & { latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string };

/** The text is not JSON (or not the structure the caller walks). */
export class JsonStreamError extends Error {}

/** The longest string V8's JSON.parse internalizes (one string for all alike), measured on Node 20 and 22. */
const SHARED_STRING_LENGTH = 10;

/** Nesting that {@link JsonFileStream.skip} checks by descent (recursion); deeper values go to the scanner, which has no stack. */
const DESCENT_DEPTH = 64;

/** Bytes read at a time (the window grows for a value taken whole that is larger). */
export const WINDOW_BYTES = 1 << 20;

// Scanner states: what the next byte may be.
const VALUE = 0; // a value
const OBJECT_FIRST = 1; // after `{`: a key or `}`
const KEY = 2; // after `,` in an object: a key
const COLON = 3;
const AFTER = 4; // after a value: `,` or the closing bracket, or the end of the value scanned
const ARRAY_FIRST = 5; // after `[`: a value or `]`
const STRING = 6;
const ESCAPE = 7; // after `\` in a string
const UNICODE = 8; // in the 4 hex digits of `\u`
const LITERAL = 9; // in `true`, `false` or `null`
// Numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
const MINUS = 10;
const ZERO = 11;
const INTEGER = 12;
const POINT = 13;
const FRACTION = 14;
const E = 15;
const E_SIGN = 16;
const EXPONENT = 17;

const OBJECT = 1;
const ARRAY = 2;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
/** JSON's insignificant whitespace: space, tab, line feed, carriage return. */
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

const LITERALS: Record<number, Uint8Array> = { 116: Buffer.from('true'), 102: Buffer.from('false'), 110: Buffer.from('null') };

/**
 * Keys a reader wants of an object, told apart by their bytes in the window
 * (see {@link JsonFileStream.nextKeyIn}): a key not wanted is never made a
 * string. ASCII keys only (a key with a quote, a backslash or a control
 * character is written escaped, and matched as the string it parses to).
 */
export class KeySet {
  private readonly bytes: readonly Uint8Array[];

  public constructor(public readonly keys: readonly string[]) {
    if (keys.some((k) => [...k].some((c) => c.charCodeAt(0) > 127))) throw new Error('KeySet: ASCII keys only');
    this.bytes = keys.map((k) => Buffer.from(k, 'latin1'));
  }

  /** The index of the key whose bytes are `b[start..end)`, or {@link OTHER_KEY}. */
  public find(b: Uint8Array, start: number, end: number): number {
    const length = end - start;
    const all = this.bytes;
    for (let k = 0; k < all.length; k++) {
      const key = all[k];
      if (key.length !== length) continue;
      let i = 0;
      while (i < length && key[i] === b[start + i]) i++;
      if (i === length) return k;
    }
    return OTHER_KEY;
  }
}

/** {@link JsonFileStream.nextKeyIn}: a key that is not in the set (its value is still to be read or skipped). */
export const OTHER_KEY = -1;
/** {@link JsonFileStream.nextKeyIn}: the object ended. */
export const END_OF_OBJECT = -2;

/** One pass over a JSON file; see the module comment. */
export class JsonFileStream {
  private buf: Buffer;
  /** Bytes of `buf` read from the file. */
  private len = 0;
  /** The next byte to look at, in `buf`. */
  private pos = 0;
  /** Where the value being taken starts, in `buf` (kept when the window moves); -1 when none. */
  private mark = -1;
  private eof = false;
  /** Line (1-based) of the next byte. */
  private line: number;
  /** Per container opened by the caller: nothing read from it yet. */
  private readonly first: boolean[] = [];

  // The scanner's state between windows.
  private state = VALUE;
  private afterString = AFTER;
  private stack = new Uint8Array(64);
  private depth = 0;
  private literal: Uint8Array = LITERALS[116];
  private literalAt = 0;
  private hexLeft = 0;

  /** File offset of `buf[0]`. */
  private base: number;
  /** Newlines passed over by the descent of {@link skip} (counted once it succeeds). */
  private linesPassed = 0;

  /** A stream of the file from byte `start`, which is on line `line`. */
  constructor(
    private readonly fd: number,
    windowBytes = WINDOW_BYTES,
    start = 0,
    line = 1,
  ) {
    this.buf = Buffer.allocUnsafe(Math.max(1, windowBytes));
    this.base = start;
    this.line = line;
  }

  /** Where the next value starts (after whitespace): file offset and line, to come back to it with another stream. */
  public position(): { readonly offset: number; readonly line: number } {
    this.peek();
    return { offset: this.base + this.pos, line: this.line };
  }

  /** The line (1-based) where the next value starts (after whitespace). */
  public nextLine(): number {
    this.peek();
    return this.line;
  }

  /** The line (1-based) of the next byte, whitespace not passed over: after a value taken, the line where it ends. */
  public lineHere(): number {
    return this.line;
  }

  /** The next byte that is not whitespace, not consumed; -1 at the end of the file. */
  public peek(): number {
    for (;;) {
      while (this.pos < this.len) {
        const c = this.buf[this.pos];
        if (!isSpace(c)) return c;
        if (c === 10) this.line++;
        this.pos++;
      }
      if (!this.fill()) return -1;
    }
  }

  /** Consumes `{` (the caller then reads its entries with {@link nextKey}). */
  public openObject(): void {
    this.expect(123);
    this.first.push(true);
  }

  /** Consumes `[` (the caller then reads its items with {@link nextItem}). */
  public openArray(): void {
    this.expect(91);
    this.first.push(true);
  }

  /** The next key of the object opened last (its `:` consumed), or undefined at its end (`}` consumed). */
  public nextKey(): string | undefined {
    if (!this.next(125)) return undefined;
    const key = this.take();
    if (typeof key !== 'string') throw new JsonStreamError('a key is not a string');
    this.expect(58);
    return key;
  }

  /**
   * The next key of the object opened last (its `:` consumed), as its index
   * in `keys`, {@link OTHER_KEY} for any other key, or {@link END_OF_OBJECT}
   * (`}` consumed). A key without escapes is matched on its bytes, not made a
   * string (a plan's objects have millions of keys).
   */
  public nextKeyIn(keys: KeySet): number {
    if (!this.next(125)) return END_OF_OBJECT;
    const end = this.plainStringEnd();
    let found: number;
    if (end >= 0) {
      found = keys.find(this.buf, this.pos + 1, end);
      this.pos = end + 1;
    } else {
      const key = this.take();
      if (typeof key !== 'string') throw new JsonStreamError('a key is not a string');
      found = keys.keys.indexOf(key);
    }
    this.expect(58);
    return found;
  }

  /** True when the array opened last has another item (then read or skip it), false at its end (`]` consumed). */
  public nextItem(): boolean {
    return this.next(93);
  }

  /** The next value, parsed. */
  public take(): unknown {
    if (this.peek() === 34) {
      // A string of printable ASCII without escapes (most of them) is its bytes: no text to slice and parse. Not
      // a short one: JSON.parse gives one shared (internalized) string for all of those alike, a slice a copy each.
      const end = this.plainStringEnd();
      if (end - this.pos - 1 > SHARED_STRING_LENGTH && this.ascii(this.pos + 1, end)) {
        const text = (this.buf as SlicingBuffer).latin1Slice(this.pos + 1, end);
        this.pos = end + 1;
        return text;
      }
    }
    return JSON.parse(this.takeText());
  }

  /** The text of the next value, and the line where it starts. */
  public takeText(): string {
    this.peek();
    this.mark = this.pos;
    // JSON.parse checks the text: finding where it ends is enough.
    const ascii = this.pass();
    const b = this.buf as SlicingBuffer;
    const text = ascii ? b.latin1Slice(this.mark, this.pos) : b.utf8Slice(this.mark, this.pos);
    this.mark = -1;
    return text;
  }

  /** Passes over the next value, checking it is JSON. */
  public skip(): void {
    this.peek();
    // Most values skipped are small and whole in the window: checked there by the descent below, which is faster
    // than the scanner's state machine (and much faster before the JIT has warmed to it). The rest: the scanner.
    this.linesPassed = 0;
    const end = this.descend(this.pos, 0);
    if (end >= 0) {
      this.pos = end;
      this.line += this.linesPassed;
    } else this.scan();
  }

  /**
   * Passes over the next value without checking it, for text a later read
   * checks (the caller must make sure one does). True when its text is ASCII
   * (see {@link textAt}).
   */
  public skipUnchecked(): boolean {
    this.peek();
    return this.pass();
  }

  /** The file offset of the next byte (whitespace not passed over): after a value, where it ends. */
  public offset(): number {
    return this.base + this.pos;
  }

  /**
   * The text of the file's bytes from `start` to `end` (a value an earlier
   * stream passed over, offsets from {@link position} and {@link offset}),
   * decoded as latin1 when it is ASCII (the same text, faster), else UTF-8.
   * Ranges asked in file order are read through the window once.
   */
  public textAt(start: number, end: number, ascii: boolean): string {
    if (start < this.base || end > this.base + this.len) {
      if (end - start > this.buf.length) this.buf = Buffer.allocUnsafe(end - start);
      this.base = start;
      this.pos = 0;
      this.len = 0;
      for (let read = -1; read !== 0 && this.len < this.buf.length; this.len += read) {
        read = fs.readSync(this.fd, this.buf, this.len, this.buf.length - this.len, this.base + this.len);
      }
      if (end > this.base + this.len) throw new JsonStreamError('the file is shorter than it was');
    }
    const b = this.buf as SlicingBuffer;
    return ascii ? b.latin1Slice(start - this.base, end - this.base) : b.utf8Slice(start - this.base, end - this.base);
  }

  /** Checks that nothing but whitespace follows. */
  public end(): void {
    if (this.peek() !== -1) throw new JsonStreamError('text after the document');
  }

  /**
   * Where the value at `i` ends, checked as {@link scan} checks it, when it
   * is whole in the window and nests at most {@link DESCENT_DEPTH} deep; -1
   * otherwise (the caller then scans it from its start). Newlines passed
   * are counted in `linesPassed`.
   */
  private descend(i: number, depth: number): number {
    const b = this.buf;
    if (i >= this.len) return -1;
    const c = b[i];
    if (c === 34) return this.descendString(i);
    if (c === 123) return depth < DESCENT_DEPTH ? this.descendObject(i, depth + 1) : -1;
    if (c === 91) return depth < DESCENT_DEPTH ? this.descendArray(i, depth + 1) : -1;
    if (c === 45 || isDigit(c)) return this.descendNumber(i);
    const literal = LITERALS[c];
    if (literal === undefined) throw new JsonStreamError('expected a value');
    if (i + literal.length > this.len) return -1;
    for (let k = 1; k < literal.length; k++) if (b[i + k] !== literal[k]) throw new JsonStreamError('a bad literal');
    return i + literal.length;
  }

  private descendObject(i: number, depth: number): number {
    const b = this.buf;
    let j = this.descendSpace(i + 1);
    if (j < 0) return -1;
    if (b[j] === 125) return j + 1;
    for (;;) {
      if (b[j] !== 34) throw new JsonStreamError('expected a key');
      j = this.descendString(j);
      if (j < 0 || (j = this.descendSpace(j)) < 0) return -1;
      if (b[j] !== 58) throw new JsonStreamError('expected ":"');
      if ((j = this.descendSpace(j + 1)) < 0 || (j = this.descend(j, depth)) < 0 || (j = this.descendSpace(j)) < 0) return -1;
      if (b[j] === 125) return j + 1;
      if (b[j] !== 44) throw new JsonStreamError('expected "," or the end of the container');
      if ((j = this.descendSpace(j + 1)) < 0) return -1;
    }
  }

  private descendArray(i: number, depth: number): number {
    const b = this.buf;
    let j = this.descendSpace(i + 1);
    if (j < 0) return -1;
    if (b[j] === 93) return j + 1;
    for (;;) {
      if ((j = this.descend(j, depth)) < 0 || (j = this.descendSpace(j)) < 0) return -1;
      if (b[j] === 93) return j + 1;
      if (b[j] !== 44) throw new JsonStreamError('expected "," or the end of the container');
      if ((j = this.descendSpace(j + 1)) < 0) return -1;
    }
  }

  /** The string at `i` (its opening quote): where it ends, or -1 when the window ends first. */
  private descendString(i: number): number {
    const b = this.buf;
    const n = this.len;
    for (let j = i + 1; j < n; j++) {
      const c = b[j];
      if (c === 34) return j + 1;
      if (c === 92) {
        if (j + 1 >= n) return -1;
        const e = b[j + 1];
        if (e === 117) {
          if (j + 5 >= n) return -1;
          for (let k = j + 2; k <= j + 5; k++) if (!isHex(b[k])) throw new JsonStreamError('a bad \\u escape');
          j += 5;
        } else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) j++;
        else throw new JsonStreamError('a bad escape');
      } else if (c < 32) throw new JsonStreamError('a control character in a string');
    }
    return -1;
  }

  /** The number at `i`: where it ends, or -1 when the window ends first (it might go on). */
  private descendNumber(i: number): number {
    const b = this.buf;
    const n = this.len;
    let j = i;
    if (b[j] === 45 && ++j >= n) return -1;
    if (b[j] === 48) j++;
    else if (isDigit(b[j])) while (++j < n && isDigit(b[j]));
    else throw new JsonStreamError('a bad number');
    if (j >= n) return -1;
    if (b[j] === 46) {
      if (++j >= n) return -1;
      if (!isDigit(b[j])) throw new JsonStreamError('a bad number');
      while (++j < n && isDigit(b[j]));
      if (j >= n) return -1;
    }
    if (b[j] === 101 || b[j] === 69) {
      if (++j >= n) return -1;
      if ((b[j] === 43 || b[j] === 45) && ++j >= n) return -1;
      if (!isDigit(b[j])) throw new JsonStreamError('a bad number');
      while (++j < n && isDigit(b[j]));
      if (j >= n) return -1;
    }
    return j;
  }

  /** The next byte from `i` that is not whitespace (newlines counted), or -1 when the window ends first. */
  private descendSpace(i: number): number {
    const b = this.buf;
    const n = this.len;
    for (let j = i; j < n; j++) {
      const c = b[j];
      if (!isSpace(c)) return j;
      if (c === 10) this.linesPassed++;
    }
    return -1;
  }

  /**
   * Where the string at `pos` ends (its closing quote) when it is in the
   * window and holds no escape nor control character (JSON's grammar asks
   * nothing more of it); else -1.
   */
  private plainStringEnd(): number {
    const b = this.buf;
    const n = this.len;
    if (this.pos >= n || b[this.pos] !== 34) return -1;
    for (let i = this.pos + 1; i < n; i++) {
      const c = b[i];
      if (c === 34) return i;
      if (c === 92 || c < 32) return -1;
    }
    return -1;
  }

  /** Whether `buf[start..end)` is ASCII (decodes as latin1 to what UTF-8 gives). */
  private ascii(start: number, end: number): boolean {
    const b = this.buf;
    for (let i = start; i < end; i++) if (b[i] > 127) return false;
    return true;
  }

  private expect(byte: number): void {
    if (this.peek() !== byte) throw new JsonStreamError(`expected ${String.fromCharCode(byte)}`);
    this.pos++;
  }

  /** Between entries of the container opened last: false (and the container closed) at `close`. */
  private next(close: number): boolean {
    const c = this.peek();
    const first = this.first[this.first.length - 1];
    if (first === undefined) throw new JsonStreamError('no container open');
    if (c === close) {
      this.pos++;
      this.first.pop();
      return false;
    }
    if (first) this.first[this.first.length - 1] = false;
    else this.expect(44);
    return true;
  }

  /** Moves the window on; false at the end of the file. */
  private fill(): boolean {
    if (this.eof) return false;
    const keep = this.mark >= 0 ? this.mark : this.pos;
    if (keep > 0) {
      this.buf.copy(this.buf, 0, keep, this.len);
      this.base += keep;
      this.len -= keep;
      this.pos -= keep;
      if (this.mark >= 0) this.mark -= keep;
    }
    if (this.len === this.buf.length) {
      // A value taken whole is larger than the window.
      const larger = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(larger, 0, 0, this.len);
      this.buf = larger;
    }
    const read = fs.readSync(this.fd, this.buf, this.len, this.buf.length - this.len, this.base + this.len);
    if (read === 0) this.eof = true;
    this.len += read;
    return read > 0;
  }

  /** Advances past one value (the next byte is its first), checking its grammar. */
  private scan(): void {
    this.state = VALUE;
    this.depth = 0;
    while (!this.scanWindow()) {
      if (this.fill()) continue;
      // A number ends with the file only when it is the whole document.
      const s = this.state;
      if (this.depth === 0 && (s === ZERO || s === INTEGER || s === FRACTION || s === EXPONENT)) return;
      throw new JsonStreamError('unexpected end of the file');
    }
  }

  /**
   * Advances past one value without checking its grammar: exact for JSON;
   * for text that is not, it stops somewhere the check that follows refuses.
   * About twice as fast as {@link scan}. True when the text is ASCII.
   */
  private pass(): boolean {
    let depth = 0;
    let inString = false;
    let escaped = false;
    // Any byte outside ASCII (only in strings, in JSON): the text is UTF-8 to decode, not ASCII.
    let high = 0;
    for (;;) {
      const b = this.buf;
      const n = this.len;
      let i = this.pos;
      for (; i < n; i++) {
        const c = b[i];
        if (inString) {
          high |= c;
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) {
            inString = false;
            if (depth === 0) {
              this.pos = i + 1;
              return high < 128;
            }
          }
        } else if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if ((c === 125 || c === 93) && depth > 0) {
          if (--depth === 0) {
            this.pos = i + 1;
            return high < 128;
          }
        } else if (depth === 0 && (c === 44 || c === 58 || c === 125 || c === 93 || isSpace(c))) {
          // The end of a number or literal: the byte is the next token's.
          this.pos = i;
          return high < 128;
        } else if (c === 10) this.line++;
      }
      this.pos = i;
      if (!this.fill()) {
        if (depth === 0 && !inString) return high < 128;
        throw new JsonStreamError('unexpected end of the file');
      }
    }
  }

  /** Scans what the window holds; true when the value ended. */
  private scanWindow(): boolean {
    const b = this.buf;
    const n = this.len;
    let i = this.pos;
    let state = this.state;
    let done = false;
    loop: while (i < n) {
      const c = b[i];
      switch (state) {
        case STRING:
          // The bulk of a plan's bytes: stay in this loop until the string ends.
          for (;;) {
            const s = b[i];
            if (s === 34) {
              state = this.afterString;
              i++;
              break;
            }
            if (s === 92) {
              state = ESCAPE;
              i++;
              break;
            }
            if (s < 32) throw new JsonStreamError('a control character in a string');
            if (++i === n) break loop;
          }
          continue;
        case ESCAPE:
          if (c === 117) {
            state = UNICODE;
            this.hexLeft = 4;
          } else if (c === 34 || c === 92 || c === 47 || c === 98 || c === 102 || c === 110 || c === 114 || c === 116) state = STRING;
          else throw new JsonStreamError('a bad escape');
          i++;
          continue;
        case UNICODE:
          if (!isHex(c)) throw new JsonStreamError('a bad \\u escape');
          if (--this.hexLeft === 0) state = STRING;
          i++;
          continue;
        case LITERAL:
          if (c !== this.literal[this.literalAt]) throw new JsonStreamError('a bad literal');
          i++;
          if (++this.literalAt === this.literal.length) state = AFTER;
          continue;
        case MINUS:
          if (c === 48) state = ZERO;
          else if (isDigit(c)) state = INTEGER;
          else throw new JsonStreamError('a bad number');
          i++;
          continue;
        case ZERO:
        case INTEGER:
        case FRACTION:
          if (state !== ZERO && isDigit(c)) i++;
          else if (c === 46 && state !== FRACTION) {
            state = POINT;
            i++;
          } else if (c === 101 || c === 69) {
            state = E;
            i++;
          } else state = AFTER; // the number ended: the byte is the next token's
          continue;
        case POINT:
          if (!isDigit(c)) throw new JsonStreamError('a bad number');
          state = FRACTION;
          i++;
          continue;
        case E:
          if (c === 43 || c === 45) state = E_SIGN;
          else if (isDigit(c)) state = EXPONENT;
          else throw new JsonStreamError('a bad number');
          i++;
          continue;
        case E_SIGN:
          if (!isDigit(c)) throw new JsonStreamError('a bad number');
          state = EXPONENT;
          i++;
          continue;
        case EXPONENT:
          if (isDigit(c)) i++;
          else state = AFTER;
          continue;
      }
      // The structural states: whitespace is skipped.
      if (isSpace(c)) {
        if (c === 10) this.line++;
        i++;
        continue;
      }
      switch (state) {
        case VALUE:
        case ARRAY_FIRST:
          if (c === 93 && state === ARRAY_FIRST) {
            this.depth--;
            state = AFTER;
          } else if (c === 34) {
            state = STRING;
            this.afterString = AFTER;
          } else if (c === 123) {
            this.push(OBJECT);
            state = OBJECT_FIRST;
          } else if (c === 91) {
            this.push(ARRAY);
            state = ARRAY_FIRST;
          } else if (c === 45) state = MINUS;
          else if (c === 48) state = ZERO;
          else if (isDigit(c)) state = INTEGER;
          else if (LITERALS[c] !== undefined) {
            this.literal = LITERALS[c];
            this.literalAt = 1;
            state = LITERAL;
          } else throw new JsonStreamError('expected a value');
          i++;
          continue;
        case OBJECT_FIRST:
        case KEY:
          if (c === 125 && state === OBJECT_FIRST) {
            this.depth--;
            state = AFTER;
          } else if (c === 34) {
            state = STRING;
            this.afterString = COLON;
          } else throw new JsonStreamError('expected a key');
          i++;
          continue;
        case COLON:
          if (c !== 58) throw new JsonStreamError('expected ":"');
          state = VALUE;
          i++;
          continue;
        case AFTER: {
          if (this.depth === 0) {
            done = true;
            break loop;
          }
          const top = this.stack[this.depth - 1];
          if (c === 44) state = top === OBJECT ? KEY : VALUE;
          else if ((c === 125 && top === OBJECT) || (c === 93 && top === ARRAY)) this.depth--;
          else throw new JsonStreamError('expected "," or the end of the container');
          i++;
          continue;
        }
      }
    }
    this.pos = i;
    this.state = state;
    // A value that ends with the file: a number or literal is complete only if followed by something; containers and strings close themselves.
    if (!done && i === n && this.depth === 0 && state === AFTER) done = true;
    return done;
  }

  private push(kind: number): void {
    if (this.depth === this.stack.length) {
      const deeper = new Uint8Array(this.stack.length * 2);
      deeper.set(this.stack);
      this.stack = deeper;
    }
    this.stack[this.depth++] = kind;
  }
}

/** Opens a file, passes a stream of it (from `from`, else its start) to `read`, and closes it. */
export function withJsonFileStream<T>(file: string, read: (stream: JsonFileStream) => T, windowBytes = WINDOW_BYTES, from?: { readonly offset: number; readonly line: number }): T {
  const fd = fs.openSync(file, 'r');
  try {
    return read(new JsonFileStream(fd, windowBytes, from?.offset, from?.line));
  } finally {
    fs.closeSync(fd);
  }
}
