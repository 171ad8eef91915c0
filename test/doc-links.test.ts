// Every relative link and anchor in README.md and docs/guide/*.md resolves: the file exists and,
// for `#anchor`, the heading exists (slugged as GitHub slugs headings, where these pages are read).
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

/** Markdown without fenced code blocks and inline code, where link-like text is not a link. */
function proseOf(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function anchorsOf(path: string): Set<string> {
  const text = readFileSync(path, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const match of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    // Headings keep their inline code's text in the slug.
    const slug = githubSlug(match[1].replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'));
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const match of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(match[1]);
  return anchors;
}

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
    if (anchor !== undefined && target.endsWith('.md') && statSync(target).isFile() && !anchorsOf(target).has(anchor)) {
      problems.push(`${page}: ${link} (no heading #${anchor} in ${relative(root, target)})`);
    }
  }
  return problems;
}

describe('links in the README and the guides', () => {
  it('slugs headings as GitHub does', () => {
    expect(githubSlug('National files: PackedZones and the zoneSink load option')).toBe('national-files-packedzones-and-the-zonesink-load-option');
    expect(githubSlug('Exit codes & `--strict`'.replace(/`/g, ''))).toBe('exit-codes----strict');
    expect(githubSlug('Ölçmə: hektarlar')).toBe('ölçmə-hektarlar');
  });

  it('finds the links it checks (the scan is not blind)', () => {
    expect(linksOf('README.md')).toContain('docs/guide/cli.md');
    expect(PAGES.length).toBeGreaterThan(5);
  });

  it.each(PAGES)('%s: every relative link and anchor resolves', (page) => {
    expect(broken(page)).toEqual([]);
  });
});
