import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/features/built-site/pages.ts';
import { basePathOf, buildLogOf, SITES, siteUrlOf } from '../helpers/sites.ts';

// The two-inspection fixture's site.yaml sets made-up example identifiers of a government
// website; Bazhong's sets none (its real ones are not known to this project).
const fixturePage = (path: string) => readFileSync(`${SITES.fixture.outDir}/${path}`, 'utf8');

/** The page tags (<meta name="SiteIDCode">…) of a page, by name. */
function pageTagsOf(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  return Object.fromEntries([...head.matchAll(/<meta name="([A-Z]\w+)" content="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
}

/** The footer's text, tags removed. */
const footerText = (html: string) => html.slice(html.indexOf('<footer')).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

/** Pages built with the site's layout (the chart embeds have their own, with no footer). */
const layoutPages = (name: 'bazhong' | 'fixture') =>
  listPages(SITES[name].outDir, basePathOf(name))
    .map((page) => ({ path: page.path, html: readFileSync(page.file, 'utf8') }))
    .filter((page) => page.html.includes('<footer class="site-footer">'));

describe('a government website’s identifiers, on the fixture that sets example ones', () => {
  const pages = layoutPages('fixture');

  it('carries them at the foot of every page, each record number linked to its registry', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const { path, html } of pages) {
      const footer = footerText(html);
      for (const text of ['主办单位 示例市生态环境局（示例）', '承办单位 示例市生态环境信息中心（示例）', '网站标识码 5199000001', '联系电话 0000\u20111234567', '电子邮箱 ledger@example.test', '地址 示例市示例路1号（测试用示例地址）']) {
        expect(footer, path).toContain(text);
      }
      expect(html, path).toContain('<a href="https://beian.miit.gov.cn/">蜀ICP备12345678号-1</a>');
      expect(html, path).toContain('<a href="https://beian.mps.gov.cn/#/query/webSearch?code=51990202000123">川公网安备51990202000123号</a>');
      expect(html, path).toContain('<a href="https://bszs.conac.cn/sitename?method=show&amp;id=0123456789ABCDEF0123456789ABCDEF">党政机关网站标识</a>');
    }
  });

  it('links 我为政府网站找错 with the site code and the page’s own address, and loads nothing of the registries', () => {
    const html = fixturePage('tasks/demo/01/index.html');
    const address = encodeURIComponent(new URL('tasks/demo/01/', siteUrlOf('fixture')).href);
    expect(html).toContain(`<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5199000001&amp;url=${address}">我为政府网站找错</a>`);
    for (const { path, html: page } of pages) expect(page, path).not.toMatch(/<(script|img|link|iframe)[^>]+(jiucuo|conac|beian)/);
  });

  it('names the site and its section in the page tags of every page, and describes an article', () => {
    for (const { path, html } of pages) expect(pageTagsOf(html), path).toMatchObject({ SiteName: '示例市督察整改台账（测试）', SiteDomain: 'ledger.example.test', SiteIDCode: '5199000001' });
    expect(pageTagsOf(fixturePage('index.html'))).toMatchObject({ ColumnName: '首页', ColumnType: '首页' });
    expect(pageTagsOf(fixturePage('news/first-progress/index.html'))).toEqual({
      Description: '截至8月底，第一项整改任务的管网建设已完成年度目标的一半。（测试用示例）',
      SiteName: '示例市督察整改台账（测试）',
      SiteDomain: 'ledger.example.test',
      SiteIDCode: '5199000001',
      ColumnName: '整改动态',
      ColumnDescription: '整改成效、经验做法和长效机制建设情况。',
      ColumnKeywords: '整改动态,整改成效,经验做法,长效机制',
      ColumnType: '工作动态',
      ArticleTitle: '示例市整改工作取得阶段性成效',
      PubDate: '2025-09-01',
      ContentSource: '示例市生态环境局',
      Keywords: '整改动态,整改成效',
      Url: 'https://ledger.example.test/sub/news/first-progress/',
    });
    expect(pageTagsOf(fixturePage('findings/central-demo/03/index.html'))).toMatchObject({ ColumnName: '反馈问题', PubDate: '2025-01-10', ContentSource: '中央第一生态环境保护督察组' });
    expect(pageTagsOf(fixturePage('cases/sludge-dumping/index.html'))).toMatchObject({ ColumnName: '典型案例', PubDate: '2025-08-15' });
    expect(pageTagsOf(fixturePage('tasks/demo/01/index.html'))).toMatchObject({ ColumnName: '整改任务', ArticleTitle: '整改任务一：污水管网建设滞后', Url: 'https://ledger.example.test/sub/tasks/demo/01/' });
  });
});

describe('Bazhong, which sets no identifiers', () => {
  const pages = layoutPages('bazhong');

  it('shows none at the foot of any page and writes no page tags', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const { path, html } of pages) {
      expect(footerText(html), path).not.toMatch(/主办单位|承办单位|网站标识码|ICP备案号|公安机关备案号|找错|党政机关网站标识/);
      expect(pageTagsOf(html), path).toEqual({});
      expect(html, path).toContain('<meta name="description"');
    }
  });

  it('keeps its free-text contact line, now written as contact.note', () => {
    expect(footerText(pages[0]!.html)).toContain('本站内容依据公开的整改实施方案整理');
  });

  it('prints nothing about them when it builds', () => {
    expect(readFileSync(buildLogOf(SITES.bazhong.outDir), 'utf8')).not.toMatch(/governmentSite|网站标识码|备案/);
  });
});
