import { createSummaryWorker } from './create-summary-worker.js';
import { runSummaryRequest } from './run-summary-request.js';
import type { SummaryRequest, SummaryResult } from './run-summary-request.js';
import type { SummaryWorkerRequest, SummaryWorkerResponse } from './summary-worker.js';

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

/** Loads and summarises off the main thread; see {@link createSummaryClient}. */
export interface SummaryClient {
  /**
   * Runs a request (relative URLs are resolved against the page). A newer call cancels this one: its promise rejects with a DOMException named
   * `AbortError` and its result, if it still arrives, is dropped, never delivered.
   */
  run(request: SummaryRequest): Promise<SummaryResult>;
  /** Where requests run now: in the worker, or on the main thread once the worker failed to start. */
  getMode(): 'worker' | 'main-thread';
  /** Cancels the running request and stops the worker. */
  dispose(): void;
}

interface Pending {
  id: number;
  request: SummaryRequest;
  resolve: (result: SummaryResult) => void;
  reject: (error: unknown) => void;
  /** Aborts a main-thread run's downloads. */
  abort: AbortController | null;
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
    worker.addEventListener('message', (event: MessageEvent<SummaryWorkerResponse>) => {
      const answer = event.data;
      if (!pending || answer.id !== pending.id) return;
      const settled = pending;
      pending = null;
      if (answer.ok) settled.resolve(answer.result);
      else settled.reject(new Error(answer.message));
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

  function runOnMainThread(job: Pending) {
    job.abort = new AbortController();
    runSummaryRequest(job.request, job.abort.signal).then(
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
    run(request) {
      if (disposed) return Promise.reject(new Error('SummaryClient: run() was called after dispose(); create a new client'));
      cancelPending();
      return new Promise<SummaryResult>((resolve, reject) => {
        const job: Pending = { id: nextId++, request: withAbsoluteUrls(request), resolve, reject, abort: null };
        pending = job;
        const running = startWorker();
        if (running) running.postMessage({ id: job.id, request: job.request } satisfies SummaryWorkerRequest);
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
