import { describe, expect, it } from 'vitest';
import { lateCount, latenessByUnit, measuresOfTasks } from '../../src/core/counts.ts';
import { STATUSES } from '../../src/core/status.ts';
import { overdueChart } from '../../src/features/charts/charts.ts';
import { applyFilters, bulletinList, bulletinPage, countyPage, mostLateUnits, progressOf, unitPage, unitListPage, unitWork } from '../../src/features/views/index.ts';
import { ledgerOf, measure, task, twoCountiesAndTheirGroup, unit, update } from '../helpers/ledger-builder.ts';

// Two counties and a group (合称) of their governments, a department, and a group whose members
// the plan does not list. On 2025-06-15:
// - task 1, written to the group, is past its deadline (2024-12): late, with its two measures;
// - task 2, the department's, is on time, but its measure 1 (an item of it 甲县's) is past due: late;
// - task 3, 乙县's alone, is on time and its measure reported done;
// - task 4, the unlisted group's, is past its deadline.
const LEDGER = ledgerOf({
  ...twoCountiesAndTheirGroup([unit({ id: 'dept', name: '示例市水利局', kind: 'department' }), unit({ id: 'relevant', name: '市级有关部门', kind: 'group', note: '方案未列明。' })]),
  tasks: [
    task({ number: 1, responsibleUnits: ['counties'], deadline: '2024年12月', measures: [measure({ responsibleUnits: ['counties'] }), measure({ responsibleUnits: ['counties'], due: '2024-06' })] }),
    task({
      number: 2,
      responsibleUnits: ['dept'],
      deadline: '2025年12月',
      measures: [measure({ responsibleUnits: ['dept'], due: '2025-03', items: [{ label: '(1)', text: '甲县的部分。', responsibleUnits: ['jia-gov'] }] }), measure({ responsibleUnits: ['dept'] })],
    }),
    task({ number: 3, responsibleUnits: ['yi-gov'], deadline: '2025年12月', measures: [measure({ responsibleUnits: ['yi-gov'], due: '2025-03' })] }),
    task({ number: 4, responsibleUnits: ['relevant'], deadline: '2024年12月', measures: [measure({ responsibleUnits: ['relevant'] })] }),
  ],
  updates: [update({ task: 'demo-plan/03', measure: 1, date: '2025-02', status: '已完成', reportedBy: 'yi-gov' })],
});

const late = (id: string) => {
  const row = latenessByUnit(LEDGER, LEDGER.tasks).units.find((each) => each.unit === id);
  return row && [row.lateTasks, row.lateMeasures];
};

describe('one word of lateness for tasks and measures', () => {
  it('calls a task past its deadline, a task with a late measure and a measure past its due date all 逾期, each with why', () => {
    const [one, two] = LEDGER.tasks;
    expect(one!.status).toMatchObject({ status: '逾期', reason: '整改时限2024年12月已过，本站未见验收销号信息' });
    expect(two!.status).toMatchObject({ status: '逾期', reason: '1条措施时限已过，未见完成报告' });
    expect(two!.measures[0]!.status).toMatchObject({ status: '逾期', reason: '时限2025年3月已过，未见完成报告' });
    expect(STATUSES[one!.status.status].label).toBe(STATUSES[two!.measures[0]!.status.status].label);
  });

  it('counts the late tasks and measures of a scope, which the home page’s progress gives the same', () => {
    const scope = { tasks: LEDGER.tasks, measures: measuresOfTasks(LEDGER.tasks) };
    // Tasks 1, 2 and 4; measures 1.1, 1.2 (task 1's deadline), 2.1 and 4.1.
    expect(lateCount(scope)).toEqual({ tasks: 3, measures: 4 });
    expect(progressOf(LEDGER.tasks)).toMatchObject({ tasksLate: 3, measuresLate: 4 });
  });
});

describe('late items by unit, a group counted under each member', () => {
  it('counts a group’s work under each of its members and never as a unit of its own', () => {
    const byUnit = latenessByUnit(LEDGER, LEDGER.tasks);
    expect(byUnit.units.map((row) => row.unit)).not.toContain('counties');
    expect(byUnit.groups).toEqual([{ unit: 'counties', name: '各县党委和人民政府', members: ['jia-gov', 'yi-gov'] }]);
    // 甲县: task 1 and its two measures (the group's), and task 2 and measure 2.1 (its item).
    expect(late('jia-gov')).toEqual([2, 3]);
    // 乙县: task 1 and its two measures; its own task 3 is not late.
    expect(late('yi-gov')).toEqual([1, 2]);
    expect(late('dept')).toEqual([1, 1]);
    // A group whose members are not listed cannot be split: it keeps its row.
    expect(late('relevant')).toEqual([1, 1]);
  });

  it('ranks units by late tasks and measures together, then by name', () => {
    expect(latenessByUnit(LEDGER, LEDGER.tasks).units.map((row) => row.name)).toEqual(['甲县党委和人民政府', '乙县党委和人民政府', '市级有关部门', '示例市水利局']);
  });

  it('gives every unit the late count its own page shows', () => {
    for (const row of latenessByUnit(LEDGER, LEDGER.tasks).units) {
      const page = unitPage(LEDGER, LEDGER.units.get(row.unit)!);
      expect(page.late, row.unit).toBe(row.lateTasks + row.lateMeasures);
      expect(lateCount({ tasks: page.work.responsibleTasks, measures: page.work.responsibleMeasures }), row.unit).toEqual({ tasks: row.lateTasks, measures: row.lateMeasures });
    }
  });

  it('draws the same ranking in the overdue chart, names the group as counted under its members, and marks the unlisted group', () => {
    const chart = overdueChart(LEDGER, '《示例整改方案》');
    expect(chart.categories).toEqual(['甲县党委和人民政府', '乙县党委和人民政府', '市级有关部门（合称）', '示例市水利局']);
    expect(chart.series.map((series) => series.values)).toEqual([
      [2, 1, 1, 1],
      [3, 2, 1, 1],
    ]);
    expect(chart.series.map((series) => series.label)).toEqual(['逾期的任务（项）', '逾期的措施（条）']);
    expect(chart.notes).toContain('“各县党委和人民政府”是合称：写给它的任务和措施，计入甲县党委和人民政府、乙县党委和人民政府每个单位，不单列。');
    expect(chart.notes).toContain('“市级有关部门”是合称，方案没有列明包括哪些单位，所以单列一行。');
  });

  it('names the same unit as having the most on the home page, and the current bulletin ranks units alike', () => {
    expect(mostLateUnits(LEDGER, LEDGER.tasks).map((row) => row.name)).toEqual(['甲县党委和人民政府']);
    const current = bulletinList(LEDGER, 'bimonth').find((ref) => !ref.final)!;
    expect(current.asOf).toBe(LEDGER.asOf);
    const bulletin = bulletinPage(LEDGER, current, 'bimonth');
    expect(bulletin.units.map((row) => [row.name, row.lateTasks, row.lateMeasures])).toEqual([
      ['甲县党委和人民政府', 2, 3],
      ['乙县党委和人民政府', 1, 2],
      ['市级有关部门', 1, 1],
      ['示例市水利局', 1, 1],
    ]);
    expect(bulletin.groups).toEqual([{ name: '各县党委和人民政府', path: '/units/counties/', members: ['甲县党委和人民政府', '乙县党委和人民政府'] }]);
    expect(bulletin.summary).toMatchObject({ lateTasks: 3, lateMeasures: 4 });
  });

  it('counts a bulletin of a past period by the statuses of its last day', () => {
    // By the end of 2024-b6 (2024-12-31) only measure 1.2 (due 2024-06) was late, and task 1 with it.
    const ref = bulletinList(LEDGER, 'bimonth').find((each) => each.period.id === '2024-b6')!;
    const bulletin = bulletinPage(LEDGER, ref, 'bimonth');
    expect(bulletin.summary).toMatchObject({ lateTasks: 1, lateMeasures: 1 });
    expect(bulletin.units.slice(0, 2).map((row) => [row.name, row.lateTasks, row.lateMeasures])).toEqual([
      ['甲县党委和人民政府', 1, 1],
      ['乙县党委和人民政府', 1, 1],
    ]);
  });

  it('lists the group on the units page as a group, with the work written to it', () => {
    const groups = unitListPage(LEDGER).find((group) => group.kind === 'group')!;
    const counties = groups.units.find((row) => row.unit.id === 'counties')!;
    expect(counties.unit.data.members).toHaveLength(2);
    expect(counties.late).toBe(3);
    expect(unitWork(LEDGER, 'counties').responsibleTasks.map((view) => view.task.number)).toEqual([1]);
  });
});

describe('late items of a county', () => {
  it('counts a group’s task under each member county, as the county page shows it', () => {
    for (const [county, expected] of [
      ['jia', { tasks: 2, measures: 3 }],
      ['yi', { tasks: 1, measures: 2 }],
    ] as const) {
      const page = countyPage(LEDGER, LEDGER.jurisdictions.get(county)!);
      expect(page.result.tasks.map((view) => view.task.number)).toContain(1);
      expect(lateCount(applyFilters(LEDGER, { county })), county).toEqual(expected);
    }
  });
});
