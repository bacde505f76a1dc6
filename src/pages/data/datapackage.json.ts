import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { dataPackage } from '../../features/publish/index.ts';
import { publicLedgerResources } from '../../features/sheet/index.ts';

/** Frictionless Data descriptor of every download, the public ledger's files included. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  return new Response(JSON.stringify(dataPackage(ledger, site, publicLedgerResources()), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
