import type { APIRoute } from 'astro';
import { getLedger } from '../../../data/ledger.ts';
import { chartCsv, type ChartSpec } from '../../../features/charts/index.ts';
import { allCharts } from '../../../features/views/index.ts';

export async function getStaticPaths() {
  const { ledger } = await getLedger();
  return allCharts(ledger).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}

/** Exactly the data a chart draws, as CSV (UTF-8 with BOM). */
export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv((props as { spec: ChartSpec }).spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
