import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listPages, pagePolicy } from '../features/built-site/index.ts';
import { headersFile } from '../features/site/index.ts';

/**
 * After the build, writes `_headers` beside the pages: the policy each page carries in its
 * `<meta>` sent again as a real header (which also covers what a meta tag cannot), plus the
 * site's other security headers. Netlify and Cloudflare Pages read this file; other hosts
 * copy the rule (README, "Deploying").
 */
export function securityHeaders(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'ledger:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = listPages(distDir, basePath).map((page) => ({
          path: page.path,
          policy: pagePolicy(readFileSync(page.file, 'utf8')) ?? '',
        }));
        writeFileSync(join(distDir, '_headers'), headersFile(pages, basePath));
        logger.info(`_headers: ${new Set(pages.map((page) => page.policy)).size} policy for ${pages.length} pages`);
      },
    },
  };
}
