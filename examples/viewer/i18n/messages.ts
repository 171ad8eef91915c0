import type { MapLabels } from '../src/zone-map.js';

/**
 * Every string the viewer shows, in one typed shape, so that a missing translation is a type error
 * rather than an English word in an Azerbaijani screen. Data strings (district names, ids,
 * organisations, issue messages) are never here: they come from the file and are shown as text.
 */
export interface Messages {
  /** BCP 47 tag passed to Intl and to the report formatters. */
  locale: string;
  /** The language's own name, shown in the language switch. */
  languageName: string;

  appTitle: string;
  appSubtitle: string;
  sampleBadge: string;
  sampleBadgeTitle: string;
  language: string;
  skipToFigures: string;

  openZones: string;
  openDistricts: string;
  dropTitle: string;
  dropZones: string;
  dropDistricts: string;
  dropFormats: string;
  loading: string;
  /** Progress line while a file is read and checked. */
  readingFile: (fileName: string) => string;
  /** Progress line while zones are dissolved and measured (counts already formatted). */
  measuringZones: (measured: string, total: string) => string;
  loadFailed: (fileName: string, reason: string) => string;
  zonesFile: string;
  districtsFile: string;
  noDistrictsFile: string;
  formatName: (format: string | null) => string;

  tabOverview: string;
  tabDistricts: string;
  tabReport: string;
  tabIssues: string;
  sidePanel: string;

  period: string;
  periodFrom: string;
  periodTo: string;
  wholeRecord: string;
  play: string;
  pause: string;
  previousWeek: string;
  nextWeek: string;
  weekSlider: string;
  cumulative: string;
  weekOf: (week: number, weekCount: number, range: string) => string;
  periodRange: (from: string, to: string) => string;
  openEnded: string;

  released: string;
  cleared: string;
  reduced: string;
  cancelled: string;
  remainingHazard: string;
  items: string;
  itemsPerHectare: string;
  hectaresShort: string;
  releasedNote: string;
  remainingNote: (to: string) => string;
  noClearance: string;
  apMines: string;
  atMines: string;
  uxo: string;
  otherItems: string;

  chartTitle: string;
  chartDescription: (weeks: number, totalReleased: string) => string;
  chartEmpty: string;

  districtsTitle: string;
  district: string;
  outsideDistricts: string;
  total: string;
  sortBy: (column: string) => string;
  noDistricts: string;

  reportTitle: string;
  copy: string;
  copied: string;
  copyFailed: string;

  issuesTitle: string;
  accepted: string;
  rejected: string;
  acceptedCount: (count: string) => string;
  rejectedCount: (count: string) => string;
  undated: string;
  noIssues: string;
  severityError: string;
  severityWarning: string;
  severityInfo: string;
  wholeFile: string;
  featureLabel: (index: number, id: string | null) => string;
  zoomToFeature: (label: string) => string;
  notOnMap: string;
  moreIssues: (count: number) => string;

  /** Text alternative of the map's picture on the printed page. */
  printMapAlt: string;
  exportTitle: string;
  exportCsv: string;
  /** Labels of the land-layer export buttons, by outcome. */
  exportOutcome: Record<'released' | 'remaining' | 'cleared' | 'reduced' | 'cancelled', string>;
  /** Label of the format menu of land layers, and its choices. */
  exportFormat: string;
  exportFormats: Record<'geojson' | 'shp' | 'kml' | 'gpkg', string>;
  exportPng: string;
  exportFailed: (reason: string) => string;

  basemap: string;
  basemapOffline: string;
  basemapOfflineNote: string;
  basemapOsm: string;
  basemapOsmNote: string;
  basemapCustom: string;
  basemapUrl: string;
  basemapUrlHint: string;
  basemapUse: string;
  basemapFile: string;
  basemapFileName: (name: string) => string;
  basemapFailed: (reason: string) => string;

  findLabel: string;
  findPlaceholder: string;
  findButton: string;
  findNone: (query: string) => string;
  findZones: (count: number, query: string) => string;
  findDistrict: (name: string) => string;
  zoomToDistrict: (name: string) => string;

  printPdf: string;
  printTitle: string;
  printFigures: string;
  printMap: string;
  printNorth: string;
  printMade: (date: string, file: string) => string;

  /** Words on the map, MapLibre's own controls included. */
  map: MapLabels;
  legendTitle: string;
  pngTitle: string;
  pngSample: string;
}

/** The languages the viewer speaks, in the order the switch lists them. */
export const VIEWER_LANGUAGES = ['en', 'az', 'ru'] as const;

/** A language code the viewer speaks. */
export type ViewerLanguage = (typeof VIEWER_LANGUAGES)[number];
