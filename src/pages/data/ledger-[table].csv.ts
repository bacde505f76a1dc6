import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { PUBLIC_LEDGER_SHEETS, publicLedgerCsv, publicSheetOf } from '../../features/sheet/index.ts';

export function getStaticPaths() {
  return PUBLIC_LEDGER_SHEETS.map((sheet) => ({ params: { table: sheet.table } }));
}

/** A worksheet of the public ledger as CSV for people: Chinese headers, UTF-8 with BOM. */
export const GET: APIRoute = async ({ params }) => {
  const { ledger, site } = await getLedger();
  return new Response(publicLedgerCsv(publicSheetOf(params.table!)!, ledger, site.url), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
