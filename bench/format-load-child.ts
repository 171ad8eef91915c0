// Loads one file in a fresh process and prints JSON figures: loadZones (read, parse, validate)
// from a Node path, and the process's peak resident memory.
import { loadZones } from '../src/index.js';
import { pathSource } from '../src/node.js';

const path = process.argv[2];
const started = performance.now();
const result = await loadZones(pathSource(path));
const loadSeconds = (performance.now() - started) / 1000;

const KIB_PER_MIB = 1024;
process.stdout.write(
  JSON.stringify({
    format: result.format,
    accepted: result.accepted,
    rejected: result.rejected,
    loadSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / KIB_PER_MIB,
  }),
);
