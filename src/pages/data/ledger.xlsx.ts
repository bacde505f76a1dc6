import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { publicLedgerXlsx, XLSX_MEDIA_TYPE } from '../../features/sheet/index.ts';

/** The public ledger (公众版整改台账) as one XLSX workbook with Chinese headers: written once per build. */
export const GET: APIRoute = async () => {
  const { ledger, site } = await getLedger();
  return new Response(await publicLedgerXlsx(ledger, site), { headers: { 'Content-Type': XLSX_MEDIA_TYPE } });
};
