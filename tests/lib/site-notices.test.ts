import { describe, expect, it } from 'vitest';
import { contentNotices, missingMapNotice, placeholderAddressNotice } from '../../src/features/check/index.ts';

describe('a site address set aside for examples (content/site.yaml url)', () => {
  it('is named, in Chinese then English, before a deployment publishes links that point nowhere', () => {
    for (const url of ['https://example.org', 'https://www.example.com/sub/', 'http://example.net', 'https://ledger.example.test/sub/', 'https://x.invalid/', 'http://localhost:4321/', 'https://site.example/', 'https://example.org./', 'http://127.0.0.1:4321/', 'http://[::1]/']) {
      const notice = placeholderAddressNotice({ url });
      expect(notice, url).toMatch(/^提醒：content\/site\.yaml 的 url 是示例地址（.+）。.*\n\(Notice: url in content\/site\.yaml is a placeholder/s);
      expect(notice, url).toContain(url);
    }
  });

  it('says nothing of a real address, one that merely looks like an example, or a site.yaml that could not be read', () => {
    for (const url of ['https://sthj.cnbz.gov.cn/', 'https://example.org.cn/', 'https://myexample.com/', 'https://testing.gov.cn/', 'https://ledger.example.com.cn/']) {
      expect(placeholderAddressNotice({ url }), url).toBeUndefined();
    }
    expect(placeholderAddressNotice(null)).toBeUndefined();
  });
});

describe('places with no map to draw them on (site.yaml without map:)', () => {
  it('are named with how many there are and where to set the map', () => {
    expect(missingMapNotice({ map: undefined, placeLayers: [] }, 3)).toMatch(/^提醒：content\/site\.yaml 没有 map.*3 处地点只列在表格中.*\n\(Notice: .*the 3 place\(s\) are listed in tables only/s);
  });

  it('say nothing when there is a map, or no place', () => {
    expect(missingMapNotice({ map: { outlines: 'geo/x.geojson' } as never, placeLayers: [] }, 3)).toBeUndefined();
    expect(missingMapNotice({ map: undefined, placeLayers: [] }, 0)).toBeUndefined();
    expect(missingMapNotice(null, 3)).toBeUndefined();
  });
});

describe('the notices a passing check prints', () => {
  it('are each notice that applies, in order', () => {
    const site = { url: 'https://example.org', placeLayers: [] } as never;
    expect(contentNotices({ site, input: { places: [{}, {}] } as never }).map((notice) => notice.slice(0, 28))).toEqual([
      '提醒：content/site.yaml 的 url 是',
      '提醒：content/site.yaml 没有 map（',
    ]);
    expect(contentNotices({ site: { url: 'https://sthj.cnbz.gov.cn/', placeLayers: [] } as never, input: { places: [] } as never })).toEqual([]);
  });
});
