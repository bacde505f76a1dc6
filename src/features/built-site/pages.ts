import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';

/** A built HTML page: its file and the site path it is served at (under the base path). */
export interface BuiltPage {
  file: string;
  /** `/sub/tasks/x/` for `tasks/x/index.html` under base `/sub/`; `/sub/404.html` for 404.html. */
  path: string;
}

/** Every HTML page of a built site, sorted by path. */
export function listPages(distDir: string, basePath = '/'): BuiltPage[] {
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const pages: BuiltPage[] = [];
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(distDir, file).split(sep).join('/');
    const path = rel === 'index.html' ? prefix : rel.endsWith('/index.html') ? `${prefix}${rel.slice(0, -'index.html'.length)}` : `${prefix}${rel}`;
    pages.push({ file, path });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The kind of page a path is, for sampling and reports: its first folder, and `/*` when it
 * goes deeper (`/tasks/` → `tasks/`, `/tasks/bazhong-cei2/06/` → `tasks/*`, `/` → `home`).
 */
export function pageType(path: string, basePath = '/'): string {
  const rest = path.slice(basePath.endsWith('/') ? basePath.length : basePath.length + 1);
  const segments = rest.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  if (segments.length === 1) return segments[0]!.endsWith('.html') ? segments[0]! : `${segments[0]}/`;
  return `${segments[0]}/*`;
}

/** What the quality checks need to know of a page's HTML, read in one pass. */
export interface PageFacts {
  /** Every id and `<a name>` on the page: the anchors a link may point to. */
  anchors: Set<string>;
  /** URLs the page links to or loads: href, src, srcset, action, poster, data of object. */
  urls: { tag: string; attribute: string; url: string; rel?: string }[];
  /** External scripts (`<script src>`) and stylesheets (`<link rel=stylesheet>`). */
  scripts: string[];
  stylesheets: string[];
  /** Inline scripts other than data blocks (`type="application/json"` and the like). */
  inlineScripts: number;
  /** `style` attributes and `on…` event-handler attributes: a strict policy forbids both. */
  styleAttributes: number;
  eventHandlers: string[];
  /** The policy of `<meta http-equiv="content-security-policy">`, if any. */
  policy: string | null;
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  form: ['action'],
  video: ['src', 'poster'],
  audio: ['src'],
  object: ['data'],
  embed: ['src'],
};
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Reads the facts of one page's HTML. */
export function readPageFacts(html: string): PageFacts {
  const facts: PageFacts = { anchors: new Set(), urls: [], scripts: [], stylesheets: [], inlineScripts: 0, styleAttributes: 0, eventHandlers: [], policy: null };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (attributes.id) facts.anchors.add(attributes.id);
        if (tag === 'a' && attributes.name) facts.anchors.add(attributes.name);
        if ('style' in attributes) facts.styleAttributes++;
        for (const name of Object.keys(attributes)) if (/^on[a-z]+$/.test(name)) facts.eventHandlers.push(`<${tag} ${name}>`);
        for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          const urls = attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
          for (const url of urls) if (url) facts.urls.push({ tag, attribute, url, ...(attributes.rel ? { rel: attributes.rel } : {}) });
        }
        if (tag === 'script') {
          if (attributes.src) facts.scripts.push(attributes.src);
          else if (EXECUTABLE_SCRIPT_TYPES.has((attributes.type ?? '').toLowerCase())) facts.inlineScripts++;
        }
        if (tag === 'link' && attributes.rel?.split(/\s+/).includes('stylesheet') && attributes.href) facts.stylesheets.push(attributes.href);
        if (tag === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') facts.policy = attributes.content ?? '';
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return facts;
}

/**
 * The policy of a page's `<meta http-equiv="content-security-policy">`, read from its head
 * alone: what `readPageFacts(html).policy` gives, without parsing the body of every page.
 */
export function pagePolicy(html: string): string | null {
  const end = html.search(/<\/head\s*>|<body[\s>]/i);
  return readPageFacts(end < 0 ? html : html.slice(0, end)).policy;
}

/** Link relations whose URL the browser fetches as the page loads (not `canonical`, `alternate`). */
const LOADED_RELATIONS = /\b(stylesheet|preload|modulepreload|prefetch|icon|apple-touch-icon|manifest)\b/;

/** True when a URL of the page is fetched by the browser as it loads, rather than followed by the reader. */
export function isLoadedByPage(reference: PageFacts['urls'][number]): boolean {
  if (reference.tag === 'a' || reference.tag === 'area' || reference.tag === 'form') return false;
  if (reference.tag === 'link') return LOADED_RELATIONS.test(reference.rel ?? '');
  return true;
}
