// Loads one file in a fresh process and prints JSON figures: the JSON.parse baseline, then
// loadZones (read + parse + validate), and the process's peak resident memory.
import { readFileSync } from 'node:fs';
import { loadZones } from '../src/index.js';
import { pathSource } from '../src/node.js';

const path = process.argv[2];
const parseStarted = performance.now();
const parsedFeatureCount = (JSON.parse(readFileSync(path, 'utf8')) as { features: unknown[] }).features.length;
const parseSeconds = (performance.now() - parseStarted) / 1000;

const loadStarted = performance.now();
const result = await loadZones(pathSource(path));
const loadSeconds = (performance.now() - loadStarted) / 1000;

const KIB_PER_MIB = 1024;
process.stdout.write(
  JSON.stringify({
    features: parsedFeatureCount,
    accepted: result.accepted,
    rejected: result.rejected,
    parseSeconds,
    loadSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / KIB_PER_MIB,
  }),
);
