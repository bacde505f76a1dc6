import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeAdminFiles } from '../features/cms/index.ts';
import { contentRoot, loadSiteConfig } from '../features/check/index.ts';
import { declaredPlaceKinds } from '../schemas/site.ts';

/**
 * The web editor at `/admin/` (Sveltia CMS), built only when `content/site.yaml` names the
 * repository it commits to (`cms:`). Runs before the security headers are written, so the
 * editor page's own policy goes into `_headers` with every other page's.
 */
export function cmsAdmin(): AstroIntegration {
  return {
    name: 'ledger:cms-admin',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = loadSiteConfig();
        if (!site.cms) return;
        const result = writeAdminFiles({ distDir: fileURLToPath(dir), contentDir: contentRoot(), title: site.title, cms: site.cms, placeKinds: declaredPlaceKinds(site.placeLayers) });
        logger.info(`/admin/: Sveltia CMS ${(result.scriptBytes / 1e6).toFixed(1)} MB, configuration from the schemas`);
        for (const url of result.unresolvedCdnUrls) logger.warn(`/admin/ still names a CDN file: ${url}`);
      },
    },
  };
}
