import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, readPageFacts, type PageFacts } from './pages.ts';

export interface BrokenLink {
  /** The page the link is on (its site path). */
  page: string;
  /** The link as written. */
  url: string;
  /** What is wrong, in a few words. */
  problem: string;
}

/**
 * Every internal link, asset reference and anchor of a built site that leads nowhere: a path
 * with no file behind it, or a `#fragment` that the target page does not define. Links to
 * other hosts are left alone (checking them needs the network); `siteOrigin` marks which
 * absolute URLs are the site's own.
 */
export function findBrokenLinks(distDir: string, options: { basePath?: string; siteOrigin?: string } = {}): BrokenLink[] {
  const basePath = options.basePath ?? '/';
  const pages = listPages(distDir, basePath);
  const facts = new Map<string, PageFacts>();
  const factsOf = (file: string): PageFacts => {
    let known = facts.get(file);
    if (!known) {
      known = readPageFacts(readFileSync(file, 'utf8'));
      facts.set(file, known);
    }
    return known;
  };
  const base = new URL(basePath, 'http://site.invalid');
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(page.path, base);
    for (const { url } of factsOf(page.file).urls) {
      if (/^(mailto|tel|data|javascript):/i.test(url)) continue;
      let target: URL;
      try {
        target = new URL(options.siteOrigin && url.startsWith(options.siteOrigin) ? url.slice(options.siteOrigin.length) || '/' : url, pageUrl);
      } catch {
        broken.push({ page: page.path, url, problem: 'not a valid URL' });
        continue;
      }
      if (target.origin !== base.origin) continue;
      if (!target.pathname.startsWith(base.pathname)) {
        broken.push({ page: page.path, url, problem: `outside the base path ${basePath}` });
        continue;
      }
      const file = fileFor(distDir, decodeURIComponent(target.pathname.slice(base.pathname.length)));
      if (!file) {
        broken.push({ page: page.path, url, problem: 'no such page or file' });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !factsOf(file).anchors.has(fragment)) {
        broken.push({ page: page.path, url, problem: `no element with id "${fragment}" on the target page` });
      }
    }
  }
  return broken;
}

/** The file a static host serves for a path: the file itself, or the folder's index.html. */
function fileFor(distDir: string, relativePath: string): string | null {
  const candidate = join(distDir, relativePath);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}
