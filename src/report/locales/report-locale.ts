import type { ItemCounts } from '../../zones/zone.js';
import type { SupportedLocale } from './supported-locales.js';

/**
 * What a weekly report sentence says, worked out once by `formatText` and written by each
 * language in its own grammar. Areas are in hectares; a zero area or count is left out.
 */
export interface ReportFacts {
  /** Inclusive ISO dates (YYYY-MM-DD); null ends are open. Already checked: from ≤ to. */
  period: { from: string | null; to: string | null };
  items: ItemCounts;
  clearedHa: number;
  reducedHa: number;
  cancelledHa: number;
  remainingHazardHa: number;
  /** Where the cleared land lies. */
  clearedIn: {
    /** Districts named in the sentence, largest cleared area first, as plain one-line text. */
    names: string[];
    /** Districts with cleared land left unnamed because of `regionsLimit`. */
    otherCount: number;
    /** True when some cleared land lies outside every region polygon. */
    outside: boolean;
  };
}

/** Column headings of the Markdown table, in the order the table shows them. */
export interface TableHeadings {
  name: string;
  clearedHa: string;
  reducedHa: string;
  cancelledHa: string;
  releasedHa: string;
  hazardHa: string;
  remainingHazardHa: string;
  apMines: string;
  atMines: string;
  uxo: string;
  otherItems: string;
  itemsPerClearedHa: string;
}

/** Everything a language provides to the report formats. */
export interface ReportLocale {
  locale: SupportedLocale;
  tableHeadings: TableHeadings;
  /** Label of the totals row. */
  totalLabel: string;
  /** Label of the row of land outside every region polygon. */
  outsideRegionsLabel: string;
  /** The weekly report: one paragraph of sentences, without a trailing newline. */
  writeReport(facts: ReportFacts): string;
}
