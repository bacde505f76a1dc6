// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { permalinks } from './src/integrations/permalinks.ts';
import { attachments } from './src/integrations/attachments.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteConfigForAstro } from './src/features/check/site-config.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { cmsAdmin } from './src/integrations/cms-admin.ts';
import { stagedOutput } from './src/integrations/staged-output.ts';
import { policyDirectives, SCRIPT_RESOURCES } from './src/features/site/security-policy.ts';
import { tileImageOrigins } from './src/features/map/map-data.ts';

// The site is built into a staging folder and replaces the output folder only when complete.
const [stageOutput, publishOutput] = stagedOutput();

// The site's public address comes from content/site.yaml, so a deployment changes content only.
// Read by the content reader; when site.yaml has a problem the content check names it and stops the build.
const siteConfig = siteConfigForAstro();
const siteUrl = new URL(siteConfig.url);
// Another content folder (a test fixture, the benchmark) keeps its own content cache.
const contentDir = process.env.LEDGER_CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro/${contentDir.replace(/[^a-zA-Z0-9]+/g, '-')}` : undefined;

export default defineConfig({
  site: siteUrl.origin,
  base: siteUrl.pathname,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  // Eight pages rendered at a time: while one page's file is written (by Node's I/O threads),
  // the next renders. Measured on the 2,000-task benchmark content in one session: rendering
  // 18.5 s one at a time, 12.4 s four at a time, 11.7 s eight, 11.4 s thirty-two; the site is
  // byte for byte the same (the Bazhong site and the two-inspection fixture, compared file by file).
  build: { format: 'directory', concurrency: 8 },
  // Every script as a file of its own, never inlined: the pages carry no inline code for the
  // content security policy to allow, and a cached script serves every page.
  vite: { build: { assetsInlineLimit: 0 } },
  // attachments() copies content/attachments/ into the site before permalinks() lists what was
  // published; cmsAdmin() writes /admin/ before securityHeaders() lists the pages for _headers; the
  // staged output is set up first and published last, after every other step has passed.
  integrations: [stageOutput, contentCheck(), attachments(), permalinks(), mdx(), sitemap(), cmsAdmin(), securityHeaders(), searchIndex(), publishOutput],
  devToolbar: { enabled: false },
  // Content bodies are rendered by src/features/body/markdown.ts, not by Astro's Markdown: no code
  // highlighting is needed (its inline styles would not pass the security policy anyway).
  markdown: { syntaxHighlight: false },
  prefetch: false,
  // A strict Content Security Policy on every page (src/features/site/security-policy.ts): nothing from
  // another host, no inline script or style but what Astro hashes itself.
  security: { csp: { directives: policyDirectives({ imageOrigins: tileImageOrigins(siteConfig.map?.tiles) }), scriptDirective: { resources: [...SCRIPT_RESOURCES] } } },
});
