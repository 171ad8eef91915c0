import type { ZoneStatus } from '../index.js';

/** Every word the map module writes on screen, in one language. */
export interface MapMessages {
  /** The language, as the report formatters (`formatHectares`) take it. */
  locale: 'en' | 'az' | 'ru';
  /** Long names of the statuses, as a legend writes them. */
  status: Record<ZoneStatus, string>;
  legendTitle: string;
  remainingHazard: string;
  released: string;
  totals: string;
  region: string;
  outsideRegions: string;
  /** Column heads of the summary table. */
  cleared: string;
  reduced: string;
  cancelled: string;
  allDates: string;
  noData: string;
  timeFilter: string;
  from: string;
  to: string;
  play: string;
  pause: string;
  /** "Up to {date}", the playback position. */
  upTo: (date: string) => string;
  measure: string;
  measureStop: string;
  measureView: string;
  measureClear: string;
  measureHint: string;
  measureArea: string;
  measureCleared: string;
  measureRemaining: string;
  measurePerimeter: string;
  /** Units of lengths: metres below a kilometre, kilometres above. */
  meterUnit: string;
  kilometerUnit: string;
  /** The coordinate readout: its accessible name, where the position is taken, and copying. */
  position: string;
  positionPointer: string;
  positionCenter: string;
  positionCopy: string;
  positionCopied: string;
  positionCopyFailed: string;
  /** UTM and MGRS are not defined near the poles. */
  positionNoGrid: string;
  /** One line when a basemap fails and the offline map is drawn instead. */
  basemapFailed: (reason: string) => string;
  popup: {
    zone: string;
    status: string;
    hazardId: string;
    method: string;
    startDate: string;
    endDate: string;
    organisation: string;
    region: string;
    computedArea: string;
    reportedArea: string;
    items: string;
    apMines: string;
    atMines: string;
    uxo: string;
    otherItems: string;
    fileProperties: string;
    close: string;
  };
  /** The unit written after hectare figures. */
  hectareUnit: string;
}

const en: MapMessages = {
  locale: 'en',
  status: {
    confirmed: 'Confirmed hazardous area',
    suspected: 'Suspected hazardous area',
    cleared: 'Cleared',
    reduced: 'Reduced (technical survey)',
    cancelled: 'Cancelled (non-technical survey)',
  },
  legendTitle: 'Land release',
  remainingHazard: 'Remaining hazard',
  released: 'Released',
  totals: 'All regions',
  region: 'Region',
  outsideRegions: 'Outside the regions',
  cleared: 'Cleared',
  reduced: 'Reduced',
  cancelled: 'Cancelled',
  allDates: 'all dates',
  noData: 'No zones loaded',
  timeFilter: 'Completion dates',
  from: 'From',
  to: 'To',
  play: 'Play week by week',
  pause: 'Pause',
  upTo: (date) => `Up to ${date}`,
  measure: 'Measure an area',
  measureStop: 'Stop measuring',
  measureView: 'Measure the map view',
  measureClear: 'Clear',
  measureHint: 'Click to add corners; click the first corner or press Enter to finish.',
  measureArea: 'Area',
  measureCleared: 'Cleared inside',
  measureRemaining: 'Remaining hazard inside',
  measurePerimeter: 'Perimeter',
  meterUnit: 'm',
  kilometerUnit: 'km',
  position: 'Position',
  positionPointer: 'Pointer',
  positionCenter: 'Map centre',
  positionCopy: 'Copy position',
  positionCopied: 'Copied',
  positionCopyFailed: 'Copy refused by the browser: select the text',
  positionNoGrid: 'no UTM/MGRS beyond 84° N or 80° S',
  basemapFailed: (reason) => `Basemap not loaded (${reason}); showing the offline map.`,
  popup: {
    zone: 'Zone',
    status: 'Status',
    hazardId: 'Hazard',
    method: 'Method',
    startDate: 'Started',
    endDate: 'Completed',
    organisation: 'Organisation',
    region: 'Region',
    computedArea: 'Area (WGS84 ellipsoid)',
    reportedArea: 'Area (reported)',
    items: 'Items found',
    apMines: 'AP mines',
    atMines: 'AT mines',
    uxo: 'UXO',
    otherItems: 'Other items',
    fileProperties: 'All properties in the file',
    close: 'Close',
  },
  hectareUnit: 'ha',
};

const az: MapMessages = {
  locale: 'az',
  status: {
    confirmed: 'Təsdiqlənmiş təhlükəli ərazi',
    suspected: 'Şübhəli təhlükəli ərazi',
    cleared: 'Təmizlənib',
    reduced: 'Azaldılıb (texniki tədqiqat)',
    cancelled: 'Ləğv edilib (qeyri-texniki tədqiqat)',
  },
  legendTitle: 'Ərazilərin azad edilməsi',
  remainingHazard: 'Qalan təhlükəli ərazi',
  released: 'Azad edilib',
  totals: 'Bütün rayonlar',
  region: 'Rayon',
  outsideRegions: 'Rayonlardan kənarda',
  cleared: 'Təmizlənib',
  reduced: 'Azaldılıb',
  cancelled: 'Ləğv edilib',
  allDates: 'bütün tarixlər',
  noData: 'Zona yüklənməyib',
  timeFilter: 'Başa çatma tarixləri',
  from: 'Başlanğıc',
  to: 'Son',
  play: 'Həftə-həftə göstər',
  pause: 'Dayandır',
  upTo: (date) => `${date} tarixinədək`,
  measure: 'Ərazini ölç',
  measureStop: 'Ölçməni dayandır',
  measureView: 'Xəritədə görünən ərazini ölç',
  measureClear: 'Təmizlə',
  measureHint: 'Künclər üçün klikləyin; bitirmək üçün ilk küncə klikləyin və ya Enter basın.',
  measureArea: 'Sahə',
  measureCleared: 'İçində təmizlənib',
  measureRemaining: 'İçində qalan təhlükəli ərazi',
  measurePerimeter: 'Perimetr',
  meterUnit: 'm',
  kilometerUnit: 'km',
  position: 'Mövqe',
  positionPointer: 'Göstərici',
  positionCenter: 'Xəritənin mərkəzi',
  positionCopy: 'Mövqeyi kopyala',
  positionCopied: 'Kopyalandı',
  positionCopyFailed: 'Brauzer kopyalamağa icazə vermədi: mətni seçin',
  positionNoGrid: '84° Ş-dan və 80° C-dan kənarda UTM/MGRS yoxdur',
  basemapFailed: (reason) => `Əsas xəritə yüklənmədi (${reason}); oflayn xəritə göstərilir.`,
  popup: {
    zone: 'Zona',
    status: 'Status',
    hazardId: 'Təhlükə',
    method: 'Üsul',
    startDate: 'Başlanıb',
    endDate: 'Başa çatıb',
    organisation: 'Təşkilat',
    region: 'Rayon',
    computedArea: 'Sahə (WGS84 ellipsoidi)',
    reportedArea: 'Sahə (bildirilmiş)',
    items: 'Tapılmış sursatlar',
    apMines: 'Piyada əleyhinə minalar',
    atMines: 'Tank əleyhinə minalar',
    uxo: 'PHS',
    otherItems: 'Digər',
    fileProperties: 'Fayldakı bütün xüsusiyyətlər',
    close: 'Bağla',
  },
  hectareUnit: 'ha',
};

const ru: MapMessages = {
  locale: 'ru',
  status: {
    confirmed: 'Подтверждённая опасная зона',
    suspected: 'Предполагаемая опасная зона',
    cleared: 'Очищено',
    reduced: 'Сокращено (техническое обследование)',
    cancelled: 'Исключено (нетехническое обследование)',
  },
  legendTitle: 'Высвобождение земель',
  remainingHazard: 'Остающаяся опасная площадь',
  released: 'Высвобождено',
  totals: 'Все районы',
  region: 'Район',
  outsideRegions: 'Вне районов',
  cleared: 'Очищено',
  reduced: 'Сокращено',
  cancelled: 'Исключено',
  allDates: 'все даты',
  noData: 'Зоны не загружены',
  timeFilter: 'Даты завершения',
  from: 'С',
  to: 'По',
  play: 'Показать по неделям',
  pause: 'Пауза',
  upTo: (date) => `По ${date}`,
  measure: 'Измерить участок',
  measureStop: 'Закончить измерение',
  measureView: 'Измерить видимую область карты',
  measureClear: 'Очистить',
  measureHint: 'Щёлкайте, чтобы добавить углы; щёлкните первый угол или нажмите Enter, чтобы закончить.',
  measureArea: 'Площадь',
  measureCleared: 'Очищено внутри',
  measureRemaining: 'Остающаяся опасность внутри',
  measurePerimeter: 'Периметр',
  meterUnit: 'м',
  kilometerUnit: 'км',
  position: 'Координаты',
  positionPointer: 'Указатель',
  positionCenter: 'Центр карты',
  positionCopy: 'Копировать координаты',
  positionCopied: 'Скопировано',
  positionCopyFailed: 'Браузер запретил копирование: выделите текст',
  positionNoGrid: 'UTM/MGRS не определены севернее 84° и южнее 80°',
  basemapFailed: (reason) => `Подложка не загрузилась (${reason}); показана офлайн-карта.`,
  popup: {
    zone: 'Зона',
    status: 'Статус',
    hazardId: 'Опасный район',
    method: 'Метод',
    startDate: 'Начато',
    endDate: 'Завершено',
    organisation: 'Организация',
    region: 'Район',
    computedArea: 'Площадь (эллипсоид WGS84)',
    reportedArea: 'Площадь (заявленная)',
    items: 'Найденные предметы',
    apMines: 'Противопехотные мины',
    atMines: 'Противотанковые мины',
    uxo: 'НВБ',
    otherItems: 'Прочие',
    fileProperties: 'Все свойства из файла',
    close: 'Закрыть',
  },
  hectareUnit: 'га',
};

/** The languages the map writes; anything else falls back to English. */
export const MAP_MESSAGES: Readonly<Record<'en' | 'az' | 'ru', MapMessages>> = { en, az, ru };

/**
 * The messages for a BCP 47 locale, by its language ('az-Latn-AZ' → az); English otherwise.
 *
 * @example
 * mapMessages('ru-RU').status.cleared; // 'Очищено'
 */
export function mapMessages(locale: string): MapMessages {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language in MAP_MESSAGES ? MAP_MESSAGES[language as keyof typeof MAP_MESSAGES] : en;
}
