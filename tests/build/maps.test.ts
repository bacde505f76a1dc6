import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScripts } from '../helpers/page-bytes.ts';
import { SITES } from '../helpers/sites.ts';

const dist = SITES.bazhong.outDir;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The budget for a map page: Leaflet itself is about 43 KB of it. */
const MAP_PAGE_JS_BUDGET = 60 * 1024;

describe('the built map pages', () => {
  for (const page of ['/maps/mining-rights/', '/maps/sewage/', '/tasks/bazhong-cei2/05/']) {
    it(`loads under 60 KB of gzipped JavaScript on ${page}`, () => {
      const scripts = pageScripts(dist, page);
      expect(scripts.length).toBeGreaterThan(0);
      const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
      console.log(`${page}: ${scripts.length} script(s), ${(total / 1024).toFixed(1)} KB gzipped`);
      expect(total).toBeLessThan(MAP_PAGE_JS_BUDGET);
    });
  }

  it('loads no map script on pages without places', () => {
    expect(pageScripts(dist, '/tasks/bazhong-cei2/01/')).toEqual([]);
  });

  it('makes its page and styles fetch nothing from another host, and writes no style attribute', () => {
    // (The scripts are checked in Chromium, tests/e2e/maps.test.ts: Leaflet's code names its
    // own site in a link it never fetches.)
    const html = read('maps/mining-rights/index.html');
    const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => read(match[1]!));
    expect([...html.matchAll(/\s(?:src|href)="(https?:[^"]+)"/g)].map((match) => match[1]).filter((url) => !url!.startsWith('https://example.org/'))).toEqual([]);
    expect(styles.flatMap((css) => [...css.matchAll(/url\(\s*["']?(https?:[^)"']+)/g)].map((match) => match[1]))).toEqual([]);
    expect(html.match(/\sstyle="[^"]*"/g)).toBeNull();
  });
});
