import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { bulletinsFeed, FEED_HEADERS } from '../../features/publish/index.ts';
import { paths } from '../../core/urls.ts';

/** The bulletins whose period is over, newest first. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  return new Response(bulletinsFeed({ ledger, site, self: paths.bulletinsFeed(), kind: site.bulletinPeriod }), { headers: FEED_HEADERS });
};
