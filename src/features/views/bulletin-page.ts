import { chineseNumeral, formatChineseDate, hasBegun } from '../../core/dates.ts';
import { statusesOn, type Entry, type Ledger, type TaskView } from '../../core/ledger.ts';
import { derivedOnce, groupOnce, itemsWith } from '../../core/lookup.ts';
import { nameOf, reopenedBy, reporterLine, updateScope } from '../../core/names.ts';
import { dayBefore, isInPeriod, periodsBetween, type Period, type PeriodKind } from '../../core/periods.ts';
import { compareReports, isLate, STATUS_LABELS, type StatusResult } from '../../core/status.ts';
import { lateCount, latenessByUnit, measuresOfTasks, type StatusReading } from '../../core/counts.ts';
import { paths } from '../../core/urls.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Update } from '../../schemas/update.ts';

/**
 * Periodic bulletins (定期通报): for every plan and every period since the plan (bimonthly by
 * default, as the plans' 双月调度; and every half-year and year, 半年交账、年度考核), what was
 * reported in the period, what was closed out, what became late, and where each unit stood at
 * its end. A bulletin is derived from dated content only, as of the period's last day: updates
 * dated later never change it, so a past period's bulletin reads the same for ever.
 */

/** A bulletin's place in the list: its plan, period, address and the day it stands at. */
export interface BulletinRef {
  plan: Entry<Plan>;
  period: Period;
  path: string;
  /** The period's last day, or the as-of day while the period is not over. */
  asOf: string;
  /** True once the period is over: the bulletin no longer changes. */
  final: boolean;
}

/** Every bulletin of every plan that has tasks, oldest first within a plan: the regular periods, then the half-years and years. */
export function bulletinList(ledger: Ledger, kind: PeriodKind): BulletinRef[] {
  return derivedOnce(ledger, `bulletins ${kind}`, () =>
    ledger.plans.flatMap((plan) => {
      // A plan with no tasks entered yet has nothing to report on: its plan page says so.
      if (!hasBegun(plan.data.date, ledger.asOf) || itemsWith(ledger.tasks, 'plan', (view) => view.task.plan, plan.id).length === 0) return [];
      const periods = [kind, 'half', 'year'].flatMap((each) => periodsBetween(each as PeriodKind, plan.data.date, ledger.asOf));
      return periods.map((period) => ({
        plan,
        period,
        path: paths.bulletin(plan.id, period.id),
        asOf: period.end < ledger.asOf ? period.end : ledger.asOf,
        final: period.end < ledger.asOf,
      }));
    }),
  );
}

export interface BulletinTaskRow {
  path: string;
  label: string;
  status: string;
}

export interface BulletinPage {
  ref: BulletinRef;
  title: string;
  planTitle: string;
  planPath: string;
  /** Counts at the period's end: tasks, closed out, late tasks and measures, and the change over the period. */
  summary: { tasks: number; closed: number; closedInPeriod: number; lateTasks: number; lateMeasures: number; updates: number };
  /** Updates dated in the period, oldest first. */
  updates: { date: string; path: string; subject: string; status: string; summary: string; reporter: string }[];
  closedOut: BulletinTaskRow[];
  /** Tasks and measures a look-back (回头看) reopened in the period, with who found them. */
  reopened: (BulletinTaskRow & { foundBy: string })[];
  /** Tasks and measures late at the period's end that were not late the day before it began. */
  becameLate: { tasks: BulletinTaskRow[]; measures: BulletinTaskRow[] };
  /** Every unit with tasks or measures in the plan, most late items first (latenessByUnit: a group's work under each member). */
  units: { id: string; name: string; path: string; tasks: number; measures: number; lateTasks: number; lateMeasures: number }[];
  /** The groups (合称) whose work the units table counts under each member, with their members' names. */
  groups: { name: string; path: string; members: string[] }[];
  /** The bulletins before and after it of the same kind, and the feed. */
  previous: BulletinRef | undefined;
  next: BulletinRef | undefined;
}

const taskLabel = (view: TaskView) => `整改任务${chineseNumeral(view.task.number)}：${view.task.title}`;

/** Statuses of every task of the ledger on a day, worked out once per day and shared by the bulletins ending that day. */
function statusesOnDay(ledger: Ledger, day: string): Map<string, { task: StatusResult; measures: StatusResult[] }> {
  return derivedOnce(ledger, `statuses on ${day}`, () => new Map(ledger.tasks.map((view) => [view.id, statusesOn(view, day)])));
}

/** What one bulletin says, worked out once per ledger (its page and the bulletins feed share it). */
export function bulletinPage(ledger: Ledger, ref: BulletinRef, kind: PeriodKind): BulletinPage {
  return derivedOnce(ledger, `bulletin ${kind} ${ref.path}`, () => bulletinOf(ledger, ref, kind));
}

function bulletinOf(ledger: Ledger, ref: BulletinRef, kind: PeriodKind): BulletinPage {
  const { plan, period } = ref;
  const tasks = itemsWith(ledger.tasks, 'plan', (view) => view.task.plan, plan.id);
  const atEnd = statusesOnDay(ledger, ref.asOf);
  const atStart = statusesOnDay(ledger, dayBefore(period.start));
  const end = (view: TaskView) => atEnd.get(view.id)!;
  const start = (view: TaskView) => atStart.get(view.id)!;
  const inPeriod = (update: Entry<Update>) => isInPeriod(update.data.date, period) && update.data.date <= ref.asOf;
  const updates = tasks.flatMap((view) => view.updates.filter(inPeriod).map((update) => ({ view, update })));
  updates.sort((a, b) => compareReports(a.update, b.update));
  const row = (view: TaskView): BulletinTaskRow => ({ path: paths.task(view.id), label: taskLabel(view), status: STATUS_LABELS[end(view).task.status] });
  const closedOut = updates.filter(({ update }) => update.data.status === '已验收销号' && update.data.measure === undefined && !update.data.place).map(({ view }) => row(view));
  // Read at the period's end by the rules every page counts with.
  const reading: StatusReading = { task: (view) => end(view).task, measure: ({ task, measure }) => end(task).measures[task.measures.indexOf(measure)]! };
  const lateTasks = tasks.filter((view) => isLate(end(view).task.status));
  const late = lateCount({ tasks, measures: measuresOfTasks(tasks) }, reading);
  const byUnit = latenessByUnit(ledger, tasks, reading);

  const siblings = bulletinList(ledger, kind).filter((other) => other.plan.id === plan.id && other.period.kind === period.kind);
  const index = siblings.findIndex((other) => other.period.id === period.id);
  return {
    ref,
    title: `${plan.data.shortTitle ?? plan.data.title}整改情况通报（${period.label}）`,
    planTitle: plan.data.title,
    planPath: paths.plan(plan.id),
    summary: {
      tasks: tasks.length,
      closed: tasks.filter((view) => end(view).task.status === '已验收销号').length,
      closedInPeriod: closedOut.length,
      lateTasks: late.tasks,
      lateMeasures: late.measures,
      updates: updates.length,
    },
    updates: updates.map(({ view, update }) => ({
      date: update.data.date,
      path: paths.update(view.id, update.id),
      subject: `${taskLabel(view)}${updateScope(ledger, update.data, '，')}`,
      status: STATUS_LABELS[update.data.status],
      summary: update.data.summary,
      reporter: reporterLine(ledger, update.data),
    })),
    closedOut,
    reopened: updates
      .filter(({ update }) => update.data.status === '重新整改')
      .map(({ view, update }) => ({
        path: update.data.measure !== undefined ? paths.measure(view.id, update.data.measure) : paths.task(view.id),
        label: `${taskLabel(view)}${updateScope(ledger, update.data, '，')}`,
        status: STATUS_LABELS['重新整改'],
        foundBy: reopenedBy(ledger, update.data)?.name ?? '',
      })),
    becameLate: {
      tasks: lateTasks.filter((view) => !isLate(start(view).task.status)).map(row),
      measures: tasks.flatMap((view) =>
        view.measures.flatMap((measure, position) =>
          isLate(end(view).measures[position]!.status) && !isLate(start(view).measures[position]!.status)
            ? [{ path: paths.measure(view.id, measure.measure.number), label: `${taskLabel(view)}，第${measure.measure.number}条措施`, status: STATUS_LABELS[end(view).measures[position]!.status] }]
            : [],
        ),
      ),
    },
    units: byUnit.units.map((row) => ({ id: row.unit, name: row.name, path: paths.unit(row.unit), tasks: row.tasks, measures: row.measures, lateTasks: row.lateTasks, lateMeasures: row.lateMeasures })),
    groups: byUnit.groups.map((group) => ({ name: group.name, path: paths.unit(group.unit), members: group.members.map((member) => nameOf(ledger, 'units', member)) })),
    previous: index > 0 ? siblings[index - 1] : undefined,
    next: index >= 0 && index < siblings.length - 1 ? siblings[index + 1] : undefined,
  };
}

/** The bulletins index: each plan with its bulletins by kind, newest first. */
export function bulletinsIndex(ledger: Ledger, kind: PeriodKind): { plan: Entry<Plan>; groups: { label: string; bulletins: BulletinRef[] }[] }[] {
  const byPlan = groupOnce(bulletinList(ledger, kind), 'plan', (ref) => ref.plan.id);
  const kindLabel: Record<PeriodKind, string> = { month: '月度通报', bimonth: '双月通报', quarter: '季度通报', half: '半年总结', year: '年度总结' };
  return ledger.plans
    .filter((plan) => byPlan.has(plan.id))
    .map((plan) => {
      const refs = byPlan.get(plan.id)!;
      const kinds = [...new Set(refs.map((ref) => ref.period.kind))];
      return { plan, groups: kinds.map((each) => ({ label: kindLabel[each], bulletins: refs.filter((ref) => ref.period.kind === each).reverse() })) };
    });
}

/** The day a bulletin stands at, as the page says it. */
export function bulletinAsOfText(ref: BulletinRef): string {
  return ref.final ? `本期截至${formatChineseDate(ref.asOf)}` : `本期尚未结束，截至${formatChineseDate(ref.asOf)}，此后的进展发布后内容会更新`;
}
