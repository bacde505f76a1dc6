import type { APIRoute } from 'astro';
import { getLedger } from '../../../data/ledger.ts';
import { atomFeed, countyUpdates } from '../../../lib/feeds.ts';
import { isArea } from '../../../lib/filters.ts';
import { paths } from '../../../lib/paths.ts';

export async function getStaticPaths() {
  const { ledger } = await getLedger();
  return [...ledger.jurisdictions.values()].filter(isArea).map((area) => ({ params: { id: area.id } }));
}

/** Updates about one county or zone. */
export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  const area = ledger.jurisdictions.get(params.id!)!;
  const xml = atomFeed({ ledger, site, title: area.data.name, page: paths.county(area.id), self: paths.countyFeed(area.id), updates: countyUpdates(ledger, area.id) });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
