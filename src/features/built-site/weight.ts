import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listPages, pageType, readPageFacts, type BuiltPage } from './pages.ts';

/** Gzipped bytes a page costs a reader, by kind of file. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  /** Every script the page loads, with the modules those import, statically or on demand. */
  js: number;
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Module specifiers in a built script: `import … from"./x.js"`, `import("./y.js")`, `import"./z.js"`. */
function importsOf(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+\.m?js)["']/g)) found.add(match[1]!);
  return [...found];
}

/** Resolves a site path or a relative URL against the page to a file in the built site. */
function assetFile(distDir: string, basePath: string, from: string, url: string): string | null {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return null; // another host: not the site's weight
  const path = url.startsWith('/') ? url : posix.join(posix.dirname(from.endsWith('/') ? `${from}x` : from), url);
  const rel = path.startsWith(basePath) ? path.slice(basePath.length) : path.replace(/^\//, '');
  const file = join(distDir, rel.split(/[?#]/)[0]!);
  return existsSync(file) ? file : null;
}

/** The weight of one built page: its HTML, its stylesheets and the JavaScript it can load. */
export function pageWeight(distDir: string, page: BuiltPage, basePath = '/'): PageWeight {
  const html = readFileSync(page.file);
  const facts = readPageFacts(html.toString('utf8'));
  const prefix = basePath.endsWith('/') ? basePath : `${basePath}/`;
  let css = 0;
  for (const href of facts.stylesheets) {
    const file = assetFile(distDir, prefix, page.path, href);
    if (file) css += gzipped(readFileSync(file));
  }
  const seen = new Set<string>();
  let js = 0;
  const queue = facts.scripts.map((src) => assetFile(distDir, prefix, page.path, src)).filter((file): file is string => file !== null);
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    js += gzipped(code);
    for (const specifier of importsOf(code.toString('utf8'))) {
      const next = specifier.startsWith('.') ? join(dirname(file), specifier) : assetFile(distDir, prefix, page.path, specifier);
      if (next && existsSync(next)) queue.push(next);
    }
  }
  return { path: page.path, html: gzipped(html), css, js };
}

/** The heaviest page of each kind, for the weight report and the budgets. */
export function weightsByType(distDir: string, basePath = '/'): Map<string, PageWeight & { pages: number }> {
  const report = new Map<string, PageWeight & { pages: number }>();
  for (const page of listPages(distDir, basePath)) {
    const type = pageType(page.path, basePath);
    const weight = pageWeight(distDir, page, basePath);
    const known = report.get(type);
    const total = (w: PageWeight) => w.html + w.css + w.js;
    if (!known || total(weight) > total(known)) report.set(type, { ...weight, pages: (known?.pages ?? 0) + 1 });
    else known.pages++;
  }
  return report;
}

/** The weight report as a table of text, in KB (1 KB = 1,024 bytes) gzipped. */
export function formatWeights(report: Map<string, PageWeight & { pages: number }>): string {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);
  const rows = [...report.entries()].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(9, ...rows.map(([type]) => type.length));
  const lines = [`${'page type'.padEnd(width)}  pages   html KB   css KB    js KB  heaviest page`];
  for (const [type, weight] of rows) {
    lines.push(`${type.padEnd(width)}  ${String(weight.pages).padStart(5)}  ${kb(weight.html)}  ${kb(weight.css)}  ${kb(weight.js)}  ${weight.path}`);
  }
  return lines.join('\n');
}
