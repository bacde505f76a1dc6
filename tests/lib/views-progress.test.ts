import { describe, expect, it } from 'vitest';
import { chartCsv, type ChartSpec } from '../../src/features/charts/index.ts';
import { allCharts, chartPage, chartRoutes, countyPage, indicatorListPage, planPage, progressCharts, progressSubjects, unitPage } from '../../src/features/views/index.ts';
import { monthsBetween } from '../../src/core/dates.ts';
import type { MeasureView, TaskView } from '../../src/core/ledger.ts';
import { CITY, DEFAULTS, jurisdiction, ledgerOf, measure, OFFICE, PLAN, task, unit, update } from '../helpers/ledger-builder.ts';

/** The values of a chart's series, by label fragment: `到期的措施` → [0, 1, 2, …]. */
const values = (spec: ChartSpec, label: string) => spec.series.find((series) => series.label.startsWith(label))!.values;
const chartOf = (ledger: Parameters<typeof allCharts>[0], id: string) => allCharts(ledger).find((spec) => spec.id === id);

// The plan is dated 2022-01 (ledger-builder DEFAULTS); the as-of day is mid-June 2022.
const AS_OF = '2022-06-15';

describe('the progress chart of a plan', () => {
  const ledger = ledgerOf(
    {
      tasks: [
        // Task 1 is due in March 2022; its measure 1 has no due date of its own, measure 2 is due in February.
        task({ number: 1, deadline: '2022年3月', measures: [{}, { due: '2022-02' }] }),
        // Task 2 is due in May; its one measure is due in December, after the as-of day.
        task({ number: 2, deadline: '2022年5月', measures: [{ due: '2022-12' }] }),
      ],
      updates: [
        update({ task: `${PLAN}/01`, measure: 1, date: '2022-02-10', status: '已完成' }),
        update({ task: `${PLAN}/01`, measure: 2, date: '2022-01', status: '序时推进' }),
        update({ task: `${PLAN}/01`, measure: 2, date: '2022-05-03', status: '已完成' }),
        // A later close-out of the same measure does not move the month it was first reported done.
        update({ task: `${PLAN}/01`, measure: 2, date: '2022-06-01', status: '已验收销号' }),
        update({ task: `${PLAN}/01`, date: '2022-04-20', status: '已验收销号' }),
        // Dated after the as-of day: not yet part of the record.
        update({ task: `${PLAN}/02`, measure: 1, date: '2022-07-01', status: '已完成' }),
        update({ task: `${PLAN}/02`, date: '2022-06-20', status: '已验收销号' }),
      ],
    },
    AS_OF,
  );
  const spec = chartOf(ledger, `progress/plans/${PLAN}`)!;

  it('runs month by month from the plan’s date to the as-of month', () => {
    expect(spec.kind).toBe('line');
    expect(spec.categories).toEqual(['2022年1月', '2022年2月', '2022年3月', '2022年4月', '2022年5月', '2022年6月']);
  });

  it('counts the measures due by the end of each month, cumulative, a measure without a due date by its task’s deadline', () => {
    // Measure 2 is due in February, measure 1 (no due date) with task 1 in March; task 2's measure (December) is not yet due.
    expect(values(spec, '到期的措施')).toEqual([0, 1, 2, 2, 2, 2]);
  });

  it('counts the tasks due by the end of each month, cumulative', () => {
    expect(values(spec, '到期的任务')).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('counts measures by the month of their first done claim, and tasks by their close-out, ignoring claims after the as-of day', () => {
    expect(values(spec, '报告完成的措施')).toEqual([0, 1, 1, 1, 2, 2]);
    expect(values(spec, '验收销号的任务')).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('draws the plan as planned lines and the record as reported ones', () => {
    expect(spec.series.map((series) => series.role)).toEqual(['planned', 'measured', 'planned', 'measured']);
  });

  it('says what is due after the as-of month and is not drawn', () => {
    expect(spec.notes.join('')).toContain('另有1条措施的时限在2022年6月之后');
  });

  it('gives the CSV the same months and counts as the table', () => {
    const rows = chartCsv(spec).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(rows[0]).toBe('月份（示例整改方案：整改进度（计划与实际，按月累计））,到期的措施（计划，累计条数）,报告完成的措施（累计条数）,到期的任务（计划，累计项数）,验收销号的任务（累计项数）');
    expect(rows.at(-1)).toBe('2022年6月,2,2,2,1');
  });

  it('is published under /charts/progress/ by the existing chart routes, and linked from the plan page and the chart index', () => {
    expect(chartRoutes(ledger, 'charts').map((route) => route.params.id)).toContain(`progress/plans/${PLAN}`);
    expect(planPage(ledger, ledger.plans[0]!).progressChart?.path).toBe(`/charts/progress/plans/${PLAN}/`);
    const index = indicatorListPage(ledger).progress;
    expect(index[0]).toEqual({ heading: '整改方案', links: [{ path: `/charts/progress/plans/${PLAN}/`, label: '示例整改方案' }] });
    expect(chartPage(ledger, spec).subject).toEqual({ path: `/plans/${PLAN}/`, label: '示例整改方案' });
  });
});

describe('open-ended tasks and imprecise dates on the progress chart', () => {
  const ledger = ledgerOf(
    {
      tasks: [
        task({ number: 1, deadline: '立行立改，长期坚持', measures: [{}, {}] }),
        task({ number: 2, deadline: '2022年12月' }),
      ],
      updates: [
        // Reported before the plan's date: the chart starts at that month.
        update({ task: `${PLAN}/01`, measure: 1, date: '2021-11', status: '已完成' }),
        // A claim dated only to a year counts in that year's December.
        update({ task: `${PLAN}/02`, measure: 1, date: '2022', status: '已完成' }),
      ],
    },
    '2023-01-10',
  );
  const spec = chartOf(ledger, `progress/plans/${PLAN}`)!;

  it('starts at the first done claim when it comes before the plan’s date', () => {
    expect(spec.categories[0]).toBe('2021年11月');
    expect(spec.categories.at(-1)).toBe('2023年1月');
  });

  it('leaves 立行立改，长期坚持 tasks and their measures out of what is due, and says so', () => {
    expect(values(spec, '到期的措施').at(-1)).toBe(1);
    expect(values(spec, '到期的任务').at(-1)).toBe(1);
    expect(spec.notes.join('')).toContain('整改时限为“立行立改，长期坚持”的1项任务、2条措施没有到期月份，不计入“到期”');
  });

  it('counts what open-ended tasks report done in the record, and a year-only claim in December', () => {
    const done = values(spec, '报告完成的措施');
    expect(done[0]).toBe(1);
    expect(done[spec.categories.indexOf('2022年11月')]).toBe(1);
    expect(done[spec.categories.indexOf('2022年12月')]).toBe(2);
    expect(spec.notes.join('')).toContain('只写明年份的完成报告计入该年12月');
  });

  it('never counts a year-only claim after the as-of month', () => {
    const early = ledgerOf({ tasks: [task({ number: 1 })], updates: [update({ task: `${PLAN}/01`, measure: 1, date: '2022', status: '已完成' })] }, '2022-03-10');
    const chart = chartOf(early, `progress/plans/${PLAN}`)!;
    expect(chart.categories.at(-1)).toBe('2022年3月');
    expect(values(chart, '报告完成的措施').at(-1)).toBe(1);
  });
});

describe('a reopening (重新整改) on the progress chart', () => {
  const ledger = ledgerOf(
    {
      tasks: [task({ number: 1, deadline: '2022年3月' })],
      updates: [
        update({ task: `${PLAN}/01`, measure: 1, date: '2022-02-10', status: '已完成' }),
        update({ task: `${PLAN}/01`, date: '2022-03-20', status: '已验收销号' }),
        // A look-back finds it not rectified: both leave the record from April.
        update({ task: `${PLAN}/01`, measure: 1, date: '2022-04-02', status: '重新整改' }),
        update({ task: `${PLAN}/01`, date: '2022-04-02', status: '重新整改' }),
        // The measure is reported done again in June; the task is not closed out again by the as-of day.
        update({ task: `${PLAN}/01`, measure: 1, date: '2022-06-01', status: '已完成' }),
        update({ task: `${PLAN}/01`, date: '2022-06-05', status: '已完成' }),
      ],
    },
    AS_OF,
  );
  const spec = chartOf(ledger, `progress/plans/${PLAN}`)!;

  it('takes a reopened item out of the record from the month of the reopening until it is reported done again', () => {
    expect(values(spec, '报告完成的措施')).toEqual([0, 1, 1, 0, 0, 1]);
    expect(values(spec, '验收销号的任务')).toEqual([0, 0, 1, 0, 0, 0]);
    expect(spec.notes.join('')).toContain('重新整改的，自重新整改之月起不再计入“完成”');
  });

  it('keeps what is due unchanged by a reopening', () => {
    expect(values(spec, '到期的措施')).toEqual([0, 0, 1, 1, 1, 1]);
  });
});

describe('the progress charts of units and counties', () => {
  const COUNTIES = 'demo/counties';
  const A = 'demo/county-a';
  const B = 'demo/county-b';
  const ledger = ledgerOf(
    {
      jurisdictions: [DEFAULTS.jurisdictions![0]!, jurisdiction({ id: 'county-a', name: '甲县' }), jurisdiction({ id: 'county-b', name: '乙县' })],
      units: [
        DEFAULTS.units![0]!,
        unit({ id: A, name: '甲县党委和政府', kind: 'party-and-government', jurisdiction: 'county-a' }),
        unit({ id: B, name: '乙县党委和政府', kind: 'party-and-government', jurisdiction: 'county-b' }),
        unit({ id: COUNTIES, name: '各县党委和政府', kind: 'group', jurisdiction: CITY, members: [A, B] }),
        unit({ id: 'demo/supervisor', name: '督导局', kind: 'department' }),
      ],
      tasks: [
        // Written to the group: a task of each member county and member unit.
        task({ number: 1, deadline: '2022年3月', responsibleUnits: [COUNTIES], measures: [measure({ responsibleUnits: [COUNTIES] })] }),
        // County A's own, with a second measure the office carries.
        task({ number: 2, deadline: '2022年4月', responsibleUnits: [A], supervisingUnits: ['demo/supervisor'], measures: [measure({ responsibleUnits: [A] }), measure({ responsibleUnits: [OFFICE] })] }),
      ],
      updates: [update({ task: `${PLAN}/01`, measure: 1, date: '2022-03-02', status: '已完成' })],
    },
    AS_OF,
  );
  const taskIds = (list: readonly TaskView[]) => list.map((view) => view.id);
  const measureIds = (list: readonly MeasureView[]) => list.map((view) => `${view.task}#${view.measure.number}`);

  it('count exactly the tasks and measures the unit and county pages list', () => {
    for (const subject of progressSubjects(ledger)) {
      if (subject.scope === 'units') {
        const work = unitPage(ledger, ledger.units.get(subject.id)!).work;
        expect(taskIds(subject.tasks)).toEqual(taskIds(work.responsibleTasks));
        expect(measureIds(subject.measures)).toEqual(measureIds(work.responsibleMeasures.map(({ measure: view }) => view)));
      }
      if (subject.scope === 'counties') {
        const { result } = countyPage(ledger, ledger.jurisdictions.get(subject.id)!);
        expect(taskIds(subject.tasks)).toEqual(taskIds(result.tasks));
        expect(measureIds(subject.measures)).toEqual(measureIds(result.measures.map(({ measure: view }) => view)));
      }
    }
  });

  it('count a group unit’s task under each member county and member unit', () => {
    const b = chartOf(ledger, 'progress/counties/county-b')!;
    expect(values(b, '到期的任务').at(-1)).toBe(1);
    expect(values(b, '报告完成的措施').at(-1)).toBe(1);
    const a = chartOf(ledger, 'progress/counties/county-a')!;
    expect(values(a, '到期的任务').at(-1)).toBe(2);
    expect(values(chartOf(ledger, `progress/units/${B}`)!, '到期的措施').at(-1)).toBe(1);
    expect(values(chartOf(ledger, `progress/units/${A}`)!, '到期的措施').at(-1)).toBe(2);
  });

  it('publish a chart only for a unit or county with at least one measure, and link it from its page', () => {
    const published = progressCharts(ledger).map((spec) => spec.id);
    expect(published).toEqual([
      `progress/plans/${PLAN}`,
      `progress/units/${OFFICE}`,
      `progress/units/${A}`,
      `progress/units/${B}`,
      `progress/units/${COUNTIES}`,
      'progress/counties/county-a',
      'progress/counties/county-b',
    ]);
    expect(unitPage(ledger, ledger.units.get('demo/supervisor')!).progressChart).toBeUndefined();
    expect(unitPage(ledger, ledger.units.get(B)!).progressChart).toEqual({ path: `/charts/progress/units/${B}/`, label: '乙县党委和政府：整改进度（计划与实际，按月累计）' });
    expect(countyPage(ledger, ledger.jurisdictions.get('county-a')!).progressChart?.path).toBe('/charts/progress/counties/county-a/');
    expect(countyPage(ledger, ledger.jurisdictions.get(CITY)!).progressChart).toBeUndefined();
  });

  it('say on the chart how its tasks and measures were chosen', () => {
    expect(chartOf(ledger, 'progress/counties/county-b')!.notes.join('')).toContain('写给合称单位的，计入其每个成员所在的地区');
    // A unit's chart names the deployment's own groups it is in, never another city's example.
    expect(chartOf(ledger, `progress/units/${B}`)!.notes.join('')).toContain('包括措施或分项写明由其负责的，以及写给其所属合称单位各县党委和政府的。');
    expect(chartOf(ledger, `progress/units/${OFFICE}`)!.notes.join('')).toContain('包括措施或分项写明由其负责的。');
    expect(progressCharts(ledger).flatMap((spec) => spec.notes).join('')).not.toContain('各县（区）');
  });
});

describe('months between two months', () => {
  it('lists every month across a year end, both ends included', () => {
    expect(monthsBetween('2021-11', '2022-02')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(monthsBetween('2022-03', '2022-02')).toEqual([]);
  });
});
