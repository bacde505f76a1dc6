import { escapeHtml } from '../../core/html-text.ts';

/**
 * What a browser shows when someone opens a feed: a page in Chinese that says what a feed is and
 * how to subscribe (the feed's own address, to copy into a reader), and lists its entries with
 * their links, instead of raw XML.
 *
 * Browsers are dropping XSLT (Chromium shows a red warning on every page made with it, then stops
 * running it), so the page is not made by a stylesheet. It travels inside the feed as one XHTML
 * element, which Atom allows among a feed's elements as foreign markup and feed readers ignore
 * (RFC 4287, section 6). The feed names the site's CSS (`<?xml-stylesheet type="text/css"?>`),
 * which every browser applies to XML: it shows that element and hides the Atom elements. No
 * script and nothing inline, so the site's Content Security Policy allows it as it is.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';

/** One entry as the page lists it: plain text, escaped here. */
export interface FeedPageEntry {
  title: string;
  link: string;
  summary: string;
}

export interface FeedPage {
  /** The feed's title, as its `<title>`. */
  title: string;
  /** The feed's own address and the web page it follows, absolute. */
  self: string;
  page: string;
  publisher: string;
  rights: string;
  /** How many entries a feed carries at most (feeds.ts). */
  limit: number;
  entries: readonly FeedPageEntry[];
  /** The site's stylesheet, as a path under the base path. */
  cssHref: string;
}

/** The XHTML element a browser shows a feed as (every text and attribute escaped). */
export function feedPageElement(page: FeedPage): string {
  const text = escapeHtml;
  const entries = page.entries.length
    ? `<p class="small">订阅源按日期从新到旧列出最近的条目，最多 ${page.limit} 条；全部记录见网页。</p>` +
      `<ol class="feed-entries">${page.entries.map((entry) => `<li><h3><a href="${text(entry.link)}">${text(entry.title)}</a></h3><p>${text(entry.summary)}</p></li>`).join('')}</ol>`
    : '<p>目前还没有条目。有新内容时，订阅了的阅读器会收到。</p>';
  return (
    `<div xmlns="${XHTML}" class="feed-page" lang="zh-CN">` +
    `<title>${text(page.title)}（订阅源）</title>` +
    // Chromium honours it here too: without it a phone lays the page out 980 px wide, in small print.
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>' +
    '<main class="inner">' +
    '<p class="feed-kind">订阅源 · Atom</p>' +
    `<h1>${text(page.title)}</h1>` +
    '<section class="feed-help" aria-labelledby="feed-help">' +
    '<h2 id="feed-help">这是一个订阅源，怎样订阅</h2>' +
    '<p>订阅源（也叫 RSS 订阅）供阅读器使用：把它加到 RSS 阅读器后，这里一有新内容，阅读器就会收到，不必反复打开网站查看。</p>' +
    `<ol><li>复制本订阅源的地址：<code class="feed-address">${text(page.self)}</code></li>` +
    '<li>打开 RSS 阅读器（手机应用、电脑软件或浏览器插件都可以），选择“添加订阅”，粘贴这个地址。</li></ol>' +
    `<p>不用阅读器，也可以直接看网页：<a href="${text(page.page)}">${text(page.page)}</a></p>` +
    '</section>' +
    `<h2>最近的条目（${page.entries.length}条）</h2>${entries}` +
    `<p class="small">发布：${text(page.publisher)}。${page.rights ? `许可：${text(page.rights)}。` : ''}</p>` +
    '</main></div>'
  );
}

/**
 * An Atom document as the `feed` library wrote it, made to open as a page in a browser: it names
 * the site's CSS, says its language, and carries the page's element after its own metadata,
 * before the first entry (where Atom allows foreign markup). Output of another shape than the
 * library's today (another root, entries the page does not list) stops the build rather than
 * put the page where Atom does not allow it.
 */
export function withFeedPage(atom: string, page: FeedPage): string {
  const root = atom.indexOf(ATOM_ROOT);
  const entries = [...atom.matchAll(/<entry[\s>]/g)];
  if (root < 0 || atom.includes('<?xml-stylesheet') || entries.length !== page.entries.length) {
    throw new Error(`Atom from the feed library of an unexpected shape (${entries.length} entries for ${page.entries.length}): ${atom.slice(0, 160)}`);
  }
  const at = entries[0]?.index ?? atom.lastIndexOf('</feed>');
  return (
    `${atom.slice(0, root)}<?xml-stylesheet href="${escapeHtml(page.cssHref)}" type="text/css"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">${atom.slice(root + ATOM_ROOT.length, at)}` +
    `${feedPageElement(page)}\n    ${atom.slice(at)}`
  );
}
