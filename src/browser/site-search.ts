import { SEARCH_RANKING } from '../features/search/browser.ts';

/**
 * The search page in the browser: reads `?q=` (the header's plain form sends it), runs the
 * Pagefind index the build wrote with the site's ranking, and lists the pages found. Without
 * JavaScript the page says search needs it and points to the task list and the filters instead.
 */

/** The part of Pagefind's browser API (pagefind/pagefind.js) the page uses. */
interface Pagefind {
  options(options: { baseUrl: string; ranking: typeof SEARCH_RANKING }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

/** How many pages the list shows; the status line gives the full count. */
const SHOWN = 20;

export async function runSiteSearch(root: Document = document): Promise<void> {
  const container = root.querySelector<HTMLElement>('[data-site-search]');
  if (!container) return;
  const base = container.dataset.base ?? '/';
  const tasks = container.dataset.tasks ?? `${base}tasks/`;
  const status = container.querySelector<HTMLElement>('[data-search-status]');
  const list = container.querySelector<HTMLElement>('[data-search-results]');
  const input = container.querySelector<HTMLInputElement>('input[name="q"]');
  for (const notice of container.querySelectorAll<HTMLElement>('[data-search-needs-js]')) notice.hidden = true;
  const query = new URLSearchParams(root.location?.search ?? '').get('q')?.trim() ?? '';
  if (input) input.value = query;
  if (!query || !status || !list) return;

  status.textContent = `正在搜索“${query}”…`;
  try {
    // The index is written after the build (search-index integration) under the site's base
    // path: a run-time URL, which Vite must leave as it is rather than bundle.
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, ranking: SEARCH_RANKING });
    const { results } = await pagefind.search(query);
    const pages = await Promise.all(results.slice(0, SHOWN).map((result) => result.data()));
    list.replaceChildren(
      ...pages.map((page) => {
        const item = root.createElement('li');
        const link = root.createElement('a');
        link.href = page.url;
        link.textContent = page.meta.title ?? page.url;
        const excerpt = root.createElement('p');
        excerpt.className = 'small';
        excerpt.append(...excerptNodes(root, page.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    if (pages.length === 0) {
      status.replaceChildren(`没有找到与“${query}”相关的内容。可以换个词，或查看`, anchor(root, tasks, '全部整改任务'), '。');
    } else {
      status.textContent = `找到 ${results.length} 个与“${query}”相关的页面${results.length > SHOWN ? `，显示前 ${SHOWN} 个` : ''}。`;
    }
  } catch {
    status.replaceChildren('搜索暂时无法使用。可以查看', anchor(root, tasks, '全部整改任务'), '。');
  }
}

/**
 * Pagefind's excerpt (the page's text with the matches in <mark>) as nodes. It is parsed in an
 * inert document, where nothing runs or loads, and rebuilt from its text and <mark>s alone, so
 * whatever an indexed page holds is shown as text even if the index were to carry markup.
 */
function excerptNodes(root: Document, excerpt: string | undefined): Node[] {
  const parsed = new DOMParser().parseFromString(String(excerpt ?? ''), 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return root.createTextNode(node.textContent ?? '');
    const mark = root.createElement('mark');
    mark.textContent = node.textContent ?? '';
    return mark;
  });
}

function anchor(root: Document, href: string, text: string): HTMLAnchorElement {
  const link = root.createElement('a');
  link.href = href;
  link.textContent = text;
  return link;
}
