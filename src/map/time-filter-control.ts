import type { ControlPosition, IControl, Map as MapLibreMap } from 'maplibre-gl';
import { mapMessages } from './map-messages.js';
import { createElement } from './create-element.js';
import { adoptMapStyles } from './adopt-map-styles.js';

/** The period a {@link TimeFilterControl} selects: inclusive ISO dates, null for open. */
export interface TimePeriod {
  from: string | null;
  to: string | null;
}

/** Options of {@link TimeFilterControl}. */
export interface TimeFilterControlOptions {
  /** Earliest date offered (YYYY-MM-DD), e.g. the first release's endDate; null for none. */
  min: string | null;
  /** Latest date offered, where playback stops; null for none (playback then needs `max`). */
  max: string | null;
  /** Initial start of the period. */
  from: string | null;
  /** Initial end of the period. */
  to: string | null;
  /** Days the end date advances per playback step: a week, as weekly reports count. */
  stepDays: number;
  /** Milliseconds between playback steps. */
  intervalMs: number;
  /** Language of the labels: en, az, ru (others fall back to English). */
  locale: string;
  /** Corner the control goes to when `map.addControl` is given none. */
  position: ControlPosition;
}

/** Defaults of {@link TimeFilterControlOptions}. */
export const defaultTimeFilterControlOptions: TimeFilterControlOptions = {
  // No bounds until setRange() (e.g. from zoneExtent()).
  min: null,
  max: null,
  // Every date.
  from: null,
  to: null,
  // Weekly reports count in ISO weeks.
  stepDays: 7,
  // Long enough for a summary of a few thousand zones to follow each step.
  intervalMs: 900,
  // English labels.
  locale: 'en',
  // Where the reader starts reading.
  position: 'top-left',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MILLISECONDS_PER_DAY = 86_400_000;

/**
 * A MapLibre control choosing the period of completed releases: two labelled date inputs and a
 * play/pause button that advances the end date week by week, so land turns from hazard to
 * released as the work was done. Every change dispatches a `change` event whose `detail` is the
 * {@link TimePeriod}. Inputs and button are native elements, so keyboard and screen readers work
 * as usual; the playback position is announced through a polite live region.
 *
 * @example
 * const time = new TimeFilterControl({ min: '2024-01-01', max: '2024-06-30' });
 * time.addEventListener('change', (event) => layers.setFilter((event as CustomEvent<TimePeriod>).detail));
 * map.addControl(time);
 */
export class TimeFilterControl extends EventTarget implements IControl {
  private readonly settings: TimeFilterControlOptions;
  private period: TimePeriod;
  private range: { min: string | null; max: string | null };
  private container: HTMLElement | null = null;
  private fromInput: HTMLInputElement | null = null;
  private toInput: HTMLInputElement | null = null;
  private playButton: HTMLButtonElement | null = null;
  private position: HTMLOutputElement | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private listeners: AbortController | null = null;
  private releaseStyles: (() => void) | null = null;

  constructor(options: Partial<TimeFilterControlOptions> = {}) {
    super();
    this.settings = { ...defaultTimeFilterControlOptions, ...options };
    for (const key of ['min', 'max', 'from', 'to'] as const) checkDate(this.settings[key], key);
    if (!Number.isInteger(this.settings.stepDays) || this.settings.stepDays < 1) {
      throw new Error(`TimeFilterControl: stepDays must be a whole number of days ≥ 1; got ${this.settings.stepDays}`);
    }
    this.period = { from: this.settings.from, to: this.settings.to };
    this.range = { min: this.settings.min, max: this.settings.max };
  }

  /** Builds the control's element; MapLibre calls this when the control is added with `map.addControl`. */
  onAdd(map: MapLibreMap): HTMLElement {
    const messages = mapMessages(this.settings.locale);
    this.listeners = new AbortController();
    const signal = this.listeners.signal;
    const container = createElement('div', 'maplibregl-ctrl maplibregl-ctrl-group cleared-land-panel cleared-land-time');
    container.setAttribute('role', 'group');
    container.setAttribute('aria-label', messages.timeFilter);
    const title = createElement('h2', null, messages.timeFilter);

    const dates = createElement('div', 'cleared-land-time__dates');
    this.fromInput = dateInput();
    this.toInput = dateInput();
    dates.append(labelled(messages.from, this.fromInput), labelled(messages.to, this.toInput));
    this.fromInput.addEventListener('change', () => this.onDateInput('from'), { signal });
    this.toInput.addEventListener('change', () => this.onDateInput('to'), { signal });

    const controls = createElement('div', 'cleared-land-time__controls');
    this.playButton = createElement('button', 'cleared-land-button');
    this.playButton.type = 'button';
    this.playButton.addEventListener('click', () => (this.timer ? this.pause() : this.play()), { signal });
    this.position = createElement('output', 'cleared-land-time__position');
    this.position.setAttribute('aria-live', 'polite');
    controls.append(this.playButton, this.position);

    container.append(title, dates, controls);
    this.container = container;
    this.releaseStyles = adoptMapStyles(map.getContainer().getRootNode());
    this.render();
    return container;
  }

  /** Takes the control's element and listeners off the map; MapLibre calls this from `map.removeControl`. */
  onRemove(): void {
    this.pause();
    this.listeners?.abort();
    this.listeners = null;
    this.container?.remove();
    this.container = this.fromInput = this.toInput = this.playButton = this.position = null;
    this.releaseStyles?.();
    this.releaseStyles = null;
  }

  /** The corner MapLibre puts the control in when `map.addControl` names none: the `position` option. */
  getDefaultPosition(): ControlPosition {
    return this.settings.position;
  }

  /** The selected period. */
  getPeriod(): TimePeriod {
    return { ...this.period };
  }

  /** Sets the period without dispatching `change` (the caller already knows). */
  setPeriod(period: Partial<TimePeriod>): void {
    const next = { ...this.period, ...period };
    checkDate(next.from, 'from');
    checkDate(next.to, 'to');
    this.period = next;
    this.render();
  }

  /** Sets the dates offered, e.g. the first and last endDate of newly loaded zones. */
  setRange(min: string | null, max: string | null): void {
    checkDate(min, 'min');
    checkDate(max, 'max');
    this.range = { min, max };
    this.render();
  }

  /** Whether playback is running. */
  isPlaying(): boolean {
    return this.timer !== null;
  }

  /**
   * Starts week-by-week playback: the end date moves from the first week after `from` (or `min`)
   * to `max`, one step every `intervalMs`, then stops. Does nothing without `max`.
   */
  play(): void {
    const start = this.period.from ?? this.range.min;
    const end = this.range.max;
    if (this.timer || !start || !end) return;
    // Resume where playback stopped, unless it already reached the end.
    const resumeFrom = this.period.to && this.period.to < end && this.period.to >= start ? this.period.to : null;
    this.change({ from: this.period.from, to: resumeFrom ?? minDate(addDays(start, this.settings.stepDays - 1), end) });
    this.timer = setInterval(() => this.step(), this.settings.intervalMs);
    this.render();
  }

  /** Stops playback where it is. */
  pause(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.render();
  }

  private step(): void {
    const end = this.range.max;
    if (!end || !this.period.to || this.period.to >= end) {
      this.pause();
      return;
    }
    this.change({ ...this.period, to: minDate(addDays(this.period.to, this.settings.stepDays), end) });
    if (this.period.to === end) this.pause();
  }

  private onDateInput(changed: 'from' | 'to'): void {
    let from = this.fromInput?.value || null;
    let to = this.toInput?.value || null;
    // A start after the end is read as the reader moving the whole period: the other end follows.
    if (from && to && from > to) {
      if (changed === 'from') to = from;
      else from = to;
    }
    this.pause();
    this.change({ from, to });
  }

  private change(period: TimePeriod): void {
    this.period = period;
    this.render();
    this.dispatchEvent(new CustomEvent<TimePeriod>('change', { detail: { ...period } }));
  }

  private render(): void {
    if (!this.container || !this.fromInput || !this.toInput || !this.playButton || !this.position) return;
    const messages = mapMessages(this.settings.locale);
    this.fromInput.value = this.period.from ?? '';
    this.toInput.value = this.period.to ?? '';
    setBound(this.fromInput, 'min', this.range.min);
    setBound(this.fromInput, 'max', this.period.to ?? this.range.max);
    setBound(this.toInput, 'min', this.period.from ?? this.range.min);
    setBound(this.toInput, 'max', this.range.max);
    const playing = this.timer !== null;
    this.playButton.setAttribute('aria-pressed', String(playing));
    this.playButton.disabled = !this.range.max || !(this.period.from ?? this.range.min);
    const icon = createElement('span', null, playing ? '❚❚' : '▶');
    icon.setAttribute('aria-hidden', 'true');
    this.playButton.replaceChildren(icon, createElement('span', null, playing ? messages.pause : messages.play));
    this.position.textContent = this.period.to ? messages.upTo(this.period.to) : messages.allDates;
  }
}

function dateInput(): HTMLInputElement {
  const input = createElement('input');
  input.type = 'date';
  return input;
}

function labelled(text: string, input: HTMLInputElement): HTMLLabelElement {
  const label = createElement('label', null, text);
  label.append(input);
  return label;
}

function setBound(input: HTMLInputElement, bound: 'min' | 'max', value: string | null): void {
  if (value) input[bound] = value;
  else input.removeAttribute(bound);
}

function checkDate(value: unknown, name: string): void {
  if (value !== null && (typeof value !== 'string' || !ISO_DATE.test(value))) {
    throw new Error(`TimeFilterControl: ${name} must be a date written YYYY-MM-DD or null; got ${JSON.stringify(value)}`);
  }
}

function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * MILLISECONDS_PER_DAY).toISOString().slice(0, 10);
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
