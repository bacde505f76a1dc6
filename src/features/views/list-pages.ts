// The view models of the site's index pages: each lists a whole collection, so each reads the ledger once.
import { findingsOfJurisdiction } from './finding-page.ts';
import { chineseNumeral, formatChineseDate } from '../../core/dates.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { itemsWith } from '../../core/lookup.ts';
import { nameOf } from '../../core/names.ts';
import { withUnit } from '../../core/quantities.ts';
import { paths, type ProgressScope } from '../../core/urls.ts';
import type { Indicator, MeasuredValue } from '../../schemas/indicator.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Plan } from '../../schemas/plan.ts';
import type { TypicalCase } from '../../schemas/typical-case.ts';
import { UNIT_KINDS, type Unit } from '../../schemas/unit.ts';
import { chartPaths, indicatorStanding, targetSeries, targetSeriesId, targetText, type IndicatorStanding } from '../charts/index.ts';
import { applyFilters, areaTargets, unitWork, type UnitWork } from './filters.ts';
import { isArea, type Areas } from '../../core/areas.ts';
import { progressSubjects } from './chart-list.ts';

export interface TaskListPage {
  taskCount: number;
  measureCount: number;
  /** Each plan with its tasks. */
  plans: { plan: Entry<Plan>; tasks: readonly TaskView[] }[];
}

/** The task list: every plan's tasks, and how many tasks and measures there are in all. */
export function taskListPage(ledger: Ledger): TaskListPage {
  return {
    taskCount: ledger.tasks.length,
    measureCount: ledger.tasks.reduce((sum, view) => sum + view.measures.length, 0),
    plans: ledger.plans.map((plan) => ({ plan, tasks: itemsWith(ledger.tasks, 'plan', (view) => view.task.plan, plan.id) })),
  };
}

/** The county list: each county, zone and the city itself with how many findings, tasks and targets concern it. */
export function countyListPage(ledger: Ledger): { area: Entry<Jurisdiction>; findings: number; tasks: number; targets: number }[] {
  return [...ledger.jurisdictions.values()].filter((area) => isArea(ledger, area)).map((area) => ({
    area,
    findings: findingsOfJurisdiction(ledger, area.id).length,
    tasks: applyFilters(ledger, { county: area.id }).tasks.length,
    targets: areaTargets(ledger, area.id).length,
  }));
}

/** Headings of the unit list, one per kind of unit. */
export const UNIT_KIND_LABELS: Record<(typeof UNIT_KINDS)[number], string> = {
  'party-and-government': '县（区）党委和人民政府',
  'zone-administration': '功能区',
  department: '市级部门',
  office: '办公室和议事协调机构',
  group: '统称',
};

export interface UnitListRow {
  unit: Entry<Unit>;
  work: UnitWork;
  /** Its late or overdue tasks and measures together. */
  late: number;
}

/** The unit list: the units by kind (kinds without units left out), each with its work. */
export function unitListPage(ledger: Ledger): { kind: (typeof UNIT_KINDS)[number]; heading: string; units: UnitListRow[] }[] {
  const units = [...ledger.units.values()];
  return UNIT_KINDS.map((kind) => ({
    kind,
    // Party committees and governments are the areas' own (县（区）, or a county-level city's 乡镇（街道）).
    heading: kind === 'party-and-government' ? partyAndGovernment(ledger.areas) : UNIT_KIND_LABELS[kind],
    units: units
      .filter((unit) => unit.data.kind === kind)
      .map((unit) => {
        const work = unitWork(ledger, unit.id);
        return { unit, work, late: work.lateTasks.length + work.lateMeasures.length };
      }),
  })).filter((group) => group.units.length > 0);
}

/** The heading of the areas' party committees and governments: 县（区）党委和人民政府; 党政机关 where a 街道 has an 办事处, not a government. */
function partyAndGovernment(areas: Areas): string {
  return areas.kinds.has('subdistrict') ? `${areas.label}党政机关` : `${areas.label}党委和人民政府`;
}

/** What the unit list says of group units (合称), with the deployment's first group as the example; nothing when it has none. */
export function groupUnitNote(ledger: Ledger): string {
  const group = [...ledger.units.values()].find((unit) => unit.data.kind === 'group');
  return group ? `合称（如“${group.data.name}”）的任务计入每个成员单位。` : '';
}

/** The typical cases, each with the name of its place. */
export function caseListPage(ledger: Ledger): { entry: Entry<TypicalCase>; place: string }[] {
  return ledger.cases.map((entry) => ({ entry, place: nameOf(ledger, 'jurisdictions', entry.data.jurisdiction) }));
}

const PROGRESS_HEADINGS: readonly { scope: ProgressScope; heading: string }[] = [
  { scope: 'plans', heading: '整改方案' },
  { scope: 'units', heading: '责任单位' },
  { scope: 'counties', heading: '' },
];

export interface IndicatorListPage {
  /** The indicators by group, groups in the order they first come. */
  groups: {
    group: string;
    /** Each indicator's target, with how the site read the source for it (`targetNote`: 基本消除 drawn as 0) when it did. */
    rows: { entry: Entry<Indicator>; target: string; targetNote: string | undefined; standing: IndicatorStanding; latest: MeasuredValue | null }[];
  }[];
  /** The measures' quantified targets, one line per chart. */
  series: { path: string; metric: string; taskNumber: string; place: string; targets: string }[];
  /** The progress charts (plan against record by month): plans, then units, then counties, each with a link per chart. */
  progress: { heading: string; links: { path: string; label: string }[] }[];
}

/** The indicator list: each indicator with its target and latest value, and the charts of measure targets. */
export function indicatorListPage(ledger: Ledger): IndicatorListPage {
  const groups = [...new Set(ledger.indicators.map((entry) => entry.data.group))];
  return {
    groups: groups.map((group) => ({
      group,
      rows: itemsWith(ledger.indicators, 'group', (entry) => entry.data.group, group).map((entry) => {
        const standing = indicatorStanding(entry.data);
        return { entry, target: targetText(entry.data), targetNote: entry.data.note, standing, latest: standing.latest };
      }),
    })),
    series: targetSeries(ledger).map((item) => ({
      path: chartPaths(targetSeriesId(item)).page,
      metric: item.metric,
      taskNumber: chineseNumeral(item.task.task.number),
      place: item.jurisdiction ? nameOf(ledger, 'jurisdictions', item.jurisdiction) : '',
      targets: item.members.map(({ target }) => `${target.due ? formatChineseDate(target.due) : ''}${target.cumulative ? '累计' : ''}${withUnit(target.value, target.unit)}`).join('、'),
    })),
    progress: PROGRESS_HEADINGS.map(({ scope, heading }) => ({
      // The areas' heading is the deployment's own word for them.
      heading: scope === 'counties' ? ledger.areas.label : heading,
      links: progressSubjects(ledger)
        .filter((subject) => subject.scope === scope)
        .map((subject) => ({ path: paths.progressChart(scope, subject.id), label: subject.name })),
    })).filter((group) => group.links.length > 0),
  };
}

