import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CollectionName } from '../../schemas/collections.ts';
import { DOWNLOAD_TABLES, SHARE_IMAGES } from '../publish/index.ts';
import { allCharts, bulletinList, filterListPages, isArea, type FilterDimension } from '../views/index.ts';
import type { PeriodKind } from '../../core/periods.ts';
import type { Ledger } from '../../core/ledger.ts';
import { paths } from '../../core/urls.ts';
import { layersWithPlaces, type PlaceView } from '../map/index.ts';
import type { PlaceLayer } from '../../schemas/site.ts';

// The entries whose ids are the values of a filter: a clash on a filter page is theirs to fix.
const FILTER_ENTRIES: Partial<Record<FilterDimension, CollectionName>> = { county: 'jurisdictions', responsible: 'units', supervising: 'units', inspection: 'inspections' };

/** One address the build writes, and what makes it (for messages when two things claim it). */
export interface SitePath {
  path: string;
  /** What the address is, in Chinese: `整改任务 demo/01`. */
  what: string;
  /** The content entry the address belongs to, when it is an entry's. */
  entry?: { collection: CollectionName; id: string };
  /** The attachment (its name in `content/attachments/`) the address publishes, when it is one. */
  attachment?: string;
}

const PAGES = resolve(import.meta.dirname, '../../pages');
const PUBLIC = resolve(import.meta.dirname, '../../../public');

// What the build writes besides the pages: hashed assets, the search index, the web editor,
// the sitemap, the headers file and the URL list. No content address may fall among them.
const GENERATED = [/^\/_astro\//, /^\/pagefind\//, /^\/admin\//, /^\/sitemap-(index|\d+)\.xml$/, /^\/_headers$/, /^\/published-urls\.txt$/];

/** True for an address the build writes for itself (assets, search index, editor, sitemap). */
export function isGeneratedPath(path: string): boolean {
  return GENERATED.some((pattern) => pattern.test(path));
}

/** The files under `public/`, as site paths (`/favicon.svg`, `/documents/…`). */
export function publicFilePaths(folder: string = PUBLIC): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(folder.length).replace(/\\/g, '/'));
}

/**
 * The addresses of the pages that take no parameter (`src/pages/tasks/index.astro` → `/tasks/`,
 * `src/pages/data/tasks.json.ts` → `/data/tasks.json`): they exist whatever the content.
 */
export function fixedPagePaths(pages: string = PAGES): string[] {
  if (!existsSync(pages)) return [];
  const found: string[] = [];
  for (const file of readdirSync(pages, { recursive: true, encoding: 'utf8' })) {
    const path = file.replace(/\\/g, '/');
    if (path.includes('[') || !/\.(astro|ts|md)$/.test(path)) continue;
    if (path === '404.astro') found.push('/404.html');
    else if (/\.(astro|md)$/.test(path)) found.push(`/${path.replace(/(^|\/)index\.(astro|md)$/, '$1').replace(/\.(astro|md)$/, '/')}`);
    else found.push(`/${path.replace(/\.ts$/, '')}`);
  }
  return found;
}

/**
 * Every address the build writes for this content, from the same functions the pages take
 * their paths from (src/pages/**​/[…].astro): the content check holds permalinks, redirects
 * and clashes against it, so that what the check passes the build passes. A test compares it
 * with what the Bazhong and fixture builds really wrote.
 */
export function sitePaths(ledger: Ledger, options: { listLength: number; places: readonly PlaceView[]; placeLayers: readonly PlaceLayer[]; attachments: readonly string[]; bulletinPeriod: PeriodKind }): SitePath[] {
  const found: SitePath[] = [];
  const add = (path: string, what: string, entry?: SitePath['entry'], attachment?: string) => found.push({ path, what, ...(entry ? { entry } : {}), ...(attachment ? { attachment } : {}) });
  for (const path of fixedPagePaths()) add(path, '固定页面');
  for (const path of publicFilePaths()) add(path, 'public/ 中的文件');
  for (const image of SHARE_IMAGES) add(paths.shareImage(image.name), '分享图片');
  // An attachment named index.html would be the page of its folder.
  for (const file of options.attachments) add(paths.attachment(file).replace(/(^|\/)index\.html$/, '$1'), `附件 content/attachments/${file}`, undefined, file);

  for (const view of ledger.tasks) {
    const entry = { collection: 'tasks', id: view.id } as const;
    add(paths.task(view.id), `整改任务 ${view.id}`, entry);
    add(paths.taskFeed(view.id), `整改任务 ${view.id} 的订阅`, entry);
  }
  for (const id of ledger.units.keys()) {
    add(paths.unit(id), `单位 ${id}`, { collection: 'units', id });
    add(paths.unitFeed(id), `单位 ${id} 的订阅`, { collection: 'units', id });
  }
  for (const area of ledger.jurisdictions.values()) {
    if (!isArea(ledger, area)) continue;
    add(paths.county(area.id), `县（区） ${area.id}`, { collection: 'jurisdictions', id: area.id });
    add(paths.countyFeed(area.id), `县（区） ${area.id} 的订阅`, { collection: 'jurisdictions', id: area.id });
  }
  for (const entry of ledger.inspections) add(paths.inspection(entry.id), `督察 ${entry.id}`, { collection: 'inspections', id: entry.id });
  for (const entry of ledger.findings) add(paths.finding(entry.id), `反馈问题 ${entry.id}`, { collection: 'findings', id: entry.id });
  for (const entry of ledger.plans) add(paths.plan(entry.id), `整改方案 ${entry.id}`, { collection: 'plans', id: entry.id });
  for (const id of ledger.documents.keys()) add(paths.document(id), `文件 ${id}`, { collection: 'documents', id });
  for (const entry of ledger.news) add(paths.article(entry.id), `整改动态 ${entry.id}`, { collection: 'news', id: entry.id });
  for (const entry of ledger.cases) add(paths.typicalCase(entry.id), `典型案例 ${entry.id}`, { collection: 'cases', id: entry.id });

  for (const spec of allCharts(ledger)) {
    const indicator = spec.id.startsWith('indicators/') ? { collection: 'indicators', id: spec.id.slice('indicators/'.length) } as const : undefined;
    add(paths.chart(spec.id), indicator ? `指标 ${indicator.id}` : `图表 ${spec.id}`, indicator);
    add(paths.chartEmbed(spec.id), `图表 ${spec.id} 的嵌入页`, indicator);
    add(paths.chartCsv(spec.id), `图表 ${spec.id} 的数据`, indicator);
  }
  for (const table of DOWNLOAD_TABLES) {
    add(paths.download(`${table.name}.csv`), `下载 ${table.name}.csv`);
    if (table.name !== 'tasks') add(paths.download(`${table.name}.json`), `下载 ${table.name}.json`);
    // The public ledger has a worksheet, and so a CSV, for each table (src/features/sheet/public-ledger.ts).
    add(paths.publicLedgerCsv(table.name), `下载整改台账 ${table.name}（中文表头）`);
  }
  for (const { layer } of layersWithPlaces(options.placeLayers, options.places)) {
    add(paths.map(layer.id), `地图 ${layer.id}`);
    add(paths.mapGeoJson(layer.id), `地图 ${layer.id} 的数据`);
  }
  for (const ref of bulletinList(ledger, options.bulletinPeriod)) add(ref.path, `整改情况通报 ${ref.plan.id} ${ref.period.id}`, { collection: 'plans', id: ref.plan.id });
  for (const { option, page, path } of filterListPages(ledger, options.listLength)) {
    const collection = FILTER_ENTRIES[option.dimension];
    add(path, `筛选 ${option.dimension}=${option.value}${page > 1 ? ` 第${page}页` : ''}`, collection ? { collection, id: option.value } : undefined);
  }
  return found;
}
