import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { tasksJson } from '../../lib/export.ts';

/** The public data interface: every task with its measures, targets, status and updates. */
export const GET: APIRoute = async ({ site }) => {
  const { ledger, site: config } = await getLedger();
  const body = tasksJson(ledger, new URL(import.meta.env.BASE_URL, site ?? config.url).href);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
