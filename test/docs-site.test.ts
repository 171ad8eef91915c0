// `npm run docs` builds the docs site (the API reference from the doc comments and the guides as
// pages) with TypeDoc's link validation as errors: a {@link} to something not exported, or a
// guide link to an anchor the site does not have, fails the build, and so this test.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'docs-site');

describe('the docs site', () => {
  it('builds without a TypeDoc warning, with every guide as a page and the anchors the guides link to', () => {
    const build = spawnSync(process.execPath, [join(root, 'docs/tools/build-docs.mjs')], { cwd: root, encoding: 'utf8' });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/\[warning\]|\[error\]/);

    const guides = readdirSync(join(root, 'docs/guide')).filter((name) => name.endsWith('.md'));
    const pages = readdirSync(join(site, 'documents'));
    for (const guide of guides) expect(pages, guide).toContain(guide.replace(/\.md$/, '.html'));
    const measuring = readFileSync(join(site, 'documents', 'measuring.html'), 'utf8');
    expect(measuring).toContain('id="national-files-packedzones-and-the-zonesink-load-option"');
    expect(readFileSync(join(site, 'functions', 'index.summarize.html'), 'utf8')).toContain('summarize');
  }, 240_000);
});
