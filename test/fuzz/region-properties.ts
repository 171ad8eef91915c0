import fc from 'fast-check';
import { loadRegionFile } from '../../src/io/load-regions.js';
import { regionFileError } from '../../src/io/region-file-error.js';
import { resolveRegions } from '../../src/report/resolve-regions.js';
import { checkIssues } from './check-invariants.js';
import { countCase } from './fuzz-runs.js';
import { documentArbitrary, textDamageArbitrary, toDamagedBytes, wildValueArbitrary } from './geojson-arbitraries.js';

// Fuzz properties of region files: run by test/fuzz-loading.test.ts and its full-size twin.

const FILE_NAME = 'fuzz-regions.topojson';

const arcIndexArbitrary = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -4, max: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 0.5, -0) },
  { weight: 1, arbitrary: wildValueArbitrary },
);
const nested = (depth: number): fc.Arbitrary<unknown> =>
  depth === 0 ? arcIndexArbitrary : fc.oneof({ weight: 4, arbitrary: fc.array(nested(depth - 1), { maxLength: 3 }) }, { weight: 1, arbitrary: wildValueArbitrary });

const { geometry: geometryArbitrary } = fc.letrec<{ geometry: unknown }>((tie) => ({
  geometry: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: fc.record({ type: fc.constantFrom('Polygon', 'MultiPolygon', 'LineString', 'MultiLineString', 'Point', 'Nonsense'), arcs: nested(3), properties: fc.option(fc.record({ name: fc.string({ maxLength: 5 }), shapeID: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()) }), { nil: undefined }), id: fc.option(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { nil: undefined }) }, { requiredKeys: ['type'] }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.oneof(fc.array(tie('geometry'), { maxLength: 3 }), wildValueArbitrary) }) },
    { weight: 1, arbitrary: wildValueArbitrary },
  ),
}));

// A square arc and a line arc, so that sound geometries also occur.
const GOOD_ARCS = [
  [[46.5, 40], [46.51, 40], [46.51, 40.01], [46.5, 40.01], [46.5, 40]],
  [[46.6, 40], [46.61, 40]],
];

/** TopoJSON that is right, nearly right, or wrong where topojson-client trusts it. */
const topologyArbitrary: fc.Arbitrary<unknown> = fc.record(
  {
    type: fc.constant('Topology'),
    objects: fc.oneof({ weight: 4, arbitrary: fc.dictionary(fc.string({ maxLength: 3 }), geometryArbitrary, { maxKeys: 3 }) }, { weight: 1, arbitrary: wildValueArbitrary }),
    arcs: fc.oneof(
      { weight: 3, arbitrary: fc.constant(GOOD_ARCS) },
      { weight: 1, arbitrary: fc.array(fc.oneof(fc.array(fc.oneof(fc.tuple(fc.integer(), fc.integer()), wildValueArbitrary), { maxLength: 5 }), wildValueArbitrary), { maxLength: 4 }) },
      { weight: 1, arbitrary: wildValueArbitrary },
    ),
    transform: fc.oneof(fc.constant(undefined), fc.record({ scale: fc.constant([1, 1]), translate: fc.constant([0, 0]) }), wildValueArbitrary),
  },
  { requiredKeys: ['type', 'objects', 'arcs'] },
);

/**
 * loadRegionFile on any bytes — damaged GeoJSON or damaged TopoJSON — resolves with coded issues
 * naming the file and only Polygon/MultiPolygon regions; resolveRegions on the result either gives
 * rows or throws a plain Error with a sentence (never a TypeError or RangeError).
 *
 * @example
 * fc.assert(regionLoadingNeverThrowsProperty(), { numRuns: 1000 });
 */
export function regionLoadingNeverThrowsProperty(): fc.IAsyncPropertyWithHooks<[unknown, { kind: string }]> {
  return fc.asyncProperty(fc.oneof(topologyArbitrary, documentArbitrary), textDamageArbitrary, async (document, damage) => {
    countCase('loadRegionFile on damaged GeoJSON and TopoJSON');
    const bytes = toDamagedBytes(document, damage as Parameters<typeof toDamagedBytes>[1], 0);
    const result = await loadRegionFile(bytes, { fileName: FILE_NAME });
    checkIssues(result.issues, FILE_NAME, null);
    for (const region of result.regions) {
      const type = region.geometry?.type;
      if (type !== 'Polygon' && type !== 'MultiPolygon') throw new Error(`a region of type ${String(type)} was accepted`);
    }
    const error = regionFileError(result);
    try {
      const { regions } = resolveRegions(result);
      if (error !== null) throw new Error(`resolveRegions accepted a file with errors: ${error}`);
      if (regions.some((region) => typeof region.label !== 'string' || region.label === '')) throw new Error('a row without a label');
    } catch (thrown) {
      if ((thrown as Error).constructor !== Error) throw thrown;
    }
  });
}
