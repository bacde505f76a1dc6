import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { FEED_HEADERS, newsFeed } from '../../features/publish/index.ts';
import { paths } from '../../core/urls.ts';

/** The news articles (整改动态), newest first. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  return new Response(newsFeed({ ledger, site, self: paths.newsFeed() }), { headers: FEED_HEADERS });
};
