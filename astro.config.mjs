// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { permalinks } from './src/integrations/permalinks.ts';
import { loadSiteConfig } from './src/lib/site-config.ts';

// The site's public address comes from content/site.yaml, so a deployment changes content only.
const siteUrl = new URL(loadSiteConfig().url);
// Another content folder (a test fixture, the benchmark) keeps its own content cache.
const contentDir = process.env.LEDGER_CONTENT_DIR;
const cacheDir = contentDir ? `./node_modules/.astro/${contentDir.replace(/[^a-zA-Z0-9]+/g, '-')}` : undefined;

export default defineConfig({
  site: siteUrl.origin,
  base: siteUrl.pathname,
  trailingSlash: 'always',
  ...(cacheDir ? { cacheDir } : {}),
  build: { format: 'directory' },
  integrations: [contentCheck(), permalinks(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  prefetch: false,
});
