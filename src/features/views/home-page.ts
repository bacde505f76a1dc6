import { latenessByUnit, statusCounts, type UnitLateness } from '../../core/counts.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { itemsWith } from '../../core/lookup.ts';
import { nameOf, reporterName } from '../../core/names.ts';
import { STATUS_SLUGS, type DerivedStatus } from '../../core/status.ts';
import { anchors, paths } from '../../core/urls.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { Update } from '../../schemas/update.ts';
import { latestUpdates, progressOf, upcomingDeadlines, type Progress, type UpcomingDeadline } from './dashboard.ts';
import { applyFilters, planListPage, type FilterResult } from './filters.ts';
import { findingStateCounts } from './finding-page.ts';
import { planStateSentence } from '../../core/findings.ts';

/** Days ahead the home page looks for deadlines. */
export const UPCOMING_DAYS = 90;

export interface StatusRow {
  status: DerivedStatus;
  tasks: number;
  measures: number;
  /** The plan's section of the status's filtered list, on the page where it begins. */
  tasksPath: string;
  measuresPath: string;
}

export interface HomePlan {
  plan: Entry<Plan>;
  tasks: TaskView[];
  progress: Progress;
  statusRows: StatusRow[];
  upcoming: UpcomingDeadline[];
  /** The units with the most late items in the plan (several when tied), as the overdue chart and the bulletins rank them; empty when none is late. */
  mostLate: (UnitLateness & { path: string })[];
}

export interface HomePage {
  /** The ways in, from what the content holds: no link leads to an empty page. */
  quickLinks: { path: string; label: string }[];
  inspections: {
    inspection: Entry<Inspection>;
    plans: HomePlan[];
    /** Its plan on the as-of day in one sentence, and whether it is due and late. */
    planState: string;
    planLate: boolean;
    /** How many findings it has, and how many are in each state. */
    findings: number;
    findingCounts: ReturnType<typeof findingStateCounts>;
  }[];
  /** The newest updates published by the as-of day, with their task and reporter. */
  latest: { update: Entry<Update>; task: TaskView | undefined; reporter: string }[];
}

/** What the home page shows: each inspection, the progress of each of its plans, and the latest updates. */
export function homePage(ledger: Ledger, listLength: number): HomePage {
  const statusLists = new Map<string, FilterResult>();
  const statusList = (slug: string) => statusLists.get(slug) ?? statusLists.set(slug, applyFilters(ledger, { status: slug })).get(slug)!;
  const statusPath = (status: DerivedStatus, plan: string, part: 'tasks' | 'measures') => {
    const slug = STATUS_SLUGS[status];
    return `${paths.filter('status', slug, planListPage(statusList(slug), plan, part, listLength))}#${anchors.plan(plan)}`;
  };
  const hasTasks = ledger.tasks.length > 0;
  return {
    quickLinks: [
      ...(ledger.findings.length > 0 ? [{ path: paths.findings(), label: '督察反馈问题' }] : []),
      ...(hasTasks ? [{ path: paths.tasks(), label: '全部整改任务' }] : []),
      ...(hasTasks || ledger.findings.length > 0 ? [{ path: paths.counties(), label: `按${ledger.areas.label}查看` }] : []),
      ...(hasTasks ? [{ path: paths.units(), label: '按责任单位查看' }, { path: paths.bulletins(), label: '整改情况通报' }] : []),
      { path: paths.data(), label: '下载开放数据' },
      hasTasks ? { path: paths.feed(), label: '订阅整改进展（Atom）' } : { path: paths.findingsFeed(), label: '订阅反馈问题（Atom）' },
    ],
    inspections: ledger.inspections.map((inspection) => {
      const findings = itemsWith(ledger.findings, 'inspection', (finding) => finding.data.inspection, inspection.id);
      const plans = itemsWith(ledger.plans, 'inspection', (plan) => plan.data.inspection, inspection.id);
      const planState = ledger.planStates.get(inspection.id)!;
      return {
        inspection,
        planState: planStateSentence(planState),
        planLate: !planState.published && planState.daysLate > 0,
        findings: findings.length,
        findingCounts: findingStateCounts(findings),
        plans: plans.map((plan) => {
          const tasks = [...itemsWith(ledger.tasks, 'plan', (view) => view.task.plan, plan.id)];
          return {
            plan,
            tasks,
            progress: progressOf(tasks),
            statusRows: statusCounts(tasks).map((row) => ({ ...row, tasksPath: statusPath(row.status, plan.id, 'tasks'), measuresPath: statusPath(row.status, plan.id, 'measures') })),
            upcoming: upcomingDeadlines(tasks, ledger.asOf, UPCOMING_DAYS),
            mostLate: mostLateUnits(ledger, tasks),
          };
        }),
      };
    }),
    latest: latestUpdates(ledger.updates, ledger.asOf, 5).map((update) => ({
      update,
      task: ledger.taskById.get(update.data.task),
      reporter: reporterName(ledger, update.data),
    })),
  };
}

/** The units with the most late (逾期) tasks and measures together among some tasks, ties included; none when nothing is late. */
export function mostLateUnits(ledger: Ledger, tasks: readonly TaskView[]): (UnitLateness & { path: string })[] {
  const ranked = latenessByUnit(ledger, tasks).units;
  const most = ranked[0] ? ranked[0].lateTasks + ranked[0].lateMeasures : 0;
  if (most === 0) return [];
  return ranked.filter((row) => row.lateTasks + row.lateMeasures === most).map((row) => ({ ...row, path: paths.unit(row.unit) }));
}
