import { describe, expect, it } from 'vitest';
import { filterForm, filterNav, measureExcerpt, measureTable, targetTable, taskTable, timeline, unitNames } from '../../src/features/views/index.ts';
import { CITY, jurisdiction, ledgerOf, measure, OFFICE, task, unit, update } from '../helpers/ledger-builder.ts';

const ledger = ledgerOf({
  jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'county-a', name: '甲县' }), jurisdiction({ id: 'county-b', name: '乙县' })],
  units: [
    unit({ id: OFFICE, name: '示例局', kind: 'office' }),
    unit({ id: 'county-a/gov', name: '甲县人民政府', kind: 'party-and-government', jurisdiction: 'county-a' }),
    unit({ id: 'county-b/gov', name: '乙县人民政府', kind: 'party-and-government', jurisdiction: 'county-b' }),
    unit({ id: 'counties', name: '各县人民政府', kind: 'group', members: ['county-a/gov', 'county-b/gov'] }),
  ],
  tasks: [
    task({ number: 1, responsibleUnits: ['counties', OFFICE], measures: [measure({ text: '甲'.repeat(61), due: '2025-03' }), measure({ text: '短措施' })] }),
    task({ number: 2, deadline: '2022年12月' }),
    task({ number: 3 }),
  ],
  updates: [update({ task: 'demo-plan/01', date: '2025-03-01', status: '序时推进', reportedBy: 'county-a/gov', evidence: { documents: [{ document: 'demo-plan-text', locator: '第2页' }, { document: 'demo-plan-text', quote: '已完成' }] } })],
});

describe('unit names', () => {
  it('name each unit, a group with its members and its page, and an unknown id as itself', () => {
    expect(unitNames(ledger, ['counties', OFFICE, 'nobody'])).toEqual([
      // A group links to its page, which lists its members.
      { name: '各县人民政府', members: ['甲县人民政府', '乙县人民政府'], path: '/units/counties/' },
      { name: '示例局', members: [] },
      { name: 'nobody', members: [] },
    ]);
  });
});

describe('a task table', () => {
  it('builds only the rows it shows and counts the whole list', () => {
    const table = taskTable(ledger, ledger.tasks, { limit: 2 });
    expect(table.total).toBe(3);
    expect(table.rows.map((row) => row.view.id)).toEqual(['demo-plan/01', 'demo-plan/02']);
    expect(table.rows[0]!.responsible.map((name) => name.name)).toEqual(['各县人民政府', '示例局']);
    expect(table.rows[0]!.filterData).toEqual({});
  });

  it('gives each row its filter values only when filterable', () => {
    const [row] = taskTable(ledger, ledger.tasks.slice(1, 2), { filterable: true }).rows;
    expect(row!.filterData['data-status']).toBe('overdue');
    expect(Object.keys(row!.filterData).every((key) => key.startsWith('data-'))).toBe(true);
  });
});

describe('a measure table', () => {
  it('cuts a long measure to its first 60 characters and dates it by its own due date or the task deadline', () => {
    const view = ledger.tasks[0]!;
    const table = measureTable(ledger, view.measures.map((entry) => ({ task: view, measure: entry })), { limit: 5 });
    expect(table.total).toBe(2);
    expect(table.rows.map((row) => [row.excerpt, row.due])).toEqual([
      [`${'甲'.repeat(60)}…`, '2025年3月'],
      ['短措施', '2025年12月'],
    ]);
  });
});

describe('a target table', () => {
  it('names the places of its breakdown and writes the total with its comparison and the deadline', () => {
    const table = targetTable(ledger, {
      metric: '管网',
      unit: '公里',
      value: 30,
      comparison: 'atLeast',
      cumulative: true,
      due: '2025',
      jurisdiction: CITY,
      includes: [{ year: 2023, value: 10 }],
      breakdown: [{ jurisdiction: 'county-a', value: 12 }, { jurisdiction: 'county-b', value: 18 }],
    });
    expect(table.rows).toEqual([{ place: '甲县', value: '12' }, { place: '乙县', value: '18' }]);
    expect([table.totalLabel, table.total, table.due, table.includes]).toEqual(['合计（示例市）', '不低于30', '2025年底前', '2023年10公里']);
  });

  it('heads the total by its place, or 目标, when it has no breakdown', () => {
    const target = { metric: '管网', unit: '公里', value: 5, comparison: 'exactly' as const, cumulative: false, includes: [], breakdown: [] };
    expect(targetTable(ledger, { ...target, jurisdiction: 'county-a', due: '2025-06-30' })).toMatchObject({ totalLabel: '甲县', total: '5', due: '2025年6月30日前' });
    expect(targetTable(ledger, target)).toMatchObject({ totalLabel: '目标', due: undefined, includes: '' });
  });
});

describe('the timeline', () => {
  it('names the reporter and the title of each document an update cites', () => {
    const [entry] = timeline(ledger, ledger.updates);
    expect(entry!.reporter).toBe('甲县人民政府');
    expect(entry!.reporterLine).toBe('报告单位：甲县人民政府');
    expect(entry!.placeName).toBeUndefined();
    expect(entry!.evidence).toEqual([
      { title: '示例整改方案', locator: '第2页', quote: undefined },
      { title: '示例整改方案', locator: undefined, quote: '已完成' },
    ]);
  });

  it('says progress the plan itself states is the plan’s, not a unit’s', () => {
    const stated = ledgerOf({
      tasks: [task()],
      updates: [update({ task: 'demo-plan/01', measure: 1, date: '2025-01', status: '已完成', reportedBy: undefined, evidence: { documents: [{ document: 'demo-plan-text', quote: '已完成' }] } })],
    });
    const [entry] = timeline(stated, stated.updates);
    expect([entry!.reporter, entry!.reporterLine]).toEqual(['整改方案原文', '据整改方案原文']);
  });
});

describe('the filter links and form', () => {
  it('open the status group and the current dimension, and mark the current value', () => {
    const groups = filterNav(ledger, { dimension: 'responsible', value: OFFICE });
    const responsible = groups.find((group) => group.dimension === 'responsible')!;
    expect(groups.filter((group) => group.open).map((group) => group.dimension)).toEqual(['status', 'responsible']);
    expect(responsible.options.filter((option) => option.current).map((option) => [option.value, option.path])).toEqual([[OFFICE, `/filter/responsible/${OFFICE}/`]]);
    expect(filterNav(ledger).filter((group) => group.open).map((group) => group.dimension)).toEqual(['status']);
  });

  it('offer in the form only dimensions with more than one value', () => {
    const fields = filterForm(ledger);
    expect(fields.every((field) => field.options.length > 1)).toBe(true);
    expect(fields.map((field) => field.dimension)).toContain('status');
  });
});

describe('a measure’s excerpt in a table', () => {
  const long = '2022年12月底前，全市完成新改建排水管网145公里（含2021年55公里），其中：市本级8.6公里，巴州区46.5公里，恩阳区15公里，通江县55公里，平昌县15.4公里。';

  it('opens with the measure’s words, or the whole of a short one', () => {
    expect(measureExcerpt('完成整改。')).toBe('完成整改。');
    expect(measureExcerpt(long)).toBe(`${long.slice(0, 60)}…`);
  });

  it('shows a county its own name and figure when they come after the opening words', () => {
    const excerpt = measureExcerpt(long, ['巴州区']);
    expect(excerpt).toContain('巴州区46.5公里');
    expect(excerpt.startsWith('…')).toBe(true);
    expect(excerpt.replace(/…/g, '')).toHaveLength(60);
    // Near the end of the text, the window ends with the text and no mark.
    expect(measureExcerpt(long, ['平昌县']).endsWith('平昌县15.4公里。')).toBe(true);
    // A name early enough for its figure to show keeps the opening words; an absent one too.
    expect(measureExcerpt(long, ['全市'])).toBe(`${long.slice(0, 60)}…`);
    expect(measureExcerpt(long, ['南江县'])).toBe(`${long.slice(0, 60)}…`);
  });
});
