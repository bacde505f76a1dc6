import type { APIRoute } from 'astro';
import { getLedger } from '../../../data/ledger.ts';
import { atomFeed, FEED_HEADERS, unitUpdates } from '../../../features/publish/index.ts';
import { paths } from '../../../core/urls.ts';

export async function getStaticPaths() {
  const { ledger } = await getLedger();
  return [...ledger.units.keys()].map((id) => ({ params: { id } }));
}

/** Updates on the tasks a unit carries, supervises or accepts. */
export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  const unit = ledger.units.get(params.id!)!;
  const xml = atomFeed({ ledger, site, title: unit.data.name, page: paths.unit(unit.id), self: paths.unitFeed(unit.id), updates: unitUpdates(ledger, unit.id) });
  return new Response(xml, { headers: FEED_HEADERS });
};
