import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { tasksJson } from '../../features/publish/index.ts';

/** The public data interface: every task with its measures, targets, status and updates. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  // site.url is the site's full public address, base path included.
  return new Response(JSON.stringify(tasksJson(ledger, site.url), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
