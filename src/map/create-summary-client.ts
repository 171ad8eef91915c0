import type { LoadResult, ValidationIssue, ZoneFeature } from '../index.js';
import { createSummaryWorker } from './create-summary-worker.js';
import type { SummaryProgress, SummaryRequest, SummaryResult } from './run-summary-request.js';
import { ZONES_PER_CHUNK, type SummaryWorkerRequest, type SummaryWorkerResponse } from './summary-messages.js';

/** Options of {@link createSummaryClient}. */
export interface SummaryClientOptions {
  /** Starts a summary worker; null always runs on the main thread. */
  createWorker: (() => Worker) | null;
}

/** Defaults of {@link SummaryClientOptions}. */
export const defaultSummaryClientOptions: SummaryClientOptions = {
  // The worker shipped with cleared-land (see createSummaryWorker for how bundlers find it).
  createWorker: createSummaryWorker,
};

/** Options of one {@link SummaryClient.run}. */
export interface SummaryRunOptions {
  /** Told when loading starts and after each batch of zones measured, for a progress line. */
  onProgress?: ((progress: SummaryProgress) => void) | null;
}

/** Loads and summarises off the main thread; see {@link createSummaryClient}. */
export interface SummaryClient {
  /**
   * Runs a request (relative URLs are resolved against the page). A newer call cancels this one: its promise rejects with a DOMException named
   * `AbortError` and its result, if it still arrives, is dropped, never delivered.
   */
  run(request: SummaryRequest, options?: SummaryRunOptions): Promise<SummaryResult>;
  /** Where requests run now: in the worker, or on the main thread once the worker failed to start. */
  getMode(): 'worker' | 'main-thread';
  /** Cancels the running request and stops the worker. */
  dispose(): void;
}

interface Pending {
  id: number;
  request: SummaryRequest;
  onProgress: ((progress: SummaryProgress) => void) | null;
  resolve: (result: SummaryResult) => void;
  reject: (error: unknown) => void;
  /** Aborts a main-thread run's downloads. */
  abort: AbortController | null;
  /** The loaded zones as the worker sends them, a chunk at a time. */
  chunks: ZoneFeature[];
  /** The summary's issues as the worker sends them, a chunk at a time. */
  issues: ValidationIssue[];
  /** Key under which the worker keeps this request's zones. */
  datasetKey: number | null;
}

/**
 * A client that runs `loadZones` + `summarize` in a Web Worker, so a large file or a long dissolve
 * never freezes the map, and falls back to the main thread when workers are unavailable (no
 * `Worker`, or the worker fails to start, e.g. when a Content-Security-Policy forbids it).
 *
 * Cancelling: a new request supersedes the running one. A busy worker is terminated (a dissolve
 * cannot be interrupted any other way) and a fresh one starts for the new request; every answer
 * carries its request id, and answers for older ids are ignored.
 *
 * Nothing large is copied in one piece on the main thread, where a copy of 20,000 zones would
 * block the page for a quarter of a second: files go to the worker as URLs or File handles, the
 * loaded zones and the findings come back in chunks, and a worker keeps the zones it loaded or was
 * given, so later requests for the same `LoadResult` (another period) send only its key.
 *
 * @example
 * const client = createSummaryClient();
 * const { load, summary } = await client.run({ zones: { url: 'zones.geojson' }, regions: { url: 'districts.geojson' } });
 */
export function createSummaryClient(options: Partial<SummaryClientOptions> = {}): SummaryClient {
  const { createWorker } = { ...defaultSummaryClientOptions, ...options };
  let worker: Worker | null = null;
  // Without `Worker` (Node, old browsers) the default factory throws, which also means main thread.
  let workerFailed = createWorker === null;
  let pending: Pending | null = null;
  let nextId = 1;
  let disposed = false;
  // Keys of loaded zones, and which of them the running worker keeps.
  const datasetKeys = new WeakMap<LoadResult, number>();
  let nextDatasetKey = 1;
  let keptByWorker = new Set<number>();

  function startWorker(): Worker | null {
    if (workerFailed || !createWorker) return null;
    if (worker) return worker;
    try {
      worker = createWorker();
    } catch {
      // A CSP violation or a missing worker file can throw here (or fire `error` later).
      workerFailed = true;
      return null;
    }
    keptByWorker = new Set();
    worker.addEventListener('message', (event: MessageEvent<SummaryWorkerResponse>) => {
      const answer = event.data;
      const job = pending;
      if (!job || answer.id !== job.id) return;
      if ('progress' in answer) {
        job.onProgress?.(answer.progress);
        return;
      }
      if ('zoneChunk' in answer) {
        for (const zone of answer.zoneChunk) job.chunks.push(zone);
        return;
      }
      if ('issueChunk' in answer) {
        for (const issue of answer.issueChunk) job.issues.push(issue);
        return;
      }
      if (!answer.ok && answer.notKept && job.datasetKey !== null) {
        // The worker let go of these zones: send them whole, once more.
        keptByWorker.delete(job.datasetKey);
        void post(job);
        return;
      }
      pending = null;
      if (!answer.ok) {
        job.reject(new Error(answer.message));
        return;
      }
      job.resolve(assembled(job, answer.result, answer.zones, answer.issues));
    });
    const fail = () => {
      // The worker could not start or crashed: finish the job here, and stay here from now on.
      workerFailed = true;
      worker?.terminate();
      worker = null;
      if (pending) runOnMainThread(pending);
    };
    worker.addEventListener('error', fail);
    worker.addEventListener('messageerror', fail);
    return worker;
  }

  /**
   * Posts a job to the running worker: only the key of zones it already keeps; many zones in
   * chunks, one task each, so the page never blocks on one big copy; else the request as it is.
   */
  async function post(job: Pending) {
    const target = worker!;
    const zones = job.request.zones;
    let key: number;
    if ('loaded' in zones) {
      key = datasetKeys.get(zones.loaded) ?? nextDatasetKey++;
      datasetKeys.set(zones.loaded, key);
    } else {
      key = nextDatasetKey++;
    }
    job.datasetKey = key;
    let request: SummaryWorkerRequest & { request: unknown };
    if (keptByWorker.has(key)) {
      request = { id: job.id, request: { ...job.request, zones: { held: key } }, datasetKey: key };
    } else if ('loaded' in zones && zones.loaded.zones.length > ZONES_PER_CHUNK) {
      const { zones: features, ...uploaded } = zones.loaded;
      for (let start = 0; start < features.length; start += ZONES_PER_CHUNK) {
        target.postMessage({ id: job.id, zoneChunk: features.slice(start, start + ZONES_PER_CHUNK) } satisfies SummaryWorkerRequest);
        await nextTask();
        // Superseded or failed while uploading: the next job posts its own.
        if (pending !== job || worker !== target) return;
      }
      request = { id: job.id, request: { ...job.request, zones: { uploaded } }, datasetKey: key };
    } else {
      request = { id: job.id, request: job.request, datasetKey: key };
    }
    target.postMessage(request);
    keptByWorker.add(key);
  }

  /** The result as the caller expects it: the zones put back from the chunks or the request. */
  function assembled(job: Pending, result: SummaryResult, zones: 'chunks' | 'request' | undefined, issues: 'chunks' | undefined): SummaryResult {
    const requested = job.request.zones;
    let load = result.load;
    if (zones === 'request' && 'loaded' in requested) load = requested.loaded;
    else if (zones === 'chunks') load = { ...result.load, zones: job.chunks };
    if (job.datasetKey !== null) datasetKeys.set(load, job.datasetKey);
    return { ...result, load, summary: issues === 'chunks' ? { ...result.summary, issues: job.issues } : result.summary };
  }

  function runOnMainThread(job: Pending) {
    job.abort = new AbortController();
    const signal = job.abort.signal;
    // The loaders, the overlay engine and GeographicLib load only when there is no worker: a page
    // with one never evaluates them.
    import('./run-summary-request.js').then(({ runSummaryRequest }) => runSummaryRequest(job.request, { signal, onProgress: job.onProgress })).then(
      (result) => {
        if (pending !== job) return;
        pending = null;
        job.resolve(result);
      },
      (error: unknown) => {
        if (pending !== job) return;
        pending = null;
        job.reject(error);
      },
    );
  }

  function cancelPending() {
    if (!pending) return;
    const superseded = pending;
    pending = null;
    superseded.abort?.abort();
    if (worker && !workerFailed) {
      worker.terminate();
      worker = null;
    }
    superseded.reject(new DOMException('superseded by a newer request', 'AbortError'));
  }

  return {
    run(request, options = {}) {
      if (disposed) return Promise.reject(new Error('SummaryClient: run() was called after dispose(); create a new client'));
      cancelPending();
      return new Promise<SummaryResult>((resolve, reject) => {
        const job: Pending = {
          id: nextId++,
          request: withAbsoluteUrls(request),
          onProgress: options.onProgress ?? null,
          resolve,
          reject,
          abort: null,
          chunks: [],
          issues: [],
          datasetKey: null,
        };
        pending = job;
        if (startWorker()) void post(job);
        else runOnMainThread(job);
      });
    },
    getMode() {
      return workerFailed ? 'main-thread' : 'worker';
    },
    dispose() {
      disposed = true;
      cancelPending();
      worker?.terminate();
      worker = null;
    },
  };
}

/** Resolves in a later task, so the page can draw and handle input between chunks. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A worker started from a blob: URL has no page to resolve "zones.geojson" against, so relative
 * URLs are made absolute here, against the page's base URL, before the request leaves the page.
 */
function withAbsoluteUrls(request: SummaryRequest): SummaryRequest {
  const base = typeof document === 'undefined' ? null : document.baseURI;
  if (!base) return request;
  const absolute = <T extends object>(input: T): T =>
    'url' in input && typeof input.url === 'string' ? { ...input, url: new URL(input.url, base).href } : input;
  return { ...request, zones: absolute(request.zones), regions: request.regions ? absolute(request.regions) : null };
}
