import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { FEED_HEADERS, findingsFeed } from '../../features/publish/index.ts';
import { paths } from '../../core/urls.ts';

/** The findings (督察反馈问题) fed back by the as-of day, newest feedback first. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  return new Response(findingsFeed({ ledger, site, self: paths.findingsFeed() }), { headers: FEED_HEADERS });
};
