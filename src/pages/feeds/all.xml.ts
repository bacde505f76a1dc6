import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { atomFeed, FEED_HEADERS } from '../../features/publish/index.ts';
import { paths } from '../../core/urls.ts';

/** Every update on the site, newest first. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  const xml = atomFeed({ ledger, site, title: '全部整改进展', page: paths.home(), self: paths.feed(), updates: ledger.updates });
  return new Response(xml, { headers: FEED_HEADERS });
};
