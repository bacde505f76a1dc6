
/** Site paths of every page kind, in one place so links and the URL list agree. */

/** Joins the site's base path and a site path: `/ledger/` + `/tasks/x/`. */
export function withBase(path: string, base: string = '/'): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path}`;
}

/** A site path made absolute against the site's address, keeping any base path it has. */
export function absoluteUrl(path: string, siteUrl: string): string {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  return new URL(path.replace(/^\//, ''), base).href;
}

// A phone number as written to be dialled: an international +, digits in groups split by spaces
// or brackets, and at most one dash (an area code); a second dash is an extension (0827-5268123-8001).
const DIALLABLE = /^\+?[\d\s()]*\d[\d\s()]*(?:-[\d\s()]*\d[\d\s()]*)?$/;

/**
 * A phone number as a page shows it, kept on one line (its hyphens do not break), and the tel:
 * link that dials it: only for text that is one number as it stands (`0827-5268123`, `（0827）
 * 5268123`), at most 15 digits as every phone number is. Text with words, an extension or a
 * second number in it (`1381 分机 2345678`, `0827-5268123-8001`) is shown without a link, which
 * would join its digits into a number the text does not show.
 */
export function phoneLink(phone: string): { text: string; href?: string } {
  const text = phone.replace(/-/g, '\u2011');
  const written = phone.normalize('NFKC').trim();
  const digits = written.replace(/[^\d+]/g, '');
  // Two long groups (12345 12369, 0827-5268123 0827-5268124) are two numbers, not one.
  const long = written.split(/[\s\-()]+/).filter((group) => group.replace(/\D/g, '').length >= 5).length;
  return DIALLABLE.test(written) && long <= 1 && digits.replace('+', '').length <= 15 ? { text, href: `tel:${digits}` } : { text };
}

/** The path of page `page` of a list whose first page is `first` (`/filter/x/y/` → `/filter/x/y/page-2/`). */
export function listPagePath(first: string, page: number): string {
  return page <= 1 ? first : `${first}${listPageSegment(page)}/`;
}

/** The last segment of page `page` (from 2) of a list: `page-2`. */
export function listPageSegment(page: number): string {
  return `page-${page}`;
}

/** Anchors inside a page: a measure on its task's page, an update in a timeline, a plan's section of a list. */
export const anchors = {
  measure: (number: number) => `measure-${number}`,
  update: (updateId: string) => `update-${updateId.replace(/\//g, '-')}`,
  plan: (planId: string) => `plan-${planId.replace(/\//g, '-')}`,
};

/** What a progress chart (计划与实际，按月) is drawn for: a plan, a unit or a county. */
export type ProgressScope = 'plans' | 'units' | 'counties';

/** The id of the progress chart of a plan, unit or county: `progress/units/<unit>` (its address is `/charts/` + id). */
export function progressChartId(scope: ProgressScope, id: string): string {
  return `progress/${scope}/${id}`;
}

/** The public ledger's file names in `/data/`, where datapackage.json names them. */
export const publicLedgerFiles = {
  workbook: 'ledger.xlsx',
  csv: (table: string) => `ledger-${table}.csv`,
};

export const paths = {
  home: () => '/',
  tasks: () => '/tasks/',
  task: (id: string) => `/tasks/${id}/`,
  measure: (task: string, number: number) => `/tasks/${task}/#${anchors.measure(number)}`,
  update: (task: string, updateId: string) => `/tasks/${task}/#${anchors.update(updateId)}`,
  plan: (id: string) => `/plans/${id}/`,
  inspection: (id: string) => `/inspections/${id}/`,
  // Findings (反馈问题, issue 16): one page each, from the day the feedback is published.
  findings: () => '/findings/',
  finding: (id: string) => `/findings/${id}/`,
  findingsFeed: () => '/feeds/findings.xml',
  // Periodic bulletins (定期通报, issue 16): one page per plan and period.
  bulletins: () => '/bulletins/',
  bulletin: (plan: string, period: string) => `/bulletins/${plan}/${period}/`,
  bulletinsFeed: () => '/feeds/bulletins.xml',
  data: () => '/data/',
  tasksJson: () => '/data/tasks.json',
  // Disclosure of plan 五(五): complaints, typical cases, news, documents, how to report.
  complaints: () => '/complaints/',
  cases: () => '/cases/',
  typicalCase: (id: string) => `/cases/${id}/`,
  news: () => '/news/',
  article: (id: string) => `/news/${id}/`,
  newsFeed: () => '/feeds/news.xml',
  documents: () => '/documents/',
  document: (id: string) => `/documents/${id}/`,
  // A document's attachment, by its name in content/attachments/ (the build copies it here).
  attachment: (file: string) => `/documents/${file}`,
  report: () => '/report/',
  // The glossary (术语说明, issue 18): what the site's words mean; each term has its anchor (a status's is its slug).
  glossary: () => '/glossary/',
  term: (id: string) => `/glossary/#${id}`,
  // The share images (og:image): `site`, or a status's slug (src/features/publish/share-image.ts).
  shareImage: (name: string) => `/share/${name}.png`,
  // Maps (issue 4): one page and one GeoJSON download per layer, and the county outlines.
  maps: () => '/maps/',
  map: (layer: string) => `/maps/${layer}/`,
  mapGeoJson: (layer: string) => `/maps/${layer}.geojson`,
  outlines: () => '/maps/outlines.geojson',
  // Indicators and charts (指标与图表): every chart has a page, an embeddable page and a CSV.
  indicators: () => '/indicators/',
  indicator: (id: string) => `/indicators/${id}/`,
  chart: (id: string) => (id.startsWith('indicators/') ? `/${id}/` : `/charts/${id}/`),
  chartEmbed: (id: string) => `${id.startsWith('indicators/') ? `/${id}/` : `/charts/${id}/`}embed/`,
  chartCsv: (id: string) => `/data/charts/${id}.csv`,
  // Progress over time (issue 16): one chart for each plan, unit and county, plan against record by month.
  progressChart: (scope: ProgressScope, id: string) => `/charts/${progressChartId(scope, id)}/`,
  // Finding and following (issue 3): filtered lists, unit and area pages, feeds, search, downloads.
  filter: (dimension: string, value: string, page = 1) => listPagePath(`/filter/${dimension}/${value}/`, page),
  units: () => '/units/',
  unit: (id: string) => `/units/${id}/`,
  counties: () => '/counties/',
  county: (id: string) => `/counties/${id}/`,
  feed: () => '/feeds/all.xml',
  taskFeed: (id: string) => `/feeds/tasks/${id}.xml`,
  unitFeed: (id: string) => `/feeds/units/${id}.xml`,
  countyFeed: (id: string) => `/feeds/counties/${id}.xml`,
  // The stylesheet every feed names, with which a browser shows it as a page that explains how to subscribe (feed-page.ts).
  feedStylesheet: () => '/feeds/feed.css',
  search: () => '/search/',
  download: (file: string) => `/data/${file}`,
  // The public ledger (公众版整改台账, issue 18): a workbook, and a CSV for each open-data table, with Chinese headers.
  publicLedger: () => `/data/${publicLedgerFiles.workbook}`,
  publicLedgerCsv: (table: string) => `/data/${publicLedgerFiles.csv(table)}`,
};
