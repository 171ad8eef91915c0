import type { AreaFigures, Summary } from 'cleared-land';
import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';
import type { NumberFormats } from './number-formats.js';

/** A column of the district table: a label and how to read and show its value. */
interface Column {
  key: SortKey;
  label: (messages: Messages) => string;
  value: (row: TableRow) => number | string;
  show: (row: TableRow, formats: NumberFormats, messages: Messages) => string;
  numeric: boolean;
}

/** The columns the table can be sorted by. */
export type SortKey =
  | 'name'
  | 'clearedHa'
  | 'reducedHa'
  | 'cancelledHa'
  | 'releasedHa'
  | 'remainingHazardHa'
  | 'items'
  | 'itemsPerClearedHa';

/** How the table is sorted. */
export interface TableSort {
  key: SortKey;
  descending: boolean;
}

interface TableRow {
  name: string;
  figures: AreaFigures;
  /** The district's name as the map knows it; null for a row the map cannot zoom to ("outside districts"). */
  mapName: string | null;
}

const COLUMNS: Column[] = [
  { key: 'name', label: (m) => m.district, value: (row) => row.name, show: (row) => row.name, numeric: false },
  hectareColumn('clearedHa', (m) => m.cleared),
  hectareColumn('reducedHa', (m) => m.reduced),
  hectareColumn('cancelledHa', (m) => m.cancelled),
  hectareColumn('releasedHa', (m) => m.released),
  hectareColumn('remainingHazardHa', (m) => m.remainingHazard),
  {
    key: 'items',
    label: (m) => m.items,
    value: (row) => totalItems(row.figures),
    show: (row, formats) => formats.count(totalItems(row.figures)),
    numeric: true,
  },
  {
    key: 'itemsPerClearedHa',
    label: (m) => m.itemsPerHectare,
    // Districts with nothing cleared sort below every real ratio, whichever the direction.
    value: (row) => row.figures.itemsPerClearedHa ?? -1,
    show: (row, formats, m) =>
      row.figures.itemsPerClearedHa === null ? m.noClearance : formats.ratio(row.figures.itemsPerClearedHa),
    numeric: true,
  },
];

/** The sort a fresh table starts with: most land released first. */
export const DEFAULT_TABLE_SORT: TableSort = { key: 'releasedHa', descending: true };

/**
 * Renders the per-district table: one row per district (and one for land outside every district),
 * a total row, and column headers that are buttons, so sorting works by keyboard (Tab, Enter) and
 * screen readers hear the order through `aria-sort`.
 *
 * @example
 * container.replaceChildren(districtTable(summary, { messages, formats, sort, onSort }));
 */
export function districtTable(
  summary: Summary,
  options: {
    messages: Messages;
    formats: NumberFormats;
    sort: TableSort;
    onSort: (sort: TableSort) => void;
    /** Zooms the map to a district, told when its row is clicked; null for a table without a map. */
    onZoom?: ((name: string) => void) | null;
  },
): HTMLElement {
  const { messages, formats, sort, onSort } = options;
  const onZoom = options.onZoom ?? null;
  // The label tells districts of the same name apart ("Novi Grad (BA-1)"); the map finds a district by its name.
  const rows: TableRow[] = summary.regions.map((region) => ({ name: region.label, figures: region, mapName: region.name }));
  if (summary.outsideRegions) rows.push({ name: messages.outsideDistricts, figures: summary.outsideRegions, mapName: null });
  if (rows.length === 0) return element('p', { className: 'empty-note', text: messages.noDistricts });

  const column = COLUMNS.find((candidate) => candidate.key === sort.key) ?? COLUMNS[0];
  const sorted = [...rows].sort((a, b) => {
    const left = column.value(a);
    const right = column.value(b);
    const order =
      typeof left === 'string' || typeof right === 'string'
        ? String(left).localeCompare(String(right), messages.locale, { numeric: true })
        : left - right;
    return sort.descending ? -order : order;
  });

  const headerCells = COLUMNS.map((candidate) => {
    const active = candidate.key === sort.key;
    const label = candidate.label(messages);
    const button = element(
      'button',
      {
        className: 'sort-button',
        attributes: { type: 'button', 'data-sort': candidate.key, title: messages.sortBy(label) },
        onClick: () =>
          onSort({ key: candidate.key, descending: active ? !sort.descending : candidate.numeric }),
      },
      [
        element('span', { text: label }),
        element('span', {
          className: `sort-indicator${active ? ' active' : ''}`,
          text: active ? (sort.descending ? '▼' : '▲') : '↕',
          attributes: { 'aria-hidden': 'true' },
        }),
      ],
    );
    const th = element('th', { className: candidate.numeric ? 'numeric' : '', attributes: { scope: 'col' } }, [button]);
    th.setAttribute('aria-sort', active ? (sort.descending ? 'descending' : 'ascending') : 'none');
    return th;
  });

  const bodyRows = sorted.map((row) => {
    const mapName = row.mapName;
    const zoomable = onZoom !== null && mapName !== null;
    const tr = element(
      'tr',
      { className: zoomable ? 'zoomable' : '' },
      COLUMNS.map((candidate, index) => {
        const text = candidate.show(row, formats, messages);
        if (index === 0 && zoomable) {
          // The name is a button, so the zoom works by keyboard; the whole row also takes a click.
          return element('th', { className: 'name', attributes: { scope: 'row' } }, [
            element('button', {
              className: 'district-zoom',
              text,
              attributes: { type: 'button', title: messages.zoomToDistrict(row.name), 'data-district': mapName ?? '' },
            }),
          ]);
        }
        return element(index === 0 ? 'th' : 'td', {
          className: candidate.numeric ? 'numeric' : 'name',
          text,
          attributes: index === 0 ? { scope: 'row' } : {},
        });
      }),
    );
    if (zoomable) tr.addEventListener('click', () => onZoom(mapName));
    return tr;
  });
  const totalRow = element(
    'tr',
    { className: 'total-row' },
    COLUMNS.map((candidate, index) =>
      element(index === 0 ? 'th' : 'td', {
        className: candidate.numeric ? 'numeric' : 'name',
        text: index === 0 ? messages.total : candidate.show({ name: '', figures: summary.totals, mapName: null }, formats, messages),
        attributes: index === 0 ? { scope: 'row' } : {},
      }),
    ),
  );

  const caption = element('caption', { className: 'visually-hidden', text: messages.districtsTitle });
  const table = element('table', { className: 'district-table' }, [
    caption,
    element('thead', {}, [element('tr', {}, headerCells)]),
    element('tbody', {}, bodyRows),
    element('tfoot', {}, [totalRow]),
  ]);
  // Wide tables scroll inside their own box on a phone instead of widening the page.
  return element('div', { className: 'table-scroll', attributes: { tabindex: '0', role: 'region', 'aria-label': messages.districtsTitle } }, [table]);
}

function hectareColumn(key: SortKey & keyof AreaFigures, label: (messages: Messages) => string): Column {
  return {
    key,
    label,
    value: (row) => row.figures[key] as number,
    show: (row, formats) => formats.hectares(row.figures[key] as number),
    numeric: true,
  };
}

function totalItems(figures: AreaFigures): number {
  return figures.items.apMines + figures.items.atMines + figures.items.uxo + figures.items.otherItems;
}
