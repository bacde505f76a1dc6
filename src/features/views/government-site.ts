import { areasOf, type Areas } from '../../core/areas.ts';
import { isValidPartialDate } from '../../schemas/shared.ts';
import type { Ledger } from '../../core/ledger.ts';
import { derivedOnce } from '../../core/lookup.ts';
import { documentTitle } from '../../core/names.ts';
import type { PeriodKind } from '../../core/periods.ts';
import { paths, phoneLink } from '../../core/urls.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { bulletinList } from './bulletin-page.ts';

/**
 * The conventions of a Chinese government website (政府网站发展指引, 国办发〔2017〕47号): what the
 * foot of every page carries (主办单位, 承办单位, 网站标识码, ICP备案号, 公安机关备案号, contact
 * details, 我为政府网站找错, 党政机关网站标识) and the page tags (网页标签) of the 政府网站网页设计规范
 * in <head>. Every link here is a plain link to the registry's own page: no script or image of
 * another host is ever loaded (the 找错 and 标识 scripts the registries offer would be).
 */

/** The 工业和信息化部 ICP record search, which the ICP number links to. */
export const ICP_RECORD_SEARCH = 'https://beian.miit.gov.cn/';

/** The 全国互联网安全管理服务平台 page of a public security record, by the record number's digits. */
export function publicSecurityRecordLink(recordNumber: string): string {
  return `https://beian.mps.gov.cn/#/query/webSearch?code=${recordNumber.replace(/\D/g, '')}`;
}

/**
 * The 我为政府网站找错 link (政府网站找错 of 国务院办公厅): the site's 网站标识码 and the address of
 * the page the reader found the error on, as the registry's own jiucuo.js builds it.
 */
export function errorReportLink(siteCode: string, pageUrl: string): string {
  return `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=${siteCode}&url=${encodeURIComponent(pageUrl)}`;
}

/** The 党政机关网站标识 record page (中央机构编制委员会办公室) of a site. */
export function conacRecordLink(id: string): string {
  return `https://bszs.conac.cn/sitename?method=show&id=${id}`;
}

/** One line of the footer's identity block: a term and its value, linked where the convention links it. */
export interface IdentityItem {
  term: string;
  text: string;
  href?: string;
}

/** What the foot of a page shows of the site's identity; empty lists when the deployment set none. */
export interface SiteIdentity {
  items: IdentityItem[];
  links: { label: string; href: string }[];
  /** The free-text contact line. */
  note?: string;
}

/**
 * The footer's identity block for the page at `pageUrl` (its absolute address, for the 找错 link):
 * the publisher's offices, contact details, then the record numbers, in the order government
 * sites show them.
 */
export function siteIdentity(site: Pick<SiteConfig, 'governmentSite' | 'contact'>, pageUrl: string): SiteIdentity {
  const gov = site.governmentSite ?? {};
  const contact = site.contact ?? {};
  const items: IdentityItem[] = [];
  const add = (term: string, text: string | undefined, href?: string) => {
    if (text) items.push({ term, text, ...(href ? { href } : {}) });
  };
  add('主办单位', gov.sponsor);
  add('承办单位', gov.operator);
  const phone = contact.phone ? phoneLink(contact.phone) : undefined;
  add('联系电话', phone?.text, phone?.href);
  add('电子邮箱', contact.email, contact.email && `mailto:${contact.email}`);
  add('地址', contact.address);
  add('网站标识码', gov.siteCode);
  add('ICP备案号', gov.icp, ICP_RECORD_SEARCH);
  add('公安机关备案号', gov.publicSecurity, gov.publicSecurity && publicSecurityRecordLink(gov.publicSecurity));
  const links = [
    ...(gov.siteCode ? [{ label: '我为政府网站找错', href: errorReportLink(gov.siteCode, pageUrl) }] : []),
    ...(gov.conacId ? [{ label: '党政机关网站标识', href: conacRecordLink(gov.conacId) }] : []),
  ];
  return { items, links, ...(contact.note ? { note: contact.note } : {}) };
}

/** A section of the site (栏目) as the page tags name it. */
interface Column {
  name: string;
  description: string;
  keywords: string[];
  /** The 网页设计规范's 栏目类别, only where one of its kinds fits the section. */
  type?: string;
}

const TASKS: Column = {
  name: '整改任务',
  description: '整改方案确定的每项整改任务：整改目标、整改措施、责任单位、督导单位、整改时限和整改进展。',
  keywords: ['整改任务', '整改措施', '责任单位', '整改时限', '整改进展'],
};

// The sections, by the first segment of their route (src/pages/<segment>/…); the home page is ''.
const COLUMNS: Record<string, Column> = {
  '': { name: '首页', type: '首页', description: '督察整改任务、反馈问题和整改进展的总览。', keywords: ['督察整改', '整改台账', '整改进展'] },
  tasks: TASKS,
  filter: TASKS,
  findings: { name: '反馈问题', description: '督察反馈的问题，及回应每个问题的整改任务和进展。', keywords: ['督察反馈', '反馈问题', '整改'] },
  inspections: { name: '督察情况', description: '每次生态环境保护督察：督察组、进驻时间、反馈意见和信访举报办理情况。', keywords: ['生态环境保护督察', '督察反馈'] },
  plans: { name: '整改方案', type: '政策文件', description: '督察整改方案全文。', keywords: ['整改方案', '整改任务清单'] },
  documents: { name: '文件库', type: '政策文件', description: '整改方案、任务清单、督察反馈和整改中出台的制度文件。', keywords: ['整改方案', '制度文件', '督察反馈'] },
  bulletins: { name: '整改情况通报', type: '工作动态', description: '按期通报的整改进展、验收销号和逾期情况。', keywords: ['整改通报', '验收销号', '逾期'] },
  news: { name: '整改动态', type: '工作动态', description: '整改成效、经验做法和长效机制建设情况。', keywords: ['整改动态', '整改成效', '经验做法', '长效机制'] },
  cases: { name: '典型案例', description: '环境违法典型案件的查处和问责情况。', keywords: ['典型案例', '查处', '问责'] },
  complaints: { name: '信访举报办理', type: '回应关切', description: '督察组交办的群众信访举报件的办理情况。', keywords: ['信访举报', '办结', '责令整改', '立案处罚'] },
  report: { name: '举报渠道', type: '咨询投诉', description: '举报、投诉生态环境问题的渠道：“12369环保举报”微信公众号、12345热线和本地渠道。', keywords: ['举报', '投诉', '12369'] },
  units: { name: '责任和督导单位', description: '各责任单位和督导单位承担的整改任务和措施。', keywords: ['责任单位', '督导单位'] },
  maps: { name: '地图', type: '数据发布', description: '整改任务涉及的点位和分地区目标。', keywords: ['地图', '点位'] },
  indicators: { name: '指标与图表', type: '数据发布', description: '整改方案提出的目标和已公布的实测值。', keywords: ['指标', '目标', '图表'] },
  charts: { name: '指标与图表', type: '数据发布', description: '整改方案提出的目标和已公布的实测值。', keywords: ['指标', '目标', '图表'] },
  data: { name: '开放数据', type: '数据发布', description: '整改任务、措施、进展等数据的下载。', keywords: ['开放数据', '下载'] },
  search: { name: '站内搜索', description: '搜索整改任务、措施、责任单位和地名。', keywords: ['搜索'] },
};

/** The areas' section, in the deployment's word for them (县（区）, 乡镇（街道）). */
function areasColumn(areas: Areas): Column {
  return { name: areas.label, description: `各${areas.label}的整改任务、措施和进展。`, keywords: [areas.short, '整改任务'] };
}

/** What an article page (内容页) tells of itself beyond its title and description. */
export interface ArticleFacts {
  /** The day it was published (YYYY-MM-DD), when the content gives it to the day. */
  published?: string;
  /** Who published it (来源: the issuing office, or the inspection body). */
  source?: string;
  keywords: string[];
}

const fullDay = (date: string | undefined) => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && isValidPartialDate(date) ? date : undefined);

/**
 * The article pages of the ledger by site path: tasks and plans (the plan's date and issuer),
 * findings (the feedback's date and the inspecting body), typical cases, news, documents and
 * bulletins. Built once per ledger.
 */
export function articleIndex(ledger: Ledger, bulletinPeriod: PeriodKind): Map<string, ArticleFacts> {
  return derivedOnce(ledger, `article index ${bulletinPeriod}`, () => {
    const index = new Map<string, ArticleFacts>();
    const add = (path: string, published: string | undefined, source: string | undefined, ...keywords: (string | undefined)[]) =>
      index.set(path, { ...(published ? { published } : {}), ...(source ? { source } : {}), keywords: [...new Set(keywords.filter((word): word is string => Boolean(word)))] });
    for (const plan of ledger.plans) add(paths.plan(plan.id), fullDay(plan.data.date), plan.data.issuer, '整改方案', plan.data.shortTitle);
    for (const view of ledger.tasks) {
      const plan = view.plan?.data;
      add(paths.task(view.id), fullDay(plan?.date), plan?.issuer, '整改任务', view.task.title, plan?.shortTitle);
    }
    for (const view of ledger.findings) {
      const inspection = view.inspection?.data;
      add(paths.finding(view.id), fullDay(inspection?.feedbackDate), inspection?.inspectingBody, '督察反馈', view.data.heading, inspection?.name);
    }
    for (const entry of ledger.cases) {
      const source = ledger.documents.get(entry.data.source.document)?.data;
      add(paths.typicalCase(entry.id), entry.data.published, source?.issuer ?? documentTitle(ledger, entry.data.source.document), '典型案例');
    }
    for (const entry of ledger.news) add(paths.article(entry.id), entry.data.date, entry.data.publisher, '整改动态', entry.data.topic);
    for (const [id, entry] of ledger.documents) add(paths.document(id), fullDay(entry.data.date), entry.data.issuer, '文件');
    for (const ref of bulletinList(ledger, bulletinPeriod)) {
      add(ref.path, ref.asOf, undefined, '整改情况通报', ref.plan.data.shortTitle);
    }
    return index;
  });
}

/** One <meta name content> of the page tags. */
export interface PageTag {
  name: string;
  content: string;
}

/**
 * The page tags (网页标签) of the 政府网站网页设计规范 (政府网站发展指引, 国办发〔2017〕47号, 附件),
 * as government sites write them and as the specification's tables list them (reproduced at
 * https://blog.csdn.net/weixin_42023088/article/details/133034899):
 * - site (网站标签, every page): SiteName 网站名称, SiteDomain 网站域名, SiteIDCode 政府网站标识码;
 * - column (栏目标签, every page of a section): ColumnName 栏目名称, ColumnDescription 栏目描述,
 *   ColumnKeywords 栏目关键词, ColumnType 栏目类别 (one of its kinds: 首页, 工作动态, 政策文件,
 *   数据发布, 回应关切, 咨询投诉…; left out where none fits the section);
 * - content (内容页标签, an article): ArticleTitle 标题, PubDate 发布时间 (`YYYY-MM-DD HH:MM`),
 *   ContentSource 来源, Keywords 关键词, Description 摘要, Url 网址.
 * PubDate is written as the day alone (`2022-03-15`): the content gives the day of publication,
 * never the minute, and a made-up 00:00 would state a time nobody recorded. Description is the
 * page's one description tag (HTML allows only one, and matches its name in any case).
 * Written only on a government website, that is one with a 网站标识码 (`governmentSite.siteCode`).
 */
export function pageTags(options: {
  site: Pick<SiteConfig, 'governmentSite' | 'title' | 'url' | 'publisher' | 'areas'>;
  /** The route that built the page, as Astro names it: `/tasks/[...id]`. */
  route: string;
  title: string;
  canonical: string;
  article: ArticleFacts | undefined;
}): PageTag[] {
  const siteCode = options.site.governmentSite?.siteCode;
  if (!siteCode) return [];
  const tags: PageTag[] = [
    { name: 'SiteName', content: options.site.title },
    { name: 'SiteDomain', content: new URL(options.site.url).host },
    { name: 'SiteIDCode', content: siteCode },
  ];
  const section = options.route.split('/')[1] ?? '';
  const column = section === 'counties' ? areasColumn(areasOf(options.site.areas)) : COLUMNS[section];
  if (column && options.route !== '/404') {
    tags.push({ name: 'ColumnName', content: column.name }, { name: 'ColumnDescription', content: column.description }, { name: 'ColumnKeywords', content: column.keywords.join(',') });
    if (column.type) tags.push({ name: 'ColumnType', content: column.type });
  }
  const article = options.article;
  if (article) {
    tags.push({ name: 'ArticleTitle', content: options.title });
    if (article.published) tags.push({ name: 'PubDate', content: article.published });
    tags.push({ name: 'ContentSource', content: article.source ?? options.site.publisher });
    if (article.keywords.length > 0) tags.push({ name: 'Keywords', content: article.keywords.join(',') });
    tags.push({ name: 'Url', content: options.canonical });
  }
  return tags;
}
