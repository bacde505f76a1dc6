import type { Entry, Ledger, MeasureView, TaskView } from '../../core/ledger.ts';
import { chunkList } from '../../core/lists.ts';
import { paths } from '../../core/urls.ts';
import type { Plan } from '../../schemas/plan.ts';
import { applyFilters, dimensionLabel, filterOptions, type FilterOption, type FilterResult } from './filters.ts';

/** One page of a filtered list: `listLength` tasks and measures, numbered from 1. */
export interface FilterListPage {
  option: FilterOption;
  result: FilterResult;
  /** The tasks and measures of this page. */
  shown: Pick<FilterResult, 'tasks' | 'measures'>;
  page: number;
  /** How many pages the list runs to. */
  count: number;
  /** Its site path: the filter's first page, or its numbered page. */
  path: string;
}

/** Every page of every filtered list: the filter pages and the address list both come from here. */
export function filterListPages(ledger: Ledger, listLength: number): FilterListPage[] {
  return filterOptions(ledger).flatMap((option) => {
    const result = applyFilters(ledger, { [option.dimension]: option.value });
    const tasks = chunkList(result.tasks, listLength);
    const measures = chunkList(result.measures, listLength);
    const count = Math.max(tasks.length, measures.length);
    return Array.from({ length: count }, (_, index) => ({
      option,
      result,
      shown: { tasks: tasks[index] ?? [], measures: measures[index] ?? [] },
      page: index + 1,
      count,
      path: paths.filter(option.dimension, option.value, index + 1),
    }));
  });
}

export interface FilterPage {
  title: string;
  /** `第2页` on a list of several pages, else empty. */
  onPage: string;
  /** The page's rows by plan, in plan order, omitting plans with none here. */
  byPlan: { plan: Entry<Plan>; tasks: TaskView[]; measures: { task: TaskView; measure: MeasureView }[] }[];
  /** The unit's or county's own page, for those filters. */
  pageLink: { path: string; label: string } | undefined;
}

/** What one page of a filtered list shows. */
export function filterPage(ledger: Pick<Ledger, 'plans' | 'areas'>, listPage: FilterListPage): FilterPage {
  const { option, shown, page, count } = listPage;
  return {
    title: `${dimensionLabel(ledger, option.dimension)}：${option.label}`,
    onPage: count > 1 ? `第${page}页` : '',
    byPlan: ledger.plans
      .map((plan) => ({
        plan,
        tasks: shown.tasks.filter((view) => view.task.plan === plan.id),
        measures: shown.measures.filter(({ task }) => task.task.plan === plan.id),
      }))
      .filter((group) => group.tasks.length > 0 || group.measures.length > 0),
    pageLink:
      option.dimension === 'responsible' || option.dimension === 'supervising'
        ? { path: paths.unit(option.value), label: `${option.label}的单位页` }
        : option.dimension === 'county'
          ? { path: paths.county(option.value), label: `${option.label}的页面` }
          : undefined,
  };
}
