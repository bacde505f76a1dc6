import { loadSiteConfig } from '../features/check/index.ts';
import { withBase } from '../core/urls.ts';

// The base path comes from the site's public address in site.yaml (`https://host/sub/` → `/sub/`),
// the same place astro.config.mjs takes it from.
const basePath = new URL(loadSiteConfig().url).pathname;

/** A site path (`/tasks/x/`) as a link that works under the site's base path. */
export function hrefTo(path: string): string {
  return withBase(path, basePath);
}
