import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { permalinks } from '../../src/integrations/permalinks.ts';
import {
  danglingRedirects,
  formatUrlList,
  isPermalink,
  laterBulletinPlan,
  missingPermalinks,
  parseUrlList,
  productRedirects,
  publishedPaths,
  redirectPage,
  redirectTarget,
} from '../../src/features/site/permalinks.ts';

describe('permalinks', () => {
  it('names a promised URL that is gone, unless a redirect sends it elsewhere', () => {
    const published = new Set(['/', '/tasks/p/06/']);
    const promised = ['/', '/tasks/p/06/', '/tasks/p/6/', '/tasks/p/07/'];
    expect(missingPermalinks(promised, published, [{ from: '/tasks/p/6/', to: '/tasks/p/06/' }], '2023-01-01')).toEqual(['/tasks/p/07/']);
  });

  it('counts a bulletin of a period after the as-of day as due later, not gone, and nothing else', () => {
    const published = new Set(['/bulletins/p/2022-b3/']);
    const promised = ['/bulletins/p/2022-b3/', '/bulletins/p/2022-b4/', '/bulletins/p/2022-b5/', '/bulletins/p/2023/', '/bulletins/p/2022-b1/', '/tasks/p/2023/'];
    // As of 2022-07-15: 2022-b4 (July–August) has begun and must be published; 2022-b5 and 2023 are due later.
    expect(missingPermalinks(promised, published, [], '2022-07-15')).toEqual(['/bulletins/p/2022-b4/', '/bulletins/p/2022-b1/', '/tasks/p/2023/']);
    expect(laterBulletinPlan('/bulletins/city/cei2/2026-h2/', '2022-07-15')).toBe('city/cei2');
    for (const path of ['/bulletins/2026/', '/bulletins/p/2026-b7/', '/bulletins/p/2026-13/', '/bulletins/p/2026-q5/', '/bulletins/p/2026.csv', '/bulletins/p/x/']) {
      expect(laterBulletinPlan(path, '2022-07-15'), path).toBeUndefined();
    }
  });

  it('writes the page left at an old address: Chinese, refresh with a space after the semicolon, every value escaped', () => {
    const page = redirectPage({ href: '/sub/tasks/a"b/', canonical: 'https://x.test/sub/tasks/a"b/', siteTitle: '<某市>台账', icon: '/sub/favicon.svg' });
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/sub/tasks/a&quot;b/">');
    expect(page).toContain('<title>本页已迁至新网址 · &lt;某市&gt;台账</title>');
    expect(page).not.toContain('<某市>');
    expect(page).not.toContain('Content-Security-Policy');
    // Its own icon, or the browser asks the host for /favicon.ico, which a site under /sub/ does not serve.
    expect(page).toContain('<link rel="icon" href="/sub/favicon.svg" type="image/svg+xml">');
  });

  it('gives the page left at an old address the policy the other pages carry', () => {
    const page = redirectPage({ href: '/a/', canonical: 'https://x.test/a/', siteTitle: '台账', icon: '/favicon.svg', policy: "default-src 'self'; script-src 'sha256-x'" });
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;sha256-x&#39;">`);
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('finds redirects that lead nowhere', () => {
    const published = new Set(['/tasks/p/06/']);
    expect(danglingRedirects([{ from: '/a/', to: '/tasks/p/06/' }, { from: '/b/', to: '/gone/' }], published)).toEqual([{ from: '/b/', to: '/gone/' }]);
  });

  it('reads and writes the URL list: sorted, unique, comments and blank lines ignored', () => {
    const text = formatUrlList(['/b/', '/a/', '/b/'], 'Every URL published.\nKeep it.');
    expect(text).toBe('# Every URL published.\n# Keep it.\n/a/\n/b/\n');
    expect(parseUrlList(`${text}\n  \n# note\n/c/\r\n`)).toEqual(['/a/', '/b/', '/c/']);
  });

  it('turns the files a build wrote into site paths, leaving out hashed assets, the search index and later pages of lists', () => {
    expect(publishedPaths(['index.html', 'tasks/p/06/index.html', 'data/tasks.json', 'feeds/all.xml', '_astro/x.1a2b.css', 'pagefind/pagefind.js', '404.html', 'filter/county/a/index.html', 'filter/county/a/page-2/index.html'])).toEqual([
      '/',
      '/404.html',
      '/data/tasks.json',
      '/feeds/all.xml',
      '/filter/county/a/',
      '/tasks/p/06/',
    ]);
  });

  it("does not promise the site's own scripts: they are code the pages load, not pages a reader cites", () => {
    expect(publishedPaths(['scripts/reading-mode.js', 'tasks/p/06/index.html'])).toEqual(['/tasks/p/06/']);
    expect(isPermalink('/scripts/reading-mode.js')).toBe(false);
    expect(isPermalink('/data/tasks.json')).toBe(true);
  });
});

describe('the files the product retired', () => {
  it('keeps the promise of the XSLT stylesheet feeds named, which no one cites, and of nothing else', () => {
    const published = new Set(['/feeds/feed.css']);
    expect(missingPermalinks(['/feeds/feed.xsl', '/feeds/feed.css', '/feeds/feed2.xsl'], published, [], '2023-01-01')).toEqual(['/feeds/feed2.xsl']);
  });
});

describe('the addresses the vocabulary retired', () => {
  it('sends the old list of 滞后 on to the list of 逾期', () => {
    expect(productRedirects()).toEqual([{ from: '/filter/status/behind/', to: '/filter/status/overdue/', note: '状态用语统一：原“滞后”并入“逾期”' }]);
  });
});

describe('old addresses on the dev server (npm run dev)', () => {
  const redirects = [
    { from: '/tasks/p/6/', to: '/tasks/p/06/' },
    { from: '/feeds/tasks/p/6.xml', to: '/feeds/tasks/p/06.xml' },
  ];

  it('sends an old address on to the new one under the base path, as the built site does', () => {
    expect(redirectTarget('/tasks/p/6/', '/', redirects)).toBe('/tasks/p/06/');
    expect(redirectTarget('/sub/tasks/p/6/', '/sub/', redirects)).toBe('/sub/tasks/p/06/');
    expect(redirectTarget('/sub/tasks/p/6/', '/sub', redirects)).toBe('/sub/tasks/p/06/');
    // A page's address typed without its final slash, with a query or an anchor.
    expect(redirectTarget('/sub/tasks/p/6', '/sub/', redirects)).toBe('/sub/tasks/p/06/');
    expect(redirectTarget('/sub/tasks/p/6/?from=qr#measure-2', '/sub/', redirects)).toBe('/sub/tasks/p/06/');
    expect(redirectTarget('/sub/feeds/tasks/p/6.xml', '/sub/', redirects)).toBe('/sub/feeds/tasks/p/06.xml');
  });

  it('leaves every other request to the site: a current address, one outside the base path, a file typed as a folder, a broken escape', () => {
    expect(redirectTarget('/tasks/p/06/', '/', redirects)).toBeUndefined();
    expect(redirectTarget('/tasks/p/6/', '/sub/', redirects)).toBeUndefined();
    expect(redirectTarget('/feeds/tasks/p/6.xml/', '/', redirects)).toBeUndefined();
    expect(redirectTarget('/tasks/p/6/%E0%A4%A', '/', redirects)).toBeUndefined();
    expect(redirectTarget('/', '/', redirects)).toBeUndefined();
  });

  it('answers in the dev server with a permanent redirect, from redirects.yaml and the product’s own retired addresses', () => {
    const before = process.env.LEDGER_CONTENT_DIR;
    process.env.LEDGER_CONTENT_DIR = 'tests/fixtures/accepted-content/renamed-with-redirect';
    let integration: AstroIntegration;
    try {
      integration = permalinks();
    } finally {
      if (before === undefined) delete process.env.LEDGER_CONTENT_DIR;
      else process.env.LEDGER_CONTENT_DIR = before;
    }
    type Middleware = (request: { method: string; url: string }, response: Record<string, unknown>, next: () => void) => void;
    const hooks = integration.hooks as unknown as Record<string, (options: unknown) => void>;
    hooks['astro:config:setup']!({});
    hooks['astro:config:done']!({ config: { base: '/sub/', site: 'https://ledger.example.test' } });
    const middlewares: Middleware[] = [];
    hooks['astro:server:setup']!({ server: { middlewares: { use: (middleware: Middleware) => middlewares.push(middleware) } } });
    expect(middlewares).toHaveLength(1);
    const answer = (method: string, url: string) => {
      const headers: Record<string, string> = {};
      const response = { statusCode: 200, setHeader: (name: string, value: string) => (headers[name] = value), end: () => {} };
      let passed = false;
      middlewares[0]!({ method, url }, response, () => (passed = true));
      return passed ? 'next' : `${response.statusCode} ${headers.Location}`;
    };
    expect(answer('GET', '/sub/tasks/demo/2/')).toBe('301 /sub/tasks/demo/02/');
    expect(answer('HEAD', '/sub/feeds/tasks/demo/2.xml')).toBe('301 /sub/feeds/tasks/demo/02.xml');
    const [retired] = productRedirects();
    expect(answer('GET', `/sub${retired!.from}`)).toBe(`301 /sub${retired!.to}`);
    expect(answer('GET', '/sub/tasks/demo/02/')).toBe('next');
    expect(answer('POST', '/sub/tasks/demo/2/')).toBe('next');
  });
});
