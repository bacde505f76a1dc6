import type { Element, Root as HastRoot } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import GithubSlugger, { slug as slugOf } from 'github-slugger';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * The bodies staff write (plans, typical cases, news) are data, never code. They are Markdown
 * with GFM tables, rendered the way GitHub renders a user's Markdown: raw HTML is parsed and
 * then sanitised with GitHub's allow-list (rehype-sanitize's default schema), so `<sub>` stays
 * and `<script>`, `<style>`, `on…=` and `javascript:` links go. Nothing is compiled as a
 * program: no imports, no expressions; a bare `<` or `{` is text (`COD<50毫克/升`).
 *
 * Links may be http(s), mailto, tel or a path of the site; images only paths of the site, so a
 * page requests nothing from another host.
 */
export const BODY_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], cite: ['http', 'https'] },
  // What a removed <script> or <style> held is dropped with it, not shown as text.
  strip: [...(defaultSchema.strip ?? []), 'style'],
};

/** Removes images that are not files of the site (the sanitiser's protocol list cannot say "paths only"). */
function dropForeignImages() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const src = node.properties.src;
      if (node.tagName === 'img' && parent && index !== undefined && (typeof src !== 'string' || !isAllowedBodyUrl(src, 'src'))) {
        parent.children.splice(index, 1);
        return index;
      }
      return undefined;
    });
  };
}

const ALLOWED_TAGS = new Set(BODY_SCHEMA.tagNames ?? []);

// The HTML the sanitiser will drop, with the words staff read for each kind.
const SCRIPTING_ATTRIBUTE = /^on/i;

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
/** Puts the site's base path before the site paths a body links to (`/tasks/x/` → `/ledger/tasks/x/`). */
function prefixSitePaths(options: { base?: string }) {
  const base = (options.base ?? '/').replace(/\/$/, '');
  return (tree: HastRoot) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      for (const name of ['href', 'src'] as const) {
        const value = node.properties[name];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = `${base}${value}`;
      }
    });
  };
}

/**
 * The prefix of every id a body brings that could be one of the page's own (rehype-sanitize's
 * clobber prefix, as on GitHub): the layout's ids (`main`, `cite`, `measure-1`…) are ASCII, so a
 * body's id is either prefixed or holds a character outside ASCII (a Chinese heading's anchor,
 * `#一总体要求`, stays as it always was).
 */
export const BODY_ID_PREFIX = 'user-content-';

// Footnotes as remark-rehype writes them, in the site's language; their ids get the prefix once,
// from the sanitiser (remark-rehype would add it a second time).
const FOOTNOTES = {
  clobberPrefix: '',
  footnoteLabel: '注释',
  footnoteLabelProperties: {},
  footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) => `返回正文第 ${referenceIndex + 1} 处引用${rereferenceIndex > 1 ? `（第 ${rereferenceIndex} 次）` : ''}`,
};

/** The ids of a tree's elements. */
function idsOf(tree: HastRoot): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

/**
 * Gives each heading without an id its anchor (GitHub's slugs, as rehype-slug made them): an
 * ASCII one gets the body prefix, so `## main` never repeats the page's `<main id="main">`.
 */
function headingIds() {
  return (tree: HastRoot) => {
    const taken = idsOf(tree);
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName) || node.properties.id !== undefined) return;
      let id: string;
      do {
        // A heading with no letter or digit (## ！！！) is anchored as `heading`, `heading-1`…
        const text = textOf(node);
        const slug = slugger.slug(slugOf(text) ? text : 'heading');
        id = /^[\x00-\x7f]*$/.test(slug) ? `${BODY_ID_PREFIX}${slug}` : slug;
      } while (taken.has(id));
      taken.add(id);
      node.properties.id = id;
    });
  };
}

/**
 * A link to `#x` inside the body reaches the element the sanitiser renamed `user-content-x`
 * (a footnote, an `<a id>`): GitHub does this with a script; here it is done once, in the HTML.
 */
function sameBodyLinks() {
  return (tree: HastRoot) => {
    const ids = idsOf(tree);
    visit(tree, 'element', (node: Element) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('#')) return;
      // A browser finds `#x` as written, then percent-decoded (remark-rehype writes a Chinese
      // footnote's id percent-encoded).
      const raw = href.slice(1);
      let decoded = raw;
      try {
        decoded = decodeURIComponent(raw);
      } catch {
        // not percent-encoded text: found as written only
      }
      if (ids.has(raw) || ids.has(decoded)) return;
      if (ids.has(`${BODY_ID_PREFIX}${raw}`) || ids.has(`${BODY_ID_PREFIX}${decoded}`)) node.properties.href = `#${BODY_ID_PREFIX}${raw}`;
    });
  };
}

const renderer = unified()
  .use(remarkParse)
  .use(remarkGfm)
  // **加粗。**后接文字: CommonMark does not close emphasis after Chinese punctuation; this does.
  .use(remarkCjkFriendly)
  .use(remarkRehype, { allowDangerousHtml: true, ...FOOTNOTES })
  .use(rehypeRaw)
  .use(dropForeignImages)
  .use(rehypeSanitize, { ...BODY_SCHEMA, clobberPrefix: BODY_ID_PREFIX })
  // Heading anchors made after sanitising, so they are the site's own.
  .use(headingIds)
  .use(sameBodyLinks);

/** How many columns and cells a body's table may have: far more than any plan's table, far less than what exhausts the renderer's memory. */
export const MAX_TABLE_COLUMNS = 64;
export const MAX_TABLE_CELLS = 20_000;

// A GFM table's delimiter row (| --- | :-: | ---: |), once the line's container marks are taken off.
const DELIMITER_CELL = /^\s*:?-+:?\s*$/;
// What opens a line inside quotes and list items: spaces, tabs, `>` and list markers.
const CONTAINER_MARKS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;

/**
 * The tables of a body, read from its lines before any parsing (a renderer pads every row of a
 * table to its header's width, so a body of a few dozen kilobytes can ask for millions of cells):
 * the 1-based line of each header, its columns and its rows. A table inside a quote or a list
 * item counts as one at the top level does, and its rows run to the next line that holds
 * nothing but container marks and blanks (a line of no-break spaces is not blank to GFM).
 */
export function bodyTables(markdown: string): { line: number; columns: number; rows: number }[] {
  const lines = markdown.split('\n').map((line) => line.replace(/\r$/, '').replace(CONTAINER_MARKS, ''));
  const tables: { line: number; columns: number; rows: number }[] = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (!line.includes('-') || !lines[index - 1]!.includes('|')) continue;
    // Cell by cell, never one pattern over the whole line (its blanks would be tried every way).
    const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
    if (!cells.every((cell) => DELIMITER_CELL.test(cell))) continue;
    const columns = cells.length;
    let end = index + 1;
    while (end < lines.length && /[^ \t]/.test(lines[end]!)) end++;
    tables.push({ line: index, columns, rows: end - index });
    index = end;
  }
  return tables;
}

/** How deep a body's structure may nest (quotes in quotes, lists in lists): far more than any text needs, far less than the renderer's stack. */
export const MAX_BODY_DEPTH = 40;

/**
 * The deepest nesting of a body: of its Markdown structure, then of the HTML it becomes (raw
 * `<div>`s nest only there), each counted without recursion.
 */
export function bodyDepth(markdown: string): number {
  const mdast = parser.parse(markdown);
  const markdownDepth = treeDepth(mdast);
  if (markdownDepth > MAX_BODY_DEPTH) return markdownDepth;
  return Math.max(markdownDepth, treeDepth(parser.runSync(mdast)));
}

function treeDepth(root: unknown): number {
  let deepest = 0;
  const stack: { node: { children?: unknown[] }; depth: number }[] = [{ node: root as { children?: unknown[] }, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? []) stack.push({ node: child as { children?: unknown[] }, depth: depth + 1 });
  }
  return deepest;
}

const stringifier = unified().use(rehypeStringify);

/** A heading of a body, for a table of contents. */
export interface BodyHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The safe HTML of a Markdown body, and its headings; site paths get the base path (`/ledger/`). */
export function renderBody(markdown: string, options: { base?: string } = {}): { html: string; headings: BodyHeading[] } {
  const tree = renderer.runSync(renderer.parse(markdown)) as HastRoot;
  prefixSitePaths(options)(tree);
  const headings: BodyHeading[] = [];
  visit(tree, 'element', (node: Element) => {
    // The footnotes' heading is the site's, not a section the author wrote.
    if (node.properties.dataFootnotes !== undefined) return SKIP;
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (depth && typeof node.properties.id === 'string') headings.push({ depth: Number(depth), slug: node.properties.id, text: textOf(node) });
    return undefined;
  });
  return { html: stringifier.stringify(tree), headings };
}

function textOf(node: Element | HastRoot): string {
  let text = '';
  visit(node, 'text', (child: { value: string }) => {
    text += child.value;
  });
  return text;
}

/**
 * The top-level blocks of a body (paragraphs, lists, quotes, tables), each with its first line
 * (1-based, inside the body) and the text a reader sees of it once rendered: for naming the line
 * of something only the rendered text shows (a number split by a link).
 */
export function bodyBlocks(markdown: string): { line: number; text: string }[] {
  const mdast = parser.parse(markdown);
  return mdast.children.flatMap((node) => {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return [];
    const html = stringifier.stringify(renderer.runSync(renderer.parse(markdown.slice(start.offset, end.offset))) as HastRoot);
    return [{ line: start.line, text: html.replace(/<[^>]*>/g, '') }];
  });
}

/** Something in a body that will not be published as written, with its line inside the body. */
export interface BodyFinding {
  /** 1-based line inside the body. */
  line?: number;
  zh: string;
  en: string;
}

/** Why a link or an image of a body is refused, and what to write instead. */
function urlFinding(value: string, kind: 'href' | 'src'): { zh: string; en: string } {
  const what = kind === 'href' ? '链接' : '图片';
  const whatEn = kind === 'href' ? 'the link' : 'the image';
  const written = urlAsRead(value);
  if (/^www\./i.test(written)) {
    return { zh: `${what}“${value}”缺少 https://：请写成 https://${written}。`, en: `${whatEn} "${value}" lacks https://: write https://${written}.` };
  }
  if (!hasScheme(written) && !/^[\\/][\\/]/.test(written)) {
    return {
      zh: `${what}“${value}”是相对路径，会随页面地址而失效。请写以 / 开头的本站路径${kind === 'href' ? '（如 /tasks/…/）或完整的 https:// 网址' : '（如 /documents/…）'}。`,
      en: `${whatEn} "${value}" is a relative path, which breaks with the page's address: write a site path starting with /${kind === 'href' ? ' or a full https:// address' : ''}.`,
    };
  }
  return kind === 'href'
    ? {
        zh: `链接“${value}”不会发布：正文中的链接只能是 http(s)://、mailto:、tel: 或本站路径（以 / 开头）。请改正或删除。`,
        en: `the link "${value}" will not be published: links in a body are http(s)://, mailto:, tel: or a site path starting with /.`,
      }
    : {
        zh: `图片“${value}”不会发布：正文中的图片只能是本站文件（以 / 开头的路径），不能引用其他网站。`,
        en: `the image "${value}" will not be published: images in a body are files of this site (a path starting with /), never another host.`,
      };
}

/**
 * Whether a URL is allowed for a link (`href`) or an image (`src`) of a body: a path of the site
 * (`/tasks/…`) or an anchor (`#measure-1`), or for a link http(s), mailto or tel. A URL has a
 * scheme when a colon comes before any `/`, `?` or `#`, as the sanitiser reads it (so
 * `java%09script:` is a scheme, dropped from the page, not a path); a relative path (`x.png`,
 * `../a`) depends on the page's own address and would break, so it is not allowed either.
 */
export function isAllowedBodyUrl(url: string, kind: 'href' | 'src'): boolean {
  const value = urlAsRead(url);
  if (!hasScheme(value)) return (value.startsWith('#') || value.startsWith('/')) && !/^\/[\\/]/.test(value);
  if (kind === 'src') return false;
  return /^(https?|mailto|tel):/i.test(value);
}

/** A URL as a browser reads it: tabs and line breaks inside removed, blanks and controls at both ends trimmed. */
function urlAsRead(url: string): string {
  return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** Whether a URL has a scheme, as the sanitiser reads it: a colon before any `/`, `?` or `#`. */
function hasScheme(value: string): boolean {
  const colon = value.indexOf(':');
  return colon !== -1 && value.slice(0, colon).search(/[/?#]/) === -1;
}

/**
 * What a body holds that the site will not publish as written: HTML that can run script or set
 * style, links to anything but http(s), mailto, tel or a site path, images from another host,
 * and MDX statements (`import`, `export`), which are text here. Staff learn of each with its
 * line rather than finding it silently gone from the page.
 */
export function bodyFindings(markdown: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const mdast = parser.parse(markdown);
  for (const node of mdast.children) {
    if (node.type === 'paragraph' && node.position) {
      const first = markdown.slice(node.position.start.offset, node.position.end.offset);
      if (/^(import|export)\s/.test(first)) {
        findings.push({
          line: node.position.start.line,
          zh: '正文里的 import / export 语句不会执行，会原样显示为文字。正文只能写 Markdown：请删除这一行。',
          en: 'import / export statements in a body are not run and would be shown as text: bodies are Markdown only; delete the line.',
        });
      }
    }
  }
  const tree = parser.runSync(mdast) as HastRoot;
  visit(tree, 'element', (node: Element) => {
    const line = node.position?.start.line;
    if (!ALLOWED_TAGS.has(node.tagName)) {
      findings.push({
        line,
        zh: `正文不能使用 HTML 标签 <${node.tagName}>，它不会发布。请改用 Markdown（标题用 #，表格用 | 分隔），或删除它。`,
        en: `the HTML tag <${node.tagName}> is not allowed in a body and will not be published: use Markdown instead, or delete it.`,
      });
      return;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (SCRIPTING_ATTRIBUTE.test(name) || name === 'style') {
        findings.push({
          line,
          zh: `正文里的 HTML 属性 ${name === 'style' ? 'style' : name.toLowerCase()} 不会发布（正文不能带脚本或样式）。请删除它。`,
          en: `the HTML attribute ${name === 'style' ? 'style' : name.toLowerCase()} will not be published (bodies carry no script or style): delete it.`,
        });
      }
      const kind = name === 'href' ? 'href' : name === 'src' ? 'src' : undefined;
      if (kind && typeof value === 'string' && !isAllowedBodyUrl(value, kind)) {
        findings.push({
          line,
          ...urlFinding(value, kind),
        });
      }
    }
  });
  return findings;
}
