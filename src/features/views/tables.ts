// What the list components show, computed here so that components only render: unit names
// looked up, rows built (only the rows a shortened list shows), filter values worked out.
import { formatChineseDate } from '../../core/dates.ts';
import type { Entry, Ledger, MeasureView, TaskView } from '../../core/ledger.ts';
import { documentTitle, nameOf, namesOf, reopenedBy, reporterLine, reporterName } from '../../core/names.ts';
import { STATUS_LABELS } from '../../core/status.ts';
import { comparisonPrefix, formatQuantity } from '../../core/quantities.ts';
import type { Target } from '../../schemas/target.ts';
import type { Update } from '../../schemas/update.ts';
import { paths } from '../../core/urls.ts';
import { dimensionLabel, FILTER_DIMENSIONS, filterOptions, taskFilterKeys, type FilterDimension, type FilterOption } from './filters.ts';

/** A unit as a list shows it: its name, and a group unit's members (shown in its title). */
export interface UnitName {
  name: string;
  members: string[];
  /** A group's page, which lists its members (a title attribute alone is out of reach on a phone and for a screen reader). */
  path?: string;
}

/** The names of these units, in order; a group unit (各县（区）党委和人民政府) with its members' names and its page. */
export function unitNames(ledger: Ledger, ids: readonly string[]): UnitName[] {
  return ids.map((id) => {
    const members = namesOf(ledger, 'units', ledger.units.get(id)?.data.members ?? []);
    return { name: nameOf(ledger, 'units', id), members, ...(members.length > 0 ? { path: paths.unit(id) } : {}) };
  });
}

export interface TaskTableRow {
  view: TaskView;
  responsible: UnitName[];
  supervising: UnitName[];
  /** The row's filter values for the browser filter (data-status, data-county…), when the table is filterable. */
  filterData: Record<string, string>;
}

/** A task table: its first `limit` rows, and how many tasks the whole list has. */
export interface TaskTableView {
  rows: TaskTableRow[];
  total: number;
}

/** The rows of a task table: the first `limit` tasks (all by default), each with its units named and, if filterable, its filter values. */
export function taskTable(ledger: Ledger, tasks: readonly TaskView[], options: { limit?: number; filterable?: boolean } = {}): TaskTableView {
  const { limit = tasks.length, filterable = false } = options;
  return {
    total: tasks.length,
    rows: tasks.slice(0, limit).map((view) => ({
      view,
      responsible: unitNames(ledger, view.task.responsibleUnits),
      supervising: unitNames(ledger, view.task.supervisingUnits),
      filterData: filterable ? Object.fromEntries(Object.entries(taskFilterKeys(view, ledger)).map(([key, values]) => [`data-${key}`, values.join(' ')])) : {},
    })),
  };
}

export interface MeasureTableRow {
  task: TaskView;
  measure: MeasureView;
  /** The measure's opening words: lists link to it in full. */
  excerpt: string;
  /** Its due date in words, or its task's deadline. */
  due: string;
  responsible: UnitName[];
}

export interface MeasureTableView {
  rows: MeasureTableRow[];
  total: number;
}

/** Characters of a measure a table shows. */
const EXCERPT_LENGTH = 60;

/**
 * A measure's text as a table shows it: whole when short, else its opening words, or, when the
 * table is about a place (`about`: its names) named only further on, the words around that name,
 * so a county's own figure (`其中：……巴州区46.5公里`) is not cut off.
 */
export function measureExcerpt(text: string, about: readonly string[] = []): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const found = about
    .filter(Boolean)
    .map((name) => ({ at: text.indexOf(name), name }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  // The name and about twenty characters after it (its figure) fit in the opening words.
  if (!found || found.at + found.name.length + 20 <= EXCERPT_LENGTH) return `${text.slice(0, EXCERPT_LENGTH)}…`;
  const start = Math.min(Math.max(0, found.at - 20), text.length - EXCERPT_LENGTH);
  const end = start + EXCERPT_LENGTH;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/**
 * The rows of a measure table: the first `limit` measures (all by default); a table about a place
 * gives its names (`about`) for the excerpts.
 */
export function measureTable(ledger: Ledger, measures: readonly { task: TaskView; measure: MeasureView }[], options: { limit?: number; about?: readonly string[] } = {}): MeasureTableView {
  const { limit = measures.length } = options;
  return {
    total: measures.length,
    rows: measures.slice(0, limit).map(({ task, measure }) => ({
      task,
      measure,
      excerpt: measureExcerpt(measure.measure.text, options.about),
      due: measure.measure.due ? formatChineseDate(measure.measure.due) : task.task.deadline.text,
      responsible: unitNames(ledger, measure.measure.responsibleUnits),
    })),
  };
}

/** A measure's quantified target as TargetTable shows it: its places named and its numbers written out. */
export interface TargetTableView {
  target: Target;
  /** The deadline for the caption: `2025年底前`, `2025年6月30日前`. */
  due: string | undefined;
  rows: { place: string; value: string }[];
  /** The total row's heading and value (with its comparison, e.g. `≥120`). */
  totalLabel: string;
  total: string;
  /** What a cumulative target includes: `2021年30公里、2022年40公里`, empty when nothing. */
  includes: string;
}

/** What TargetTable shows for a target. */
export function targetTable(ledger: Ledger, target: Target): TargetTableView {
  const place = (id: string | undefined) => (id ? nameOf(ledger, 'jurisdictions', id) : '');
  return {
    target,
    due: target.due ? `${formatChineseDate(target.due)}${target.due.length <= 7 ? '底前' : '前'}` : undefined,
    rows: target.breakdown.map((row) => ({ place: place(row.jurisdiction), value: formatQuantity(row.value) })),
    totalLabel: target.breakdown.length > 0 ? `合计${target.jurisdiction ? `（${place(target.jurisdiction)}）` : ''}` : place(target.jurisdiction) || '目标',
    total: `${comparisonPrefix(target.comparison)}${formatQuantity(target.value)}`,
    includes: target.includes.map((row) => `${row.year}年${formatQuantity(row.value)}${target.unit}`).join('、'),
  };
}

/** An update as the Timeline shows it: the names of its place and reporter, the titles of the documents it cites. */
export interface TimelineEntry {
  update: Entry<Update>;
  /** The reported status as pages say it (重新整改 → 回头看发现问题，重新整改). */
  statusLabel: string;
  /** Who found a reopened problem, with the inspection's page when an inspection did; undefined for other updates. */
  foundBy: { name: string; path: string | undefined } | undefined;
  placeName: string | undefined;
  reporter: string;
  /** `报告单位：…`, or `据整改方案原文` for progress the plan itself states. */
  reporterLine: string;
  evidence: { title: string; locator: string | undefined; quote: string | undefined }[];
}

/** The Timeline's entries for these updates, in the order given. */
export function timeline(ledger: Ledger, updates: readonly Entry<Update>[]): TimelineEntry[] {
  return updates.map((update) => {
    const finder = reopenedBy(ledger, update.data);
    return {
    update,
    statusLabel: STATUS_LABELS[update.data.status],
    foundBy: finder ? { name: finder.name, path: finder.inspection ? paths.inspection(finder.inspection) : undefined } : undefined,
    placeName: update.data.place ? nameOf(ledger, 'places', update.data.place) : undefined,
    reporter: reporterName(ledger, update.data),
    reporterLine: reporterLine(ledger, update.data),
    evidence: (update.data.evidence?.documents ?? []).map((reference) => ({ title: documentTitle(ledger, reference.document), locator: reference.locator, quote: reference.quote })),
    };
  });
}

/** A group of filter links in FilterNav: one dimension, opened when it is the status or the current page's. */
export interface FilterNavGroup {
  dimension: FilterDimension;
  label: string;
  open: boolean;
  options: (FilterOption & { path: string; current: boolean })[];
}

/** The filter links under a list, by dimension, the current page's value marked. */
export function filterNav(ledger: Ledger, current?: { dimension: FilterDimension; value: string }): FilterNavGroup[] {
  const options = filterOptions(ledger);
  // Status is what most readers look for first: open it; open the current dimension too.
  return FILTER_DIMENSIONS.map((dimension) => ({
    dimension,
    label: dimensionLabel(ledger, dimension),
    open: dimension === 'status' || dimension === current?.dimension,
    options: options
      .filter((option) => option.dimension === dimension)
      .map((option) => ({ ...option, path: paths.filter(option.dimension, option.value), current: current?.dimension === option.dimension && current.value === option.value })),
  })).filter((group) => group.options.length > 0);
}

/** The fields of the browser filter form: each dimension with more than one value to choose. */
export function filterForm(ledger: Ledger): { dimension: FilterDimension; label: string; options: readonly FilterOption[] }[] {
  const options = filterOptions(ledger);
  return FILTER_DIMENSIONS.map((dimension) => ({ dimension, label: dimensionLabel(ledger, dimension), options: options.filter((option) => option.dimension === dimension) })).filter(
    (field) => field.options.length > 1,
  );
}
