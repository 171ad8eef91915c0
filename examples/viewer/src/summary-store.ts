import type { OutcomeGeometries, Summary } from 'cleared-land';
import { createSummaryClient, regionsOf, type SummaryClient, type SummaryProgress, type SummaryRequest } from 'cleared-land/map';
import { regionInput, regionsName, type Dataset, type DatasetSources } from './dataset.js';
import type { ProgressPoint } from './progress-chart.js';

/** A Monday-to-Sunday week of the record. */
export interface RecordWeek {
  /** Monday, YYYY-MM-DD. */
  start: string;
  /** Sunday, YYYY-MM-DD. */
  end: string;
}

const DAY_MS = 86_400_000;
const WEEK_DAYS = 7;

/**
 * Every figure and geometry the viewer needs for one dataset, each computed once: the whole record
 * (weeks, issues), any period asked for (cached, so playing the weeks a second time is instant) and
 * the cumulative progress per week, off the main thread in the map module's summary worker; and
 * the dissolved outcomes of a period for the exports. Figures come
 * from `summarize()` only, never from sums of weekly figures, because releases of different weeks
 * can overlap (re-surveys) and must count once.
 *
 * Two workers: one answers the period on screen (a newer period cancels an older one still
 * running), the other works through the progress chart without being cancelled by playback.
 *
 * @example
 * const store = await SummaryStore.create(dataset);
 * const summary = await store.period('2024-03-04', '2024-03-10');
 * store.dispose();
 */
export class SummaryStore {
  /** The dataset summarised. */
  readonly dataset: Dataset;
  /** The whole record, with district figures. */
  readonly whole: Summary;
  /** The zones as the map draws them, GeoJSON bytes made in the worker (see `ZoneMap.setDataset`); null when not made. */
  readonly drawnZones: Uint8Array<ArrayBuffer> | null;
  /** Every week from the first to the last dated release, with no gaps. */
  readonly weeks: readonly RecordWeek[];
  private readonly periodClient: SummaryClient;
  private readonly progressClient: SummaryClient;
  private readonly cache = new Map<string, Promise<Summary>>();
  private readonly outcomeCache = new Map<string, Promise<OutcomeGeometries>>();
  private progressPoints: Promise<ProgressPoint[]> | null = null;

  private constructor(
    dataset: Dataset,
    whole: Summary,
    periodClient: SummaryClient,
    progressClient: SummaryClient,
    drawnZones: Uint8Array<ArrayBuffer> | null = null,
  ) {
    this.dataset = dataset;
    this.drawnZones = drawnZones;
    this.whole = whole;
    this.periodClient = periodClient;
    this.progressClient = progressClient;
    this.cache.set(periodKey(null, null), Promise.resolve(whole));
    this.weeks = contiguousWeeks(whole);
  }

  /**
   * Reads a dataset and summarises its whole record, all in the worker: the page gets the files
   * as URLs or File handles, never parses them, and receives the zones in small chunks, so it
   * stays responsive (and shows `onProgress`) while a large file is read and measured. Rejects
   * with an `AbortError` when `signal` aborts, with the loader's message when a file is unreadable.
   *
   * @example
   * const store = await SummaryStore.open({ zones: { blob: file, fileName: file.name }, regions: null, isSample: false }, null, { onProgress, signal });
   * show(store.dataset, store.whole);
   */
  static async open(
    sources: DatasetSources,
    previous: Dataset | null,
    options: { onProgress: (progress: SummaryProgress) => void; signal: AbortSignal },
  ): Promise<SummaryStore> {
    const periodClient = createSummaryClient();
    const progressClient = createSummaryClient();
    const dispose = () => {
      periodClient.dispose();
      progressClient.dispose();
    };
    options.signal.addEventListener('abort', dispose);
    try {
      const { load, regions, regionLoad, summary, drawnZones } = await periodClient.run(
        { zones: sources.zones, regions: regionInput(sources, previous), summarize: { from: null, to: null }, drawn: true },
        { onProgress: options.onProgress },
      );
      const dataset: Dataset = { zones: load, regions, regionLoad, regionsName: regionsName(sources, previous), isSample: sources.isSample };
      return new SummaryStore(dataset, summary, periodClient, progressClient, drawnZones ?? null);
    } catch (error) {
      dispose();
      throw error;
    } finally {
      options.signal.removeEventListener('abort', dispose);
    }
  }

  /**
   * Summarises the whole record of a dataset already loaded and returns a store ready for periods;
   * `drawnZones` are the zones' map data when an earlier store made them (same zones, new districts).
   */
  static async create(dataset: Dataset, drawnZones: Uint8Array<ArrayBuffer> | null = null): Promise<SummaryStore> {
    const periodClient = createSummaryClient();
    const progressClient = createSummaryClient();
    try {
      const { summary } = await periodClient.run(request(dataset, null, null, { withRegions: true }));
      return new SummaryStore(dataset, summary, periodClient, progressClient, drawnZones);
    } catch (error) {
      periodClient.dispose();
      progressClient.dispose();
      throw error;
    }
  }

  /**
   * The summary of releases completed in [from, to], with district figures. Rejects with an
   * `AbortError` when a newer period is asked for before this one is ready.
   */
  period(from: string | null, to: string | null): Promise<Summary> {
    const key = periodKey(from, to);
    let summary = this.cache.get(key);
    if (!summary) {
      summary = this.periodClient.run(request(this.dataset, from, to, { withRegions: true })).then((result) => result.summary);
      // A cancelled or failed period must be computed again when asked for again.
      summary.catch(() => this.cache.delete(key));
      this.cache.set(key, summary);
    }
    return summary;
  }

  /** Land released from the start of the record to the end of each week, computed once. */
  progress(): Promise<ProgressPoint[]> {
    this.progressPoints ??= (async () => {
      const points: ProgressPoint[] = [];
      for (const week of this.weeks) {
        // Totals only: without districts each summary skips the clipping to every district.
        const { summary } = await this.progressClient.run(request(this.dataset, null, week.end, { withRegions: false }));
        const { totals } = summary;
        points.push({
          weekStart: week.start,
          weekEnd: week.end,
          clearedHa: totals.clearedHa,
          reducedHa: totals.reducedHa,
          cancelledHa: totals.cancelledHa,
          releasedHa: totals.releasedHa,
        });
      }
      return points;
    })();
    return this.progressPoints;
  }

  /**
   * The dissolved land of each outcome in [from, to] (released, remaining hazard, …), for the
   * GeoJSON exports. Computed on the main thread, after a yield so the button can show it is busy.
   */
  outcomes(from: string | null, to: string | null): Promise<OutcomeGeometries> {
    const key = periodKey(from, to);
    let outcomes = this.outcomeCache.get(key);
    if (!outcomes) {
      // The overlay engine loads with the first export, not with the page.
      outcomes = Promise.all([import('./on-request.js'), new Promise<void>((resolve) => setTimeout(resolve, 0))]).then(([{ dissolveOutcomes }]) =>
        dissolveOutcomes(this.dataset.zones.zones, { from, to }),
      );
      outcomes.catch(() => this.outcomeCache.delete(key));
      this.outcomeCache.set(key, outcomes);
    }
    return outcomes;
  }

  /** Stops both workers; pending promises reject. */
  dispose(): void {
    this.periodClient.dispose();
    this.progressClient.dispose();
  }
}

function request(
  dataset: Dataset,
  from: string | null,
  to: string | null,
  options: { withRegions: boolean },
): SummaryRequest {
  return {
    zones: { loaded: dataset.zones },
    regions: options.withRegions ? regionsOf(dataset) : null,
    summarize: { from, to },
  };
}

function periodKey(from: string | null, to: string | null): string {
  return `${from ?? ''}/${to ?? ''}`;
}

function contiguousWeeks(summary: Summary): RecordWeek[] {
  const first = summary.weeks[0];
  const last = summary.weeks[summary.weeks.length - 1];
  if (!first || !last) return [];
  const weeks: RecordWeek[] = [];
  for (let start = Date.parse(first.weekStart); start <= Date.parse(last.weekStart); start += WEEK_DAYS * DAY_MS) {
    weeks.push({ start: isoDate(start), end: isoDate(start + (WEEK_DAYS - 1) * DAY_MS) });
  }
  return weeks;
}

function isoDate(timeMs: number): string {
  return new Date(timeMs).toISOString().slice(0, 10);
}
