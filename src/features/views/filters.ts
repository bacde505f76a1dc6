import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Place } from '../../schemas/place.ts';
import type { Target } from '../../schemas/target.ts';
import type { Entry, Ledger, MeasureView, TaskView } from '../../core/ledger.ts';
import { lateItems } from '../../core/counts.ts';
import { expandUnits, measureResponsibleUnits, taskResponsibleUnits } from '../../core/responsibility.ts';
import { formatChineseDate } from '../../core/dates.ts';
import { measureDue } from '../../core/deadlines.ts';
import { derivedOnce, groupByEachOnce, groupOnce, itemsWith } from '../../core/lookup.ts';
import { STATUS_LABELS, STATUS_ORDER, STATUS_SLUGS, statusFromSlug } from '../../core/status.ts';
import { nameOf } from '../../core/names.ts';
import { isArea } from '../../core/areas.ts';

/**
 * Filtered task lists (筛选): which tasks and measures belong to a status, an area (county or
 * zone), a responsible or supervising unit, a deadline year or an inspection. Every filter
 * value has a slug, so each filter state has its own pre-rendered page and shareable URL.
 */
export const FILTER_DIMENSIONS = ['status', 'county', 'responsible', 'supervising', 'year', 'inspection'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** What each dimension is called on the page; the areas as the deployment calls them (src/core/areas.ts). */
const DIMENSION_LABELS: Record<Exclude<FilterDimension, 'county'>, string> = {
  status: '状态',
  responsible: '责任单位',
  supervising: '督导单位',
  year: '整改时限',
  inspection: '督察',
};

export function dimensionLabel(ledger: Pick<Ledger, 'areas'>, dimension: FilterDimension): string {
  return dimension === 'county' ? ledger.areas.label : DIMENSION_LABELS[dimension];
}

/** The deadline-year value of open-ended (立行立改，长期坚持) tasks. */
export const ONGOING_YEAR = 'ongoing';


/** The groups a unit belongs to, directly or through another group (各县（区）… contains 巴州区). */
export function groupsContaining(id: string, ledger: Pick<Ledger, 'units'>): string[] {
  const found: string[] = [];
  const visit = (member: string) => {
    for (const unit of ledger.units.values()) {
      if (unit.data.members.includes(member) && !found.includes(unit.id)) {
        found.push(unit.id);
        visit(unit.id);
      }
    }
  };
  visit(id);
  return found;
}

/** A unit's jurisdictions: its own, and for a group, its members' (各县（区） → each county). */
function unitJurisdictions(id: string, ledger: Pick<Ledger, 'units'>, seen = new Set<string>()): string[] {
  if (seen.has(id)) return [];
  seen.add(id);
  const unit = ledger.units.get(id);
  if (!unit) return [];
  if (unit.data.members.length > 0) return unit.data.members.flatMap((member) => unitJurisdictions(member, ledger, seen));
  return [unit.data.jurisdiction];
}

/** The places linked to a task (a lookup built once per list of places). */
function placesOfTask(places: readonly Entry<Place>[], task: string): readonly Entry<Place>[] {
  return itemsWith(places, 'task', (place) => place.data.task, task);
}

/** The areas a measure concerns: where its responsible units sit, its targets' breakdown, its places. */
export function measureAreas(view: MeasureView, ledger: Pick<Ledger, 'units' | 'jurisdictions' | 'places' | 'areas'>): string[] {
  const ids = new Set<string>();
  for (const unit of measureResponsibleUnits(view)) for (const id of unitJurisdictions(unit, ledger)) ids.add(id);
  for (const target of view.measure.targets) {
    if (target.jurisdiction) ids.add(target.jurisdiction);
    for (const row of target.breakdown) ids.add(row.jurisdiction);
  }
  for (const place of placesOfTask(ledger.places, view.task)) {
    if (place.data.measure === view.measure.number) ids.add(place.data.jurisdiction);
  }
  return [...ids].filter((id) => {
    const jurisdiction = ledger.jurisdictions.get(id);
    return jurisdiction !== undefined && isArea(ledger, jurisdiction);
  });
}

/** The areas a task concerns: its own responsible units' and every measure's. */
export function taskAreas(view: TaskView, ledger: Pick<Ledger, 'units' | 'jurisdictions' | 'places' | 'areas'>): string[] {
  const ids = new Set<string>();
  for (const unit of view.task.responsibleUnits) for (const id of unitJurisdictions(unit, ledger)) ids.add(id);
  for (const measure of view.measures) for (const id of measureAreas(measure, ledger)) ids.add(id);
  for (const place of placesOfTask(ledger.places, view.id)) ids.add(place.data.jurisdiction);
  return [...ids].filter((id) => {
    const jurisdiction = ledger.jurisdictions.get(id);
    return jurisdiction !== undefined && isArea(ledger, jurisdiction);
  });
}

/** The year of a task's 整改时限, or `ongoing` for 立行立改，长期坚持. */
export function deadlineYear(view: TaskView): string {
  return view.task.deadline.month?.slice(0, 4) ?? ONGOING_YEAR;
}

/** The year a measure is due: its own 时限 where it has one, else its task's; `ongoing` when neither has a date. */
export function measureDeadlineYear(task: TaskView, view: MeasureView): string {
  return measureDue(task.task, view.measure)?.slice(0, 4) ?? ONGOING_YEAR;
}

/**
 * The values a task has in each dimension: what its filter pages and the browser filter match.
 * Units include the members of named groups; responsible units include those of its measures.
 */
export function taskFilterKeys(view: TaskView, ledger: Ledger): Record<FilterDimension, string[]> {
  const cached = keyCache.get(view);
  if (cached?.ledger === ledger) return cached.keys;
  const keys = {
    status: [STATUS_SLUGS[view.status.status]],
    county: taskAreas(view, ledger),
    responsible: expandUnits(taskResponsibleUnits(view), ledger.units),
    supervising: expandUnits(view.task.supervisingUnits, ledger.units),
    year: [deadlineYear(view)],
    inspection: view.inspection ? [view.inspection.id] : [],
  };
  keyCache.set(view, { ledger, keys });
  return keys;
}
// Every list and count asks for a task's keys; work them out once per task and ledger.
const keyCache = new WeakMap<TaskView, { ledger: Ledger; keys: Record<FilterDimension, string[]> }>();

/** True when a task belongs to a filter value. */
export function taskMatches(view: TaskView, ledger: Ledger, dimension: FilterDimension, value: string): boolean {
  return taskFilterKeys(view, ledger)[dimension].includes(value);
}

/** True when a measure belongs to a filter value; its own status, areas, units and year, the other dimensions (inspection, supervising) from its task. */
export function measureMatches(task: TaskView, view: MeasureView, ledger: Ledger, dimension: FilterDimension, value: string): boolean {
  return measureFilterKeys(task, view, ledger, dimension).includes(value);
}

export interface FilterOption {
  dimension: FilterDimension;
  value: string;
  label: string;
  /** Tasks that match. */
  count: number;
  /** Measures that match (a year in which only measures are due has tasks 0 and measures 2). */
  measures: number;
}

function unitLabel(id: string, ledger: Ledger): string {
  return nameOf(ledger, 'units', id);
}

/** The label of a filter value as a reader sees it, or undefined when the value is unknown. */
export function filterLabel(ledger: Ledger, dimension: FilterDimension, value: string): string | undefined {
  switch (dimension) {
    case 'status': {
      const status = statusFromSlug(value);
      return status ? STATUS_LABELS[status] : undefined;
    }
    case 'county': {
      const jurisdiction = ledger.jurisdictions.get(value);
      return jurisdiction && isArea(ledger, jurisdiction) ? jurisdiction.data.name : undefined;
    }
    case 'responsible':
    case 'supervising':
      return ledger.units.has(value) ? unitLabel(value, ledger) : undefined;
    case 'year':
      if (value === ONGOING_YEAR) return '立行立改，长期坚持';
      return /^\d{4}$/.test(value) ? `${formatChineseDate(value)}内` : undefined;
    case 'inspection':
      return ledger.inspections.find((inspection) => inspection.id === value)?.data.name;
  }
}


/**
 * Every value of every dimension that has a page: all statuses (so a count of 0 still links
 * somewhere), every area and unit, every year a task or measure is due, every inspection. Counted
 * once per ledger: every list page shows them.
 */
export function filterOptions(ledger: Ledger): readonly FilterOption[] {
  return derivedOnce(ledger, 'filter options', () => countFilterOptions(ledger));
}

function countFilterOptions(ledger: Ledger): FilterOption[] {
  const options: FilterOption[] = [];
  const add = (dimension: FilterDimension, value: string) => {
    options.push({
      dimension,
      value,
      label: filterLabel(ledger, dimension, value) ?? value,
      count: ledger.tasks.filter((view) => taskMatches(view, ledger, dimension, value)).length,
      measures: measuresWith(ledger, dimension, value).length,
    });
  };
  for (const status of STATUS_ORDER) add('status', STATUS_SLUGS[status]);
  for (const jurisdiction of ledger.jurisdictions.values()) if (isArea(ledger, jurisdiction)) add('county', jurisdiction.id);
  // A unit has a page in a role when it is named in that role or belongs to a group that is.
  const keys = ledger.tasks.map((view) => taskFilterKeys(view, ledger));
  const responsible = new Set(keys.flatMap((key) => key.responsible));
  const supervising = new Set(keys.flatMap((key) => key.supervising));
  for (const unit of ledger.units.values()) {
    if (responsible.has(unit.id)) add('responsible', unit.id);
    if (supervising.has(unit.id)) add('supervising', unit.id);
  }
  // A year in which only measures are due has its page too (its list of tasks is empty).
  const years = [...new Set([...ledger.tasks.map(deadlineYear), ...measurePairs(ledger).map(({ task, measure }) => measureDeadlineYear(task, measure))])].sort((a, b) => (a === ONGOING_YEAR ? 1 : b === ONGOING_YEAR ? -1 : a.localeCompare(b)));
  for (const year of years) add('year', year);
  for (const inspection of ledger.inspections) add('inspection', inspection.id);
  return options;
}

export interface FilterResult {
  tasks: TaskView[];
  measures: { task: TaskView; measure: MeasureView }[];
  /** Filter values that name nothing on this site, to say so on the page. */
  unknown: { dimension: FilterDimension; value: string }[];
}

/** The tasks and measures that match every given filter; an unknown value matches nothing and is reported. */
export function applyFilters(ledger: Ledger, filters: Partial<Record<FilterDimension, string>>): FilterResult {
  const given = FILTER_DIMENSIONS.filter((dimension) => filters[dimension] !== undefined).map((dimension) => ({ dimension, value: filters[dimension]! }));
  const unknown = given.filter(({ dimension, value }) => filterLabel(ledger, dimension, value) === undefined);
  if (unknown.length > 0) return { tasks: [], measures: [], unknown };
  if (given.length === 0) return { tasks: [...ledger.tasks], measures: [...measurePairs(ledger)], unknown: [] };
  // The first filter's rows come from an index built once per ledger, so a list page costs what it
  // shows, not a pass over the whole ledger; any further filter narrows those rows.
  const [first, ...rest] = given;
  const tasks = tasksWith(ledger, first!.dimension, first!.value);
  const measures = measuresWith(ledger, first!.dimension, first!.value);
  return {
    tasks: tasks.filter((view) => rest.every(({ dimension, value }) => taskMatches(view, ledger, dimension, value))),
    measures: measures.filter(({ task, measure }) => rest.every(({ dimension, value }) => measureMatches(task, measure, ledger, dimension, value))),
    unknown: [],
  };
}

/** The tasks with a value in a dimension, in ledger order, from an index built once per ledger and dimension. */
function tasksWith(ledger: Ledger, dimension: FilterDimension, value: string): readonly TaskView[] {
  return groupByEachOnce(ledger.tasks, `filter:${dimension}`, (view) => taskFilterKeys(view, ledger)[dimension]).get(value) ?? [];
}

/** The measures with a value in a dimension, in ledger order, from an index built once per ledger and dimension. */
function measuresWith(ledger: Ledger, dimension: FilterDimension, value: string): readonly { task: TaskView; measure: MeasureView }[] {
  return groupByEachOnce(measurePairs(ledger), `filter:${dimension}`, ({ task, measure }) => measureFilterKeys(task, measure, ledger, dimension)).get(value) ?? [];
}

/** Every measure of the ledger with its task, in task order, made once per ledger. */
function measurePairs(ledger: Ledger): readonly { task: TaskView; measure: MeasureView }[] {
  return derivedOnce(ledger.tasks, 'measure pairs', () => ledger.tasks.flatMap((task) => task.measures.map((measure) => ({ task, measure }))));
}

/** The values a measure has in one dimension; task-level dimensions come from its task. */
function measureFilterKeys(task: TaskView, view: MeasureView, ledger: Ledger, dimension: FilterDimension): string[] {
  switch (dimension) {
    case 'status':
      return [STATUS_SLUGS[view.status.status]];
    case 'county':
      return measureAreas(view, ledger);
    case 'responsible':
      return expandUnits(measureResponsibleUnits(view), ledger.units);
    // A measure due in 2024 of a task due in 2025 is listed under 2024: the heading says 整改时限：2024年内.
    case 'year':
      return [measureDeadlineYear(task, view)];
    default:
      return taskFilterKeys(task, ledger)[dimension];
  }
}

/** A per-area target: one row of a target's breakdown (or a target set for the area itself). */
export interface AreaTarget {
  task: TaskView;
  measure: MeasureView;
  target: Target;
  /** The area's own figure. */
  value: number;
}

/** The targets set for an area, ordered by metric then due date, so yearly figures read as a series. */
export function areaTargets(ledger: Ledger, area: string): AreaTarget[] {
  const rows = groupOnce(targetRows(ledger), 'area', (row) => row.area).get(area) ?? [];
  return rows
    .map(({ area: _area, ...row }) => row)
    .sort((a, b) => a.target.metric.localeCompare(b.target.metric, 'zh') || (a.target.due ?? '').localeCompare(b.target.due ?? ''));
}

/** Every per-area figure of every target, with the area it is for, made once per ledger. */
function targetRows(ledger: Ledger): readonly (AreaTarget & { area: string })[] {
  return derivedOnce(ledger.tasks, 'area target rows', () => {
    const rows: (AreaTarget & { area: string })[] = [];
    for (const task of ledger.tasks) {
      for (const measure of task.measures) {
        for (const target of measure.measure.targets) {
          if (target.jurisdiction) rows.push({ area: target.jurisdiction, task, measure, target, value: target.value });
          for (const row of target.breakdown) rows.push({ area: row.jurisdiction, task, measure, target, value: row.value });
        }
      }
    }
    return rows;
  });
}

/** What a unit carries: tasks and measures it is responsible for, tasks it supervises, tasks it must accept. */
export interface UnitWork {
  responsibleTasks: TaskView[];
  responsibleMeasures: { task: TaskView; measure: MeasureView }[];
  supervisedTasks: TaskView[];
  /** 整改验收: tasks whose acceptance unit it is. */
  acceptanceTasks: TaskView[];
  /** Its late (逾期) tasks and measures (lateItems in src/core/counts.ts). */
  lateTasks: TaskView[];
  lateMeasures: { task: TaskView; measure: MeasureView }[];
}

export function unitWork(ledger: Ledger, unit: string): UnitWork {
  const result = applyFilters(ledger, { responsible: unit });
  const supervisedTasks = [...tasksWith(ledger, 'supervising', unit)];
  const late = lateItems(result);
  // One acceptance unit a task: an office hosted by a department (hostUnit) does not accept as well.
  const acceptanceTasks = [...(groupByEachOnce(ledger.tasks, 'acceptance', (view) => [view.acceptanceUnit]).get(unit) ?? [])];
  return {
    responsibleTasks: result.tasks,
    responsibleMeasures: result.measures,
    supervisedTasks,
    acceptanceTasks,
    lateTasks: late.tasks,
    lateMeasures: late.measures,
  };
}

/**
 * The page of a filtered list (`listLength` rows a page) on which a plan's tasks, or its
 * measures, begin: where the dashboard's link to that plan's section must go.
 */
export function planListPage(result: Pick<FilterResult, 'tasks' | 'measures'>, plan: string, part: 'tasks' | 'measures', listLength: number): number {
  const index = part === 'tasks' ? result.tasks.findIndex((view) => view.task.plan === plan) : result.measures.findIndex(({ task }) => task.task.plan === plan);
  return Math.floor(Math.max(0, index) / listLength) + 1;
}

