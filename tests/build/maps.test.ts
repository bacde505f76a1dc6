import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScripts } from '../helpers/page-bytes.ts';
import { SITES } from '../helpers/sites.ts';

const dist = SITES.bazhong.outDir;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The budget for a map page: Leaflet itself is about 43 KB of it. */
const MAP_PAGE_JS_BUDGET = 60 * 1024;
// Every page loads the site's small reading-mode script; the map code comes from the bundle.
// Map code is what carries Leaflet (its `leaflet-` class names); other page scripts (the citation
// copy button) are not map code.
const mapCode = (page: string) =>
  pageScripts(dist, page).filter((script) => script.file.startsWith('/_astro/') && readFileSync(join(dist, script.file), 'utf8').includes('leaflet-'));

describe('the built map pages', () => {
  for (const page of ['/maps/mining-rights/', '/maps/sewage/', '/tasks/bazhong-cei2/05/']) {
    it(`loads under 60 KB of gzipped JavaScript on ${page}`, () => {
      const scripts = pageScripts(dist, page);
      expect(scripts.length).toBeGreaterThan(0);
      // Leaflet itself is counted, though it loads after the first paint.
      expect(mapCode(page).length).toBeGreaterThan(0);
      const total = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
      console.log(`${page}: ${scripts.length} script(s), ${(total / 1024).toFixed(1)} KB gzipped`);
      expect(total).toBeLessThan(MAP_PAGE_JS_BUDGET);
    });
  }

  it('lists each layer with its count and its GeoJSON in one bracket, so no line starts with a separator', () => {
    const html = read('maps/index.html');
    expect(html).toContain('<a href="/maps/mining-rights/">自然保护区内矿业权</a>（12处，<a href="/maps/mining-rights.geojson" download>GeoJSON 数据</a>）');
    expect(html).not.toMatch(/处）·/);
  });

  it('loads no map script on pages without places', () => {
    expect(mapCode('/tasks/bazhong-cei2/01/')).toEqual([]);
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

describe('a task whose places cannot be drawn', () => {
  it('shows the table without a map or its script (the 经开区 plant has no outline)', () => {
    const html = read('tasks/bazhong-cei2/07/index.html');
    expect(html).toContain('巴中市经济开发区污水处理厂');
    expect(html).not.toContain('data-map-figure');
    expect(mapCode('/tasks/bazhong-cei2/07/')).toEqual([]);
  });
});

describe('another deployment’s maps (the fixture: its own outlines, a hand-drawn sketch)', () => {
  const fixture = (path: string) => readFileSync(join(SITES.fixture.outDir, path), 'utf8');

  it('says on the map that its outlines are a sketch, and names their source', () => {
    const html = fixture('maps/sewage/index.html');
    expect(html).toContain('界线为简化示意图，不是真实边界。');
    expect(html).toContain('测试用手绘示意界线');
  });

  it('links outlines and tasks under the site’s base path', () => {
    const html = fixture('maps/sewage/index.html');
    expect(html).toContain('&quot;outlinesUrl&quot;:&quot;/sub/maps/outlines.geojson&quot;'.replace(/&quot;/g, '"'));
    expect(html).toContain('href="/sub/tasks/demo/01/#measure-1"');
    const outlines = JSON.parse(fixture('maps/outlines.geojson'));
    expect(outlines.features.map((feature: { properties: { code: string } }) => feature.properties.code)).toEqual(['990102', '990121']);
  });

  it('lists only the first listLength places in the table, draws them all, and says where the rest are', () => {
    const html = fixture('maps/sewage/index.html');
    expect(html.match(/<tr data-place=/g)).toHaveLength(1);
    const data = JSON.parse(/<script type="application\/json" data-map-data>([\s\S]*?)<\/script>/.exec(html)![1]!) as { places: unknown[] };
    expect(data.places).toHaveLength(2);
    expect(html).toContain('表中列出前 1 处，地图上是全部 2 处；全部点位的数据见下面的下载。');
  });
});
