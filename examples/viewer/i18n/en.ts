import type { Messages } from './messages.js';

/** English. */
export const en: Messages = {
  locale: 'en',
  languageName: 'English',

  appTitle: 'Land release viewer',
  appSubtitle: 'cleared-land',
  sampleBadge: 'Sample data',
  sampleBadgeTitle: 'Synthetic sample record made by data/make-sample.ts: invented districts, hazards and finds, not real survey data',
  language: 'Language',
  skipToFigures: 'Skip to figures',

  openZones: 'Open zones…',
  openDistricts: 'Open districts…',
  dropTitle: 'Drop to open',
  dropZones: 'Zones',
  dropDistricts: 'Districts',
  dropFormats: 'GeoJSON, GeoJSON sequence, GeoPackage, FlatGeobuf, KML, GPX, CSV with WKT or zipped shapefile',
  loading: 'Loading…',
  readingFile: (fileName) => `Reading ${fileName}…`,
  measuringZones: (measured, total) => `Measuring: ${measured} of ${total} zones…`,
  loadFailed: (fileName, reason) => `Could not open ${fileName}: ${reason}`,
  zonesFile: 'Zones',
  districtsFile: 'Districts',
  noDistrictsFile: 'none: grouped by the zones’ region field',
  formatName: (format) =>
    format === 'geojson' ? 'GeoJSON'
    : format === 'geojson-seq' ? 'GeoJSON sequence'
    : format === 'kml' ? 'KML'
    : format === 'gpx' ? 'GPX'
    : format === 'shapefile' ? 'Shapefile'
    : format === 'geopackage' ? 'GeoPackage'
    : format === 'flatgeobuf' ? 'FlatGeobuf'
    : format === 'csv' ? 'CSV with WKT'
    : 'unreadable',

  tabOverview: 'Overview',
  tabDistricts: 'Districts',
  tabReport: 'Report',
  tabIssues: 'Issues',
  sidePanel: 'Figures',

  period: 'Period',
  periodFrom: 'From',
  periodTo: 'To',
  wholeRecord: 'Whole record',
  play: 'Play week by week',
  pause: 'Pause',
  previousWeek: 'Previous week',
  nextWeek: 'Next week',
  weekSlider: 'Week',
  cumulative: 'Cumulative',
  weekOf: (week, weekCount, range) => `Week ${week} of ${weekCount} · ${range}`,
  periodRange: (from, to) => `${from} – ${to}`,
  openEnded: 'open',

  released: 'Released',
  cleared: 'Cleared',
  reduced: 'Reduced',
  cancelled: 'Cancelled',
  remainingHazard: 'Remaining hazard',
  items: 'Items',
  itemsPerHectare: 'Items / ha cleared',
  hectaresShort: 'ha',
  releasedNote: 'Cancelled ∪ reduced ∪ cleared, overlaps counted once',
  remainingNote: (to) => `Hazard not released by ${to}`,
  noClearance: '—',
  apMines: 'AP mines',
  atMines: 'AT mines',
  uxo: 'UXO',
  otherItems: 'Other',

  chartTitle: 'Cumulative land released',
  chartDescription: (weeks, totalReleased) =>
    `Line chart of hectares released, added up week by week over ${weeks} weeks, split into cleared, reduced and cancelled land; ${totalReleased} hectares in all.`,
  chartEmpty: 'No dated releases to chart.',

  districtsTitle: 'By district',
  district: 'District',
  outsideDistricts: 'Outside districts',
  total: 'Total',
  sortBy: (column) => `Sort by ${column}`,
  noDistricts: 'No district figures.',

  reportTitle: 'Weekly report',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed: select the text and copy it by hand',

  issuesTitle: 'Validation',
  accepted: 'Accepted',
  rejected: 'Rejected',
  acceptedCount: (count) => `${count} accepted`,
  rejectedCount: (count) => `${count} rejected`,
  undated: 'Undated releases',
  noIssues: 'No issues: every feature was accepted as it was.',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Note',
  wholeFile: 'Whole file',
  featureLabel: (index, id) => (id === null ? `Feature ${index}` : `Feature ${index} · ${id}`),
  zoomToFeature: (label) => `Zoom to ${label}`,
  notOnMap: 'rejected, not on the map',
  moreIssues: (count) => `${count} more issues are not listed; export the validation report with the command line tool.`,

  exportTitle: 'Export',
  exportCsv: 'Table (CSV)',
  exportOutcome: {
    released: 'Released land',
    remaining: 'Remaining hazard',
    cleared: 'Cleared land',
    reduced: 'Reduced land',
    cancelled: 'Cancelled land',
  },
  exportFormat: 'Format of land layers',
  exportFormats: { geojson: 'GeoJSON', shp: 'Shapefile (zip)', kml: 'KML (Google Earth)', gpkg: 'GeoPackage' },
  exportPng: 'Map (PNG)',
  exportFailed: (reason) => `Export failed: ${reason}`,

  map: {
    map: 'Map of hazards and released land',
    fitToData: 'Show all zones',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    toggleAttribution: 'Show or hide the credits',
    closePopup: 'Close',
    meters: 'm',
    kilometers: 'km',
  },
  legendTitle: 'Land release',
  pngTitle: 'Land release',
  pngSample: 'SAMPLE DATA — synthetic',
};
