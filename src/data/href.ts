import { loadSiteConfig } from '../features/check/index.ts';
import { absoluteUrl, withBase } from '../core/urls.ts';

// The base path comes from the site's public address in site.yaml (`https://host/sub/` → `/sub/`),
// the same place astro.config.mjs takes it from.
const siteUrl = loadSiteConfig().url;
const basePath = new URL(siteUrl).pathname;

/** A site path (`/tasks/x/`) as a link that works under the site's base path. */
export function hrefTo(path: string): string {
  return withBase(path, basePath);
}

/** A view model's link (`{ path, label }` or `{ path, title }`) as the page writes it: the same with `href` for `path`. */
export function linkTo<Link extends { path: string }>({ path, ...rest }: Link): Omit<Link, 'path'> & { href: string } {
  return { ...rest, href: hrefTo(path) };
}

/** A site path (`/tasks/x/`) as its permanent URL, the one a citation or a QR code gives: `https://host/base/tasks/x/`. */
export function permanentUrl(path: string): string {
  return absoluteUrl(path, siteUrl);
}
