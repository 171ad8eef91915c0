// The summary worker: loads and summarises zones off the main thread. Started by
// createSummaryClient(); speaks only the messages below.
import type { LoadResult, ZoneFeature } from '../index.js';
import { runSummaryRequest } from './run-summary-request.js';
import type { SummaryProgress, SummaryRequest, SummaryResult, ZoneInput } from './run-summary-request.js';

/**
 * A request as posted to the worker: the job, the id its answer carries back, and the key under
 * which the worker keeps the zones it loads or receives. When the worker already keeps a dataset,
 * the client sends `{ held: key }` as the zones instead of cloning them again.
 */
export interface SummaryWorkerRequest {
  id: number;
  request: Omit<SummaryRequest, 'zones'> & { zones: ZoneInput | { held: number } };
  /** Key to keep the zones under for later requests; null: do not keep them. */
  datasetKey?: number | null;
}

/**
 * The worker's messages about one request: progress, the loaded zones in chunks (sent as soon as
 * they are loaded, so the page can take them a piece at a time while the worker measures), then
 * one answer. In an answer, `zones: 'chunks'` means `result.load.zones` is empty and the zones
 * came in the chunks; `zones: 'request'` means they are the request's own zones, not sent back.
 * `notKept` asks the client to send the zones again (the worker no longer keeps that dataset).
 */
export type SummaryWorkerResponse =
  | { id: number; ok: true; result: SummaryResult; zones?: 'chunks' | 'request' }
  | { id: number; ok: false; message: string; notKept?: true }
  | { id: number; progress: SummaryProgress }
  | { id: number; zoneChunk: ZoneFeature[] };

/**
 * Zones per chunk: the page decodes each chunk as one task, and a thousand zones of tens of
 * vertices decode in a few milliseconds, far from the 50 ms of a long task.
 */
const ZONES_PER_CHUNK = 1_000;
/** Datasets kept for later requests: the one on screen and the one replacing it. */
const DATASETS_KEPT = 2;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SummaryWorkerRequest>) => void) | null;
  postMessage(message: SummaryWorkerResponse): void;
};
const kept = new Map<number, LoadResult>();

scope.onmessage = (event) => {
  const { id, request: posted, datasetKey = null } = event.data;
  let zones: ZoneInput;
  if ('held' in posted.zones) {
    const held = kept.get(posted.zones.held);
    if (!held) {
      scope.postMessage({ id, ok: false, message: `summary worker: dataset ${posted.zones.held} is no longer kept; send the zones again`, notKept: true });
      return;
    }
    zones = { loaded: held };
  } else {
    zones = posted.zones;
  }
  const given = 'loaded' in zones;
  runSummaryRequest(
    { ...posted, zones },
    {
      onProgress: (progress) => scope.postMessage({ id, progress }),
      onLoaded: (load) => {
        if (datasetKey !== null) keep(datasetKey, load);
        if (given) return;
        for (let start = 0; start < load.zones.length; start += ZONES_PER_CHUNK) {
          scope.postMessage({ id, zoneChunk: load.zones.slice(start, start + ZONES_PER_CHUNK) });
        }
      },
    },
  ).then(
    (result) => scope.postMessage({ id, ok: true, result: { ...result, load: { ...result.load, zones: [] } }, zones: given ? 'request' : 'chunks' }),
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};

function keep(key: number, load: LoadResult): void {
  kept.delete(key);
  kept.set(key, load);
  for (const old of kept.keys()) if (kept.size > DATASETS_KEPT) kept.delete(old);
}
