// A worker of bench/threads-experiment.ts: measures the zones it is sent and returns numbers.
import { parentPort } from 'node:worker_threads';
import { measureNumbers } from './threads-measure.js';

parentPort!.on('message', ({ zones, regions }) => parentPort!.postMessage(measureNumbers(zones, regions)));
