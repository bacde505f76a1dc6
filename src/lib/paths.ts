/** Site paths of every page kind, in one place so links and the URL list agree. */

/** Joins the site's base path and a site path: `/ledger/` + `/tasks/x/`. */
export function withBase(path: string, base: string = '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

export const paths = {
  home: () => '/',
  tasks: () => '/tasks/',
  task: (id: string) => `/tasks/${id}/`,
  plan: (id: string) => `/plans/${id}/`,
  inspection: (id: string) => `/inspections/${id}/`,
  data: () => '/data/',
  tasksJson: () => '/data/tasks.json',
  // Indicators and charts (指标与图表): every chart has a page, an embeddable page and a CSV.
  indicators: () => '/indicators/',
  indicator: (id: string) => `/indicators/${id}/`,
  chart: (id: string) => (id.startsWith('indicators/') ? `/${id}/` : `/charts/${id}/`),
  chartEmbed: (id: string) => `${id.startsWith('indicators/') ? `/${id}/` : `/charts/${id}/`}embed/`,
  chartCsv: (id: string) => `/data/charts/${id}.csv`,
};
