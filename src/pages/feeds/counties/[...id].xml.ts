import type { APIRoute } from 'astro';
import { getLedger } from '../../../data/ledger.ts';
import { atomFeed, countyUpdates, FEED_HEADERS } from '../../../features/publish/index.ts';
import { isArea } from '../../../features/views/index.ts';
import { paths } from '../../../core/urls.ts';

export async function getStaticPaths() {
  const { ledger } = await getLedger();
  return [...ledger.jurisdictions.values()].filter((area) => isArea(ledger, area)).map((area) => ({ params: { id: area.id } }));
}

/** Updates about one county or zone. */
export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  const area = ledger.jurisdictions.get(params.id!)!;
  const xml = atomFeed({ ledger, site, title: area.data.name, page: paths.county(area.id), self: paths.countyFeed(area.id), updates: countyUpdates(ledger, area.id) });
  return new Response(xml, { headers: FEED_HEADERS });
};
