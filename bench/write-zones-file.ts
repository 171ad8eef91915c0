// Writes a seeded FeatureCollection of `count` zones to `path`, as a GIS export would hold them:
// plain properties, no cleared-land bookkeeping. Run in its own process so that the loading
// benchmark's peak memory does not include the generator's.
import { writeFileSync } from 'node:fs';
import { benchDensity } from './bench-density.js';
import { generateZones } from './generate-zones.js';

const [countText, path] = process.argv.slice(2);
const { zones } = generateZones(Number(countText), { density: benchDensity() });
const features = zones.map(({ geometry, properties }) => {
  const { featureIndex, source, ...exported } = properties;
  return { type: 'Feature', properties: exported, geometry };
});
writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }));
