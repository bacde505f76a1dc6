import { chineseNumeral } from '../../core/dates.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { entryById, groupByEachOnce } from '../../core/lookup.ts';
import { absoluteUrl, paths } from '../../core/urls.ts';
import type { News } from '../../schemas/news.ts';
import type { TypicalCase } from '../../schemas/typical-case.ts';
import { targetSeriesOfTask, type TargetSeries } from '../charts/index.ts';
import { documentTitle, nameOf } from '../../core/names.ts';
import { findingRow, type FindingRow } from './finding-page.ts';
import { taskAnswer } from './answer.ts';
import { sourceLine, type SourceLineView } from './source-line.ts';
import { pageChanges, type PageChange } from './changes.ts';
import { taskShareDescription } from './share.ts';
import { targetTable, timeline, unitNames, type TargetTableView, type TimelineEntry, type UnitName } from './tables.ts';

/** Where a page's facts about its files come from: the content folder and its git history (src/data/). */
export interface ContentHistory {
  /** The content file of an entry, if one exists. */
  fileOf(collection: 'tasks' | 'updates', id: string): string | undefined;
  /** The latest commit date (YYYY-MM-DD) among the files, or null when git knows none. */
  lastChanged(files: readonly string[]): string | null;
  /** Every date one of the files was committed, newest first. */
  changeDates(files: readonly string[]): string[];
}

export interface TaskPage<P extends Place = Place> {
  view: TaskView;
  heading: string;
  /** The share and search description: the city, the task, its status, deadline and responsible units (taskShareDescription). */
  description: string;
  /** The sentence the page opens with: its status in words, deadline, responsible and acceptance units. */
  answer: string;
  /** The charts of the task's quantitative targets. */
  chartSeries: readonly TargetSeries[];
  /** The task's places, in the order its measures' items list them, then any others. */
  places: readonly P[];
  /** The findings (反馈问题) the task answers, with their states, in the order it names them. */
  findings: FindingRow[];
  /** News and typical cases that report on the task. */
  news: readonly Entry<News>[];
  cases: readonly Entry<TypicalCase>[];
  /** The task's responsible, supervising and acceptance units, named. */
  units: { responsible: UnitName[]; supervising: UnitName[]; acceptance: UnitName[]; acceptanceRule: string };
  /**
   * Each measure's units (its own, and each item's when the item names some), target tables, and
   * its title and permanent URL (the task's, with the measure's anchor) for its own citation, in measure order.
   */
  measures: { responsible: UnitName[]; items: (UnitName[] | undefined)[]; targets: TargetTableView[]; title: string; permalink: string }[];
  /** The task's updates as the timeline shows them. */
  timeline: TimelineEntry[];
  /** The title of a document by id (its id when unknown). */
  /** The task's source and its related documents, with their titles. */
  source: SourceLineView;
  documents: { id: string; title: string }[];
  /** When the page's content files last changed in git, or null when unknown. */
  changed: string | null;
  /** What changed, newest first: updates and commits. */
  changes: PageChange[];
  /** The citation's content date: the latest of a content change and a published update, else the as-of day. */
  contentDate: string;
  permalink: string;
  feed: { path: string; title: string };
}

type Place = { id: string };

/** Places in the order the task's measures list them in their items, then the rest in their given order. */
/**
 * Why this unit accepts the task (plan 五(三)): the first supervising unit, or, when that is an
 * office of a coordinating body, the department that hosts it.
 */
export function acceptanceRule(ledger: Ledger, view: TaskView): string {
  const first = view.task.supervisingUnits[0]!;
  if (view.acceptanceUnit === first) return '督导单位中排在第一位的为整改验收单位';
  return `督导单位中排在第一位的${nameOf(ledger, 'units', first)}是议事协调机构（的办公室），由它所在的${nameOf(ledger, 'units', view.acceptanceUnit)}作为整改验收单位`;
}

export function placesAsListed<P extends Place>(view: TaskView, places: readonly P[]): P[] {
  const listed = view.task.measures.flatMap((measure) => measure.items.flatMap((item) => item.places));
  const rank = (place: P) => listed.indexOf(place.id) + 1 || Infinity;
  return [...places].sort((a, b) => rank(a) - rank(b));
}

/**
 * What a task page shows. `places` are the place views of this task (any order); `history`
 * answers questions about content files. Work is proportional to this task, not to the ledger:
 * the news and cases of a task are looked up in groups built once per ledger.
 */
export function taskPage<P extends Place>(input: { ledger: Ledger; siteUrl: string; view: TaskView; places: readonly P[]; history: ContentHistory }): TaskPage<P> {
  const { ledger, view, history } = input;
  const heading = `整改任务${chineseNumeral(view.task.number)}：${view.task.title}`;
  const files = [history.fileOf('tasks', view.id), ...view.updates.map((update) => history.fileOf('updates', update.id))].filter(
    (path): path is string => Boolean(path),
  );
  const changed = history.lastChanged(files);
  const latestUpdate = view.updates.filter((update) => update.data.date <= ledger.asOf).at(-1)?.data.date;
  return {
    view,
    heading,
    description: taskShareDescription(ledger, view),
    answer: taskAnswer(ledger, view),
    chartSeries: targetSeriesOfTask(ledger, view.id),
    places: placesAsListed(view, input.places),
    findings: view.task.findings.flatMap((id) => {
      const finding = entryById(ledger.findings, id);
      return finding ? [findingRow(finding)] : [];
    }),
    news: groupByEachOnce(ledger.news, 'each task', (article) => article.data.tasks).get(view.id) ?? [],
    cases: groupByEachOnce(ledger.cases, 'each task', (entry) => entry.data.tasks).get(view.id) ?? [],
    units: {
      responsible: unitNames(ledger, view.task.responsibleUnits),
      supervising: unitNames(ledger, view.task.supervisingUnits),
      acceptance: unitNames(ledger, [view.acceptanceUnit]),
      acceptanceRule: acceptanceRule(ledger, view),
    },
    measures: view.measures.map(({ measure }) => ({
      responsible: unitNames(ledger, measure.responsibleUnits),
      items: measure.items.map((item) => (item.responsibleUnits ? unitNames(ledger, item.responsibleUnits) : undefined)),
      targets: measure.targets.map((target) => targetTable(ledger, target)),
      title: `${heading}（第${measure.number}条措施）`,
      permalink: absoluteUrl(paths.measure(view.id, measure.number), input.siteUrl),
    })),
    timeline: timeline(ledger, view.updates),
    source: sourceLine(ledger, view.task.source),
    documents: view.task.documents.map((id) => ({ id, title: documentTitle(ledger, id) })),
    changed,
    changes: pageChanges(view.updates, history.changeDates(files), ledger.asOf, ledger),
    contentDate: [changed, latestUpdate].filter((date): date is string => Boolean(date)).sort().at(-1) ?? ledger.asOf,
    permalink: absoluteUrl(paths.task(view.id), input.siteUrl),
    feed: { path: paths.taskFeed(view.id), title: `${heading}的整改进展` },
  };
}
