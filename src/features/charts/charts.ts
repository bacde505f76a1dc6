import type { Indicator } from '../../schemas/indicator.ts';
import type { Target } from '../../schemas/target.ts';
import { formatChineseDate } from '../../core/dates.ts';
import { sortedValues, targetText } from './indicators.ts';
import { COMPARISON_WORDS, comparisonPrefix } from '../../core/quantities.ts';
import type { Entry, Ledger, MeasureView, TaskView } from '../../core/ledger.ts';
import { derivedOnce, itemsWith } from '../../core/lookup.ts';
import { paths } from '../../core/urls.ts';
import { STATUS_LABELS, STATUSES } from '../../core/status.ts';
import { latenessByUnit, statusCounts } from '../../core/counts.ts';
import { csvText } from '../../core/csv.ts';
import { citedTitle, joinNames, nameOf } from '../../core/names.ts';

/**
 * One chart as data: what the browser draws (sent as a JSON block), what the HTML table
 * shows and what the CSV download holds are all this one record, so they cannot disagree.
 */
export interface ChartSpec {
  /** Permanent id, also its address: `indicators/bazhong-cei2/01-air-good-days`, `status`. */
  id: string;
  kind: 'line' | 'bar';
  /** Bars run sideways (long category names such as unit names). */
  horizontal?: boolean;
  /** The series of a bar chart are parts of one whole, drawn end to end in one bar per category. */
  stacked?: boolean;
  title: string;
  /** Unit of the values axis: `%`, `公里`, `项`. */
  unit: string;
  /** Header of the category column: `年份`, `地区`. */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  /** `来源：…`: where every figure drawn comes from. */
  source: string;
  /** The day the data stands on (the site's as-of day), `YYYY-MM-DD`. */
  asOf: string;
  /** Sentences shown beside the chart: what is missing, what is illustrative, how to read it. */
  notes: string[];
  /** True when nothing measured or reported is drawn (only targets or plans). */
  targetsOnly: boolean;
}

export interface ChartSeries {
  label: string;
  /** One value per category; null where the source states none. */
  values: (number | null)[];
  /** How it is drawn: measured values solid, targets dashed, plans as patterned bars. */
  role: 'measured' | 'target' | 'planned' | 'count';
  /** How the site read the source for it (`原文为“基本消除”；本站把目标画作 0 个`): the page says it below the chart, the CSV in the column's header. */
  note?: string;
  /**
   * A target the source states for one category only (PM2.5 below 27.4 by 2025): `values` holds
   * it there alone, as the data table and the CSV give it, and the drawing extends it across the
   * chart as a reference line (`drawnValues`, drawn-values.ts).
   */
  acrossChart?: true;
}


/** Where a chart lives: its page, its embeddable page and its CSV. */
export function chartPaths(id: string): { page: string; embed: string; csv: string } {
  return { page: paths.chart(id), embed: paths.chartEmbed(id), csv: paths.chartCsv(id) };
}

/** An indicator's measured values against its target line. */
export function indicatorChart(entry: Entry<Indicator>, ledger: Ledger): ChartSpec {
  const indicator = entry.data;
  const values = sortedValues(indicator);
  const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  // With no value the target line spans the indicator's years; with values, their dates and the target year.
  const dates = values.length === 0 ? years(indicator.since, indicator.target.year) : [...new Set(values.map((value) => value.date))];
  if (values.length > 0 && !dates.some((date) => date.startsWith(String(indicator.target.year)))) dates.push(String(indicator.target.year));
  const categories = dates.map(formatChineseDate);
  const measured: ChartSeries = {
    label: `实测值（${indicator.unit}）`,
    role: 'measured',
    values: dates.map((date) => values.filter((value) => value.date === date).at(-1)?.value ?? null),
  };
  // The target is stated for its year alone: a table or CSV gives it there, not as a figure of every year.
  const targetYear = dates.findLastIndex((date) => date.startsWith(String(indicator.target.year)));
  const target: ChartSeries = {
    label: `${indicator.target.year}年目标：${COMPARISON_WORDS[indicator.direction].symbol}${indicator.target.value}（${indicator.unit}）`,
    role: 'target',
    values: dates.map((_, index) => (index === targetYear ? indicator.target.value : null)),
    acrossChart: true,
    ...(indicator.note ? { note: indicator.note } : {}),
  };
  const valueSources = [
    ...new Set(
      values.map((value) =>
        [value.source?.document ? citedTitle(ledger, value.source.document) : '', value.source?.link?.title ?? ''].filter(Boolean).join('，'),
      ),
    ),
  ];
  const notes: string[] = [];
  if (values.length === 0) notes.push(`尚未公布实测值：图中只画出目标线（${targetText(indicator)}），没有任何实测数据。`);
  if (values.some((value) => value.illustrative)) notes.push('注意：图中实测值为示例数据，仅用于演示图表，并非任何机关发布的数值。');
  if (indicator.note) notes.push(indicator.note);
  return {
    id: `indicators/${entry.id}`,
    kind: 'line',
    title: indicator.title,
    unit: indicator.unit,
    categoryLabel: '时间',
    categories,
    series: values.length === 0 ? [target] : [measured, target],
    source: `来源：目标见${citedTitle(ledger, indicator.source.document)}${indicator.source.locator ? ` ${indicator.source.locator}` : ''}${
      valueSources.length > 0 ? `；实测值见${valueSources.join('；')}` : ''
    }。`,
    asOf: ledger.asOf,
    notes,
    targetsOnly: values.length === 0,
  };
}

/** The measure targets of one task that form a series: the same metric, unit and jurisdiction. */
export interface TargetSeries {
  task: TaskView;
  metric: string;
  unit: string;
  jurisdiction: string | undefined;
  /** Measure number and target position (1-based) of the series' first target: its permanent id within the task. */
  firstMeasure: number;
  firstTarget: number;
  /**
   * Each target with its measure, and whether the measure stands reported 已完成: in the plan's own
   * words (`plan`: the report rests on the task's source document, as Bazhong's plan reports what
   * was done before it), or by a unit's report (`report`).
   */
  members: { measure: number; target: Target; reportedDone?: 'plan' | 'report' }[];
}

/**
 * Groups every quantitative target of every task into series (e.g. the yearly pipeline
 * targets of task 六). Worked out once per ledger: every task page asks for its own.
 */
export function targetSeries(ledger: Ledger): TargetSeries[] {
  return derivedOnce(ledger, 'target series', () => groupTargetSeries(ledger));
}

/** The target series of one task. */
export function targetSeriesOfTask(ledger: Ledger, task: string): readonly TargetSeries[] {
  return itemsWith(targetSeries(ledger), 'task', (series) => series.task.id, task);
}

/**
 * Who stands behind a measure's 已完成: the plan itself when the report's evidence is the task's
 * own source document, otherwise the unit that reported it; undefined when it is not reported done.
 */
function doneBy({ measure, status, updates }: MeasureView, planDocument: string): 'plan' | 'report' | undefined {
  if (status.status !== '已完成' || status.derived || !status.latest) return undefined;
  const report = updates.findLast(
    (update) => update.data.measure === measure.number && update.data.place === undefined && update.data.status === '已完成' && update.data.date === status.latest!.date,
  );
  return report?.data.evidence?.documents.some((reference) => reference.document === planDocument) ? 'plan' : 'report';
}

function groupTargetSeries(ledger: Ledger): TargetSeries[] {
  const result: TargetSeries[] = [];
  for (const view of ledger.tasks) {
    const byKey = new Map<string, TargetSeries>();
    for (const measureView of view.measures) {
      const { measure, status } = measureView;
      for (const [targetIndex, target] of measure.targets.entries()) {
        const key = `${target.metric}|${target.unit}|${target.jurisdiction ?? ''}`;
        let series = byKey.get(key);
        if (!series) {
          series = { task: view, metric: target.metric, unit: target.unit, jurisdiction: target.jurisdiction, firstMeasure: measure.number, firstTarget: targetIndex + 1, members: [] };
          byKey.set(key, series);
          result.push(series);
        }
        // A figure reported done (2021年12月，全市已完成…) is not only planned.
        series.members.push({ measure: measure.number, target, reportedDone: doneBy(measureView, view.task.source.document) });
      }
    }
  }
  // Targets with one metric but the same due date are separate things (task 十: each measure's
  // own 整改完成率), not one series over time: chart each of them on its own.
  return result.flatMap((series) => {
    const dues = series.members.map((member) => member.target.due ?? '');
    if (new Set(dues).size === dues.length) return [series];
    return series.members.map((member) => {
      const position = series.task.measures.find((view) => view.measure.number === member.measure)!.measure.targets.indexOf(member.target) + 1;
      return { ...series, firstMeasure: member.measure, firstTarget: position, members: [member] };
    });
  });
}

/** What the bars of a target chart are, by who reported their measures done. */
function doneNote(done: readonly ('plan' | 'report' | undefined)[]): string {
  if (!done.some(Boolean)) return '尚无公布的实际完成数据：图中是整改方案写明的计划数量，不是完成情况。';
  return [
    done.includes('plan') ? '标“方案称已完成”的是整改方案自己报告已完成的数量；' : '',
    done.includes('report') ? '标“已报告完成”的措施已有单位报告完成，图中是整改方案写明的数量，不是报告的实际完成数量（见任务页的整改进展）；' : '',
    done.includes(undefined) ? '其余是计划数量。' : '',
    done.includes('report') ? '' : '此外尚无公布的实际完成数据。',
  ]
    .join('')
    .replace(/；$/, '。');
}

export function targetSeriesId(series: TargetSeries): string {
  // `measure-1` for a measure's first target, `measure-1-2` for its second (task 九 measure 1 sets two).
  return `targets/${series.task.id}/measure-${series.firstMeasure}${series.firstTarget > 1 ? `-${series.firstTarget}` : ''}`;
}

/**
 * Planned quantities of a target series by jurisdiction (bars) and due date (one series per
 * target), exactly as the plan states them: cumulative totals stay cumulative, and a county
 * the plan does not list for a year has no bar (null), not a zero.
 */
export function targetSeriesChart(series: TargetSeries, ledger: Ledger): ChartSpec {
  const place = (id: string) => nameOf(ledger, 'jurisdictions', id);
  // Places in the plan's own order: that of the longest breakdown, then any others as they appear.
  const rows: string[] = [];
  const longestFirst = [...series.members].sort((a, b) => b.target.breakdown.length - a.target.breakdown.length);
  for (const { target } of longestFirst) {
    for (const row of target.breakdown) if (!rows.includes(row.jurisdiction)) rows.push(row.jurisdiction);
  }
  const withoutBreakdown = rows.length === 0;
  if (withoutBreakdown) rows.push(series.jurisdiction ?? '');
  const chartSeries: ChartSeries[] = series.members.map(({ measure, target, reportedDone }) => ({
    // The unit, and the comparison the plan states (不低于, 不超过…), go with the figures: in the legend, the table and the CSV.
    label: `${target.due ? `${formatChineseDate(target.due)}${reportedDone ? '' : target.due.length <= 7 ? '底前' : '前'}` : `第${measure}条措施`}${
      target.cumulative ? '累计' : ''
    }（${reportedDone === 'plan' ? '方案称已完成' : reportedDone === 'report' ? '已报告完成' : '计划'}，${comparisonPrefix(target.comparison)}${series.unit}）`,
    role: reportedDone ? 'measured' : 'planned',
    values: rows.map((row) => (withoutBreakdown ? target.value : (target.breakdown.find((line) => line.jurisdiction === row)?.value ?? null))),
  }));
  const totals = series.members.map(({ target }) => {
    const comparison = comparisonPrefix(target.comparison);
    return `${target.due ? formatChineseDate(target.due) : ''}${target.cumulative ? '累计' : ''}${comparison}${target.value}${target.unit}`;
  });
  const taskSource = series.task.task.source;
  const notes = [
    `${series.jurisdiction ? place(series.jurisdiction) : ''}${withoutBreakdown ? '' : '合计'}：${totals.join('；')}。`,
    doneNote(series.members.map((member) => member.reportedDone)),
  ];
  if (series.members.some((member) => member.target.cumulative)) notes.push('“累计”数值包含此前各年的数量，按方案原文列出，未作换算。');
  if (!withoutBreakdown && series.members.some((member) => member.target.breakdown.length < rows.length)) {
    notes.push('某年方案未列出的地区没有画柱，表中记作“—”。');
  }
  return {
    id: targetSeriesId(series),
    kind: 'bar',
    title: `${series.metric}：${withoutBreakdown ? '' : '分地区'}计划${series.members.length > 1 ? '（按年度）' : `（第${series.firstMeasure}条措施）`}`,
    unit: series.unit,
    categoryLabel: '地区',
    categories: rows.map((row) => (row ? place(row) : '合计')),
    series: chartSeries,
    source: `来源：${citedTitle(ledger, taskSource.document)} ${taskSource.locator ?? ''} 第${series.members.map((member) => member.measure).join('、')}条措施。`,
    asOf: ledger.asOf,
    notes,
    targetsOnly: !series.members.some((member) => member.reportedDone),
  };
}

/** Tasks and measures by status on the as-of day. */
export function statusChart(ledger: Ledger, planTitle: string): ChartSpec {
  const counts = statusCounts(ledger.tasks);
  return {
    id: 'status',
    kind: 'bar',
    horizontal: true,
    title: '整改任务和措施的状态',
    unit: '项',
    categoryLabel: '状态',
    categories: counts.map((row) => STATUS_LABELS[row.status]),
    series: [
      { label: '整改任务（项）', role: 'count', values: counts.map((row) => row.tasks) },
      { label: '整改措施（条）', role: 'count', values: counts.map((row) => row.measures) },
    ],
    source: `来源：${planTitle}及各单位发布的整改进展；“${STATUSES.逾期.label}”由本站按整改时限推算。`,
    asOf: ledger.asOf,
    notes: [`共 ${ledger.tasks.length} 项任务、${ledger.tasks.reduce((sum, view) => sum + view.measures.length, 0)} 条措施。`],
    targetsOnly: false,
  };
}

/**
 * Late (逾期) tasks and measures by responsible unit, most first: the ranking every page that
 * counts late items by unit gives (latenessByUnit in src/core/counts.ts). A group's work counts
 * under each of its members, and the notes say which groups were so counted.
 */
export function overdueChart(ledger: Ledger, planTitle: string): ChartSpec {
  const byUnit = latenessByUnit(ledger, ledger.tasks);
  const units = byUnit.units.filter((row) => row.lateTasks + row.lateMeasures > 0);
  const late = STATUSES.逾期.label;
  const notes = ['一项任务或措施有几个责任单位，就在每个单位下各计一次，与各单位页面所列相同。'];
  for (const group of byUnit.groups) {
    notes.push(`“${group.name}”是合称：写给它的任务和措施，计入${joinNames(group.members.map((member) => nameOf(ledger, 'units', member)))}每个单位，不单列。`);
  }
  // A group whose members the source does not list (市级有关部门) cannot be split: it keeps its row, named as a group.
  const unlisted = (id: string) => ledger.units.get(id)?.data.kind === 'group';
  for (const row of units.filter((each) => unlisted(each.unit))) notes.push(`“${row.name}”是合称，方案没有列明包括哪些单位，所以单列一行。`);
  if (units.length === 0) notes.unshift(`截至${formatChineseDate(ledger.asOf)}，没有${late}的任务或措施。`);
  return {
    id: 'overdue',
    kind: 'bar',
    horizontal: true,
    stacked: true,
    title: `${late}的任务和措施（按责任单位）`,
    unit: '项',
    categoryLabel: '责任单位',
    categories: units.map((row) => (unlisted(row.unit) ? `${row.name}（合称）` : row.name)),
    series: [
      { label: `${late}的任务（项）`, role: 'count', values: units.map((row) => row.lateTasks) },
      { label: `${late}的措施（条）`, role: 'count', values: units.map((row) => row.lateMeasures) },
    ],
    source: `来源：${planTitle}的整改时限和各单位发布的整改进展，由本站推算。`,
    asOf: ledger.asOf,
    notes,
    targetsOnly: false,
  };
}



/**
 * The charts drawn from the ledger alone, in the order the chart list shows them: indicators,
 * measure targets, statuses, overdue items. The site's whole chart list, with the progress
 * charts of plans, units and counties, is `allCharts` in the views feature, which knows which
 * tasks and measures are a unit's or a county's.
 */
export function ledgerCharts(ledger: Ledger): ChartSpec[] {
  const planTitle = ledger.plans.length === 1 ? `《${ledger.plans[0]!.data.title}》` : '各整改方案';
  return [
    ...ledger.indicators.map((entry) => indicatorChart(entry, ledger)),
    ...targetSeries(ledger).map((series) => targetSeriesChart(series, ledger)),
    statusChart(ledger, planTitle),
    overdueChart(ledger, planTitle),
  ];
}

/**
 * The chart's data as CSV, exactly what is drawn: one row per category, one column per
 * series, empty where nothing is drawn. UTF-8 with a byte-order mark so spreadsheet programs
 * in China open the Chinese text correctly.
 */
export function chartCsv(spec: ChartSpec): string {
  // A file read on its own says what it holds: the chart's title goes with the first column (each
  // series' label gives its unit). A figure the site read from words (基本消除 as 0) says so in the
  // file too, not only on the page.
  const header = [`${spec.categoryLabel}（${spec.title}）`, ...spec.series.map((series) => (series.note ? `${series.label}（${series.note.replace(/[。.]\s*$/, '')}）` : series.label))];
  const rows = spec.categories.map((category, index) => [category, ...spec.series.map((series) => series.values[index] ?? null)]);
  return csvText([header, ...rows]);
}
