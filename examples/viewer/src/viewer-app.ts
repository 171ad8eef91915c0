import {
  encodeCollection,
  EXPORT_EXTENSIONS,
  EXPORT_FORMATS,
  EXPORT_OUTCOMES,
  fileSource,
  formatCsv,
  outcomeCollection,
  type ExportFormat,
  type ExportOutcome,
  formatText,
  urlSource,
  type Summary,
  type ZoneSource,
} from 'cleared-land';
import { DRAW_ORDER, ZONE_PALETTE, mapMessages } from 'cleared-land/map';
import type { Messages, ViewerLanguage } from '../i18n/messages.js';
import { VIEWER_LANGUAGES } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { loadDataset, withRegions, type Dataset, type DatasetSources } from './dataset.js';
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
import { ZoneMap } from './zone-map.js';

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
  liveStatus: HTMLElement;
}

const TAB_IDS = ['overview', 'districts', 'report', 'issues'] as const;
const SAMPLE_ZONES_NAME = 'sample-zones.geojson';
const SAMPLE_DISTRICTS_NAME = 'sample-districts.geojson';
/** Debounce of address-bar updates while the map moves. */
const URL_WRITE_DELAY_MS = 250;

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
  private readonly zoneMap: ZoneMap;
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
  private urlTimer: number | undefined;

  constructor(document: Document, sample: SampleUrls) {
    this.shell = findShell(document);
    this.sample = sample;
    this.state = readUrlState(window.location.search, navigator.languages ?? []);
    this.messages = messagesFor(this.state.lang);
    this.formats = numberFormats(this.state.lang);
    this.zoneMap = new ZoneMap(this.shell.map, {
      center: this.state.center,
      zoom: this.state.zoom,
      locale: this.state.lang,
      labels: this.messages.map,
      onViewChange: (center, zoom) => {
        this.state = { ...this.state, center, zoom };
        this.scheduleUrlWrite();
      },
    });
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
    const { dataUrl, regionsUrl } = this.state;
    const sources: DatasetSources = dataUrl
      ? { zones: urlSource(dataUrl), regions: regionsUrl ? urlSource(regionsUrl) : null, isSample: false }
      : {
          // The bundle's asset names carry a content hash; the card shows the files' own names.
          zones: renamed(urlSource(this.sample.zones), SAMPLE_ZONES_NAME),
          regions: regionsUrl ? urlSource(regionsUrl) : renamed(urlSource(this.sample.districts), SAMPLE_DISTRICTS_NAME),
          isSample: true,
        };
    await this.load(sources, { fit: this.state.center === null || this.state.zoom === null });
  }

  /** Opens a file the user chose or dropped, as zones or as districts. */
  async openFile(file: File, kind: DropKind): Promise<void> {
    if (kind === 'regions') {
      if (!this.dataset) return;
      await this.guard(file.name, async () => {
        const dataset = await withRegions(this.dataset!, fileSource(file));
        // A local file has no URL to keep; the link then reproduces period and view only.
        this.state = { ...this.state, regionsUrl: null };
        await this.show(dataset, { fit: false });
      });
      return;
    }
    this.state = { ...this.state, dataUrl: null, regionsUrl: null, from: null, to: null };
    // The user's own districts stay for their next file; the sample's districts go with the sample.
    const regions = this.dataset?.isSample ? null : undefined;
    await this.load({ zones: fileSource(file), regions, isSample: false }, { fit: true });
  }

  /** Shows releases completed in `period`; resolves once every panel shows it. */
  async setPeriod(period: Period): Promise<void> {
    this.state = { ...this.state, from: period.from, to: period.to };
    this.scheduleUrlWrite();
    this.zoneMap.setPeriod(period);
    await this.renderPeriod();
  }

  private async load(sources: DatasetSources, options: { fit: boolean }): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    await this.guard(sources.zones.name, async () => {
      this.setBusy(true);
      const dataset = await loadDataset(sources, this.dataset, controller.signal);
      if (controller.signal.aborted) return;
      await this.show(dataset, options);
    });
  }

  private async show(dataset: Dataset, options: { fit: boolean }): Promise<void> {
    this.setBusy(true);
    this.setState('busy');
    this.store?.dispose();
    this.store = null;
    this.summary = null;
    this.progress = null;
    this.dataset = dataset;
    this.renderDataset();
    // The map shows the new zones at once; the figures follow when the worker has them.
    await this.zoneMap.setDataset(dataset, this.state.lang);
    this.zoneMap.setPeriod({ from: this.state.from, to: this.state.to });
    if (options.fit) this.zoneMap.fitToData();
    const store = await SummaryStore.create(dataset);
    if (this.dataset !== dataset) {
      store.dispose();
      return;
    }
    this.store = store;
    await this.renderPeriod();
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

  /** Resolves when the map has drawn everything asked of it: for scripts, tests and screenshots. */
  whenMapIdle(): Promise<void> {
    return this.zoneMap.idle();
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
    this.zoneMap.setSummary(summary);
    this.timeline.update({
      weeks: store.weeks,
      period: { from: this.state.from, to: this.state.to },
      messages: this.messages,
      formats: this.formats,
    });
    this.renderOverview();
    this.renderDistricts();
    this.renderReport();
    this.renderIssues();
    this.renderExports();
    this.setState('ready');
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
        isOnMap: (index) => this.zoneMap.hasFeature(index),
        onZoom: (index) => {
          this.zoneMap.zoomToFeature(index);
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
    const geometries = await this.store.outcomes(this.state.from, this.state.to);
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
      attribution: 'cleared-land · Natural Earth',
    });
    downloadBlob(blob, `${this.exportName('map')}.png`);
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
    shell.mapArea.setAttribute('aria-label', messages.mapLabel);
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
  }

  private setLanguage(language: ViewerLanguage): void {
    this.state = { ...this.state, lang: language };
    this.messages = messagesFor(language);
    this.formats = numberFormats(language);
    this.applyLanguage();
    this.zoneMap.setLocale(language, this.messages.map);
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

function renamed(source: ZoneSource, name: string): ZoneSource {
  return { name, read: (signal) => source.read(signal) };
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
    liveStatus: get('live-status'),
  };
}

const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  geojson: 'application/geo+json',
  shp: 'application/zip',
  kml: 'application/vnd.google-earth.kml+xml',
  gpkg: 'application/geopackage+sqlite3',
};
