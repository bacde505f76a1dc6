import type { Entry, Ledger, MeasureView, TaskView } from '../../core/ledger.ts';
import type { ReportedStatus, Update } from '../../schemas/update.ts';
import { endOfPeriod, formatChineseDate, hasBegun, monthsBetween, startOfPeriod } from '../../core/dates.ts';
import { measureDue } from '../../core/deadlines.ts';
import { derivedOnce } from '../../core/lookup.ts';
import { isDone } from '../../core/status.ts';
import { progressChartId, type ProgressScope } from '../../core/urls.ts';
import type { ChartSpec } from './charts.ts';

/**
 * Progress over time (整改进度，按月): for a plan, a unit or a county, the measures and tasks due
 * by the end of each month (the plan) against those reported done and closed out by then (the
 * record), both cumulative. Each task's and measure's months are worked out once per ledger; a
 * chart then only counts its own items, so a 10,000-task build stays linear.
 */

/** The months of one task or measure: when it is due and when it entered and left the record, as `YYYY-MM`. */
export interface ProgressMonths {
  /** The month it is due by; null when it has none (立行立改，长期坚持). */
  due: string | null;
  /**
   * When it entered the record (+1: the first done claim — 措施：已完成 or 已验收销号; 任务：已验收销号)
   * and left it again (-1: a reopening, 重新整改, of what was done), in date order; claims after
   * the as-of day are left out.
   */
  record: { month: string; change: 1 | -1 }[];
  /** A claim of its record gives only a year, so it is counted in that year's last month (never after the as-of month). */
  yearOnly: boolean;
}

export interface ProgressIndex {
  tasks: ReadonlyMap<TaskView, ProgressMonths>;
  measures: ReadonlyMap<MeasureView, ProgressMonths>;
}

const monthOfEnd = (partial: string) => endOfPeriod(partial).slice(0, 7);

/**
 * The record of one task or measure from its updates (oldest first) on or before the as-of day:
 * in it from its first done claim, out of it at a reopening (重新整改), in again when reported done again.
 */
function recordOf(updates: readonly Entry<Update>[], done: (status: ReportedStatus) => boolean, asOf: string): Pick<ProgressMonths, 'record' | 'yearOnly'> {
  const asOfMonth = asOf.slice(0, 7);
  const record: ProgressMonths['record'] = [];
  let inRecord = false;
  let yearOnly = false;
  for (const { data } of updates) {
    if (data.place || !hasBegun(data.date, asOf)) continue;
    const change: 1 | -1 | 0 = !inRecord && done(data.status) ? 1 : inRecord && data.status === '重新整改' ? -1 : 0;
    if (change === 0) continue;
    inRecord = change === 1;
    const month = monthOfEnd(data.date);
    record.push({ month: month < asOfMonth ? month : asOfMonth, change });
    if (!data.date.includes('-')) yearOnly = true;
  }
  return { record, yearOnly };
}

/** The due months and records of every task and measure of the ledger, worked out once per ledger. */
export function progressIndex(ledger: Ledger): ProgressIndex {
  return derivedOnce(ledger, 'progress months', () => {
    const tasks = new Map<TaskView, ProgressMonths>();
    const measures = new Map<MeasureView, ProgressMonths>();
    for (const view of ledger.tasks) {
      const taskDue = view.task.deadline.ongoing ? null : view.task.deadline.month;
      tasks.set(view, { due: taskDue ? monthOfEnd(taskDue) : null, ...recordOf(view.taskUpdates, (status) => status === '已验收销号', ledger.asOf) });
      for (const measureView of view.measures) {
        // A measure's own due date, else its task's deadline (none for an open-ended task).
        const due = measureDue(view.task, measureView.measure);
        measures.set(measureView, { due: due ? monthOfEnd(due) : null, ...recordOf(measureView.updates, isDone, ledger.asOf) });
      }
    }
    return { tasks, measures };
  });
}

/** What one progress chart is drawn for: its tasks and measures exactly as its page lists them. */
export interface ProgressSubject {
  scope: ProgressScope;
  id: string;
  /** The plan's title, the unit's or the county's name. */
  name: string;
  tasks: readonly TaskView[];
  measures: readonly MeasureView[];
  /** How the page decides which tasks and measures are its own, for the chart's notes. */
  membership?: string;
}

const TITLE_SUFFIX = '：整改进度（计划与实际，按月累计）';

/** The title of a subject's progress chart, as the chart and the links to it show it. */
export function progressChartTitle(name: string): string {
  return `${name}${TITLE_SUFFIX}`;
}

/**
 * The progress chart of a plan, unit or county: by month, from the plan's date (or the first
 * due or done month, if earlier) to the as-of month, how many measures and tasks were due by
 * then and how many were reported done or closed out by then.
 */
export function progressChart(ledger: Ledger, subject: ProgressSubject): ChartSpec {
  const index = progressIndex(ledger);
  const asOfMonth = ledger.asOf.slice(0, 7);
  const taskMonths = subject.tasks.map((view) => index.tasks.get(view)!);
  const measureMonths = subject.measures.map((view) => index.measures.get(view)!);
  const all = [...taskMonths, ...measureMonths];
  const planDates = [...new Set(subject.tasks.map((view) => view.plan?.data.date).filter((date) => date !== undefined))];
  const starts = [
    ...planDates.map((date) => startOfPeriod(date).slice(0, 7)),
    ...all.flatMap((months) => [months.due, ...months.record.map((entry) => entry.month)]).filter((month) => month !== null),
  ];
  const first = starts.reduce((earliest, month) => (month < earliest ? month : earliest), asOfMonth);
  const months = monthsBetween(first, asOfMonth);
  // Changes by month, then summed month by month: what is due by then, what is in the record then.
  const cumulative = (list: readonly ProgressMonths[], field: 'due' | 'record') => {
    const perMonth = new Map<string, number>();
    const add = (month: string, change: number) => perMonth.set(month, (perMonth.get(month) ?? 0) + change);
    for (const item of list) {
      if (field === 'record') for (const { month, change } of item.record) add(month, change);
      else if (item.due !== null && item.due <= asOfMonth) add(item.due, 1);
    }
    let total = 0;
    return months.map((month) => (total += perMonth.get(month) ?? 0));
  };
  const count = (list: readonly ProgressMonths[], test: (months: ProgressMonths) => boolean) => list.filter(test).length;
  const ongoingTasks = count(taskMonths, (months) => months.due === null);
  const ongoingMeasures = count(measureMonths, (months) => months.due === null);
  const laterTasks = count(taskMonths, (months) => months.due !== null && months.due > asOfMonth);
  const laterMeasures = count(measureMonths, (months) => months.due !== null && months.due > asOfMonth);
  const both = (tasks: number, measures: number) => [tasks > 0 ? `${tasks}项任务` : '', measures > 0 ? `${measures}条措施` : ''].filter(Boolean).join('、');

  const notes = [
    `共${subject.tasks.length}项任务、${subject.measures.length}条措施。“到期”按整改时限逐月累计：措施写明时限的按措施时限，否则按所属任务的整改时限。“完成”按首次报告的月份逐月累计：措施报告“已完成”或“已验收销号”，任务报告“已验收销号”；截至日之后的报告不计。`,
  ];
  if (ongoingTasks + ongoingMeasures > 0) {
    notes.push(`整改时限为“立行立改，长期坚持”的${both(ongoingTasks, ongoingMeasures)}没有到期月份，不计入“到期”；其中报告完成或验收销号的，计入“完成”。`);
  }
  if (laterTasks + laterMeasures > 0) notes.push(`另有${both(laterTasks, laterMeasures)}的时限在${formatChineseDate(asOfMonth)}之后，图表只画到截至月。`);
  if (all.some((months) => months.record.some((entry) => entry.change === -1))) {
    notes.push('报告完成或验收销号后又经回头看等发现问题、重新整改的，自重新整改之月起不再计入“完成”，再次报告完成或验收销号后重新计入。');
  }
  if (all.some((months) => months.yearOnly)) notes.push('只写明年份的完成报告计入该年12月（不晚于截至月）。');
  if (subject.membership) notes.push(subject.membership);
  const plans = [...new Set(subject.tasks.map((view) => view.plan?.data.title).filter((title) => title !== undefined))];
  return {
    id: progressChartId(subject.scope, subject.id),
    kind: 'line',
    title: progressChartTitle(subject.name),
    unit: '项',
    categoryLabel: '月份',
    categories: months.map(formatChineseDate),
    series: [
      { label: '到期的措施（计划，累计条数）', role: 'planned', values: cumulative(measureMonths, 'due') },
      { label: '报告完成的措施（累计条数）', role: 'measured', values: cumulative(measureMonths, 'record') },
      { label: '到期的任务（计划，累计项数）', role: 'planned', values: cumulative(taskMonths, 'due') },
      { label: '验收销号的任务（累计项数）', role: 'measured', values: cumulative(taskMonths, 'record') },
    ],
    source: `来源：${plans.length === 1 ? `《${plans[0]}》` : '各整改方案'}的整改时限和各单位发布的整改进展，由本站按月累计。`,
    asOf: ledger.asOf,
    notes,
    targetsOnly: false,
  };
}
