import { describe, expect, it } from 'vitest';
import { placeholderAddressNotice } from '../../src/features/check/index.ts';

describe('a site address set aside for examples (content/site.yaml url)', () => {
  it('is named, in Chinese then English, before a deployment publishes links that point nowhere', () => {
    for (const url of ['https://example.org', 'https://www.example.com/sub/', 'http://example.net', 'https://ledger.example.test/sub/', 'https://x.invalid/', 'http://localhost:4321/', 'https://site.example/']) {
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
