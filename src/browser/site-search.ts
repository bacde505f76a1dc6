import { foundPages, landing, partPaths, SEARCH_PARTS_FILE, SEARCH_RANKING, snippetText, type FoundCount, type FoundPage, type PagefindResult, type Snippet } from '../features/search/browser.ts';

/**
 * The search page in the browser: reads `?q=` (the header's plain form sends it), runs the
 * Pagefind index the build wrote with the site's ranking, and lists the pages that hold the query
 * (src/features/search/: a Chinese word of two or more characters as written, not its characters
 * scattered over the page). Without JavaScript the page says search needs it and points to the
 * task list and the filters instead.
 */

/** The part of Pagefind's browser API (pagefind/pagefind.js) the page uses. */
interface Pagefind {
  options(options: { baseUrl: string; ranking: typeof SEARCH_RANKING }): Promise<void>;
  mergeIndex(indexPath: string, options: { baseUrl: string; ranking: typeof SEARCH_RANKING }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** How many pages the list shows at first, and how many more each press of 显示更多 adds; the status line gives the count. */
const SHOWN = 20;
/** How many of Pagefind's results the page looks into at first, at most, for the ones that hold the query (and as many more each time the list grows). */
const CHECKED_AT_MOST = 100;

export async function runSiteSearch(root: Document = document): Promise<void> {
  const container = root.querySelector<HTMLElement>('[data-site-search]');
  if (!container) return;
  const base = container.dataset.base ?? '/';
  const tasks = container.dataset.tasks ?? `${base}tasks/`;
  const status = container.querySelector<HTMLElement>('[data-search-status]');
  const list = container.querySelector<HTMLElement>('[data-search-results]');
  const input = container.querySelector<HTMLInputElement>('input[name="q"]');
  const more = container.querySelector<HTMLButtonElement>('[data-search-more]');
  for (const notice of container.querySelectorAll<HTMLElement>('[data-search-needs-js]')) notice.hidden = true;
  const query = new URLSearchParams(root.location?.search ?? '').get('q')?.trim() ?? '';
  if (input) input.value = query;
  if (!query || !status || !list) return;

  status.textContent = `正在搜索“${query}”…`;
  try {
    // The index is written after the build (search-index integration) under the site's base
    // path: a run-time URL, which Vite must leave as it is rather than bundle.
    const [pagefind, parts] = await Promise.all([
      import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
      // A large site's index is in parts (src/features/search/parts.ts): the first is pagefind/, the list names the others.
      fetch(`${base}pagefind/${SEARCH_PARTS_FILE}`).then(async (response) => {
        if (!response.ok) throw new Error(`${SEARCH_PARTS_FILE}: ${response.status}`);
        return partPaths(await response.text());
      }),
    ]);
    const options = { baseUrl: base, ranking: SEARCH_RANKING };
    await pagefind.options(options);
    for (const part of parts) await pagefind.mergeIndex(`${base}pagefind/${part}`, options);
    const { results } = await pagefind.search(query);
    let shown = SHOWN;
    const { pages, count } = await foundPages(results, query, { shown, checkAtMost: CHECKED_AT_MOST });
    list.replaceChildren(...pages.map((page) => resultItem(root, page, query)));
    if (pages.length === 0) {
      const among = 'among' in count ? `在最相关的 ${count.checked} 个页面中` : '';
      status.replaceChildren(`${among}没有找到与“${query}”相关的内容。可以换个词（地名和事项之间可加空格），或查看`, anchor(root, tasks, '全部整改任务'), '。');
      return;
    }
    status.textContent = countSentence(count, query, pages.length);
    // 显示更多: the next pages, each press as many again; the first new result takes the focus.
    if (!more) return;
    const offerMore = (found: FoundCount, listed: number) => {
      more.hidden = !('atLeast' in found || ('exactly' in found && found.exactly > listed) || ('among' in found && found.checked < results.length));
    };
    offerMore(count, pages.length);
    more.onclick = async () => {
      more.disabled = true;
      shown += SHOWN;
      const next = await foundPages(results, query, { shown, checkAtMost: CHECKED_AT_MOST * (shown / SHOWN) });
      const added = next.pages.slice(list.children.length).map((page) => resultItem(root, page, query));
      list.append(...added);
      status.textContent = countSentence(next.count, query, next.pages.length);
      more.disabled = false;
      offerMore(next.count, next.pages.length);
      // The first new result takes the focus; when none came, the last one does (the button may be gone).
      (added[0] ?? list.lastElementChild)?.querySelector('a')?.focus();
    };
  } catch {
    status.replaceChildren('搜索暂时无法使用。可以查看', anchor(root, tasks, '全部整改任务'), '。');
  }
}

/** One found page as an item of the list: its title linked to the place the query is written, and the passage around it. */
function resultItem(root: Document, page: FoundPage, query: string): HTMLLIElement {
  const item = root.createElement('li');
  const link = root.createElement('a');
  // Opens the page at the first place the query is written, highlighted by the browser.
  const landed = landing(page.url, page.content, query);
  link.href = landed.href;
  link.textContent = page.meta.title ?? page.url;
  const excerpt = root.createElement('p');
  excerpt.className = 'small';
  excerpt.append(...(landed.snippet ? snippetNodes(root, landed.snippet) : excerptNodes(root, page.excerpt)));
  item.append(link, excerpt);
  return item;
}

/** The status line when pages were found: how many, and how many of them the list shows. */
function countSentence(count: FoundCount, query: string, listed: number): string {
  const shown = `，显示前 ${listed} 个`;
  if ('exactly' in count) return `找到 ${count.exactly} 个与“${query}”相关的页面${count.exactly > listed ? shown : ''}。`;
  if ('atLeast' in count) return `找到 ${count.atLeast} 个以上与“${query}”相关的页面${shown}。`;
  return `在最相关的 ${count.checked} 个页面中找到 ${count.among} 个与“${query}”相关的页面。`;
}

/**
 * Pagefind's excerpt (the page's text with the matches in <mark>) as nodes. It is parsed in an
 * inert document, where nothing runs or loads, and rebuilt from its text and <mark>s alone, so
 * whatever an indexed page holds is shown as text even if the index were to carry markup.
 */
function excerptNodes(root: Document, excerpt: string | undefined): Node[] {
  const parsed = new DOMParser().parseFromString(String(excerpt ?? ''), 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    // A stop right after a <mark> is judged by the marked text before it.
    if (node.nodeName !== 'MARK') return root.createTextNode(snippetText(node.textContent ?? '', node.previousSibling?.textContent ?? ''));
    const mark = root.createElement('mark');
    mark.textContent = node.textContent ?? '';
    return mark;
  });
}

/** The passage around the match, the match marked: it always holds the query as written. */
function snippetNodes(root: Document, snippet: Snippet): Node[] {
  const mark = root.createElement('mark');
  mark.textContent = snippet.match;
  return [root.createTextNode(snippet.before), mark, root.createTextNode(snippet.after)];
}

function anchor(root: Document, href: string, text: string): HTMLAnchorElement {
  const link = root.createElement('a');
  link.href = href;
  link.textContent = text;
  return link;
}
