import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { dataPackage } from '../../features/publish/index.ts';

/** Frictionless Data descriptor of every download. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  return new Response(JSON.stringify(dataPackage(ledger, site), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
