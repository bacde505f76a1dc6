import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { DOWNLOAD_TABLES, tableCsv, tableNamed } from '../../features/publish/index.ts';

export function getStaticPaths() {
  return DOWNLOAD_TABLES.map((table) => ({ params: { table: table.name } }));
}

/** A download as CSV, UTF-8 with BOM so Excel shows the Chinese correctly. */
export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  return new Response(tableCsv(tableNamed(params.table!)!, ledger, site.url), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
