// Writes a seeded FeatureCollection of `count` zones to `path`, as a GIS export would hold them:
// plain properties, no cleared-land bookkeeping; with a third argument, also the 15 districts of
// the same data as a FeatureCollection. Run in its own process so that the benchmarks' peak
// memory does not include the generator's.
// Usage: tsx bench/write-zones-file.ts <count> <zones.geojson> [districts.geojson]
import { writeFileSync } from 'node:fs';
import { benchDensity } from './bench-density.js';
import { generateZones } from './generate-zones.js';

const [countText, path, districtsPath] = process.argv.slice(2);
const { zones, regions } = generateZones(Number(countText), { density: benchDensity() });
const features = zones.map(({ geometry, properties }) => {
  const { featureIndex, source, ...exported } = properties;
  return { type: 'Feature', properties: exported, geometry };
});
writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
if (districtsPath) writeFileSync(districtsPath, JSON.stringify({ type: 'FeatureCollection', features: regions }));
