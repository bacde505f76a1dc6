import { Feed } from 'feed';
import type { Update } from '../../schemas/update.ts';
import { chineseNumeral, formatChineseDate, hasBegun, startOfPeriod } from '../../core/dates.ts';
import { escapeHtml } from '../../core/html-text.ts';
import { bulletinList, bulletinPage, measureAreas, taskAreas, unitWork } from '../views/index.ts';
import type { PeriodKind } from '../../core/periods.ts';
import { entryById } from '../../core/lookup.ts';
import type { Entry, Ledger } from '../../core/ledger.ts';
import { absoluteUrl, paths, withBase } from '../../core/urls.ts';
import { findingTitle, nameOf, reopenedBy, reporterLine, reporterName, updateScope } from '../../core/names.ts';
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
 * An empty Atom feed of the site: its address, title, the page it follows and the day it was last
 * updated, and the stylesheet a browser shows it with (a page that explains how to subscribe,
 * feed-stylesheet.ts), named by its path under the site's base path: a browser takes an XSLT
 * stylesheet only from the feed's own origin.
 */
function siteFeed(site: FeedInput['site'], self: string, title: string, page: string, updated: string): Feed {
  return new Feed({
    stylesheet: withBase(paths.feedStylesheet(), new URL(site.url).pathname),
    id: absoluteUrl(self, site.url),
    title: `${title} · ${site.title}`,
    link: absoluteUrl(page, site.url),
    language: 'zh-CN',
    updated: dateOf(updated),
    generator: '整改台账 Rectification Ledger',
    feedLinks: { atom: absoluteUrl(self, site.url) },
    author: { name: site.publisher },
    copyright: site.dataLicence,
  });
}

/** An Atom 1.0 document of the newest updates published by the as-of day, newest first. */
export function atomFeed({ ledger, site, title, page, self, updates }: FeedInput): string {
  const shown = updates
    .filter((update) => hasBegun(update.data.date, ledger.asOf))
    .sort((a, b) => compareReports(b, a))
    .slice(0, FEED_ENTRIES);
  const newest = shown[0];
  const feed = siteFeed(site, self, title, page, newest?.data.date ?? ledger.asOf);
  for (const update of shown) {
    const task = ledger.taskById.get(update.data.task);
    // With several plans, 任务二 is one of several: name its plan (the plan's short title).
    const planName = task?.plan && ledger.plans.length > 1 ? `${task.plan.data.shortTitle ?? task.plan.data.title}` : '';
    const taskLabel = task ? `${planName}任务${chineseNumeral(task.task.number)}` : update.data.task;
    const reporter = reporterName(ledger, update.data);
    const finder = reopenedBy(ledger, update.data);
    const link = absoluteUrl(paths.update(update.data.task, update.id), site.url);
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(`${taskLabel}${updateScope(ledger, update.data)} · ${formatChineseDate(update.data.date)} · ${STATUS_LABELS[update.data.status]}`),
      date: dateOf(update.data.date),
      description: escapeHtml(`${update.data.summary}（${finder ? `发现问题：${finder.name}；` : ''}${reporterLine(ledger, update.data)}）`),
      author: [{ name: reporter }],
    });
  }
  return feed.atom1();
}

/** An Atom 1.0 document of the news articles (整改动态) published by the as-of day, newest first. */
export function newsFeed({ ledger, site, self }: Pick<FeedInput, 'ledger' | 'site' | 'self'>): string {
  const shown = ledger.news.filter((article) => article.data.date <= ledger.asOf);
  const feed = siteFeed(site, self, '整改动态', paths.news(), shown[0]?.data.date ?? ledger.asOf);
  for (const article of shown) {
    const link = absoluteUrl(paths.article(article.id), site.url);
    // Each entry's title carries its date as written, as update entries do: the page a browser
    // shows (feed-stylesheet.ts) lists titles, and an instant would claim a day the source may not give.
    const title = `${formatChineseDate(article.data.date)} · ${article.data.title}`;
    feed.addItem({ id: link, link, title: escapeHtml(title), date: dateOf(article.data.date), description: escapeHtml(article.data.summary), author: [{ name: article.data.publisher }] });
  }
  return feed.atom1();
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
  const feed = siteFeed(site, self, '督察反馈问题', paths.findings(), shown[0]?.date ?? ledger.asOf);
  for (const { view, date } of shown) {
    const link = absoluteUrl(paths.finding(view.id), site.url);
    const inspection = view.inspection?.data.name ?? view.data.inspection;
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(`${formatChineseDate(date)}反馈 · ${inspection} · ${findingTitle(view.data)}`),
      date: dateOf(date),
      description: escapeHtml(`${view.data.text}（${FINDING_STATES[view.state.state].label}）`),
      author: [{ name: view.inspection?.data.inspectingBody ?? inspection }],
    });
  }
  return feed.atom1();
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
  const feed = siteFeed(site, self, '整改情况通报', paths.bulletins(), shown[0]?.period.end ?? ledger.asOf);
  for (const ref of shown) {
    const page = bulletinPage(ledger, ref, kind);
    const link = absoluteUrl(ref.path, site.url);
    const { summary } = page;
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(page.title),
      date: dateOf(ref.period.end),
      description: escapeHtml(`本期发布进展${summary.updates}条，验收销号${summary.closedInPeriod}项；期末逾期的任务${summary.lateTasks}项、措施${summary.lateMeasures}条。`),
      author: [{ name: site.publisher }],
    });
  }
  return feed.atom1();
}
