import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { createFeatureStreamReader } from './create-feature-stream-reader.js';
import type { FeatureStreamEvent } from './create-feature-stream-reader.js';

/** Feeds `text` cut at `cuts` and returns every event. */
function read(text: string, cuts: readonly number[] = []): FeatureStreamEvent[] {
  const reader = createFeatureStreamReader();
  const events: FeatureStreamEvent[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    events.push(...reader.write(text.slice(start, cut)));
    start = Math.max(start, cut);
  }
  events.push(...reader.write(text.slice(start)));
  events.push(...reader.end());
  return events;
}

/** What the events say the document is, rebuilt as one value, for comparison with JSON.parse. */
function rebuild(events: readonly FeatureStreamEvent[]): unknown {
  const document: Record<string, unknown> = {};
  let features: unknown[] | null = null;
  for (const event of events) {
    if (event.type === 'error') throw new Error(`unexpected error: ${JSON.stringify(event.error)}`);
    if (event.type === 'member') Object.defineProperty(document, event.key, { value: event.value, enumerable: true, writable: true, configurable: true });
    if (event.type === 'features-start') {
      features = [];
      Object.defineProperty(document, 'features', { value: features, enumerable: true, writable: true, configurable: true });
    }
    if (event.type === 'feature') features!.push(event.value);
  }
  return document;
}

// Strings with every escape JSON has, characters outside the BMP, a quote and a backslash at the
// end of a string, numbers in every form, and a feature with nested brackets inside strings.
const TRICKY = String.raw`{"type" : "FeatureCollection", "name":"a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 ]}[{", "crs":null,
 "features" : [ {"type":"Feature","properties":{"s":"\\","t":"\"","u":"}]","n":-0.5e-3,"m":1E+2,"z":0,"big":123456789012345678901234567890,"arr":[[],{}]},
 "geometry":{"type":"Polygon","coordinates":[[[46.1,40.2],[46.3,40.2],[46.3,40.4],[46.1,40.2]]]}} , 12, -3.5, true, false, null, "text", [1,[2,[3]]], {} ],
 "bbox":[-1e308,5e-324,1.7976931348623157e308,0], "__proto__": {"polluted": true}, "type":"FeatureCollection"}`;

describe('createFeatureStreamReader', () => {
  test('gives every member and feature exactly as JSON.parse does', () => {
    expect(rebuild(read(TRICKY))).toEqual(JSON.parse(TRICKY));
    const features = read(TRICKY).filter((event) => event.type === 'feature');
    expect(features).toHaveLength(9);
  });

  test('gives the same values however the text is cut, even inside strings, escapes and numbers', () => {
    const expected = JSON.parse(TRICKY);
    for (let cut = 0; cut <= TRICKY.length; cut++) {
      expect(rebuild(read(TRICKY, [cut])), `cut at ${cut}`).toEqual(expected);
    }
    // One character at a time: every boundary at once.
    expect(rebuild(read(TRICKY, [...TRICKY].map((_, index) => index)))).toEqual(expected);
  });

  test('keeps "__proto__" as an own member, and the last of duplicate members, like JSON.parse', () => {
    const document = rebuild(read(TRICKY)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(document, '__proto__')).toBe(true);
    expect(Object.keys(document)).toEqual(Object.keys(JSON.parse(TRICKY)));
  });

  test('reads any JSON features cut anywhere as JSON.parse does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue(), { maxLength: 6 }),
        fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.constantFrom(0, 1, 3),
        (features, members, cuts, indent) => {
          const text = JSON.stringify({ ...members, features }, null, indent);
          expect(rebuild(read(text, cuts.map((cut) => cut % (text.length + 1))))).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  test('hands out members in file order, wherever they are, and a features member that is not an array whole', () => {
    const events = read('{"features": {"a": 1}, "crs": {"type": "name"}, "type": "Feature"}');
    expect(events).toEqual([
      { type: 'member', key: 'features', value: { a: 1 } },
      { type: 'member', key: 'crs', value: { type: 'name' } },
      { type: 'member', key: 'type', value: 'Feature' },
      { type: 'end' },
    ]);
  });

  test('reads white space JSON allows around every token, and an empty features array', () => {
    expect(read(' \r\n\t{ "features" : [ \n ] } \n').map((event) => event.type)).toEqual(['features-start', 'features-end', 'end']);
  });

  test('says where a missing comma between features is, with line and column', () => {
    const text = '{"type":"FeatureCollection","features":[\n{"type":"Feature"}\n{"type":"Feature"}]}';
    expect(read(text).at(-1)).toEqual({
      type: 'error',
      error: { reason: "Expected ',' or ']' after array element", offset: 60, line: 3, column: 1, endOfInput: false },
    });
  });

  test('words a problem inside a feature as JSON.parse does, at the same line and column', () => {
    const text = '{"type":"FeatureCollection","features":[\n  {"type":"Feature",\n   "properties": {"a": 1 "b": 2}}]}';
    let expected = '';
    try {
      JSON.parse(text);
    } catch (error) {
      expected = (error as Error).message;
    }
    const event = read(text, [70]).at(-1);
    expect(event).toMatchObject({ type: 'error', error: { reason: "Expected ',' or '}' after property value", line: 3, column: 26, endOfInput: false } });
    const offset = (event as { error: { offset: number } }).error.offset;
    expect(expected).toContain(`position ${offset}`);
    expect(text.split('\n')[2][25]).toBe('"');
  });

  test('says the text ended too early when it is cut inside a feature, a string or after a comma', () => {
    const text = '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"abc"}},{"type":"Feature"}]}';
    for (const length of [45, 80, 87, text.length - 1]) {
      const event = read(text.slice(0, length)).at(-1);
      expect(event, `cut after ${length}`).toMatchObject({ type: 'error', error: { endOfInput: true } });
    }
    expect(read(text.slice(0, 80)).at(-1)).toMatchObject({ error: { reason: 'Unterminated string' } });
  });

  test('reports text after the object, a top level that is not an object, and stops after an error', () => {
    expect(read('{"features":[]} {"features":[]}').at(-1)).toMatchObject({
      type: 'error',
      error: { reason: 'Unexpected non-whitespace character after JSON', offset: 16 },
    });
    expect(read('[{"type":"Feature"}]')).toEqual([
      { type: 'error', error: { reason: "Unexpected token '['", offset: 0, line: 1, column: 1, endOfInput: false } },
    ]);
    const reader = createFeatureStreamReader();
    expect(reader.write('{"a" 1}').at(-1)?.type).toBe('error');
    expect(reader.write('{"features":[1]}')).toEqual([]);
    expect(reader.end()).toEqual([]);
  });
});
