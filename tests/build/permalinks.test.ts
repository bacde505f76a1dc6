import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { copyFixture, write } from '../helpers/fixture-copy.ts';
import { isPermalink, laterBulletinPlan, parseUrlList } from '../../src/features/site/permalinks.ts';
import { checkContent, readRedirects } from '../../src/features/check/index.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { readOutlines } from '../../src/features/check/outlines.ts';
import { buildPlaceViews } from '../../src/features/map/places.ts';
import { isGeneratedPath, sitePaths } from '../../src/features/site/site-paths.ts';
import { productRedirects, RETIRED_FILES } from '../../src/features/site/permalinks.ts';
import { ACCEPTED, PROJECT_ROOT, SITES } from '../helpers/sites.ts';
import { tempDir } from '../helpers/temp-dir.ts';

describe('permalinks never break', () => {
  it('stops a build in which a published task is gone with no redirect, naming it, before anything is written', () => {
    const { content } = copyFixture();
    write(content, 'published-urls.txt', '# promised\n/\n/tasks/demo/01/\n/tasks/demo/1/\n/tasks/demo/03/\n');
    write(content, 'redirects.yaml', '- from: /tasks/demo/1/\n  to: /tasks/demo/01/\n  note: renamed to two digits\n');
    const outDir = tempDir('permalinks');

    const result = astroBuild({ contentDir: content, outDir });

    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/published-urls.txt:5');
    expect(result.output).toContain('网址 /tasks/demo/03/ 曾经发布，但现在没有编号为“demo/03”的整改任务');
    expect(result.output).not.toContain('/tasks/demo/1/ 曾经发布');
    expect(result.output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('serves a renamed task at its old address with a page that sends readers to the new one, under the base path', () => {
    // The shared build of hostile but acceptable content renames demo/2 to demo/02 with a
    // redirect (tests/fixtures/accepted-content/renamed-with-redirect/).
    const redirect = readFileSync(join(ACCEPTED.outDir, 'tasks/demo/2/index.html'), 'utf8');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/sub/tasks/demo/02/">');
    expect(redirect).toContain('<html lang="zh-CN">');
    expect(redirect).toContain('本页已迁至新网址：<a href="/sub/tasks/demo/02/">https://ledger.example.test/sub/tasks/demo/02/</a>');
    expect(redirect).toContain('<link rel="canonical" href="https://ledger.example.test/sub/tasks/demo/02/">');
  });

  it.each(['bazhong', 'fixture', 'charts'] as const)('predicts, for the content check, exactly the addresses the %s build wrote', (name) => {
    const { contentDir, outDir, asOf } = SITES[name];
    const checked = checkContent({ contentDir: join(PROJECT_ROOT, contentDir), asOf });
    const ledger = buildLedger(checked.input, checked.asOf);
    const { outlines } = readOutlines(join(PROJECT_ROOT, contentDir), checked.site);
    const predicted = sitePaths(ledger, { listLength: checked.site!.listLength, places: buildPlaceViews(ledger, outlines, checked.site!.placeLayers), placeLayers: checked.site!.placeLayers, attachments: checked.attachments, bulletinPeriod: checked.site!.bulletinPeriod }).map((entry) => entry.path);
    const built = parseUrlList(readFileSync(join(outDir, 'published-urls.txt'), 'utf8')).filter((path) => !isGeneratedPath(path));
    expect(new Set(predicted.filter(isPermalink))).toEqual(new Set(built));
    // Numbered list pages and the site's scripts are not permalinks, but they are written all the same.
    for (const path of predicted.filter((candidate) => !isPermalink(candidate))) {
      expect(existsSync(path.endsWith('/') ? join(outDir, path, 'index.html') : join(outDir, path)), path).toBe(true);
    }
  });

  it('keeps the Bazhong site’s list of published URLs in content complete, and publishes every URL on it that is due', () => {
    const promised = parseUrlList(readFileSync(join(PROJECT_ROOT, 'content/published-urls.txt'), 'utf8'));
    const published = new Set(parseUrlList(readFileSync(join(SITES.bazhong.outDir, 'published-urls.txt'), 'utf8')));
    expect(promised).toContain('/tasks/bazhong-cei2/06/');
    expect(promised).toContain('/data/tasks.json');
    // Complete: the list is recorded from a build as of a later day than the tests' (npm run urls:record).
    const recorded = new Set(promised);
    expect([...published].filter((path) => !recorded.has(path)), 'run npm run build && npm run urls:record').toEqual([]);
    // Bulletins of periods after the tests' as-of day are due later; the addresses the product
    // retired and those content/redirects.yaml moves are sent on from the old address (a page
    // that forwards, or a copy of the file), and the files the product retired (RETIRED_FILES)
    // are gone; every other URL is published.
    const retired = productRedirects();
    const moved = readRedirects(PROJECT_ROOT, join(PROJECT_ROOT, 'content')).redirects;
    expect(promised.filter((path) => !published.has(path) && laterBulletinPlan(path, SITES.bazhong.asOf!) === undefined).sort()).toEqual(
      [...retired, ...moved].map((redirect) => redirect.from).concat(RETIRED_FILES).sort(),
    );
    for (const redirect of [...retired, ...moved].filter((each) => each.from.endsWith('/'))) {
      expect(readFileSync(join(SITES.bazhong.outDir, redirect.from, 'index.html'), 'utf8')).toContain(`<meta http-equiv="refresh" content="0; url=${redirect.to}">`);
    }
    for (const redirect of moved.filter((each) => !each.from.endsWith('/'))) {
      expect(readFileSync(join(SITES.bazhong.outDir, redirect.from)), redirect.from).toEqual(readFileSync(join(SITES.bazhong.outDir, redirect.to)));
    }
    expect(promised.some((path) => laterBulletinPlan(path, SITES.bazhong.asOf!) !== undefined)).toBe(true);
    expect(existsSync(join(SITES.bazhong.outDir, 'sitemap-index.xml'))).toBe(true);
  });
});
