import { defaultInputLimits, InputLimitError } from './input-limits.js';

/**
 * What {@link createFeatureStreamReader} finds in the text, in order.
 *
 * - `member`: a member of the top-level object other than a `features` array, its value parsed;
 * - `features-start` / `features-end`: the top-level `"features": [` opens / its `]` closes;
 * - `feature`: one element of that array, parsed (whatever it is: object, number, null…);
 * - `end`: the top-level object closed;
 * - `error`: the text is not one JSON object; nothing follows an error.
 */
export type FeatureStreamEvent =
  | { type: 'member'; key: string; value: unknown }
  | { type: 'features-start' }
  | { type: 'feature'; value: unknown }
  | { type: 'features-end' }
  | { type: 'end' }
  | { type: 'error'; error: JsonSyntaxError };

/** Where and why the text stopped being JSON. */
export interface JsonSyntaxError {
  /** What the parser expected or found, worded as V8's JSON.parse words it, without the position. */
  reason: string;
  /** 0-based offset in the text (UTF-16 code units, after the byte order mark). */
  offset: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
  /** True when the text ended before the value did: the file was cut short. */
  endOfInput: boolean;
}

/** An incremental reader of one JSON object whose `features` array is read one element at a time. */
export interface FeatureStreamReader {
  /** Reads the next piece of text (any length, cut anywhere) and returns the events it completes. */
  write(text: string): FeatureStreamEvent[];
  /** Says the text is complete and returns the last events (an `error` if the object is unfinished). */
  end(): FeatureStreamEvent[];
}

/**
 * Creates a reader that follows a GeoJSON file as it arrives, in pieces of text cut anywhere
 * (inside a string, an escape or a number), and hands out each element of the top-level
 * `features` array as soon as its closing bracket arrives, so that a file of any size is read in
 * memory proportional to its largest feature. Other top-level members (`type`, `crs`, `name`,
 * `bbox`…) are handed out whole, in file order, wherever they are.
 *
 * Only the boundaries of values are found here, by a scan that tracks brackets and strings; each
 * value is then parsed by the engine's own `JSON.parse`, so values are exactly what parsing the
 * whole file would give (numbers, escapes, `__proto__` keys, duplicate keys), at native speed,
 * and a syntax error inside a feature is worded and placed as `JSON.parse` words it. A value longer
 * than `maxValueChars` or nested deeper than `maxDepth` throws an InputLimitError, so memory stays
 * bounded whatever the text holds. Text that is
 * not a single JSON object (an array, a sequence of objects, XML) ends in an `error` event; the
 * caller decides what to do with such files.
 *
 * @example
 * const reader = createFeatureStreamReader();
 * reader.write('{"type":"FeatureCollection","features":[{"type":"Feat');
 * // [{ type: 'member', key: 'type', value: 'FeatureCollection' }, { type: 'features-start' }]
 * reader.write('ure","properties":{},"geometry":null}]}');
 * // [{ type: 'feature', value: { type: 'Feature', properties: {}, geometry: null } }, { type: 'features-end' }, { type: 'end' }]
 * reader.end(); // []
 */
export function createFeatureStreamReader(options: Partial<FeatureStreamReaderOptions> = {}): FeatureStreamReader {
  const { maxValueChars, maxDepth } = { ...defaultFeatureStreamReaderOptions, ...options };
  // A feature sits two levels down: in the document's object, in its features array.
  const maxValueDepth = maxDepth - 2;
  let heldChars = 0;
  let state = State.BeforeDocument;
  // The value being scanned: its kind, nesting depth, string and escape state, text so far.
  let valueKind = ValueKind.None;
  let depth = 0;
  let inString = false;
  let escapePending = false;
  let valueParts: string[] = [];
  let valueStart = 0;
  let valueLine = 1;
  let valueColumn = 1;
  // What the value is: a member key, a member value, or an element of the features array.
  let role = Role.Key;
  let key = '';
  // Offset of the current piece in the whole text, and line counting up to `countedOffset`.
  let pieceOffset = 0;
  let countedOffset = 0;
  // Index in `piece` of the first line break at or after countedOffset: -1 none, null not looked for.
  let nextBreak: number | null = null;
  let line = 1;
  let lineStart = 0;
  let piece = '';
  let failed = false;
  let events: FeatureStreamEvent[] = [];

  /** Counts line breaks up to `offset` (never backwards), so errors can say line and column. */
  function countLinesTo(offset: number): void {
    if (offset <= countedOffset) return;
    // Remembered, not searched again: in a file on one line (as most exports are) each search
    // would scan to the end of the piece, once per feature.
    let at = nextBreak ?? piece.indexOf('\n', countedOffset - pieceOffset);
    const stop = offset - pieceOffset;
    while (at !== -1 && at < stop) {
      line++;
      lineStart = pieceOffset + at + 1;
      at = piece.indexOf('\n', at + 1);
    }
    nextBreak = at;
    countedOffset = offset;
  }

  function fail(reason: string, offset: number, endOfInput: boolean): void {
    countLinesTo(offset);
    failed = true;
    events.push({ type: 'error', error: { reason, offset, line, column: offset - lineStart + 1, endOfInput } });
  }

  function startValue(index: number, code: number, nextRole: Role): void {
    role = nextRole;
    valueStart = pieceOffset + index;
    countLinesTo(valueStart);
    valueLine = line;
    valueColumn = valueStart - lineStart + 1;
    valueParts = [];
    heldChars = 0;
    inString = false;
    escapePending = false;
    depth = 0;
    if (code === OPEN_BRACE || code === OPEN_BRACKET) valueKind = ValueKind.Composite;
    else if (code === QUOTE) valueKind = ValueKind.String;
    else valueKind = ValueKind.Scalar;
    state = State.InValue;
  }

  /** Scans the value from `index`; returns the index after it, or -1 when it runs past the piece. */
  function scanValue(index: number): number {
    const text = piece;
    const length = text.length;
    let i = index;
    if (valueKind === ValueKind.Scalar) {
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === COMMA || code === CLOSE_BRACKET || code === CLOSE_BRACE || isWhiteSpace(code)) return i;
      }
      return -1;
    }
    if (escapePending) {
      escapePending = false;
      i++;
    }
    if (valueKind === ValueKind.String) {
      // The opening quote is the value's first character; the string ends at the next unescaped one.
      if (i === valueStart - pieceOffset) i++;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code === BACKSLASH) {
          if (i + 1 < length) i++;
          else escapePending = true;
        } else if (code === QUOTE) return i + 1;
      }
      return -1;
    }
    for (; i < length; i++) {
      const code = text.charCodeAt(i);
      if (inString) {
        if (code === BACKSLASH) {
          if (i + 1 < length) i++;
          else escapePending = true;
        } else if (code === QUOTE) inString = false;
      } else if (code === QUOTE) inString = true;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
        if (++depth > maxValueDepth) {
          throw new InputLimitError('maxNestingDepth', maxDepth, `JSON nested more than ${maxDepth.toLocaleString('en')} levels deep (line ${valueLine})`);
        }
      } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        if (--depth === 0) return i + 1;
      }
    }
    return -1;
  }

  /** Parses the finished value's text and hands it to its role; false after a syntax error. */
  function finishValue(text: string, endOfInput: boolean): boolean {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      failInValue(error as Error, text, endOfInput);
      return false;
    }
    valueKind = ValueKind.None;
    if (role === Role.Key) {
      key = value as string;
      state = State.AfterKey;
    } else if (role === Role.Element) {
      events.push({ type: 'feature', value });
      state = State.AfterElement;
    } else {
      events.push({ type: 'member', key, value });
      state = State.AfterMember;
    }
    return true;
  }

  /** A syntax error inside a value: JSON.parse says why and where within the value. */
  function failInValue(error: Error, text: string, endOfInput: boolean): void {
    const position = POSITION.exec(error.message);
    const within = position ? Math.min(Number(position[1]), text.length) : 0;
    const before = text.slice(0, within);
    const breaks = before.split('\n').length - 1;
    const errorLine = valueLine + breaks;
    const errorColumn = breaks === 0 ? valueColumn + within : within - before.lastIndexOf('\n');
    failed = true;
    events.push({
      type: 'error',
      error: {
        reason: plainReason(error.message),
        offset: valueStart + within,
        line: errorLine,
        column: errorColumn,
        endOfInput,
      },
    });
  }

  function write(text: string): FeatureStreamEvent[] {
    events = [];
    if (failed || text.length === 0) return events;
    countLinesTo(pieceOffset + piece.length);
    pieceOffset += piece.length;
    piece = text;
    nextBreak = null;
    const length = text.length;
    let i = 0;
    while (i < length && !failed) {
      if (state === State.InValue) {
        const start = Math.max(valueStart - pieceOffset, 0);
        const end = scanValue(i);
        if (end === -1) {
          valueParts.push(text.slice(start));
          holdMore(length - start);
          break;
        }
        holdMore(end - start);
        valueParts.push(text.slice(start, end));
        const valueText = valueParts.length === 1 ? valueParts[0] : valueParts.join('');
        valueParts = [];
        i = end;
        finishValue(valueText, false);
        continue;
      }
      const code = text.charCodeAt(i);
      if (isWhiteSpace(code)) {
        i++;
        continue;
      }
      const offset = pieceOffset + i;
      switch (state) {
        case State.BeforeDocument:
          if (code === OPEN_BRACE) state = State.KeyOrEnd;
          else fail(unexpected(code), offset, false);
          break;
        case State.KeyOrEnd:
        case State.Key:
          if (code === QUOTE) {
            startValue(i, code, Role.Key);
            continue;
          }
          if (code === CLOSE_BRACE && state === State.KeyOrEnd) closeDocument();
          else fail(state === State.KeyOrEnd ? "Expected property name or '}'" : 'Expected double-quoted property name', offset, false);
          break;
        case State.AfterKey:
          if (code === COLON) state = State.MemberValue;
          else fail("Expected ':' after property name", offset, false);
          break;
        case State.MemberValue:
          if (key === 'features' && code === OPEN_BRACKET) {
            events.push({ type: 'features-start' });
            state = State.ElementOrEnd;
            break;
          }
          if (!startsValue(code)) {
            fail(unexpected(code), offset, false);
            break;
          }
          startValue(i, code, Role.MemberValue);
          continue;
        case State.AfterMember:
          if (code === COMMA) state = State.Key;
          else if (code === CLOSE_BRACE) closeDocument();
          else fail("Expected ',' or '}' after property value", offset, false);
          break;
        case State.ElementOrEnd:
        case State.Element:
          if (code === CLOSE_BRACKET && state === State.ElementOrEnd) {
            events.push({ type: 'features-end' });
            state = State.AfterMember;
            break;
          }
          if (!startsValue(code)) {
            fail(unexpected(code), offset, false);
            break;
          }
          startValue(i, code, Role.Element);
          continue;
        case State.AfterElement:
          if (code === COMMA) state = State.Element;
          else if (code === CLOSE_BRACKET) {
            events.push({ type: 'features-end' });
            state = State.AfterMember;
          } else fail("Expected ',' or ']' after array element", offset, false);
          break;
        case State.AfterDocument:
          fail('Unexpected non-whitespace character after JSON', offset, false);
          break;
      }
      i++;
    }
    return events;
  }

  // One value is held until it closes: never more than the limit on what is read whole.
  function holdMore(characters: number): void {
    heldChars += characters;
    if (heldChars > maxValueChars) {
      const what = role === Role.Element ? 'feature' : 'value';
      throw new InputLimitError('maxWholeBytes', maxValueChars, `a ${what} of more than ${maxValueChars.toLocaleString('en')} characters (from line ${valueLine})`);
    }
  }

  function closeDocument(): void {
    events.push({ type: 'end' });
    state = State.AfterDocument;
  }

  function end(): FeatureStreamEvent[] {
    events = [];
    if (failed) return events;
    // A number or literal at the very end has no delimiter after it: it ends with the text.
    if (state === State.InValue && valueKind === ValueKind.Scalar) {
      const text = valueParts.join('');
      valueParts = [];
      if (!finishValue(text, true)) return events;
    }
    if (state === State.InValue) {
      finishValue(valueParts.join(''), true);
      if (!failed) fail('Unexpected end of JSON input', pieceOffset + piece.length, true);
    } else if (state !== State.AfterDocument) {
      fail('Unexpected end of JSON input', pieceOffset + piece.length, true);
    }
    return events;
  }

  return { write, end };
}

/** Options of {@link createFeatureStreamReader}. */
export interface FeatureStreamReaderOptions {
  /** Most characters of one value (a feature, a member) held until it closes (`limits.maxWholeBytes`). */
  maxValueChars: number;
  /** Deepest nesting of the document's arrays and objects (`limits.maxNestingDepth`). */
  maxDepth: number;
}

/** Defaults of {@link FeatureStreamReaderOptions}: those of `defaultInputLimits`. */
export const defaultFeatureStreamReaderOptions: FeatureStreamReaderOptions = {
  maxValueChars: defaultInputLimits.maxWholeBytes,
  maxDepth: defaultInputLimits.maxNestingDepth,
};

const enum State {
  BeforeDocument,
  KeyOrEnd,
  Key,
  AfterKey,
  MemberValue,
  AfterMember,
  ElementOrEnd,
  Element,
  AfterElement,
  InValue,
  AfterDocument,
}

const enum ValueKind {
  None,
  Composite,
  String,
  Scalar,
}

const enum Role {
  Key,
  MemberValue,
  Element,
}

const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

// JSON's four white-space characters (RFC 8259 §2), nothing more: JSON.parse rejects the others.
function isWhiteSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

// The first character of a value; anything else cannot start one (a scalar's other letters are
// checked by JSON.parse).
function startsValue(code: number): boolean {
  return (
    code === OPEN_BRACE ||
    code === OPEN_BRACKET ||
    code === QUOTE ||
    code === 0x2d || // -
    (code >= 0x30 && code <= 0x39) ||
    code === 0x74 || // t
    code === 0x66 || // f
    code === 0x6e // n
  );
}

function unexpected(code: number): string {
  return `Unexpected token '${String.fromCharCode(code)}'`;
}

const POSITION = /at position (\d+)/;

// V8 appends the position and quotes the text; other engines prefix "JSON.parse:". Keep the reason.
function plainReason(message: string): string {
  return message
    .replace(/^JSON(\.parse:| Parse error:)\s*/, '')
    .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
    .replace(/\s*(in JSON )?at position \d+.*$/s, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
}
