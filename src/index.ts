// The public API of cleared-land's core: named re-exports only. Map layers live in
// `cleared-land/map`, Node file access in `cleared-land/node`.
export * from './zones/zone.js';
export * from './validate/issue-codes.js';
export type * from './io/load-result.js';
export type * from './report/summary.js';
export { formatText, defaultTextOptions, type TextOptions } from './report/format-text.js';
export { formatCsv, defaultCsvOptions, CSV_COLUMNS, type CsvOptions } from './report/format-csv.js';
export { formatWeeksCsv, WEEKS_CSV_COLUMNS } from './report/format-weeks-csv.js';
export { formatMarkdown, defaultMarkdownOptions, type MarkdownOptions } from './report/format-markdown.js';
export { formatJson, formatJsonChunks } from './report/format-json.js';
export { formatHectares } from './report/format-hectares.js';
export { formatCount } from './report/format-count.js';
export { parseLocaleNumber, defaultParseNumberOptions, type ParseNumberOptions } from './report/parse-number.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './report/locales/supported-locales.js';
export type { ZoneSource } from './io/zone-source.js';
export { stringSource } from './io/string-source.js';
export { bytesSource } from './io/bytes-source.js';
export { fileSource } from './io/file-source.js';
export { urlSource, defaultUrlSourceOptions, type UrlSourceOptions } from './io/url-source.js';
export { detectService, type ServiceKind } from './io/detect-service.js';
export { parseInput, defaultParseInputOptions, type ParsedInput, type ParseInputOptions } from './io/parse-input.js';
export {
  defaultInputLimits,
  INPUT_LIMITS,
  InputLimitError,
  inputLimitMessage,
  resolveInputLimits,
  limitFlag,
  formatLimit,
  formatBytes,
  parseByteSize,
  type InputLimits,
  type InputLimitName,
} from './io/input-limits.js';
export { checkFeatureLimits, checkGeometryLimits } from './io/check-feature-limits.js';
export { limitChunks } from './io/limit-chunks.js';
export { resolveCrs, isWgs84Crs } from './io/resolve-crs.js';
export { reprojectFeatures } from './io/reproject-features.js';
export { loadProj4 } from './io/load-proj4.js';
export { loadZones, defaultLoadOptions, type LoadOptions } from './io/load-zones.js';
export { loadZonesStream, defaultLoadStreamOptions, type LoadStreamOptions, type ChunkInput } from './io/load-zones-stream.js';
export {
  loadRegions,
  loadRegionFile,
  defaultLoadRegionsOptions,
  type LoadRegionsOptions,
  type RegionFeature,
  type RegionLoadResult,
} from './io/load-regions.js';
export { regionFileError } from './io/region-file-error.js';
export { validateRegions, defaultValidateRegionsOptions, type ValidateRegionsOptions, type RegionValidation } from './validate/validate-regions.js';
export { DEFAULT_REGION_FIELDS, DEFAULT_REGION_ID_FIELDS } from './zones/read-region-identity.js';
export { mergeLoadResults } from './io/merge-load-results.js';
export { validateFeatures, defaultValidateOptions, type ValidateOptions } from './validate/validate-features.js';
export { REPAIR_READINGS, type RepairReading } from './validate/repair-geometry.js';
export { normaliseStatus, STATUS_SYNONYMS } from './zones/normalise-status.js';
export { readDate, normaliseDate, DATE_ORDERS, type DateOrder, type DateReading } from './zones/normalise-date.js';
export { createFileDateOrder, settleFileDateOrder, type FileDateOrder, type DateField } from './zones/file-date-order.js';
export { ZONE_FIELDS, DEFAULT_FIELD_ALIASES, GEOMETRY_FIELD, type FieldMap, type ZoneField } from './zones/field-map.js';
export { PackedZones, type ZoneSink } from './zones/packed-zones.js';
export { zoneListOf, isZoneList, type ZoneList } from './zones/zone-list.js';
export { areaSquareMeters, areaHectares, SQUARE_METERS_PER_HECTARE } from './geometry/area.js';
export { perimeterMeters } from './geometry/perimeter-meters.js';
export { dissolve, defaultDissolveOptions, type DissolveOptions } from './geometry/dissolve.js';
export {
  dissolveOutcomes,
  defaultDissolveOutcomesOptions,
  type DissolveOutcomesOptions,
  type OutcomeGeometries,
} from './geometry/dissolve-outcomes.js';
export { summarize, defaultSummarizeOptions, AREA_METHOD, type SummarizeOptions, type SummarizeInput } from './report/summarize.js';
export {
  outcomeCollection,
  outcomeLayer,
  defaultOutcomeCollectionOptions,
  EXPORT_OUTCOMES,
  type ExportOutcome,
  type OutcomeProperties,
  type OutcomePiece,
  type OutcomeCollectionOptions,
} from './export/outcome-collection.js';
export { encodeCollection, EXPORT_FORMATS, EXPORT_EXTENSIONS, type ExportFormat } from './export/encode-collection.js';
export { writeZippedShapefile, defaultZippedShapefileOptions, WGS84_ESRI_PRJ, type ZippedShapefileOptions } from './export/write-zipped-shapefile.js';
export { writeGeoPackage, defaultGeoPackageWriteOptions, type GeoPackageWriteOptions } from './export/write-geopackage.js';
export { writeKml } from './export/write-kml.js';
export { splitByRegions, type NamedRegion } from './export/split-by-regions.js';
export {
  resolveRegions,
  defaultResolveRegionsOptions,
  type ResolvedRegion,
  type ResolveRegionsOptions,
  type RegionResolution,
} from './report/resolve-regions.js';
export { ZONE_PALETTE, DRAW_ORDER, type StatusStyle, type ZonePalette } from './zones/zone-palette.js';
export { formatHtml, defaultHtmlOptions, type HtmlOptions } from './report/format-html.js';
export { reportMap } from './report/report-map.js';
export { svgMap, defaultSvgMapOptions, type SvgMapLayer, type SvgMapOptions } from './report/svg-map.js';
export { getReportLocale } from './report/locales/get-report-locale.js';
export type { ReportLocale, PageWords, TableHeadings } from './report/locales/report-locale.js';
