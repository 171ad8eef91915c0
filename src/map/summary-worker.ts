// The summary worker: loads and summarises zones off the main thread. Started by
// createSummaryClient(); speaks only the messages below.
import type { LoadResult, ZoneFeature } from '../index.js';
import { runSummaryRequest } from './run-summary-request.js';
import type { ZoneInput } from './run-summary-request.js';
import { ISSUES_PER_CHUNK, ZONES_PER_CHUNK, type SummaryWorkerRequest, type SummaryWorkerResponse } from './summary-messages.js';

/** Datasets kept for later requests: the one on screen and the one replacing it. */
const DATASETS_KEPT = 2;

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<SummaryWorkerRequest>) => void) | null;
  postMessage(message: SummaryWorkerResponse, transfer?: Transferable[]): void;
};
const kept = new Map<number, LoadResult>();
// Zones uploaded a chunk at a time, for the request that follows them.
let uploading: { id: number; zones: ZoneFeature[] } | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if ('zoneChunk' in message) {
    if (uploading?.id !== message.id) uploading = { id: message.id, zones: [] };
    for (const zone of message.zoneChunk) uploading.zones.push(zone);
    return;
  }
  const { id, request: posted, datasetKey = null } = message;
  let zones: ZoneInput;
  if ('uploaded' in posted.zones) {
    zones = { loaded: { ...posted.zones.uploaded, zones: uploading?.id === id ? uploading.zones : [] } };
    uploading = null;
  } else if ('held' in posted.zones) {
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
    (result) => {
      const { issues } = result.summary;
      for (let start = 0; start < issues.length; start += ISSUES_PER_CHUNK) {
        scope.postMessage({ id, issueChunk: issues.slice(start, start + ISSUES_PER_CHUNK) });
      }
      scope.postMessage(
        {
          id,
          ok: true,
          result: { ...result, load: { ...result.load, zones: [] }, summary: { ...result.summary, issues: [] } },
          zones: given ? 'request' : 'chunks',
          issues: 'chunks',
        },
        // The drawn zones are moved to the page, not copied.
        result.drawnZones ? [result.drawnZones.buffer] : [],
      );
    },
    (error: unknown) => scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};

function keep(key: number, load: LoadResult): void {
  kept.delete(key);
  kept.set(key, load);
  for (const old of kept.keys()) if (kept.size > DATASETS_KEPT) kept.delete(old);
}
