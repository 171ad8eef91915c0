// Accessibility of the viewer and the embed, in headless Chromium: axe-core finds no violation in
// any state listed below, text over the map keeps a contrast of 4.5:1 or more, and every control
// can be reached with Tab and operated with Enter or Space.
//
// To cover a new panel, menu or tab: the viewer's tabs are found by themselves; anything else
// that must be opened first goes in VIEWER_STATES or EMBED_STATES as { name, open(page) }.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser/launch-chromium.js';
import { serveViteBuild, type ServedBuild } from './map-harness/serve-vite-build.js';
import { serveViewer, type ViewerServer } from './viewer/viewer-server.js';
import { openViewer, READY_TIMEOUT_MS } from './viewer/viewer-page.js';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(repositoryRoot, path), 'utf8');
const AXE_PATH = join(repositoryRoot, 'node_modules/axe-core/axe.min.js');
/** WCAG 2 AA for normal text. */
const MINIMUM_CONTRAST = 4.5;

/** A state of a page to check: how to get there from the page as it opens. */
interface PageState {
  name: string;
  open: (page: Page) => Promise<void>;
}

const measureView = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Measure the map view' }).click();
  await page.locator('.cleared-land-measure__result').first().waitFor({ timeout: 30_000 });
};

/** Opens the basemap menu and leaves it open (a closed disclosure's content is not in the tab order). */
const openBasemapMenu = async (page: Page) => {
  await page.evaluate(() => {
    document.querySelector<HTMLDetailsElement>('details.basemap-details')!.open = true;
  });
};

/** Closes the basemap menu again, so the keyboard check starts from the page as it opens. */
const closeBasemapMenu = async (page: Page) => {
  await page.evaluate(() => {
    document.querySelector<HTMLDetailsElement>('details.basemap-details')!.open = false;
  });
};

const VIEWER_STATES: PageState[] = [
  { name: 'after measuring the map view', open: measureView },
  { name: 'with the basemap menu open', open: openBasemapMenu },
  { name: 'with the basemap menu closed again', open: closeBasemapMenu },
];

const EMBED_STATES: PageState[] = [
  { name: 'as it opens', open: async () => {} },
  { name: 'after measuring the map view', open: measureView },
];

const EMBED_PAGES = ['examples/embed-one-tag/index.html', 'examples/embed-themed/index.html'];

let browser: Browser;
let viewer: ViewerServer;
let embed: ServedBuild;

beforeAll(async () => {
  mkdirSync(join(repositoryRoot, 'test/__screenshots__'), { recursive: true });
  [viewer, embed, browser] = await Promise.all([
    serveViewer(),
    // The served tree mirrors the repository: dist/ (the embed just built), data/ and the examples.
    serveViteBuild({
      config: { configFile: join(repositoryRoot, 'vite.embed.config.ts'), root: repositoryRoot },
      buildFolder: 'dist',
      files: {
        'examples/embed-one-tag/index.html': read('examples/embed-one-tag/index.html'),
        'examples/embed-one-tag/page.css': read('examples/embed-one-tag/page.css'),
        'examples/embed-one-tag/show-summary.js': read('examples/embed-one-tag/show-summary.js'),
        'examples/embed-themed/index.html': read('examples/embed-themed/index.html'),
        'examples/embed-themed/theme.css': read('examples/embed-themed/theme.css'),
        'data/sample-zones.geojson': read('data/sample-zones.geojson'),
        'data/sample-districts.geojson': read('data/sample-districts.geojson'),
      },
    }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([viewer?.close(), embed?.close()]);
});

/** Every axe-core violation on the page, one line each: rule, impact, element, what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} (${violation.impact}) ${JSON.stringify(node.target)}: ${node.failureSummary.replace(/\s+/g, ' ')}`),
    );
  });
}

interface AxeResults {
  violations: { id: string; impact: string; nodes: { target: unknown; failureSummary: string }[] }[];
}

/**
 * Contrast of every text in the elements matched (searched into shadow roots too), against its
 * background composited down to the first opaque one. Text over the map has no opaque background
 * under its panel, so it is measured over both black and white, and the worse counts.
 */
async function lowContrastTexts(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(
    ({ selectors, minimum }) => {
      type Rgba = [number, number, number, number];
      const parse = (value: string): Rgba => {
        const numbers = (value.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
        return [numbers[0], numbers[1], numbers[2], numbers[3] ?? 1];
      };
      const over = (top: Rgba, bottom: Rgba): Rgba => {
        const alpha = top[3] + bottom[3] * (1 - top[3]);
        const channel = (index: number) => (top[index] * top[3] + bottom[index] * bottom[3] * (1 - top[3])) / (alpha || 1);
        return [channel(0), channel(1), channel(2), alpha];
      };
      const luminance = ([r, g, b]: Rgba) => {
        const linear = (value: number) => {
          const s = value / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const ratio = (a: Rgba, b: Rgba) => {
        const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (light + 0.05) / (dark + 0.05);
      };
      const parentOf = (element: Element): Element | null =>
        element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null);
      const backgrounds = (element: Element): Rgba[] => {
        const layers: Rgba[] = [];
        for (let current: Element | null = element; current; current = parentOf(current)) {
          const color = parse(getComputedStyle(current).backgroundColor);
          if (color[3] > 0) layers.push(color);
          if (color[3] >= 1) break;
        }
        return layers;
      };
      const everywhere = (selector: string): Element[] => {
        const found: Element[] = [];
        const visit = (root: Document | ShadowRoot) => {
          found.push(...root.querySelectorAll(selector));
          for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
        };
        visit(document);
        return found;
      };
      const problems: string[] = [];
      for (const selector of selectors) {
        for (const element of everywhere(selector)) {
          const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
          const isControl = element instanceof HTMLSelectElement || element instanceof HTMLInputElement;
          const box = element.getBoundingClientRect();
          if ((!ownText && !isControl) || box.width === 0 || box.height === 0) continue;
          const layers = backgrounds(element);
          const backdrops: Rgba[] = layers.at(-1)?.[3] === 1 ? [] : [[0, 0, 0, 1], [255, 255, 255, 1]];
          const grounds = backdrops.length === 0 ? [layers.reduceRight<Rgba>((below, layer) => over(layer, below), [0, 0, 0, 0])] : backdrops.map((backdrop) => layers.reduceRight((below, layer) => over(layer, below), backdrop));
          const text = parse(getComputedStyle(element).color);
          const worst = Math.min(...grounds.map((ground) => ratio(over(text, ground), ground)));
          if (worst < minimum) problems.push(`${selector} “${(element.textContent ?? '').trim().slice(0, 40)}”: ${worst.toFixed(2)}:1`);
        }
      }
      return problems;
    },
    { selectors, minimum: MINIMUM_CONTRAST },
  );
}

/** What has focus, through shadow roots: a short description to compare. */
async function focusedControl(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return null;
    return describe(element);
    function describe(target: Element): string {
      const label = target.getAttribute('aria-label') ?? target.getAttribute('title') ?? (target.textContent ?? '').trim().slice(0, 30);
      return `${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''} ${label}`;
    }
  });
}

/** Every control a keyboard user must reach: enabled, shown, and in the tab order. */
async function tabbableControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, select, input:not([type="hidden"]), textarea, summary, [tabindex]';
    const found: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      found.push(...root.querySelectorAll(selector));
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    return found
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return (
          (element as HTMLElement).tabIndex >= 0 &&
          !(element as HTMLButtonElement).disabled &&
          box.width > 1 &&
          box.height > 1 &&
          style.visibility !== 'hidden' &&
          !element.closest('[hidden], [inert]') &&
          // The content of a closed disclosure is reached by opening it (its summary is in the list).
          !(element.closest('details:not([open])') && element.tagName !== 'SUMMARY')
        );
      })
      .map((target) => {
        const label = target.getAttribute('aria-label') ?? target.getAttribute('title') ?? (target.textContent ?? '').trim().slice(0, 30);
        return `${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''} ${label}`;
      });
  });
}

/**
 * Enter on the measure tool's toggle starts drawing (terra-draw loads then) and, pressed again,
 * stops and clears it; Space on "Measure the map view" measures again.
 */
async function operateMeasureTool(page: Page): Promise<void> {
  const result = page.locator('.cleared-land-measure__result');
  const toggle = page.locator('.cleared-land-measure button[aria-pressed]');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 30_000 }).toBe('true');
  await page.keyboard.press('Enter');
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  expect(await toggle.innerText()).toBe('Measure an area');
  expect(await result.count()).toBe(0);
  await page.getByRole('button', { name: 'Measure the map view' }).focus();
  await page.keyboard.press(' ');
  await expect.poll(() => result.count(), { timeout: 30_000 }).toBe(1);
}

/** Presses Tab until focus comes round to the first control again; returns every control it stopped on. */
async function tabThrough(page: Page, limit = 300): Promise<Set<string>> {
  const reached = new Set<string>();
  let first: string | null = null;
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const focused = await focusedControl(page);
    // Null: focus left the page for the browser's own UI; the next Tab comes back to the page.
    if (focused === null) continue;
    if (first === null) first = focused;
    else if (focused === first && reached.size > 1) break;
    // A date field takes several Tabs (day, month, year) on the same element.
    reached.add(focused);
  }
  return reached;
}

// One page per describe, checked in order (axe, contrast, keyboard): opening the viewer is the slow part.
describe('the viewer', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openViewer(browser, `${viewer.url}?lang=en`));
  }, READY_TIMEOUT_MS * 2);
  afterAll(() => page?.context().close());

  it(
    'has no axe-core violation in any tab or listed state',
    async () => {
      const found: Record<string, string[]> = {};
      for (const tab of await page.$$eval('[role="tab"]', (tabs) => tabs.map((tab) => tab.id))) {
        await page.click(`#${tab}`);
        await expect.poll(() => page.getAttribute(`#${tab}`, 'aria-selected')).toBe('true');
        found[tab] = await axeViolations(page);
      }
      for (const state of VIEWER_STATES) {
        await state.open(page);
        found[state.name] = await axeViolations(page);
      }
      expect(Object.keys(found).length).toBeGreaterThan(VIEWER_STATES.length);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'keeps text over the map and in the header at a contrast of 4.5:1 or more',
    async () => {
      expect(await lowContrastTexts(page, ['.cleared-land-panel *', '.cleared-land-panel', '#language-select', '.app-header *', '.maplibregl-ctrl-attrib *'])).toEqual([]);
    },
    READY_TIMEOUT_MS * 2,
  );

  it(
    'lets the keyboard reach every control with Tab and operate them with Enter and Space',
    async () => {
      const reached = await tabThrough(page);
      const missing = (await tabbableControls(page)).filter((control) => !reached.has(control));
      expect(missing).toEqual([]);

      // Enter on a tab's neighbour: arrows move between tabs, Enter and Space select.
      await page.focus('#tab-overview');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getAttribute('#tab-districts', 'aria-selected')).toBe('true');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press(' ');
      await expect.poll(() => page.getAttribute('#tab-report', 'aria-selected')).toBe('true');

      // Enter on "Open zones" asks the hidden file input for the file dialog (caught before it opens).
      await page.evaluate(() => {
        document.querySelector('#zones-input')!.addEventListener('click', (event) => {
          event.preventDefault();
          (window as unknown as { __fileDialogAsked: boolean }).__fileDialogAsked = true;
        });
      });
      await page.focus('#open-zones');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __fileDialogAsked?: boolean }).__fileDialogAsked)).toBe(true);

      await operateMeasureTool(page);

      // The language select changes with the arrow keys.
      await page.focus('#language-select');
      const before = await page.$eval('#language-select', (select) => (select as HTMLSelectElement).value);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.$eval('#language-select', (select) => (select as HTMLSelectElement).value)).not.toBe(before);
    },
    READY_TIMEOUT_MS * 2,
  );
});

describe.each(EMBED_PAGES)('the embed on %s', (path) => {
  let page: Page;
  beforeAll(async () => {
    page = await openEmbed();
  }, 120_000);
  afterAll(() => page?.context().close());

  async function openEmbed(): Promise<Page> {
    // axe is injected as an inline script, which the example's own CSP forbids; the CSP itself is
    // tested in embed-examples.test.ts.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${embed.url}${path}`);
    await page.locator('cleared-land-map .cleared-land-summary').getByText('Sample District A').first().waitFor({ timeout: 60_000 });
    return page;
  }

  it('has no axe-core violation in any listed state', async () => {
    const found: Record<string, string[]> = {};
    for (const state of EMBED_STATES) {
      await state.open(page);
      found[state.name] = await axeViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(EMBED_STATES.map((state) => [state.name, []])));
    await page.screenshot({ path: join(repositoryRoot, `test/__screenshots__/accessibility-${path.split('/')[1]}.png`) });
  });

  it('keeps the panels’ text at a contrast of 4.5:1 or more over any map', async () => {
    expect(await lowContrastTexts(page, ['.cleared-land-panel *', '.cleared-land-panel'])).toEqual([]);
  });

  it('lets the keyboard reach every control inside the element and operate the measure tool', async () => {
    const reached = await tabThrough(page);
    const missing = (await tabbableControls(page)).filter((control) => !reached.has(control));
    expect(missing).toEqual([]);
    await page.getByRole('button', { name: 'Measure the map view' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('cleared-land-map .cleared-land-measure__result').count(), { timeout: 30_000 }).toBe(1);
  });
});
