import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { DOWNLOAD_TABLES, tableNamed, tableRecords } from '../../features/publish/index.ts';

// tasks.json is the nested public interface (tasks.json.ts); the flat task table is CSV only.
export function getStaticPaths() {
  return DOWNLOAD_TABLES.filter((table) => table.name !== 'tasks').map((table) => ({ params: { table: table.name } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  const table = tableNamed(params.table!)!;
  return new Response(JSON.stringify({ asOf: ledger.asOf, [table.name]: tableRecords(table, ledger, site.url) }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
