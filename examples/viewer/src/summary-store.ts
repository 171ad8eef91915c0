import { summarize, type Summary } from 'cleared-land';
import type { Dataset } from './dataset.js';
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
 * Every summary the viewer needs for one dataset, each computed once: the whole record (weeks,
 * issues), any period asked for (cached, so playing the weeks twice is instant), and the
 * cumulative progress per week. Figures come from `summarize()` only, never from sums of weekly
 * figures, because releases of different weeks can overlap (re-surveys) and must count once.
 *
 * @example
 * const store = new SummaryStore(dataset);
 * const summary = await store.period('2024-03-04', '2024-03-10');
 */
export class SummaryStore {
  /** The whole record, with district figures. */
  readonly whole: Summary;
  /** Every week from the first to the last dated release, with no gaps. */
  readonly weeks: readonly RecordWeek[];
  private readonly dataset: Dataset;
  private readonly cache = new Map<string, Promise<Summary>>();
  private progressPoints: Promise<ProgressPoint[]> | null = null;

  constructor(dataset: Dataset) {
    this.dataset = dataset;
    this.whole = summarize(dataset.zones, this.regionOptions());
    this.cache.set(periodKey(null, null), Promise.resolve(this.whole));
    this.weeks = contiguousWeeks(this.whole);
  }

  /** The summary of releases completed in [from, to], with district figures. */
  period(from: string | null, to: string | null): Promise<Summary> {
    const key = periodKey(from, to);
    let summary = this.cache.get(key);
    if (!summary) {
      // Yield first, so the screen can say it is working before the main thread is busy.
      summary = nextTask().then(() =>
        summarize(this.dataset.zones, { ...this.regionOptions(), ...(from ? { from } : {}), ...(to ? { to } : {}) }),
      );
      this.cache.set(key, summary);
    }
    return summary;
  }

  /** Land released from the start of the record to the end of each week, computed once, week by week. */
  progress(): Promise<ProgressPoint[]> {
    this.progressPoints ??= (async () => {
      const points: ProgressPoint[] = [];
      for (const week of this.weeks) {
        await nextTask();
        // Totals only: without districts each summary skips the clipping to every district.
        const { totals } = summarize(this.dataset.zones, { to: week.end });
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

  private regionOptions(): { regions?: Dataset['regions'] & object } {
    return this.dataset.regions ? { regions: this.dataset.regions } : {};
  }
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

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
