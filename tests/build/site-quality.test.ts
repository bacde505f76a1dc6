import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/features/built-site/links.ts';
import { isLoadedByPage, listPages, pagePolicy, readPageFacts } from '../../src/features/built-site/pages.ts';
import { formatWeights, weightsByType } from '../../src/features/built-site/weight.ts';
import { SEARCHABLE_SECTIONS } from '../../src/features/search/index.ts';
import { basePathOf, SITES, siteUrlOf, type SiteName } from '../helpers/sites.ts';
import { tempDir } from '../helpers/temp-dir.ts';

// Tables shown as cards on phones (display: block) keep role="table" so that no browser takes them
// for layout tables; rows and cells carry no role (the W3C checker refuses one inside a table, and
// browsers keep their semantics). The role is deliberate, so html-validate's no-redundant-role does not apply.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-redundant-role': 'off' } });

/** Budgets in gzipped bytes (issue: quality gates). */
const TASK_PAGE_HTML_AND_CSS = 40 * 1024;

const sites = Object.keys(SITES) as SiteName[];

describe.each(sites)('every page of the built %s site', (name) => {
  const dist = SITES[name].outDir;
  const basePath = basePathOf(name);
  const pages = listPages(dist, basePath);

  it('is valid HTML', async () => {
    expect(pages.length).toBeGreaterThan(5);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(readFileSync(page.file, 'utf8'), page.path);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('has no broken internal link, asset or anchor', () => {
    expect(findBrokenLinks(dist, { basePath, siteOrigin: siteUrlOf(name).origin })).toEqual([]);
  });

  it('carries a strict content security policy and nothing inline that it would block', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      const facts = readPageFacts(html);
      // _headers reads the policy from the head alone; it must be the one the whole page carries.
      if (pagePolicy(html) !== facts.policy) problems.push(`${page.path}: the policy read from the head differs from the page's`);
      if (!facts.policy) problems.push(`${page.path}: no policy`);
      else {
        if (!/default-src 'self'/.test(facts.policy)) problems.push(`${page.path}: default-src is not 'self'`);
        if (/unsafe-inline|unsafe-eval'|\*/.test(facts.policy.replace("'wasm-unsafe-eval'", ''))) problems.push(`${page.path}: policy allows inline code, eval or any host`);
      }
      if (facts.styleAttributes > 0) problems.push(`${page.path}: ${facts.styleAttributes} style attributes`);
      if (facts.eventHandlers.length > 0) problems.push(`${page.path}: inline event handlers ${facts.eventHandlers.join(' ')}`);
      // Loading anything from another host (a CDN, a font, a counter) is refused here already.
      for (const reference of facts.urls) {
        if (isLoadedByPage(reference) && /^(https?:)?\/\//.test(reference.url)) {
          problems.push(`${page.path}: <${reference.tag} ${reference.attribute}="${reference.url}"> loads from another host`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toMatch(/^ {2}Content-Security-Policy: default-src 'self';/m);
  });

  it('names its icon, so that no browser asks the host for /favicon.ico (not served under a base path; a 404 in the console)', () => {
    // The link itself is checked by the broken-link test above.
    const without = pages.filter((page) => !/<link\b[^>]*\brel="icon"[^>]*\bhref="[^"]+"/.test(readFileSync(page.file, 'utf8'))).map((page) => page.path);
    expect(without).toEqual([]);
  });

  it('puts every searchable page where the search index looks for them', () => {
    const searchable = pages.filter((page) => /<main[^>]*\sdata-pagefind-body[\s>=]/.test(readFileSync(page.file, 'utf8')));
    expect(searchable.length).toBeGreaterThan(3);
    const inSection = (path: string) => SEARCHABLE_SECTIONS.some((section) => path.slice(basePath.length).startsWith(`${section}/`));
    expect(searchable.map((page) => page.path).filter((path) => !inSection(path))).toEqual([]);
    // And the index holds every one of them.
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(searchable.length);
  });

  it('keeps every task page readable within its byte budget', () => {
    const report = weightsByType(dist, basePath);
    console.log(`Page weight of the ${name} site, gzipped (heaviest page of each type):\n${formatWeights(report)}`);
    const task = report.get('tasks/*');
    expect(task, 'task pages').toBeDefined();
    expect(task!.html + task!.css, `${task!.path}: HTML and CSS, gzipped bytes`).toBeLessThan(TASK_PAGE_HTML_AND_CSS);
  });
});

describe('the link check', () => {
  it('finds a missing page, a missing anchor and a missing asset, and passes good links', () => {
    const dist = tempDir('links');
    mkdirSync(join(dist, 'sub/a'), { recursive: true });
    writeFileSync(join(dist, 'sub/a/index.html'), '<h1 id="top">A</h1>');
    writeFileSync(
      join(dist, 'sub/index.html'),
      '<a href="/sub/a/">ok</a><a href="a/#top">ok</a><a href="/sub/b/">gone</a><a href="/sub/a/#nowhere">anchor</a><img src="/sub/x.png" alt=""><a href="https://other.example/">other host</a><a href="#here">self</a><p id="here"></p>',
    );
    const broken = findBrokenLinks(join(dist, 'sub'), { basePath: '/sub/' });
    expect(broken.map((link) => `${link.url} ${link.problem}`)).toEqual([
      '/sub/b/ no such page or file',
      '/sub/a/#nowhere no element with id "nowhere" on the target page',
      '/sub/x.png no such page or file',
    ]);
  });
});
