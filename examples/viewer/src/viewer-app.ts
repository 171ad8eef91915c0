import {
  EXPORT_EXTENSIONS,
  EXPORT_FORMATS,
  EXPORT_OUTCOMES,
  formatCsv,
  type ExportFormat,
  type ExportOutcome,
  formatText,
  type Summary,
} from 'cleared-land';
import { DRAW_ORDER, ZONE_PALETTE, basemapText, mapMessages, parseBasemap, type BasemapSpec, type SummaryProgress } from 'cleared-land/map';
import type { Messages, ViewerLanguage } from '../i18n/messages.js';
import { VIEWER_LANGUAGES } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { fileNameOf, withRegions, type Dataset, type DatasetSources } from './dataset.js';
import { BasemapMenu } from './basemap-menu.js';
import { FindBox } from './find-box.js';
import { printSheet } from './print-sheet.js';
import { DEFAULT_TABLE_SORT, districtTable, type TableSort } from './district-table.js';
import { downloadBlob } from './download-blob.js';
import { DropTarget, type DropKind } from './drop-target.js';
import { element } from './element.js';
import { mapPng } from './map-png.js';
import { numberFormats, type NumberFormats } from './number-formats.js';
import { progressChart, type ProgressPoint } from './progress-chart.js';
import { reportPanel } from './report-panel.js';
import { SummaryStore } from './summary-store.js';
import { TabSet, type TabDefinition } from './tab-set.js';
import { Timeline, type Period } from './timeline.js';
import { totalsPanel } from './totals-panel.js';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';
import { validationPanel } from './validation-panel.js';
import type { ZoneMap } from './zone-map.js';

/** The bundled sample, served from the viewer's own origin (never from the internet). */
export interface SampleUrls {
  zones: string;
  districts: string;
}

/** Elements of index.html the viewer fills. */
interface Shell {
  title: HTMLElement;
  subtitle: HTMLElement;
  sampleBadge: HTMLElement;
  openZones: HTMLButtonElement;
  openDistricts: HTMLButtonElement;
  zonesInput: HTMLInputElement;
  districtsInput: HTMLInputElement;
  languageLabel: HTMLElement;
  languageSelect: HTMLSelectElement;
  skipLink: HTMLElement;
  mapArea: HTMLElement;
  map: HTMLElement;
  timelineHost: HTMLElement;
  mapBusy: HTMLElement;
  sidePanel: HTMLElement;
  datasetCard: HTMLElement;
  loadError: HTMLElement;
  tabsHost: HTMLElement;
  exportHost: HTMLElement;
  findHost: HTMLElement;
  basemapNotice: HTMLElement;
  printHost: HTMLElement;
  liveStatus: HTMLElement;
}

const TAB_IDS = ['overview', 'districts', 'report', 'issues'] as const;
const SAMPLE_ZONES_NAME = 'sample-zones.geojson';
const SAMPLE_DISTRICTS_NAME = 'sample-districts.geojson';
/** Debounce of address-bar updates while the map moves. */
const URL_WRITE_DELAY_MS = 250;
/** Wait after the map settles before taking the printed page's picture (encoding a PNG is not free). */
const PRINT_PICTURE_DELAY_MS = 1_200;
/** Width over height of the printed map (182 mm × 125 mm on A4 inside the margins). */
const PRINT_MAP_ASPECT = 182 / 125;
/** Earth's equatorial circumference over MapLibre's 512-pixel world at zoom 0: metres per pixel at zoom 0. */
const METERS_PER_PIXEL_AT_ZOOM_0 = 40_075_016.686 / 512;

/**
 * The viewer: wires the page's shell, the map, the time bar and the panels to one state (the
 * URL's), loads datasets, and renders every figure from `summarize()`. Figures are never computed
 * in event handlers: the {@link SummaryStore} computes and caches them, handlers only ask.
 *
 * @example
 * const app = new ViewerApp(document, { zones: sampleZonesUrl, districts: sampleDistrictsUrl });
 * await app.start();
 */
export class ViewerApp {
  private readonly shell: Shell;
  private readonly sample: SampleUrls;
  private state: UrlState;
  private messages: Messages;
  private formats: NumberFormats;
  /** The map, made once the first figures are on screen (see {@link ViewerApp.mapView}). */
  private zoneMap: ZoneMap | null = null;
  private zoneMapModule: Promise<typeof import('./zone-map.js')> | null = null;
  private readonly timeline: Timeline;
  private readonly tabs: TabSet;
  private readonly drop: DropTarget;
  private dataset: Dataset | null = null;
  private store: SummaryStore | null = null;
  private summary: Summary | null = null;
  private exportFormat: ExportFormat = 'geojson';
  private progress: ProgressPoint[] | null = null;
  private sort: TableSort = DEFAULT_TABLE_SORT;
  private loadController: AbortController | null = null;
  private renderToken = 0;
  /** Whether the map draws the dataset whose figures are shown (it follows them on a new dataset). */
  private mapShowsDataset = false;
  private urlTimer: number | undefined;
  private printTimer: number | undefined;
  private readonly basemapMenu: BasemapMenu;
  private readonly find: FindBox;
  private mapWired = false;
  private basemapSpec: BasemapSpec | null = null;
  private printPicture: { url: string; widthPx: number; metersPerPixel: number; bearing: number } | null = null;

  constructor(document: Document, sample: SampleUrls) {
    this.shell = findShell(document);
    this.sample = sample;
    this.state = readUrlState(window.location.search, navigator.languages ?? []);
    this.messages = messagesFor(this.state.lang);
    this.formats = numberFormats(this.state.lang);
    this.basemapMenu = new BasemapMenu({
      messages: this.messages,
      current: { kind: 'offline' },
      onChoose: (spec) => void this.setBasemap(spec),
    });
    this.find = new FindBox(this.shell.findHost, { messages: this.messages, onFind: (query) => this.findOnMap(query) });
    window.addEventListener('beforeprint', () => this.capturePrintMap());
    this.timeline = new Timeline(this.shell.timelineHost, { onChange: (period) => this.setPeriod(period) });
    this.tabs = new TabSet(this.shell.tabsHost, {
      definitions: this.tabDefinitions(),
      label: this.messages.sidePanel,
      // The stylesheet widens the side panel for the district table (see viewer.css).
      onSelect: (id) => (document.body.dataset.tab = id),
    });
    this.drop = new DropTarget(document.body, (file, kind) => void this.openFile(file, kind));
    this.wireShell();
  }

  /** Applies the language and loads the dataset the URL names (or the bundled sample). */
  async start(): Promise<void> {
    this.applyLanguage();
    if (this.state.basemap) {
      let spec: BasemapSpec | null = null;
      try {
        spec = parseBasemap(this.state.basemap, window.location.href);
      } catch (error) {
        this.showBasemapFailure((error as Error).message);
      }
      if (spec) {
        this.basemapMenu.setCurrent(spec);
        // Drawn when the map is made, after the first figures (see mapView).
        this.basemapSpec = spec;
      }
    }
    const { dataUrl, regionsUrl } = this.state;
    const sources: DatasetSources = dataUrl
      ? { zones: { url: dataUrl }, regions: regionsUrl ? { url: regionsUrl } : null, isSample: false }
      : {
          // The bundle's asset names carry a content hash; the card shows the files' own names.
          zones: { url: this.sample.zones, fileName: SAMPLE_ZONES_NAME },
          regions: regionsUrl ? { url: regionsUrl } : { url: this.sample.districts, fileName: SAMPLE_DISTRICTS_NAME },
          isSample: true,
        };
    await this.load(sources, { fit: this.state.center === null || this.state.zoom === null });
  }

  /** Opens a file the user chose or dropped, as zones or as districts. */
  async openFile(file: File, kind: DropKind): Promise<void> {
    // A PMTiles archive is a basemap, wherever it is dropped: read in place, never uploaded.
    if (/\.pmtiles$/i.test(file.name)) {
      const spec: BasemapSpec = { kind: 'pmtiles', archive: file, attribution: null };
      this.basemapMenu.setCurrent(spec);
      await this.setBasemap(spec);
      return;
    }
    if (kind === 'regions') {
      if (!this.dataset) return;
      await this.guard(file.name, async () => {
        const { fileSource } = await import('./on-request.js');
        const dataset = await withRegions(this.dataset!, fileSource(file));
        // A local file has no URL to keep; the link then reproduces period and view only.
        this.state = { ...this.state, regionsUrl: null };
        await this.showWithRegions(dataset);
      });
      return;
    }
    this.state = { ...this.state, dataUrl: null, regionsUrl: null, from: null, to: null };
    // The user's own districts stay for their next file; the sample's districts go with the sample.
    const regions = this.dataset?.isSample ? null : undefined;
    // The worker reads the file: the page passes a handle to it and never parses it.
    await this.load({ zones: { blob: file, fileName: file.name }, regions, isSample: false }, { fit: true });
  }

  /** Shows releases completed in `period`; resolves once every panel shows it. */
  async setPeriod(period: Period): Promise<void> {
    this.state = { ...this.state, from: period.from, to: period.to };
    this.scheduleUrlWrite();
    this.zoneMap?.setPeriod(period);
    await this.renderPeriod();
  }

  private async load(sources: DatasetSources, options: { fit: boolean }): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    const name = fileNameOf(sources.zones);
    await this.guard(name, async () => {
      this.setBusy(true);
      this.setState('busy');
      this.showProgress({ stage: 'loading', measuredZones: 0, totalZones: 0 }, name);
      // Reading, checking and measuring all happen in the worker; the page only shows progress.
      const store = await SummaryStore.open(sources, this.dataset, {
        onProgress: (progress) => this.showProgress(progress, name),
        signal: controller.signal,
      });
      if (controller.signal.aborted) {
        store.dispose();
        return;
      }
      await this.show(store, options);
    });
  }

  /** Puts the districts of `dataset` under the figures: a new store, summarised in a worker. */
  private async showWithRegions(dataset: Dataset): Promise<void> {
    this.setBusy(true);
    this.setState('busy');
    this.showProgress({ stage: 'measuring', measuredZones: 0, totalZones: dataset.zones.zones.length }, '');
    // The same zones: the map data the worker made for them still holds.
    const store = await SummaryStore.create(dataset, this.store?.drawnZones ?? null);
    await this.show(store, { fit: false });
  }

  /**
   * Shows a summarised dataset: the figures first (they are what the page is for, and drawing
   * 20,000 polygons would compete with nothing but them), then the map.
   */
  private async show(store: SummaryStore, options: { fit: boolean }): Promise<void> {
    const { dataset } = store;
    this.store?.dispose();
    this.store = store;
    this.summary = null;
    this.progress = null;
    this.dataset = dataset;
    this.mapShowsDataset = false;
    this.renderDataset();
    await this.renderPeriod();
    if (this.store !== store) return;
    const zoneMap = await this.mapView();
    if (this.store !== store) return;
    await zoneMap.setDataset(dataset, this.state.lang, store.drawnZones);
    if (this.store !== store) return;
    zoneMap.setPeriod({ from: this.state.from, to: this.state.to });
    if (this.summary) zoneMap.setSummary(this.summary);
    if (options.fit) zoneMap.fitToData();
    this.find.setSuggestions([...zoneMap.regionNames(), ...zoneMap.zoneKeys()]);
    this.mapShowsDataset = true;
    // The issues list links to zones on the map: now they are there.
    this.renderIssues();
    this.setState('ready');
    store.progress().then(
      (points) => {
        if (store !== this.store) return;
        this.progress = points;
        this.renderOverview();
      },
      // A dataset replaced mid-way disposes its store; its chart is no longer wanted.
      () => {},
    );
    this.setBusy(false);
    this.writeUrl();
  }

  /**
   * The map, made on first use: after the first figures are on screen. Its first frames compile
   * MapLibre's shaders and draw the basemap — seconds of the page's main thread under SwiftShader,
   * and a core a 2-core machine would otherwise take from the worker measuring the zones.
   */
  private async mapView(): Promise<ZoneMap> {
    // MapLibre and the map module load here, not with the page: evaluating them took a 100 ms
    // task at start, while the worker was reading the zones.
    this.zoneMapModule ??= import('./zone-map.js');
    const { ZoneMap } = await this.zoneMapModule;
    this.zoneMap ??= new ZoneMap(this.shell.map, {
      center: this.state.center,
      zoom: this.state.zoom,
      locale: this.state.lang,
      labels: this.messages.map,
      onViewChange: (center, zoom) => {
        this.state = { ...this.state, center, zoom };
        this.scheduleUrlWrite();
      },
      onBasemapError: (_spec, reason) => this.showBasemapFailure(reason),
    });
    if (!this.mapWired) {
      this.mapWired = true;
      const map = this.zoneMap.map;
      map.addControl(this.basemapMenu, 'top-left');
      // Not awaited: the zones are drawn over whichever basemap comes.
      if (this.basemapSpec) void this.zoneMap.setBasemap(this.basemapSpec);
      // A picture of the map for the printed page, taken once the map settles, so the browser's own
      // Print (which gives no time to wait) has a current one.
      map.on('idle', () => {
        window.clearTimeout(this.printTimer);
        this.printTimer = window.setTimeout(() => this.capturePrintMap(), PRINT_PICTURE_DELAY_MS);
      });
    }
    return this.zoneMap;
  }

  /** Runs a load step, turning a failure into a visible, announced message naming the file. */
  private async guard(name: string, step: () => Promise<void>): Promise<void> {
    this.shell.loadError.hidden = true;
    try {
      await step();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      this.shell.loadError.textContent = this.messages.loadFailed(name, (error as Error).message ?? String(error));
      this.shell.loadError.hidden = false;
      this.setState('error');
    } finally {
      this.setBusy(false);
    }
  }

  /** Draws a basemap under the zones and keeps it in the URL (a local file cannot be linked to). */
  async setBasemap(spec: BasemapSpec): Promise<void> {
    this.shell.basemapNotice.hidden = true;
    this.state = { ...this.state, basemap: basemapText(spec) };
    this.writeUrl();
    this.basemapSpec = spec;
    if (this.zoneMap) await this.zoneMap.setBasemap(spec);
  }

  /**
   * Brings the printed page up to date (figures and a fresh picture of the map) once the map is
   * idle; the Print / PDF button runs it before printing, scripts before `page.pdf()`.
   */
  async preparePrint(): Promise<void> {
    await (await this.mapView()).idle();
    this.capturePrintMap();
  }

  /** Zooms to the zones or the district a query names, and says what was found. */
  findOnMap(query: string): string {
    if (!this.zoneMap) return this.messages.findNone(query);
    const zones = this.zoneMap.findZones(query);
    if (zones.length > 0) {
      this.zoneMap.showZones(zones);
      return this.messages.findZones(zones.length, query);
    }
    if (this.zoneMap.showRegion(query)) return this.messages.findDistrict(query);
    return this.messages.findNone(query);
  }

  /** Resolves when the map has drawn everything asked of it: for scripts, tests and screenshots. */
  whenMapIdle(): Promise<void> {
    return this.zoneMap ? this.zoneMap.idle() : Promise.resolve();
  }

  private async renderPeriod(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const token = ++this.renderToken;
    this.setState('busy');
    let summary: Summary;
    try {
      summary = await store.period(this.state.from, this.state.to);
    } catch (error) {
      // A newer period superseded this one; its own render will follow.
      if ((error as Error).name === 'AbortError') return;
      throw error;
    }
    if (token !== this.renderToken || store !== this.store) return;
    this.summary = summary;
    this.zoneMap?.setSummary(summary);
    this.timeline.update({
      weeks: store.weeks,
      period: { from: this.state.from, to: this.state.to },
      messages: this.messages,
      formats: this.formats,
    });
    // The headline figures first; each other panel in a task of its own, so none blocks the page long.
    this.renderOverview();
    for (const render of [() => this.renderDistricts(), () => this.renderReport(), () => this.renderIssues(), () => this.renderExports(), () => this.renderPrint()]) {
      await nextTask();
      if (token !== this.renderToken || store !== this.store) return;
      render();
    }
    // The figures are in: the line over the map now waits for the map alone.
    this.shell.mapBusy.removeAttribute('data-progress');
    this.shell.mapBusy.textContent = this.messages.loading;
    // Figures on screen; `ready` waits for the map too, the first time (see show()).
    if (this.mapShowsDataset) this.setState('ready');
  }

  /** The progress line over the map while a file is read and measured. */
  private showProgress(progress: SummaryProgress, fileName: string): void {
    const { messages, formats, shell } = this;
    shell.mapBusy.hidden = false;
    shell.mapBusy.dataset.progress = progress.stage;
    shell.mapBusy.textContent =
      progress.stage === 'loading'
        ? messages.readingFile(baseName(fileName))
        : messages.measuringZones(formats.count(progress.measuredZones), formats.count(progress.totalZones));
  }

  private renderDataset(): void {
    const { dataset, messages, formats } = this;
    this.shell.sampleBadge.hidden = !dataset?.isSample;
    if (!dataset) return;
    const { zones } = dataset;
    const row = (label: string, value: string, detail: string | null): HTMLElement =>
      element('div', { className: 'dataset-row' }, [
        element('dt', { text: label }),
        element('dd', {}, [
          element('span', { className: 'dataset-file', text: value, attributes: { title: value } }),
          detail ? element('span', { className: 'dataset-detail', text: detail }) : null,
        ]),
      ]);
    const zoneDetail = [
      messages.formatName(zones.format),
      messages.acceptedCount(formats.count(zones.accepted)),
      messages.rejectedCount(formats.count(zones.rejected)),
    ].join(' · ');
    this.shell.datasetCard.replaceChildren(
      element('dl', { className: 'dataset-list' }, [
        row(messages.zonesFile, baseName(zones.fileName), zoneDetail),
        row(
          messages.districtsFile,
          dataset.regionsName ? baseName(dataset.regionsName) : messages.noDistrictsFile,
          dataset.regions ? formats.count(dataset.regions.length) : null,
        ),
      ]),
    );
  }

  private renderOverview(): void {
    const { summary, store, messages, formats } = this;
    if (!summary || !store) return;
    const panel = this.tabs.panel('overview');
    const first = store.weeks[0]?.start ?? null;
    const last = store.weeks[store.weeks.length - 1]?.end ?? null;
    const from = this.state.from ?? first;
    const to = this.state.to ?? last;
    const periodText =
      from && to ? messages.periodRange(formats.date(from), formats.date(to)) : messages.wholeRecord;
    const weekIndex = this.timeline.currentWeek();
    const chart = this.progress
      ? progressChart(this.progress, {
          messages,
          formats,
          period: { from: this.state.from, to: this.state.to },
          currentWeek: this.state.to ? weekIndex : null,
        })
      : element('div', { className: 'chart-placeholder', text: messages.loading });
    panel.replaceChildren(
      element('p', { className: 'period-heading' }, [
        element('span', { className: 'period-label', text: messages.period }),
        element('span', { className: 'period-value', text: periodText, attributes: { 'data-period-text': '' } }),
      ]),
      totalsPanel(summary.totals, { messages, formats, to: to ? formats.date(to) : messages.openEnded }),
      element('figure', { className: 'chart-card' }, [
        element('figcaption', { className: 'section-title', text: messages.chartTitle }),
        chart,
        chartLegend(messages),
      ]),
    );
  }

  private renderDistricts(): void {
    const { summary, messages, formats } = this;
    if (!summary) return;
    const panel = this.tabs.panel('districts');
    const focusedSort = (document.activeElement as HTMLElement | null)?.dataset?.sort ?? null;
    panel.replaceChildren(
      element('h3', { className: 'section-title', text: messages.districtsTitle }),
      districtTable(summary, {
        messages,
        formats,
        sort: this.sort,
        onSort: (sort) => {
          this.sort = sort;
          this.renderDistricts();
        },
        onZoom: (name) => {
          this.zoneMap?.showRegion(name);
          if (window.matchMedia('(max-width: 900px)').matches) this.shell.mapArea.scrollIntoView({ behavior: 'smooth' });
        },
      }),
    );
    // Re-rendering replaces the header buttons: keep keyboard focus on the one just pressed.
    if (focusedSort) panel.querySelector<HTMLElement>(`[data-sort="${focusedSort}"]`)?.focus();
  }

  private renderReport(): void {
    const { summary, messages } = this;
    if (!summary) return;
    this.tabs.panel('report').replaceChildren(reportPanel(formatText(summary, { locale: this.state.lang }), { messages }));
  }

  private renderIssues(): void {
    const { store, dataset, messages, formats } = this;
    if (!store || !dataset) return;
    // The whole record's issues: they describe the file, and must not flicker during playback.
    const whole = store.whole;
    this.tabs.panel('issues').replaceChildren(
      element('h3', { className: 'section-title', text: messages.issuesTitle }),
      validationPanel(whole.issues, {
        messages,
        formats,
        counts: { accepted: whole.features.accepted, rejected: whole.features.rejected, undated: whole.features.undated },
        isOnMap: (index) => this.zoneMap?.hasFeature(index) ?? false,
        onZoom: (index) => {
          this.zoneMap?.zoomToFeature(index);
          // On a phone the map is above the panel: bring it into view.
          if (window.matchMedia('(max-width: 900px)').matches) this.shell.mapArea.scrollIntoView({ behavior: 'smooth' });
        },
      }),
    );
    this.tabs.relabel(this.tabDefinitions(), messages.sidePanel);
  }

  private renderExports(): void {
    const { messages } = this;
    const button = (action: string, label: string, run: () => Promise<void>): HTMLButtonElement =>
      element('button', {
        className: 'button export-button',
        text: label,
        attributes: { type: 'button', 'data-export': action },
        onClick: async (event) => {
          const target = event.currentTarget as HTMLButtonElement;
          target.disabled = true;
          try {
            await run();
          } catch (error) {
            this.announce(messages.exportFailed((error as Error).message));
          } finally {
            target.disabled = false;
          }
        },
      });
    const formatMenu = element('select', {
      className: 'export-format',
      attributes: { 'data-export-format': '', 'aria-label': messages.exportFormat, title: messages.exportFormat },
    }) as HTMLSelectElement;
    for (const format of EXPORT_FORMATS) {
      formatMenu.append(element('option', { text: messages.exportFormats[format], attributes: { value: format } }));
    }
    formatMenu.value = this.exportFormat;
    formatMenu.addEventListener('change', () => {
      this.exportFormat = formatMenu.value as ExportFormat;
    });
    this.shell.exportHost.replaceChildren(
      element('h3', { className: 'section-title', text: messages.exportTitle }),
      element('div', { className: 'export-grid' }, [
        button('csv', messages.exportCsv, async () => this.exportCsv()),
        button('png', messages.exportPng, async () => this.exportPng()),
        button('print', messages.printPdf, async () => {
          await this.preparePrint();
          window.print();
        }),
      ]),
      element('label', { className: 'export-format-label', text: messages.exportFormat }, [formatMenu]),
      element(
        'div',
        { className: 'export-grid' },
        EXPORT_OUTCOMES.map((outcome) => button(outcome, messages.exportOutcome[outcome], async () => this.exportOutcome(outcome))),
      ),
    );
  }

  private async exportCsv(): Promise<void> {
    if (!this.summary) return;
    downloadBlob(new Blob([formatCsv(this.summary)], { type: 'text/csv;charset=utf-8' }), `${this.exportName('districts')}.csv`);
  }

  // The same collection and writers as `cleared-land export`, so a file from the viewer and one
  // from the command line agree attribute for attribute.
  private async exportOutcome(outcome: ExportOutcome): Promise<void> {
    if (!this.dataset || !this.summary || !this.store) return;
    const format = this.exportFormat;
    // The writers load on the first export, not with the page (see ViewerApp.mapView).
    const [geometries, { outcomeCollection, encodeCollection }] = await Promise.all([
      this.store.outcomes(this.state.from, this.state.to),
      import('./on-request.js'),
    ]);
    const collection = outcomeCollection(geometries, outcome, {
      from: this.state.from,
      to: this.state.to,
      source: baseName(this.dataset.zones.fileName),
      sample: this.dataset.isSample,
      generator: 'cleared-land viewer',
    });
    const bytes = await encodeCollection(collection, format, { layerName: outcome });
    downloadBlob(new Blob([bytes.slice()], { type: EXPORT_MEDIA_TYPES[format] }), `${this.exportName(outcome)}${EXPORT_EXTENSIONS[format]}`);
  }

  private async exportPng(): Promise<void> {
    if (!this.dataset) return;
    if (!this.zoneMap) return;
    await this.zoneMap.idle();
    const map = mapMessages(this.state.lang);
    const statuses = [...DRAW_ORDER].reverse();
    const from = this.state.from ?? this.store?.weeks[0]?.start;
    const to = this.state.to ?? this.store?.weeks[this.store.weeks.length - 1]?.end;
    const period = from && to ? this.messages.periodRange(this.formats.date(from), this.formats.date(to)) : this.messages.wholeRecord;
    const blob = await mapPng(this.zoneMap.map.getCanvas(), {
      title: this.messages.pngTitle,
      subtitle: `${period} · ${baseName(this.dataset.zones.fileName)}`,
      warning: this.dataset.isSample ? this.messages.pngSample : null,
      legendTitle: map.legendTitle,
      legend: statuses.map((status) => ({ label: map.status[status], style: ZONE_PALETTE[status] })),
      attribution: ['cleared-land', this.zoneMap.attributionText()].filter(Boolean).join(' · '),
    });
    downloadBlob(blob, `${this.exportName('map')}.png`);
  }

  /** Takes the map's picture for the printed page (synchronous: `beforeprint` gives no time to wait). */
  private capturePrintMap(): void {
    if (!this.zoneMap) return;
    const canvas = this.zoneMap.map.getCanvas();
    // While printing, the screen layout is hidden and the map shrinks: keep the picture taken before.
    if (!this.dataset || canvas.clientWidth === 0 || window.matchMedia('print').matches) return;
    const center = this.zoneMap.map.getCenter();
    const metersPerPixel = (METERS_PER_PIXEL_AT_ZOOM_0 * Math.cos((center.lat * Math.PI) / 180)) / 2 ** this.zoneMap.map.getZoom();
    // The printed frame has one shape (A4 width × a third of the height): the centre of the view
    // is cut to it here, so the page never crops the picture and the scale bar stays true.
    const ratio = canvas.width / canvas.height;
    const width = ratio > PRINT_MAP_ASPECT ? Math.round(canvas.height * PRINT_MAP_ASPECT) : canvas.width;
    const height = ratio > PRINT_MAP_ASPECT ? canvas.height : Math.round(canvas.width / PRINT_MAP_ASPECT);
    const picture = document.createElement('canvas');
    picture.width = width;
    picture.height = height;
    const context = picture.getContext('2d');
    if (!context) return;
    // The canvas keeps its drawing buffer (preserveDrawingBuffer), so it reads back as drawn.
    context.drawImage(canvas, (canvas.width - width) / 2, (canvas.height - height) / 2, width, height, 0, 0, width, height);
    const pixelRatio = canvas.width / canvas.clientWidth;
    this.printPicture = {
      url: picture.toDataURL('image/png'),
      widthPx: width / pixelRatio,
      metersPerPixel,
      bearing: this.zoneMap.map.getBearing(),
    };
    this.renderPrint();
  }

  private renderPrint(): void {
    const { summary, dataset, messages, formats } = this;
    if (!summary || !dataset) return;
    const map = mapMessages(this.state.lang);
    this.shell.printHost.replaceChildren(
      printSheet({
        summary,
        sentence: formatText(summary, { locale: this.state.lang }),
        periodText: this.periodText(),
        source: baseName(dataset.zones.fileName),
        warning: dataset.isSample ? this.messages.pngSample : null,
        madeOn: formats.date(new Date().toISOString().slice(0, 10)),
        messages,
        formats,
        map: {
          pictureUrl: this.printPicture?.url ?? null,
          widthPx: this.printPicture?.widthPx ?? 0,
          metersPerPixel: this.printPicture?.metersPerPixel ?? 0,
          bearing: this.printPicture?.bearing ?? 0,
          attribution: ['cleared-land', this.zoneMap?.attributionText()].filter(Boolean).join(' · '),
          legendTitle: map.legendTitle,
          legend: [...DRAW_ORDER].reverse().map((status) => ({ label: map.status[status], style: ZONE_PALETTE[status] })),
        },
      }),
    );
  }

  private periodText(): string {
    const from = this.state.from ?? this.store?.weeks[0]?.start;
    const to = this.state.to ?? this.store?.weeks[this.store.weeks.length - 1]?.end;
    return from && to ? this.messages.periodRange(this.formats.date(from), this.formats.date(to)) : this.messages.wholeRecord;
  }

  private showBasemapFailure(reason: string): void {
    this.shell.basemapNotice.textContent = this.messages.basemapFailed(reason);
    this.shell.basemapNotice.hidden = false;
    // The URL keeps the basemap asked for: a link opened later, online, tries it again.
    this.basemapMenu.setCurrent({ kind: 'offline' });
  }

  private exportName(what: string): string {
    const period = [this.state.from ?? 'start', this.state.to ?? 'end'].join('_');
    return `cleared-land-${what}-${period}`;
  }

  private applyLanguage(): void {
    const { messages, shell } = this;
    document.documentElement.lang = this.state.lang;
    document.title = `${messages.appTitle} · cleared-land`;
    shell.title.textContent = messages.appTitle;
    shell.subtitle.textContent = messages.appSubtitle;
    shell.sampleBadge.textContent = messages.sampleBadge;
    shell.sampleBadge.title = messages.sampleBadgeTitle;
    shell.openZones.textContent = messages.openZones;
    shell.openDistricts.textContent = messages.openDistricts;
    shell.languageLabel.textContent = messages.language;
    shell.skipLink.textContent = messages.skipToFigures;
    shell.sidePanel.setAttribute('aria-label', messages.sidePanel);
    // The map area is no landmark of its own: MapLibre's canvas is the region (named by map.map),
    // and a second region with the same name is one landmark too many (axe landmark-unique).
    shell.mapBusy.textContent = messages.loading;
    shell.languageSelect.replaceChildren(
      ...VIEWER_LANGUAGES.map((language) => {
        const option = element('option', { text: messagesFor(language).languageName, attributes: { value: language, lang: language } });
        option.selected = language === this.state.lang;
        return option;
      }),
    );
    this.tabs.relabel(this.tabDefinitions(), messages.sidePanel);
    this.drop.relabel(messages);
    this.basemapMenu.relabel(messages);
    this.find.relabel(messages);
  }

  private setLanguage(language: ViewerLanguage): void {
    this.state = { ...this.state, lang: language };
    this.messages = messagesFor(language);
    this.formats = numberFormats(language);
    this.applyLanguage();
    this.zoneMap?.setLocale(language, this.messages.map);
    this.renderDataset();
    this.writeUrl();
    void this.renderPeriod();
  }

  private tabDefinitions(): TabDefinition[] {
    const { messages } = this;
    const issueCount = this.store ? this.store.whole.issues.length : null;
    const labels: Record<(typeof TAB_IDS)[number], string> = {
      overview: messages.tabOverview,
      districts: messages.tabDistricts,
      report: messages.tabReport,
      issues: messages.tabIssues,
    };
    return TAB_IDS.map((id) => ({
      id,
      label: labels[id],
      badge: id === 'issues' && issueCount !== null ? this.formats.count(issueCount) : null,
    }));
  }

  private wireShell(): void {
    const { shell } = this;
    shell.openZones.addEventListener('click', () => shell.zonesInput.click());
    shell.openDistricts.addEventListener('click', () => shell.districtsInput.click());
    shell.zonesInput.addEventListener('change', () => {
      const file = shell.zonesInput.files?.[0];
      shell.zonesInput.value = '';
      if (file) void this.openFile(file, 'zones');
    });
    shell.districtsInput.addEventListener('change', () => {
      const file = shell.districtsInput.files?.[0];
      shell.districtsInput.value = '';
      if (file) void this.openFile(file, 'regions');
    });
    shell.languageSelect.addEventListener('change', () =>
      this.setLanguage(shell.languageSelect.value as ViewerLanguage),
    );
  }

  /**
   * `data-state` on <body>: `busy` while figures are computed, `ready` once every panel shows the
   * period on screen, `error` when a file could not be opened. Scripts and tests wait on it.
   */
  private setState(state: 'busy' | 'ready' | 'error'): void {
    document.body.dataset.state = state;
  }

  private setBusy(busy: boolean): void {
    this.shell.mapBusy.hidden = !busy;
    this.shell.mapArea.setAttribute('aria-busy', String(busy));
  }

  private announce(text: string): void {
    this.shell.liveStatus.textContent = text;
  }

  private scheduleUrlWrite(): void {
    window.clearTimeout(this.urlTimer);
    this.urlTimer = window.setTimeout(() => this.writeUrl(), URL_WRITE_DELAY_MS);
  }

  private writeUrl(): void {
    window.clearTimeout(this.urlTimer);
    // replaceState, not pushState: moving the map should not fill the back button's history.
    window.history.replaceState(null, '', `${window.location.pathname}${writeUrlState(this.state)}${window.location.hash}`);
  }
}

/** Resolves in a later task, so the page can draw and handle input in between. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function chartLegend(messages: Messages): HTMLElement {
  const item = (label: string, className: string, color: string | null): HTMLElement =>
    element('li', {}, [
      element('span', {
        className: `legend-key ${className}`,
        attributes: { 'aria-hidden': 'true', ...(color ? { style: `background:${color}` } : {}) },
      }),
      element('span', { text: label }),
    ]);
  return element('ul', { className: 'chart-legend' }, [
    item(messages.cleared, 'area', ZONE_PALETTE.cleared.fillColor),
    item(messages.reduced, 'area', ZONE_PALETTE.reduced.fillColor),
    item(messages.cancelled, 'area', ZONE_PALETTE.cancelled.fillColor),
    item(messages.released, 'line', null),
  ]);
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || name;
}

function findShell(document: Document): Shell {
  const get = <T extends HTMLElement>(id: string): T => {
    const found = document.getElementById(id);
    if (!found) throw new Error(`viewer: index.html has no element #${id}; the page and the script are out of step`);
    return found as T;
  };
  return {
    title: get('app-title'),
    subtitle: get('app-subtitle'),
    sampleBadge: get('sample-badge'),
    openZones: get('open-zones'),
    openDistricts: get('open-districts'),
    zonesInput: get('zones-input'),
    districtsInput: get('districts-input'),
    languageLabel: get('language-label'),
    languageSelect: get('language-select'),
    skipLink: get('skip-link'),
    mapArea: get('map-area'),
    map: get('map'),
    timelineHost: get('timeline-host'),
    mapBusy: get('map-busy'),
    sidePanel: get('side-panel'),
    datasetCard: get('dataset-card'),
    loadError: get('load-error'),
    tabsHost: get('tabs-host'),
    exportHost: get('export-host'),
    findHost: get('find-host'),
    basemapNotice: get('basemap-notice'),
    printHost: get('print-host'),
    liveStatus: get('live-status'),
  };
}

const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  geojson: 'application/geo+json',
  shp: 'application/zip',
  kml: 'application/vnd.google-earth.kml+xml',
  gpkg: 'application/geopackage+sqlite3',
};
