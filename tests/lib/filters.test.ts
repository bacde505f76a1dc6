import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import {
  applyFilters,
  areaTargets,
  filterOptions,
  groupsContaining,
  ONGOING_YEAR,
  taskAreas,
  unitWork,
} from '../../src/features/views/filters.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { measureDue } from '../../src/core/deadlines.ts';
import { STATUS_ORDER, STATUS_SLUGS, statusFromSlug } from '../../src/core/status.ts';
import { BAZHONG } from '../helpers/fixture-copy.ts';
import { TEST_AS_OF } from '../helpers/sites.ts';

// The Bazhong content (the frozen copy in tests/fixtures/bazhong): its facts are the source's, so these tests read like the plan.
const content = checkContent({ projectRoot: BAZHONG, asOf: TEST_AS_OF });
const ledger = buildLedger(content.input, TEST_AS_OF);
const numbers = (views: readonly { task: { number: number } }[]) => views.map((view) => view.task.number);

describe('filtered task lists', () => {
  it('lists a task assigned to 各县（区）党委和人民政府 under each county as responsible unit', () => {
    const bazhou = applyFilters(ledger, { responsible: 'bazhong/bazhou' });
    expect(numbers(bazhou.tasks)).toEqual([1, 2, 6, 8, 9, 10]);
    // 南江县 is also named on its own for tasks 三, 四 and 五.
    expect(numbers(applyFilters(ledger, { responsible: 'bazhong/nanjiang' }).tasks)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10]);
  });

  it('lists a measure under the units named on it or on one of its items', () => {
    const { measures } = applyFilters(ledger, { responsible: 'bazhong/tongjiang' });
    const six = measures.filter(({ task }) => task.task.number === 6).map(({ measure }) => measure.measure.number);
    // Measures 1, 3 and 5 of task 六 name 通江县; 2 and 4 (pipeline inspection) do not.
    expect(six).toContain(1);
    expect(six).toContain(3);
    expect(six).not.toContain(2);
    expect(six).not.toContain(4);
  });

  it('lists tasks by supervising unit and by deadline year, open-ended tasks under their own value', () => {
    expect(numbers(applyFilters(ledger, { supervising: 'bazhong/environment-committee-office' }).tasks)).toEqual([3, 5, 8, 10]);
    expect(numbers(applyFilters(ledger, { year: '2023' }).tasks)).toEqual([3, 5, 8, 9, 10]);
    expect(numbers(applyFilters(ledger, { year: ONGOING_YEAR }).tasks)).toEqual([1]);
  });

  it('lists measures by the year each is due, its own 时限 before its task\'s, as the page\'s heading 整改时限：2024年内 says', () => {
    const dueIn = (year: string) => applyFilters(ledger, { year }).measures.map(({ task, measure }) => `${task.task.number}-${measure.measure.number}`);
    // Task 六 is due in 2025; two of its measures are due in 2024, two in 2025, the rest on its own dates or its deadline.
    expect(dueIn('2024')).toEqual(['6-7', '6-8']);
    expect(applyFilters(ledger, { year: '2024' }).tasks).toEqual([]);
    // Its link in the filters says what the page lists: no task, two measures.
    expect(filterOptions(ledger).find((option) => option.dimension === 'year' && option.value === '2024')).toMatchObject({ count: 0, measures: 2 });
    for (const year of ['2021', '2022', '2023', '2024', '2025']) {
      for (const { task, measure } of applyFilters(ledger, { year }).measures) expect(measureDue(task.task, measure.measure)?.slice(0, 4), `${task.id} ${measure.measure.number}`).toBe(year);
    }
  });

  it('places a task in the counties its units, target breakdowns and places are in', () => {
    const six = ledger.taskById.get('bazhong-cei2/06')!;
    // 市本级 comes only from the pipeline breakdown; 文旅新区 is not named on task 六.
    expect(taskAreas(six, ledger).sort()).toEqual(['bazhong-city-level', 'bazhong-jingkai', 'bazhou', 'enyang', 'nanjiang', 'pingchang', 'tongjiang']);
    expect(numbers(applyFilters(ledger, { county: 'bazhong-city-level' }).tasks)).toEqual([6]);
  });

  it('combines filters: every given value must match', () => {
    const both = applyFilters(ledger, { county: 'nanjiang', supervising: 'bazhong/environment-committee-office' });
    expect(numbers(both.tasks)).toEqual([3, 5, 8, 10]);
    expect(numbers(applyFilters(ledger, { county: 'nanjiang', year: '2021' }).tasks)).toEqual([4]);
  });

  it('puts every task in exactly one status, and every measure too', () => {
    const counts = STATUS_ORDER.map((status) => applyFilters(ledger, { status: STATUS_SLUGS[status] }));
    expect(counts.reduce((sum, result) => sum + result.tasks.length, 0)).toBe(10);
    expect(counts.reduce((sum, result) => sum + result.measures.length, 0)).toBe(46);
    // On 2022-07-15 task 四 (due 2021年12月, no close-out published) is past its deadline.
    expect(numbers(applyFilters(ledger, { status: 'overdue' }).tasks)).toContain(4);
  });

  it('names an unknown filter value instead of failing, and matches nothing', () => {
    const result = applyFilters(ledger, { county: 'atlantis', status: 'overdue' });
    expect(result).toEqual({ tasks: [], measures: [], unknown: [{ dimension: 'county', value: 'atlantis' }] });
    expect(applyFilters(ledger, { status: 'late-ish' }).unknown).toEqual([{ dimension: 'status', value: 'late-ish' }]);
  });

  it('round-trips status slugs and offers a page for every status, area, named unit, year and inspection', () => {
    for (const status of STATUS_ORDER) expect(statusFromSlug(STATUS_SLUGS[status])).toBe(status);
    const options = filterOptions(ledger);
    const values = (dimension: string) => options.filter((option) => option.dimension === dimension).map((option) => option.value);
    expect(values('status')).toHaveLength(8);
    expect(values('county').sort()).toEqual(['bazhong-city-level', 'bazhong-jingkai', 'bazhong-wenlv', 'bazhou', 'enyang', 'nanjiang', 'pingchang', 'tongjiang']);
    // 2024: no task is due that year, two of task 六's measures are.
    expect(values('year')).toEqual(['2021', '2022', '2023', '2024', '2025', ONGOING_YEAR]);
    expect(values('inspection')).toEqual(['cei2-sichuan']);
    expect(values('supervising')).toContain('bazhong/environment-committee-office');
    expect(values('responsible')).toContain('bazhong/bazhou');
    expect(options.find((option) => option.dimension === 'county' && option.value === 'bazhong-city-level')).toMatchObject({ label: '市本级', count: 1 });
  });
});

describe('unit and county pages', () => {
  it('finds what a unit must accept: tasks whose first supervising unit it is', () => {
    const work = unitWork(ledger, 'bazhong/natural-resources');
    expect(numbers(work.acceptanceTasks)).toEqual([4]);
    expect(numbers(work.supervisedTasks)).toEqual([4]);
    expect(numbers(unitWork(ledger, 'bazhong/forestry').acceptanceTasks)).toEqual([]);
  });

  it('lists a unit’s late (逾期) tasks and measures', () => {
    const work = unitWork(ledger, 'bazhong/nanjiang');
    expect(work.lateTasks.every((view) => view.status.status === '逾期')).toBe(true);
    expect(numbers(work.lateTasks)).toContain(4);
    expect(work.lateMeasures.length).toBeGreaterThan(0);
    expect(work.lateMeasures.every(({ measure }) => measure.status.status === '逾期')).toBe(true);
  });

  it('knows the groups a unit belongs to', () => {
    expect(groupsContaining('bazhong/bazhou', ledger)).toEqual(['bazhong/counties']);
    expect(groupsContaining('bazhong/housing', ledger)).toEqual(['bazhong/city-departments']);
  });

  it('gives a county its own pipeline kilometres by year, in date order', () => {
    const pipeline = areaTargets(ledger, 'tongjiang').filter((row) => row.target.metric === '新改建排水管网');
    expect(pipeline.map((row) => [row.target.due, row.value])).toEqual([
      ['2021-12', 30],
      ['2022-12', 55],
      ['2023-12', 81],
      ['2024-12', 86],
      ['2025-12', 86],
    ]);
  });
});
