// The messages between createSummaryClient() and the summary worker (summary-worker.ts), apart
// from the worker itself so that the page can use them without running the worker's code.
import type { LoadResult, ValidationIssue, ZoneFeature } from '../index.js';
import type { SummaryProgress, SummaryRequest, SummaryResult, ZoneInput } from './run-summary-request.js';

/**
 * A request as posted to the worker: the job, the id its answer carries back, and the key under
 * which the worker keeps the zones it loads or receives. When the worker already keeps a dataset,
 * the client sends `{ held: key }` as the zones instead of cloning them again.
 */
export type SummaryWorkerRequest =
  | {
      id: number;
      request: Omit<SummaryRequest, 'zones'> & { zones: ZoneInput | { held: number } | { uploaded: Omit<LoadResult, 'zones'> } };
      /** Key to keep the zones under for later requests; null: do not keep them. */
      datasetKey?: number | null;
    }
  /** A piece of the zones of the request with this id, which follows with `{ uploaded }` as its zones. */
  | { id: number; zoneChunk: ZoneFeature[] };

/**
 * The worker's messages about one request: progress, the loaded zones in chunks (sent as soon as
 * they are loaded, so the page can take them a piece at a time while the worker measures), then
 * one answer. In an answer, `zones: 'chunks'` means `result.load.zones` is empty and the zones
 * came in the chunks; `zones: 'request'` means they are the request's own zones, not sent back.
 * `issues: 'chunks'` means the summary's issues (tens of thousands in a national file) came in
 * chunks too, just before the answer. `notKept` asks the client to send the zones again (the
 * worker no longer keeps that dataset).
 */
export type SummaryWorkerResponse =
  | { id: number; ok: true; result: SummaryResult; zones?: 'chunks' | 'request'; issues?: 'chunks' }
  | { id: number; ok: false; message: string; notKept?: true }
  | { id: number; progress: SummaryProgress }
  | { id: number; zoneChunk: ZoneFeature[] }
  | { id: number; issueChunk: ValidationIssue[] };

/**
 * Zones per chunk: the page encodes or decodes each chunk as one task, and a few hundred zones of
 * tens of vertices take a few milliseconds, far from the 50 ms of a long task.
 */
export const ZONES_PER_CHUNK = 250;

/** Issues per chunk of a summary's issues: each is a sentence or two, so a few hundred decode in a few milliseconds. */
export const ISSUES_PER_CHUNK = 250;
