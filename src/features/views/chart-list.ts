import type { Ledger, MeasureView, TaskView } from '../../core/ledger.ts';
import { derivedOnce, itemsWith } from '../../core/lookup.ts';
import { paths, progressChartId, type ProgressScope } from '../../core/urls.ts';
import { ledgerCharts, progressChart, progressChartTitle, type ChartSpec, type ProgressSubject } from '../charts/index.ts';
import { applyFilters, groupsContaining, unitWork } from './filters.ts';
import { isArea } from '../../core/areas.ts';
import { joinNames, nameOf } from '../../core/names.ts';

/**
 * The site's chart list: every chart it publishes, each with a page, an embeddable page and a
 * CSV (src/pages/charts/, src/pages/indicators/, src/pages/data/charts/). It lives here, not in
 * the charts feature, because the progress charts of units and counties count exactly the tasks
 * and measures their pages list (applyFilters, unitWork), which are views.
 */

/** The measures of a list of tasks, in task order. */
const measuresOf = (tasks: readonly TaskView[]): MeasureView[] => tasks.flatMap((view) => view.measures);

/**
 * The plans, units and counties that get a progress chart, in that order: each with the tasks
 * and measures its own page lists. A unit or county without a measure gets none. Worked out once
 * per ledger from the indexes the list pages use, so it costs what the charts hold.
 */
export function progressSubjects(ledger: Ledger): readonly ProgressSubject[] {
  return derivedOnce(ledger, 'progress subjects', () => {
    const subjects: ProgressSubject[] = [];
    for (const plan of ledger.plans) {
      const tasks = itemsWith(ledger.tasks, 'plan', (view) => view.task.plan, plan.id);
      subjects.push({ scope: 'plans', id: plan.id, name: plan.data.title, tasks, measures: measuresOf(tasks) });
    }
    for (const unit of ledger.units.values()) {
      const work = unitWork(ledger, unit.id);
      const name = unit.data.name;
      // The deployment's own groups this unit is in (not an example from one city's plan).
      const groups = groupsContaining(unit.id, ledger).map((group) => nameOf(ledger, 'units', group));
      subjects.push({
        scope: 'units',
        id: unit.id,
        name,
        tasks: work.responsibleTasks,
        measures: work.responsibleMeasures.map(({ measure }) => measure),
        membership: `任务和措施与${name}页面所列相同：${name}负责的，包括措施或分项写明由其负责的${groups.length > 0 ? `，以及写给其所属合称单位${joinNames(groups)}的` : ''}。`,
      });
    }
    for (const area of ledger.jurisdictions.values()) {
      if (!isArea(ledger, area)) continue;
      const result = applyFilters(ledger, { county: area.id });
      const name = area.data.name;
      subjects.push({
        scope: 'counties',
        id: area.id,
        name,
        tasks: result.tasks,
        measures: result.measures.map(({ measure }) => measure),
        membership: `任务和措施与${name}页面所列相同：责任单位在${name}、目标分解到${name}或点位在${name}的；写给合称单位的，计入其每个成员所在的地区。`,
      });
    }
    return subjects.filter((subject) => subject.measures.length > 0);
  });
}

/** The progress charts of every plan, unit and county that has a measure. */
export function progressCharts(ledger: Ledger): readonly ChartSpec[] {
  return derivedOnce(ledger, 'progress charts', () => progressSubjects(ledger).map((subject) => progressChart(ledger, subject)));
}

/** The link to a plan's, unit's or county's progress chart, or undefined when it has none (no measure). */
export function progressChartLink(ledger: Ledger, scope: ProgressScope, id: string): { path: string; label: string } | undefined {
  const subject = derivedOnce(ledger, 'progress subjects by id', () => new Map(progressSubjects(ledger).map((item) => [progressChartId(item.scope, item.id), item]))).get(
    progressChartId(scope, id),
  );
  return subject ? { path: paths.progressChart(scope, id), label: progressChartTitle(subject.name) } : undefined;
}

/**
 * Every chart the site publishes, in the order the chart list shows them: worked out once per
 * ledger and shared by the chart pages, their embeds, their CSV files and the address list,
 * which each asked for all of them (10,000 specs at 10,000 tasks, five times over).
 */
export function allCharts(ledger: Ledger): readonly ChartSpec[] {
  return derivedOnce(ledger, 'charts', () => [...ledgerCharts(ledger), ...progressCharts(ledger)]);
}

/**
 * Static paths of chart pages: the indicators' (`/indicators/<id>/…`, param without the
 * `indicators/` prefix) or all others (`/charts/<id>/…`).
 */
export function chartRoutes(ledger: Ledger, kind: 'indicators' | 'charts'): { params: { id: string }; props: { spec: ChartSpec } }[] {
  const prefix = 'indicators/';
  return allCharts(ledger)
    .filter((spec) => spec.id.startsWith(prefix) === (kind === 'indicators'))
    .map((spec) => ({ params: { id: kind === 'indicators' ? spec.id.slice(prefix.length) : spec.id }, props: { spec } }));
}
