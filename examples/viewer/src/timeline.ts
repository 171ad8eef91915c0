import type { Messages } from '../i18n/messages.js';
import { element } from './element.js';
import type { NumberFormats } from './number-formats.js';
import type { RecordWeek } from './summary-store.js';

/** A period of completion dates, inclusive; null ends are open. */
export interface Period {
  from: string | null;
  to: string | null;
}

/** Options of {@link Timeline}. */
export interface TimelineOptions {
  /** Told of every period the user picks; playback waits for the promise before the next week. */
  onChange: (period: Period) => Promise<void>;
  /** Shortest time a week stays on screen during playback, in milliseconds. */
  stepMs: number;
}

/** Defaults of {@link TimelineOptions}. */
export const defaultTimelineOptions: TimelineOptions = {
  // Nothing to tell until a viewer listens.
  onChange: async () => {},
  // Long enough to read the figures of a week before the next one replaces them.
  stepMs: 1_100,
};

/**
 * The time bar: a date range (two date inputs and "whole record"), and week-by-week playback over
 * the record with a slider, previous/next buttons and play/pause. "Cumulative" playback shows
 * everything released up to the week's end (the map fills in); otherwise each week on its own.
 * Every control is a native, labelled input or button, so keyboard and screen readers work as usual.
 *
 * @example
 * const timeline = new Timeline(host, { onChange: async (period) => app.setPeriod(period) });
 * timeline.update({ weeks, period, messages, formats });
 */
export class Timeline {
  private readonly host: HTMLElement;
  private readonly options: TimelineOptions;
  private readonly root: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly previousButton: HTMLButtonElement;
  private readonly nextButton: HTMLButtonElement;
  private readonly slider: HTMLInputElement;
  private readonly weekLabel: HTMLElement;
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly fromLabel: HTMLElement;
  private readonly toLabel: HTMLElement;
  private readonly wholeButton: HTMLButtonElement;
  private readonly cumulativeInput: HTMLInputElement;
  private readonly cumulativeLabel: HTMLElement;
  private weeks: readonly RecordWeek[] = [];
  private period: Period = { from: null, to: null };
  private messages: Messages | null = null;
  private formats: NumberFormats | null = null;
  private playing = false;
  private playToken = 0;

  constructor(host: HTMLElement, options: Partial<TimelineOptions> = {}) {
    this.host = host;
    this.options = { ...defaultTimelineOptions, ...options };
    const button = (action: string, text: string): HTMLButtonElement =>
      element('button', { className: 'icon-button', text, attributes: { type: 'button', 'data-action': action } });
    this.previousButton = button('previous-week', '‹');
    this.playButton = button('play', '▶');
    this.playButton.classList.add('play-button');
    this.nextButton = button('next-week', '›');
    this.slider = element('input', {
      className: 'week-slider',
      attributes: { type: 'range', min: '0', max: '0', step: '1', id: 'week-slider' },
    });
    this.weekLabel = element('output', { className: 'week-label', attributes: { for: 'week-slider', id: 'week-label' } });
    this.fromInput = element('input', { attributes: { type: 'date', id: 'period-from', 'data-period': 'from' } });
    this.toInput = element('input', { attributes: { type: 'date', id: 'period-to', 'data-period': 'to' } });
    this.fromLabel = element('label', { attributes: { for: 'period-from' } });
    this.toLabel = element('label', { attributes: { for: 'period-to' } });
    this.wholeButton = element('button', { className: 'text-button', attributes: { type: 'button', 'data-action': 'whole-record' } });
    this.cumulativeInput = element('input', { attributes: { type: 'checkbox', id: 'cumulative', checked: '' } });
    this.cumulativeLabel = element('label', { attributes: { for: 'cumulative' } });

    this.root = element('div', { className: 'timeline' }, [
      element('div', { className: 'timeline-row playback' }, [
        element('div', { className: 'button-group' }, [this.previousButton, this.playButton, this.nextButton]),
        element('div', { className: 'slider-box' }, [this.slider, this.weekLabel]),
      ]),
      element('div', { className: 'timeline-row range' }, [
        element('div', { className: 'date-field' }, [this.fromLabel, this.fromInput]),
        element('div', { className: 'date-field' }, [this.toLabel, this.toInput]),
        element('div', { className: 'check-field' }, [this.cumulativeInput, this.cumulativeLabel]),
        this.wholeButton,
      ]),
    ]);
    host.append(this.root);

    this.previousButton.addEventListener('click', () => this.stepBy(-1));
    this.nextButton.addEventListener('click', () => this.stepBy(1));
    this.playButton.addEventListener('click', () => (this.playing ? this.pause() : void this.play()));
    this.slider.addEventListener('input', () => {
      this.pause();
      void this.goToWeek(Number(this.slider.value));
    });
    this.cumulativeInput.addEventListener('change', () => void this.goToWeek(this.currentWeek()));
    const onDate = (): void => {
      this.pause();
      let from = this.fromInput.value || null;
      let to = this.toInput.value || null;
      if (from && to && from > to) [from, to] = [to, from];
      void this.emit({ from, to });
    };
    this.fromInput.addEventListener('change', onDate);
    this.toInput.addEventListener('change', onDate);
    this.wholeButton.addEventListener('click', () => {
      this.pause();
      void this.emit({ from: null, to: null });
    });
  }

  /** Shows a new record, period or language. */
  update(state: { weeks: readonly RecordWeek[]; period: Period; messages: Messages; formats: NumberFormats }): void {
    this.weeks = state.weeks;
    this.period = state.period;
    this.messages = state.messages;
    this.formats = state.formats;
    this.render();
  }

  /** Index of the week the period ends in (the last week for an open end); -1 without weeks. */
  currentWeek(): number {
    if (this.weeks.length === 0) return -1;
    if (!this.period.to) return this.weeks.length - 1;
    const index = this.weeks.findIndex((week) => week.end >= this.period.to!);
    return index === -1 ? this.weeks.length - 1 : index;
  }

  /** Plays week by week from the current week (from the first when at the end). */
  async play(): Promise<void> {
    if (this.weeks.length === 0) return;
    this.playing = true;
    const token = ++this.playToken;
    this.render();
    let index = this.currentWeek();
    if (index >= this.weeks.length - 1 || !this.period.to) index = -1;
    while (this.playing && token === this.playToken && index < this.weeks.length - 1) {
      index += 1;
      const started = performance.now();
      await this.goToWeek(index);
      const left = this.options.stepMs - (performance.now() - started);
      if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    }
    if (token === this.playToken) this.pause();
  }

  /** Stops playback where it is. */
  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.playToken += 1;
    this.render();
  }

  /** Removes the time bar and stops playback. */
  remove(): void {
    this.pause();
    this.root.remove();
    this.host.replaceChildren();
  }

  private stepBy(delta: number): void {
    this.pause();
    const index = Math.min(this.weeks.length - 1, Math.max(0, this.currentWeek() + delta));
    void this.goToWeek(index);
  }

  private goToWeek(index: number): Promise<void> {
    const week = this.weeks[index];
    if (!week) return Promise.resolve();
    return this.emit({ from: this.cumulativeInput.checked ? null : week.start, to: week.end });
  }

  private emit(period: Period): Promise<void> {
    this.period = period;
    this.render();
    return this.options.onChange(period);
  }

  private render(): void {
    const messages = this.messages;
    const formats = this.formats;
    if (!messages || !formats) return;
    const hasWeeks = this.weeks.length > 0;
    const index = this.currentWeek();
    this.slider.max = String(Math.max(0, this.weeks.length - 1));
    this.slider.value = String(Math.max(0, index));
    this.slider.disabled = !hasWeeks;
    this.slider.setAttribute('aria-label', messages.weekSlider);
    const week = this.weeks[index];
    const weekText = week
      ? messages.weekOf(index + 1, this.weeks.length, messages.periodRange(formats.shortDate(week.start), formats.date(week.end)))
      : messages.chartEmpty;
    this.weekLabel.textContent = weekText;
    this.slider.setAttribute('aria-valuetext', weekText);
    this.playButton.textContent = this.playing ? '❚❚' : '▶';
    this.playButton.setAttribute('aria-label', this.playing ? messages.pause : messages.play);
    this.playButton.title = this.playing ? messages.pause : messages.play;
    this.playButton.setAttribute('aria-pressed', String(this.playing));
    this.previousButton.setAttribute('aria-label', messages.previousWeek);
    this.previousButton.title = messages.previousWeek;
    this.nextButton.setAttribute('aria-label', messages.nextWeek);
    this.nextButton.title = messages.nextWeek;
    for (const control of [this.playButton, this.previousButton, this.nextButton]) control.disabled = !hasWeeks;
    this.fromLabel.textContent = messages.periodFrom;
    this.toLabel.textContent = messages.periodTo;
    // An open end shows the record's own first or last day, so the inputs never read "mm/dd/yyyy".
    this.fromInput.value = this.period.from ?? this.weeks[0]?.start ?? '';
    this.toInput.value = this.period.to ?? this.weeks[this.weeks.length - 1]?.end ?? '';
    if (hasWeeks) {
      // The date pickers open on the weeks of the record; dates outside it are still allowed.
      this.fromInput.min = this.toInput.min = this.weeks[0].start;
      this.fromInput.max = this.toInput.max = this.weeks[this.weeks.length - 1].end;
    }
    // Cumulative means "from the start of the record": the box shows whether the period is that.
    this.cumulativeInput.checked = this.period.from === null;
    this.wholeButton.textContent = messages.wholeRecord;
    this.wholeButton.disabled = !this.period.from && !this.period.to;
    this.cumulativeLabel.textContent = messages.cumulative;
  }
}
