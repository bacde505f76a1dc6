import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/features/built-site/pages.ts';
import { basePathOf, SITES, type SiteName } from '../helpers/sites.ts';

// 长辈模式 applies the reader's saved choice before the first paint only if its script is a
// classic, blocking script in <head>, ahead of the stylesheets; src/browser/reading-mode.ts is
// compiled to that file by src/pages/scripts/reading-mode.js.ts.
describe.each(['bazhong', 'fixture'] as SiteName[])('the reading-mode script of the built %s site', (name) => {
  const dist = SITES[name].outDir;
  const src = `${basePathOf(name)}scripts/reading-mode.js`;
  const pages = listPages(dist, basePathOf(name)).filter((page) => readFileSync(page.file, 'utf8').includes('id="reading-mode"'));

  it('is loaded in <head> as a blocking classic script before any stylesheet, on every page with the button', () => {
    expect(pages.length).toBeGreaterThan(5);
    const problems = pages.flatMap((page) => {
      const html = readFileSync(page.file, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const tag = new RegExp(`<script([^>]*) src="${src}"([^>]*)>`).exec(head);
      if (!tag) return [`${page.path}: no <script src="${src}"> in <head>`];
      const attributes = `${tag[1]} ${tag[2]}`;
      const found: string[] = [];
      if (/\b(type="module"|defer|async)\b/.test(attributes)) found.push(`${page.path}: the script is deferred (${attributes.trim()})`);
      const stylesheet = head.search(/<link[^>]*rel="stylesheet"/);
      if (stylesheet !== -1 && stylesheet < tag.index) found.push(`${page.path}: a stylesheet comes before the script`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('is JavaScript a browser runs as a classic script: no type annotation, no import or export', () => {
    const code = readFileSync(join(dist, 'scripts/reading-mode.js'), 'utf8');
    expect(() => new Script(code, { filename: 'reading-mode.js' })).not.toThrow();
    expect(code).toMatch(/setAttribute\(["']data-js["']/);
    expect(code).toContain('ledger-reading-mode');
  });
});
