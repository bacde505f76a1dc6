import type { APIRoute } from 'astro';
import { getLedger } from '../../../data/ledger.ts';
import { chineseNumeral } from '../../../core/dates.ts';
import { atomFeed, FEED_HEADERS } from '../../../features/publish/index.ts';
import { paths } from '../../../core/urls.ts';

export async function getStaticPaths() {
  const { ledger } = await getLedger();
  return ledger.tasks.map((view) => ({ params: { id: view.id } }));
}

/** One task's updates. */
export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  const view = ledger.taskById.get(params.id!)!;
  const xml = atomFeed({
    ledger,
    site,
    title: `整改任务${chineseNumeral(view.task.number)}：${view.task.title}`,
    page: paths.task(view.id),
    self: paths.taskFeed(view.id),
    updates: view.updates,
  });
  return new Response(xml, { headers: FEED_HEADERS });
};
