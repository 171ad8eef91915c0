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

/** The words of the printed report page (`formatHtml`) besides the table headings. */
export interface PageWords {
  /** The page's title. */
  title: string;
  /** Shown instead of a period when the summary has none. */
  wholeRecord: string;
  /** Labels of the figures shown large at the top. */
  released: string;
  cleared: string;
  reduced: string;
  cancelled: string;
  remainingHazard: string;
  items: string;
  /** Unit after the hectare figures. */
  hectares: string;
  /** Legend entries of the map. */
  legendHazard: string;
  legendReleased: string;
  legendRegions: string;
  /** The map's caption, before the attribution. */
  mapCaption: string;
  /** Heading of the table. */
  byRegion: string;
  /** Before the features line: "Features: N accepted, N rejected". */
  accepted: string;
  rejected: string;
  /** Label of the print button (hidden when printed). */
  print: string;
}

/** Everything a language provides to the report formats. */
export interface ReportLocale {
  locale: SupportedLocale;
  tableHeadings: TableHeadings;
  /** Label of the totals row. */
  totalLabel: string;
  /** Label of the row of land outside every region polygon. */
  outsideRegionsLabel: string;
  /** The words of the printed report page. */
  pageWords: PageWords;
  /** The weekly report: one paragraph of sentences, without a trailing newline. */
  writeReport(facts: ReportFacts): string;
}
