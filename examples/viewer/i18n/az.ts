import type { Messages } from './messages.js';

/** Azerbaijani (Latin script), in the words ANAMA's public reports use. */
export const az: Messages = {
  locale: 'az',
  languageName: 'Azərbaycanca',

  appTitle: 'Ərazilərin minalardan azad edilməsi',
  appSubtitle: 'cleared-land',
  sampleBadge: 'Nümunə məlumat',
  sampleBadgeTitle:
    'data/make-sample.ts ilə yaradılmış sintetik nümunə: rayonlar, təhlükəli ərazilər və tapıntılar uydurmadır, real tədqiqat məlumatı deyil',
  language: 'Dil',
  skipToFigures: 'Göstəricilərə keç',

  openZones: 'Zonaları aç…',
  openDistricts: 'Rayonları aç…',
  dropTitle: 'Açmaq üçün faylı buraxın',
  dropZones: 'Zonalar',
  dropDistricts: 'Rayonlar',
  dropFormats: 'GeoJSON, GeoJSON ardıcıllığı, KML, GPX və ya ZIP-də shapefile',
  loading: 'Yüklənir…',
  loadFailed: (fileName, reason) => `${fileName} açılmadı: ${reason}`,
  zonesFile: 'Zonalar',
  districtsFile: 'Rayonlar',
  noDistrictsFile: 'yoxdur: zonaların rayon sahəsinə görə qruplaşdırılıb',
  formatName: (format) =>
    format === 'geojson' ? 'GeoJSON'
    : format === 'geojson-seq' ? 'GeoJSON ardıcıllığı'
    : format === 'kml' ? 'KML'
    : format === 'gpx' ? 'GPX'
    : format === 'shapefile' ? 'Shapefile'
    : 'oxunmadı',

  tabOverview: 'İcmal',
  tabDistricts: 'Rayonlar',
  tabReport: 'Hesabat',
  tabIssues: 'Problemlər',
  sidePanel: 'Göstəricilər',

  period: 'Dövr',
  periodFrom: 'Başlanğıc',
  periodTo: 'Son',
  wholeRecord: 'Bütün dövr',
  play: 'Həftə-həftə göstər',
  pause: 'Dayandır',
  previousWeek: 'Əvvəlki həftə',
  nextWeek: 'Növbəti həftə',
  weekSlider: 'Həftə',
  cumulative: 'Məcmu',
  weekOf: (week, weekCount, range) => `Həftə ${week} / ${weekCount} · ${range}`,
  periodRange: (from, to) => `${from} – ${to}`,
  openEnded: 'açıq',

  released: 'Azad edilib',
  cleared: 'Təmizlənib',
  reduced: 'Azaldılıb',
  cancelled: 'Ləğv edilib',
  remainingHazard: 'Qalan təhlükəli ərazi',
  items: 'Tapılmış sursatlar',
  itemsPerHectare: 'Sursat / təmizlənmiş ha',
  hectaresShort: 'ha',
  releasedNote: 'Ləğv edilmiş ∪ azaldılmış ∪ təmizlənmiş; üst-üstə düşən sahələr bir dəfə sayılır',
  remainingNote: (to) => `${to} tarixinədək azad edilməmiş təhlükəli ərazi`,
  noClearance: '—',
  apMines: 'Piyada əleyhinə mina',
  atMines: 'Tank əleyhinə mina',
  uxo: 'PHS',
  otherItems: 'Digər',

  chartTitle: 'Azad edilmiş ərazi, məcmu',
  chartDescription: (weeks, totalReleased) =>
    `${weeks} həftə ərzində həftə-həftə toplanan azad edilmiş hektarların qrafiki, təmizlənmiş, azaldılmış və ləğv edilmiş ərazilərə bölünüb; cəmi ${totalReleased} hektar.`,
  chartEmpty: 'Qrafik üçün tarixli azad etmə yoxdur.',

  districtsTitle: 'Rayonlar üzrə',
  district: 'Rayon',
  outsideDistricts: 'Rayonlardan kənarda',
  total: 'Cəmi',
  sortBy: (column) => `${column} üzrə sırala`,
  noDistricts: 'Rayon göstəriciləri yoxdur.',

  reportTitle: 'Həftəlik hesabat',
  copy: 'Kopyala',
  copied: 'Kopyalandı',
  copyFailed: 'Kopyalamaq alınmadı: mətni seçib əl ilə kopyalayın',

  issuesTitle: 'Yoxlama',
  accepted: 'Qəbul edilib',
  rejected: 'Rədd edilib',
  acceptedCount: (count) => `${count} qəbul edilib`,
  rejectedCount: (count) => `${count} rədd edilib`,
  undated: 'Tarixsiz azad etmələr',
  noIssues: 'Problem yoxdur: bütün obyektlər olduğu kimi qəbul edildi.',
  severityError: 'Xəta',
  severityWarning: 'Xəbərdarlıq',
  severityInfo: 'Qeyd',
  wholeFile: 'Bütün fayl',
  featureLabel: (index, id) => (id === null ? `Obyekt ${index}` : `Obyekt ${index} · ${id}`),
  zoomToFeature: (label) => `Xəritədə göstər: ${label}`,
  notOnMap: 'rədd edilib, xəritədə yoxdur',
  moreIssues: (count) => `Daha ${count} problem burada göstərilmir; tam yoxlama hesabatını əmr sətri aləti ilə çıxarın.`,

  exportTitle: 'İxrac',
  exportCsv: 'Cədvəl (CSV)',
  exportOutcome: {
    released: 'Azad edilmiş ərazi',
    remaining: 'Qalan təhlükə',
    cleared: 'Təmizlənmiş ərazi',
    reduced: 'Azaldılmış ərazi',
    cancelled: 'Ləğv edilmiş ərazi',
  },
  exportFormat: 'Ərazi laylarının formatı',
  exportFormats: { geojson: 'GeoJSON', shp: 'Shapefile (zip)', kml: 'KML (Google Earth)', gpkg: 'GeoPackage' },
  exportPng: 'Xəritə (PNG)',
  exportFailed: (reason) => `İxrac alınmadı: ${reason}`,

  map: {
    map: 'Təhlükəli və azad edilmiş ərazilərin xəritəsi',
    fitToData: 'Bütün zonaları göstər',
    zoomIn: 'Yaxınlaşdır',
    zoomOut: 'Uzaqlaşdır',
    toggleAttribution: 'Mənbələri göstər və ya gizlət',
    closePopup: 'Bağla',
    meters: 'm',
    kilometers: 'km',
  },
  mapLabel: 'Təhlükəli və azad edilmiş ərazilərin xəritəsi',
  legendTitle: 'Ərazilərin azad edilməsi',
  pngTitle: 'Ərazilərin azad edilməsi',
  pngSample: 'NÜMUNƏ MƏLUMAT — sintetik',
};
