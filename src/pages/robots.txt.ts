import type { APIRoute } from 'astro';
import { getLedger } from '../data/ledger.ts';
import { absoluteUrl } from '../core/urls.ts';

/** Everything is public; point crawlers at the sitemap (@astrojs/sitemap writes sitemap-index.xml). */
export const GET: APIRoute = async () => {
  const { site } = await getLedger();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
