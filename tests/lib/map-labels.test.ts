import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countyLabelHtml, tileAttributionHtml } from '../../src/features/map/map-labels.ts';
import { jsonForScript } from '../../src/core/html-text.ts';
import { mapData } from '../../src/features/map/map-data.ts';

const HOSTILE = '天地图 <img src=x onerror=alert(1)> & "引号"';
const settings = {
  outlines: { file: 'geo/counties.geojson', source: '<b>来源</b>', sketch: false },
  tiles: { url: 'https://tiles.example.test/{z}/{x}/{y}.png', attribution: HOSTILE, approvalNumber: 'GS(2099)0001号</a>', maxZoom: 16 },
} as unknown as Parameters<typeof mapData>[1]['settings'];

describe('configured strings that reach the map', () => {
  it('gives Leaflet the tile attribution and 审图号 as escaped HTML, so a tag in site.yaml is shown as text', () => {
    const data = mapData([], { label: '地图', settings, outlinesUrl: '/geo/x.geojson', href: (path) => path });
    const html = tileAttributionHtml(data.tiles!);
    expect(html).toBe('天地图 &lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot; GS(2099)0001号&lt;/a&gt;');
    expect(html).not.toMatch(/<[a-z/]/i);
  });

  it('gives Leaflet county labels from the outlines file and target units as escaped HTML', () => {
    expect(countyLabelHtml('<script>x</script>县')).toBe('&lt;script&gt;x&lt;/script&gt;县');
    expect(countyLabelHtml('巴州区', { value: 46.5, unit: '公里<br>' })).toBe('巴州区 46.5公里&lt;br&gt;');
  });

  it('keeps the map data block inside its <script> element whatever the strings hold', () => {
    const json = jsonForScript({ text: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script><!--' });
  });

  it('hands every Leaflet HTML string of the map script through these functions', () => {
    const script = readFileSync(resolve(import.meta.dirname, '../../src/browser/place-map.ts'), 'utf8');
    expect(script).toContain('attribution: tileAttributionHtml(');
    const contents = [...script.matchAll(/\.setContent\(([^)]*)/g)].map((call) => call[1]!);
    expect(contents.length).toBeGreaterThan(0);
    for (const argument of contents) expect(argument.startsWith('countyLabelHtml('), argument).toBe(true);
  });

  it('leaves no browser script that writes markup from a string (innerHTML, outerHTML, insertAdjacentHTML)', () => {
    const root = resolve(import.meta.dirname, '../..');
    // All of it, reading mode and site search included, is in src/browser/.
    const scripts = readdirSync(join(root, 'src/browser')).map((name) => join(root, 'src/browser', name));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write/);
  });
});
