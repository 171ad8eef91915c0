import type { Messages } from './messages.js';

/** Russian, in the terms of the Russian edition of IMAS (высвобождение земель). */
export const ru: Messages = {
  locale: 'ru',
  languageName: 'Русский',

  appTitle: 'Высвобождение земель',
  appSubtitle: 'cleared-land',
  sampleBadge: 'Пример данных',
  sampleBadgeTitle:
    'Синтетический пример, созданный data/make-sample.ts: районы, опасные районы и находки вымышлены, это не данные реальных обследований',
  language: 'Язык',
  skipToFigures: 'Перейти к показателям',

  openZones: 'Открыть зоны…',
  openDistricts: 'Открыть районы…',
  dropTitle: 'Отпустите файл, чтобы открыть',
  dropZones: 'Зоны',
  dropDistricts: 'Районы',
  dropFormats: 'GeoJSON, последовательность GeoJSON, KML, GPX или shapefile в ZIP',
  loading: 'Загрузка…',
  loadFailed: (fileName, reason) => `Не удалось открыть ${fileName}: ${reason}`,
  zonesFile: 'Зоны',
  districtsFile: 'Районы',
  noDistrictsFile: 'нет: группировка по полю района в зонах',
  formatName: (format) =>
    format === 'geojson' ? 'GeoJSON'
    : format === 'geojson-seq' ? 'последовательность GeoJSON'
    : format === 'kml' ? 'KML'
    : format === 'gpx' ? 'GPX'
    : format === 'shapefile' ? 'Shapefile'
    : 'не прочитан',

  tabOverview: 'Обзор',
  tabDistricts: 'Районы',
  tabReport: 'Отчёт',
  tabIssues: 'Проблемы',
  sidePanel: 'Показатели',

  period: 'Период',
  periodFrom: 'С',
  periodTo: 'По',
  wholeRecord: 'Весь период',
  play: 'Показать по неделям',
  pause: 'Пауза',
  previousWeek: 'Предыдущая неделя',
  nextWeek: 'Следующая неделя',
  weekSlider: 'Неделя',
  cumulative: 'Нарастающим итогом',
  weekOf: (week, weekCount, range) => `Неделя ${week} из ${weekCount} · ${range}`,
  periodRange: (from, to) => `${from} – ${to}`,
  openEnded: 'открыт',

  released: 'Высвобождено',
  cleared: 'Очищено',
  reduced: 'Сокращено',
  cancelled: 'Исключено',
  remainingHazard: 'Остающаяся опасная площадь',
  items: 'Найденные предметы',
  itemsPerHectare: 'Предметов на 1 га',
  hectaresShort: 'га',
  releasedNote: 'Исключено ∪ сокращено ∪ очищено; перекрытия учтены один раз',
  remainingNote: (to) => `Опасная площадь, не высвобожденная к ${to}`,
  noClearance: '—',
  apMines: 'Противопехотные мины',
  atMines: 'Противотанковые мины',
  uxo: 'НВБ',
  otherItems: 'Прочие',

  chartTitle: 'Высвобождено нарастающим итогом',
  chartDescription: (weeks, totalReleased) =>
    `Диаграмма высвобожденных гектаров нарастающим итогом по неделям (недель: ${weeks}) с разбивкой на очищенные, сокращённые и исключённые земли; всего ${totalReleased} га.`,
  chartEmpty: 'Нет датированных высвобождений для диаграммы.',

  districtsTitle: 'По районам',
  district: 'Район',
  outsideDistricts: 'Вне районов',
  total: 'Итого',
  sortBy: (column) => `Сортировать по столбцу «${column}»`,
  noDistricts: 'Нет показателей по районам.',

  reportTitle: 'Еженедельный отчёт',
  copy: 'Копировать',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать: выделите текст и скопируйте вручную',

  issuesTitle: 'Проверка',
  accepted: 'Принято',
  rejected: 'Отклонено',
  acceptedCount: (count) => `принято: ${count}`,
  rejectedCount: (count) => `отклонено: ${count}`,
  undated: 'Высвобождения без даты',
  noIssues: 'Проблем нет: все объекты приняты как есть.',
  severityError: 'Ошибка',
  severityWarning: 'Предупреждение',
  severityInfo: 'Замечание',
  wholeFile: 'Весь файл',
  featureLabel: (index, id) => (id === null ? `Объект ${index}` : `Объект ${index} · ${id}`),
  zoomToFeature: (label) => `Показать на карте: ${label}`,
  notOnMap: 'отклонён, на карте нет',
  moreIssues: (count) => `Не показано проблем: ${count}; полный отчёт о проверке выгрузите утилитой командной строки.`,

  exportTitle: 'Экспорт',
  exportCsv: 'Таблица (CSV)',
  exportOutcome: {
    released: 'Высвобожденные земли',
    remaining: 'Остающаяся опасность',
    cleared: 'Очищенные земли',
    reduced: 'Сокращённые земли',
    cancelled: 'Исключённые земли',
  },
  exportFormat: 'Формат слоёв земель',
  exportFormats: { geojson: 'GeoJSON', shp: 'Shapefile (zip)', kml: 'KML (Google Earth)', gpkg: 'GeoPackage' },
  exportPng: 'Карта (PNG)',
  exportFailed: (reason) => `Экспорт не удался: ${reason}`,

  map: {
    map: 'Карта опасных и высвобожденных территорий',
    fitToData: 'Показать все зоны',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    toggleAttribution: 'Показать или скрыть источники',
    closePopup: 'Закрыть',
    meters: 'м',
    kilometers: 'км',
  },
  mapLabel: 'Карта опасных и высвобожденных территорий',
  legendTitle: 'Высвобождение земель',
  pngTitle: 'Высвобождение земель',
  pngSample: 'ПРИМЕР ДАННЫХ — синтетические',
};
