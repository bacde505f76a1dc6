import { describe, expect, it } from 'vitest';
import { caseListPage, complaintsPage, groupUnitNote, countTable, countyListPage, indicatorListPage, taskListPage, unitListPage } from '../../src/features/views/index.ts';
import { mapListPage, type PlaceView } from '../../src/features/map/index.ts';
import { CITY, DEFAULTS, INSPECTION, jurisdiction, ledgerOf, measure, OFFICE, PLAN, task, twoCountiesAndTheirGroup, unit } from '../helpers/ledger-builder.ts';

const second = { id: 'second-plan', title: '第二个整改方案', issuer: '示例市', jurisdiction: CITY, date: '2022-03', inspection: INSPECTION, document: 'demo-plan-text' };
const other = { id: 'other-inspection', name: '另一次督察', level: 'municipal', inspectingBody: '市督察组', inspectedJurisdiction: CITY };
const complaint = (id: string, fields: Record<string, unknown> = {}) => ({
  id,
  inspection: INSPECTION,
  received: '2021-09-03',
  jurisdiction: 'county-a',
  kinds: ['大气'],
  summary: '反映问题。',
  outcome: '已办结',
  source: { document: 'demo-plan-text' },
  ...fields,
});
const indicator = (id: string, group: string, values: Record<string, unknown>[] = []) => ({
  id,
  title: id,
  metric: `${id}浓度`,
  unit: '%',
  direction: 'atLeast',
  target: { value: 90, year: 2025 },
  jurisdiction: CITY,
  plan: PLAN,
  group,
  since: 2021,
  source: { document: 'demo-plan-text', quote: '达到90%' },
  values,
});

const ledger = ledgerOf({
  jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'county-a', name: '甲县' }), jurisdiction({ id: 'county-b', name: '乙县' })],
  units: [
    unit({ id: OFFICE, name: '示例局', kind: 'office' }),
    unit({ id: 'county-a/gov', name: '甲县人民政府', kind: 'party-and-government', jurisdiction: 'county-a' }),
    unit({ id: 'water', name: '水务局' }),
  ],
  inspections: [...DEFAULTS.inspections!, other],
  plans: [...DEFAULTS.plans!, second],
  tasks: [
    task({ number: 1, responsibleUnits: ['county-a/gov'], measures: [measure(), measure({ responsibleUnits: ['county-a/gov'] })] }),
    task({ number: 2, deadline: '2022年12月' }),
    task({ number: 1, plan: 'second-plan' }),
  ],
  complaints: [
    complaint('c1'),
    complaint('c2', { jurisdiction: 'county-b', received: '2021-10-01', kinds: ['水', '大气'] }),
    complaint('c3', { received: '2021-09-20' }),
    complaint('c-other', { inspection: 'other-inspection' }),
  ],
  cases: [{ id: 'case-1', title: '偷排案', published: '2024-05-01', jurisdiction: 'county-b', summary: '查处偷排。', source: { document: 'demo-plan-text' } }],
  indicators: [
    indicator('a', '大气', [{ date: '2022', value: 80, source: { document: 'demo-plan-text' } }, { date: '2023', value: 92, source: { document: 'demo-plan-text' } }]),
    indicator('b', '水'),
    { ...indicator('c', '大气'), note: '原文为“基本消除”；本站把目标画作 0 个。' },
  ],
});

describe('the task list', () => {
  it('lists each plan with its own tasks and counts all tasks and measures', () => {
    const page = taskListPage(ledger);
    expect(page.plans.map(({ plan, tasks }) => [plan.id, tasks.map((view) => view.id)])).toEqual([
      [PLAN, ['demo-plan/01', 'demo-plan/02']],
      ['second-plan', ['second-plan/01']],
    ]);
    expect([page.taskCount, page.measureCount]).toEqual([3, 4]);
  });
});

describe('the county list', () => {
  it('counts the tasks that concern each county', () => {
    expect(countyListPage(ledger).map(({ area, tasks, targets }) => [area.id, tasks, targets])).toEqual([
      ['county-a', 1, 0],
      ['county-b', 0, 0],
    ]);
  });
});

describe('the unit list', () => {
  it('groups the units by kind in the order of kinds, leaving out kinds without units, and counts late work', () => {
    const groups = unitListPage(ledger);
    expect(groups.map((group) => [group.heading, group.units.map(({ unit }) => unit.id)])).toEqual([
      ['县（区）党委和人民政府', ['county-a/gov']],
      ['市级部门', ['water']],
      ['办公室和议事协调机构', [OFFICE]],
    ]);
    const office = groups[2]!.units[0]!;
    expect(office.work.responsibleTasks.map((view) => view.id)).toEqual(['demo-plan/01', 'demo-plan/02', 'second-plan/01']);
    expect(office.late).toBe(2);
    expect(groups[1]!.units[0]!.late).toBe(0);
  });
});

describe('the case list', () => {
  it('names the place of each case', () => {
    expect(caseListPage(ledger).map(({ entry, place }) => [entry.id, place])).toEqual([['case-1', '乙县']]);
  });
});

describe('the indicator list', () => {
  const page = indicatorListPage(ledger);

  it('groups the indicators in the order their groups first come, with the latest value of each', () => {
    expect(page.groups.map(({ group, rows }) => [group, rows.map((row) => [row.entry.id, row.latest?.value ?? null])])).toEqual([
      ['大气', [['a', 92], ['c', null]]],
      ['水', [['b', null]]],
    ]);
    expect(page.groups[0]!.rows[0]!.target).toBe('不低于90%（2025年）');
    // How the site read a target the source gives in words goes beside it in the list, as on its page.
    expect(page.groups.flatMap(({ rows }) => rows.map((row) => [row.entry.id, row.targetNote ?? null]))).toEqual([
      ['a', null],
      ['c', '原文为“基本消除”；本站把目标画作 0 个。'],
      ['b', null],
    ]);
    expect(page.groups[0]!.rows[0]!.standing.standing).toBe('met');
  });
});

describe('the complaints page', () => {
  const sections = complaintsPage(ledger);

  it('gives each inspection its own complaints, leaving out inspections without complaints or totals', () => {
    expect(sections.map((section) => [section.inspection.id, section.complaints.map(({ complaint }) => complaint.id)])).toEqual([
      [INSPECTION, ['c1', 'c3', 'c2']],
      ['other-inspection', ['c-other']],
    ]);
    expect(complaintsPage(ledgerOf({ complaints: [] }))).toEqual([]);
  });

  it('names the counties and months of its count tables and totals them', () => {
    const { tables, complaints } = sections[0]!;
    expect(complaints.map(({ jurisdictionName }) => jurisdictionName)).toEqual(['甲县', '甲县', '乙县']);
    expect(tables.byJurisdiction).toEqual({ rows: [{ label: '甲县', count: 2 }, { label: '乙县', count: 1 }], total: 3 });
    expect(tables.byMonth).toEqual({ rows: [{ label: '2021年9月', count: 2 }, { label: '2021年10月', count: 1 }], total: 3 });
    expect(tables.byKind.total).toBe(4);
  });
});

describe('a count table', () => {
  it('shows keys as they are unless told how to name them', () => {
    expect(countTable([{ key: 'x', count: 2 }])).toEqual({ rows: [{ label: 'x', count: 2 }], total: 2 });
    expect(countTable([], (key) => key.toUpperCase())).toEqual({ rows: [], total: 0 });
  });
});

describe('the map list', () => {
  it('lists only the layers with places, with their counts and addresses', () => {
    const layers = [
      { id: 'mining-rights', title: '自然保护区内矿业权', kinds: [{ id: 'mining-right', label: '矿业权' }] },
      { id: 'sewage', title: '污水处理与污泥处置设施、排水管网', kinds: [{ id: 'sewage-plant', label: '污水处理厂' }, { id: 'sludge-centre', label: '污泥处置中心' }] },
    ];
    const view = (layer: string) => ({ layer }) as unknown as PlaceView;
    expect(mapListPage(layers, [view('sewage'), view('sewage')])).toEqual([{ title: '污水处理与污泥处置设施、排水管网', count: 2, path: '/maps/sewage/', geoJsonPath: '/maps/sewage.geojson' }]);
  });
});

describe('the unit list’s note on group units', () => {
  it('takes its example from the deployment’s own groups, and says nothing of groups when there are none', () => {
    expect(groupUnitNote(ledgerOf({ ...twoCountiesAndTheirGroup(), tasks: [task()] }))).toBe('合称（如“各县党委和人民政府”）的任务计入每个成员单位。');
    expect(groupUnitNote(ledgerOf({ tasks: [task()] }))).toBe('');
  });
});
