import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { redirectsSchema, type Redirect } from '../schemas/redirect.ts';

/**
 * Permalinks never break (永久链接): the build lists every URL it published; the deployment
 * keeps the list of every URL published so far in `content/published-urls.txt`; a URL on that
 * list that the build no longer publishes, and that `content/redirects.yaml` does not send
 * elsewhere, fails the build by name.
 */
export const PUBLISHED_URLS_FILE = 'published-urls.txt';
export const REDIRECTS_FILE = 'redirects.yaml';

/** Site paths from a URL list: one a line; blank lines and `#` comments ignored. */
export function parseUrlList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A URL list as a file: sorted, one a line, with a header saying what it is. */
export function formatUrlList(paths: Iterable<string>, header: string): string {
  return `${header
    .split('\n')
    .map((line) => `# ${line}`)
    .join('\n')}\n${[...new Set(paths)].sort().join('\n')}\n`;
}

// Hashed build assets and search-index fragments change with every build, and the numbered
// pages of a long list come and go as it grows and shrinks (its first page stays): not permalinks.
const NOT_PERMALINKS = [/^_astro\//, /^pagefind\//, /^published-urls\.txt$/, /(^|\/)page-\d+\/index\.html$/];

/**
 * The site paths of the files a build wrote (paths relative to the output folder, `/`-separated):
 * `tasks/x/index.html` → `/tasks/x/`, `data/tasks.json` → `/data/tasks.json`.
 */
export function publishedPaths(files: readonly string[]): string[] {
  return files
    .filter((file) => !NOT_PERMALINKS.some((pattern) => pattern.test(file)))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** Promised URLs that are neither published nor redirected: each one a broken permalink. */
export function missingPermalinks(promised: readonly string[], published: ReadonlySet<string>, redirects: readonly Redirect[]): string[] {
  const moved = new Set(redirects.map((redirect) => redirect.from));
  return promised.filter((path) => !published.has(path) && !moved.has(path));
}

/** Redirects whose target is not published: a redirect must lead to a page. */
export function danglingRedirects(redirects: readonly Redirect[], published: ReadonlySet<string>): Redirect[] {
  return redirects.filter((redirect) => !published.has(redirect.to));
}

/** Reads `redirects.yaml` of a content folder; none is an empty list. Throws a staff-readable message. */
export function loadRedirects(contentDir: string): Redirect[] {
  const file = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(file)) return [];
  const result = redirectsSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${REDIRECTS_FILE} · ${issue.path.join('.')}: ${issue.message}`);
}

/** Reads the promised URL list of a content folder, or null when the deployment keeps none yet. */
export function loadPromisedUrls(contentDir: string): string[] | null {
  const file = join(contentDir, PUBLISHED_URLS_FILE);
  return existsSync(file) ? parseUrlList(readFileSync(file, 'utf8')) : null;
}
