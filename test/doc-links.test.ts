// Every relative link and anchor in README.md and docs/guide/*.md resolves: the file exists and,
// for `#anchor`, the heading exists, slugged both as GitHub slugs headings (where these pages are
// read in the repository) and as TypeDoc does (the docs site of `npm run docs`, which leaves
// inline code out of an anchor).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const PAGES = ['README.md', ...readdirSync(join(root, 'docs/guide')).filter((name) => name.endsWith('.md')).map((name) => `docs/guide/${name}`)];

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
    .replace(/ /g, '-');
}

/**
 * TypeDoc 0.28's anchor of a Markdown heading: the text of its text tokens only (inline code left
 * out), punctuation dropped, each white space a hyphen, the first run of hyphens made one.
 */
export function typedocSlug(heading: string): string {
  const text = heading
    .replace(/`[^`]*`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
    .replace(/\s/g, '-')
    .replace(/--+/, '-');
  return (text || '_').toLocaleLowerCase();
}

/** Markdown without fenced code blocks and inline code, where link-like text is not a link. */
function proseOf(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** The anchors of a page's headings under one slugger, repeats numbered as both sluggers number them. */
function anchorsOf(path: string, slug: (heading: string) => string): Set<string> {
  const text = readFileSync(path, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const anchor = slug(match[1]);
    const count = seen.get(anchor) ?? 0;
    seen.set(anchor, count + 1);
    anchors.add(count === 0 ? anchor : `${anchor}-${count}`);
  }
  for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  return anchors;
}

// GitHub keeps inline code's text in the slug.
const githubHeadingSlug = (heading: string): string => githubSlug(heading.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));

function linksOf(page: string): string[] {
  const prose = proseOf(readFileSync(join(root, page), 'utf8'));
  const targets = [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => match[1]);
  const references = [...prose.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]);
  return [...targets, ...references].filter((target) => !/^[a-z][a-z+.-]*:/i.test(target));
}

function broken(page: string): string[] {
  const problems: string[] = [];
  for (const link of linksOf(page)) {
    const [pathPart, anchor] = link.split('#') as [string, string | undefined];
    const target = pathPart === '' ? join(root, page) : resolve(dirname(join(root, page)), decodeURIComponent(pathPart));
    if (!existsSync(target)) {
      problems.push(`${page}: ${link} (no file ${relative(root, target)})`);
      continue;
    }
    if (anchor === undefined || !target.endsWith('.md') || !statSync(target).isFile()) continue;
    if (!anchorsOf(target, githubHeadingSlug).has(anchor)) problems.push(`${page}: ${link} (no heading #${anchor} in ${relative(root, target)} on GitHub)`);
    else if (!anchorsOf(target, typedocSlug).has(anchor)) problems.push(`${page}: ${link} (no heading #${anchor} in ${relative(root, target)} on the docs site)`);
  }
  return problems;
}

describe('links in the README and the guides', () => {
  it('slugs headings as GitHub does', () => {
    expect(githubSlug('National files: PackedZones and the zoneSink load option')).toBe('national-files-packedzones-and-the-zonesink-load-option');
    expect(githubSlug('Exit codes & `--strict`'.replace(/`/g, ''))).toBe('exit-codes----strict');
    expect(githubSlug('Ölçmə: hektarlar')).toBe('ölçmə-hektarlar');
  });

  it('slugs headings as TypeDoc does, as its own link check reported them', () => {
    expect(typedocSlug('National files: `PackedZones` and the `zoneSink` load option')).toBe('national-files-and-the--load-option');
    expect(typedocSlug('Two readings of a broken outline (`--repair`)')).toBe('two-readings-of-a-broken-outline-');
    expect(typedocSlug('Feature services: ArcGIS REST and OGC API – Features')).toBe('feature-services-arcgis-rest-and-ogc-api-features');
    expect(typedocSlug('summarize(input, options)')).toBe('summarizeinput-options');
  });

  it('finds the links it checks (the scan is not blind)', () => {
    expect(linksOf('README.md')).toContain('docs/guide/cli.md');
    expect(PAGES.length).toBeGreaterThan(5);
  });

  it.each(PAGES)('%s: every relative link and anchor resolves', (page) => {
    expect(broken(page)).toEqual([]);
  });
});
