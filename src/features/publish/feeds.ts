import { Feed } from 'feed';
import type { Update } from '../../schemas/update.ts';
import { chineseNumeral, formatChineseDate, hasBegun, startOfPeriod } from '../../core/dates.ts';
import { escapeHtml } from '../../core/html-text.ts';
import { withFeedPage, type FeedPageEntry } from './feed-page.ts';
import { bulletinList, bulletinPage, measureAreas, taskAreas, unitWork } from '../views/index.ts';
import type { PeriodKind } from '../../core/periods.ts';
import { entryById } from '../../core/lookup.ts';
import type { Entry, Ledger } from '../../core/ledger.ts';
import { absoluteUrl, paths, withBase } from '../../core/urls.ts';
import { findingTitle, reopenedBy, reporterLine, reporterName, updateScope } from '../../core/names.ts';
import { compareReports, STATUS_LABELS } from '../../core/status.ts';
import { FINDING_STATES } from '../../core/findings.ts';

/**
 * Atom feeds of updates (整改进展订阅): the whole site, one task, one unit, one county, so a
 * journalist can follow one case. Written with the `feed` library; this module picks the
 * updates of each scope and turns them into entries. The library marks every entry title and
 * summary type="html", so the plain text staff wrote is HTML-escaped first: a `<script>` or
 * `&` in a summary is shown as written, never interpreted.
 */

/** Updates on tasks the unit is responsible for, supervises or accepts, and those it reported. */
export function unitUpdates(ledger: Ledger, unit: string): Entry<Update>[] {
  const work = unitWork(ledger, unit);
  const tasks = new Set([...work.responsibleTasks, ...work.supervisedTasks, ...work.acceptanceTasks].map((view) => view.id));
  return ledger.updates.filter((update) => tasks.has(update.data.task) || update.data.reportedBy === unit);
}

/** Updates about the county: on its places, on measures that concern it, or on whole tasks that do. */
export function countyUpdates(ledger: Ledger, area: string): Entry<Update>[] {
  return ledger.updates.filter((update) => {
    const task = ledger.taskById.get(update.data.task);
    if (!task) return false;
    if (update.data.place) return entryById(ledger.places, update.data.place)?.data.jurisdiction === area;
    if (update.data.measure !== undefined) {
      const measure = task.measures.find((view) => view.measure.number === update.data.measure);
      return measure ? measureAreas(measure, ledger).includes(area) : false;
    }
    return taskAreas(task, ledger).includes(area);
  });
}

/** A partial date as an instant: the start of its period, China time (`2021-12` → 2021-12-01T00:00+08:00). */
export function dateOf(partial: string): Date {
  return new Date(`${startOfPeriod(partial)}T00:00:00+08:00`);
}

export interface FeedInput {
  ledger: Ledger;
  site: { title: string; url: string; publisher: string; dataLicence: string };
  /** The feed's title, e.g. `整改任务六：污水收集处理能力不足`. */
  title: string;
  /** Site path of the page the feed follows, and of the feed itself. */
  page: string;
  self: string;
  updates: readonly Entry<Update>[];
}

/**
 * How many entries a feed carries: the newest, as feeds do. A reader subscribes to hear of
 * what is new; the full history is on the task pages and in the open data (data/updates.csv),
 * and a county's feed in a 10,000-task deployment would otherwise run to megabytes.
 */
export const FEED_ENTRIES = 100;

/**
 * The headers `astro dev` serves a feed with. A static host names a built `.xml` file's type by
 * its extension (`application/xml` or `text/xml`), and so does this: a browser shows a feed served
 * as `application/atom+xml` as plain text, not as the page it carries (feed-page.ts).
 */
export const FEED_HEADERS = { 'Content-Type': 'application/xml; charset=utf-8' } as const;

/** One entry of a feed, as plain text: the `feed` library gets it HTML-escaped, the page in a browser as text. */
interface FeedEntry extends FeedPageEntry {
  date: Date;
  author: string;
}

/**
 * An Atom feed of the site: its address, title, the page it follows, the day it was last updated
 * and its entries, carrying the page a browser shows it as (feed-page.ts), whose stylesheet is
 * named by its path under the site's base path.
 */
function siteFeed(site: FeedInput['site'], self: string, title: string, page: string, updated: string, entries: readonly FeedEntry[]): string {
  const head = { title: `${title} · ${site.title}`, self: absoluteUrl(self, site.url), page: absoluteUrl(page, site.url) };
  const feed = new Feed({
    id: head.self,
    title: head.title,
    link: head.page,
    language: 'zh-CN',
    updated: dateOf(updated),
    generator: '整改台账 Rectification Ledger',
    feedLinks: { atom: head.self },
    author: { name: site.publisher },
    copyright: site.dataLicence,
  });
  for (const entry of entries) {
    feed.addItem({ id: entry.link, link: entry.link, title: escapeHtml(entry.title), date: entry.date, description: escapeHtml(entry.summary), author: [{ name: entry.author }] });
  }
  return withFeedPage(feed.atom1(), {
    ...head,
    publisher: site.publisher,
    rights: site.dataLicence,
    limit: FEED_ENTRIES,
    entries,
    cssHref: withBase(paths.feedStylesheet(), new URL(site.url).pathname),
  });
}

/** An Atom 1.0 document of the newest updates published by the as-of day, newest first. */
export function atomFeed({ ledger, site, title, page, self, updates }: FeedInput): string {
  const shown = updates
    .filter((update) => hasBegun(update.data.date, ledger.asOf))
    .sort((a, b) => compareReports(b, a))
    .slice(0, FEED_ENTRIES);
  const entries = shown.map((update): FeedEntry => {
    const task = ledger.taskById.get(update.data.task);
    // With several plans, 任务二 is one of several: name its plan (the plan's short title).
    const planName = task?.plan && ledger.plans.length > 1 ? `${task.plan.data.shortTitle ?? task.plan.data.title}` : '';
    const taskLabel = task ? `${planName}任务${chineseNumeral(task.task.number)}` : update.data.task;
    const finder = reopenedBy(ledger, update.data);
    return {
      link: absoluteUrl(paths.update(update.data.task, update.id), site.url),
      title: `${taskLabel}${updateScope(ledger, update.data)} · ${formatChineseDate(update.data.date)} · ${STATUS_LABELS[update.data.status]}`,
      summary: `${update.data.summary}（${finder ? `发现问题：${finder.name}；` : ''}${reporterLine(ledger, update.data)}）`,
      date: dateOf(update.data.date),
      author: reporterName(ledger, update.data),
    };
  });
  return siteFeed(site, self, title, page, shown[0]?.data.date ?? ledger.asOf, entries);
}

/** An Atom 1.0 document of the news articles (整改动态) published by the as-of day, newest first. */
export function newsFeed({ ledger, site, self }: Pick<FeedInput, 'ledger' | 'site' | 'self'>): string {
  const shown = ledger.news.filter((article) => article.data.date <= ledger.asOf).slice(0, FEED_ENTRIES);
  // Each entry's title carries its date as written, as update entries do: the page a browser
  // shows (feed-page.ts) lists titles, and an instant would claim a day the source may not give.
  const entries = shown.map((article): FeedEntry => ({
    link: absoluteUrl(paths.article(article.id), site.url),
    title: `${formatChineseDate(article.data.date)} · ${article.data.title}`,
    summary: article.data.summary,
    date: dateOf(article.data.date),
    author: article.data.publisher,
  }));
  return siteFeed(site, self, '整改动态', paths.news(), shown[0]?.data.date ?? ledger.asOf, entries);
}

/**
 * An Atom 1.0 document of the findings (督察反馈问题) fed back by the as-of day, newest feedback
 * first: a reader hears of a new feedback the day it is published, before any plan. Each entry is
 * dated by its inspection's feedback date; a finding whose inspection has none is on the
 * findings page but not in the feed.
 */
export function findingsFeed({ ledger, site, self }: Pick<FeedInput, 'ledger' | 'site' | 'self'>): string {
  const dated = ledger.findings.flatMap((view) => {
    const date = view.inspection?.data.feedbackDate;
    return date && hasBegun(date, ledger.asOf) ? [{ view, date }] : [];
  });
  const shown = dated.sort((a, b) => b.date.localeCompare(a.date) || a.view.id.localeCompare(b.view.id)).slice(0, FEED_ENTRIES);
  const entries = shown.map(({ view, date }): FeedEntry => {
    const inspection = view.inspection?.data.name ?? view.data.inspection;
    return {
      link: absoluteUrl(paths.finding(view.id), site.url),
      title: `${formatChineseDate(date)}反馈 · ${inspection} · ${findingTitle(view.data)}`,
      summary: `${view.data.text}（${FINDING_STATES[view.state.state].label}）`,
      date: dateOf(date),
      author: view.inspection?.data.inspectingBody ?? inspection,
    };
  });
  return siteFeed(site, self, '督察反馈问题', paths.findings(), shown[0]?.date ?? ledger.asOf, entries);
}

/**
 * An Atom 1.0 document of the bulletins (整改情况通报) whose period is over by the as-of day,
 * newest first: each is dated by its period's last day and never changes afterwards.
 */
export function bulletinsFeed({ ledger, site, self, kind }: Pick<FeedInput, 'ledger' | 'site' | 'self'> & { kind: PeriodKind }): string {
  const shown = bulletinList(ledger, kind)
    .filter((ref) => ref.final)
    .sort((a, b) => b.period.end.localeCompare(a.period.end) || a.path.localeCompare(b.path))
    .slice(0, FEED_ENTRIES);
  const entries = shown.map((ref): FeedEntry => {
    const { title, summary } = bulletinPage(ledger, ref, kind);
    return {
      link: absoluteUrl(ref.path, site.url),
      title,
      summary: `本期发布进展${summary.updates}条，验收销号${summary.closedInPeriod}项；期末逾期的任务${summary.lateTasks}项、措施${summary.lateMeasures}条。`,
      date: dateOf(ref.period.end),
      author: site.publisher,
    };
  });
  return siteFeed(site, self, '整改情况通报', paths.bulletins(), shown[0]?.period.end ?? ledger.asOf, entries);
}
