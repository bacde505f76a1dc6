import { describe, expect, it } from 'vitest';
import { periodById, periodOf, periodsBetween } from '../../src/core/periods.ts';
import { bulletinList, bulletinPage, bulletinsIndex } from '../../src/features/views/index.ts';
import { DEFAULTS, ledgerOf, measure, OFFICE, place, PLAN, task, unit, update, type Raw } from '../helpers/ledger-builder.ts';

describe('reporting periods', () => {
  it('names each kind of period and gives its first and last day', () => {
    expect(periodOf('bimonth', '2023-04-30')).toEqual({ id: '2023-b2', kind: 'bimonth', start: '2023-03-01', end: '2023-04-30', label: '2023年3—4月' });
    expect(periodOf('month', '2024-02')).toMatchObject({ id: '2024-02', end: '2024-02-29', label: '2024年2月' });
    expect(periodOf('quarter', '2023-11-02')).toMatchObject({ id: '2023-q4', start: '2023-10-01', label: '2023年第四季度' });
    expect(periodOf('half', '2023-07-01')).toMatchObject({ id: '2023-h2', end: '2023-12-31', label: '2023年下半年' });
    expect(periodOf('year', '2023')).toMatchObject({ id: '2023', start: '2023-01-01', end: '2023-12-31', label: '2023年' });
  });

  it('reads a period back from its id, and nothing that is not one', () => {
    for (const kind of ['month', 'bimonth', 'quarter', 'half', 'year'] as const) {
      for (const period of periodsBetween(kind, '2023-01', '2024-12')) expect(periodById(period.id)).toEqual(period);
    }
    for (const id of ['2023-00', '2023-13', '2023-b0', '2023-b7', '2023-q5', '2023-h3', '23', '2023-1', 'x2023']) expect(periodById(id), id).toBeUndefined();
  });

  it('lists every period between two dates, across a year end', () => {
    expect(periodsBetween('bimonth', '2022-11-15', '2023-03-01').map((period) => period.id)).toEqual(['2022-b6', '2023-b1', '2023-b2']);
  });
});

const plan = { ...DEFAULTS.plans![0]!, date: '2025-01' };
const units = [unit({ id: OFFICE, name: '示例局', kind: 'office' }), unit({ id: 'water', name: '水务局' })];
const content = (updates: Raw[]) => ({
  units,
  plans: [plan],
  tasks: [
    task({ number: 1, deadline: '2025年6月', measures: [measure({ due: '2025-03' }), measure({ responsibleUnits: ['water'] })] }),
    task({ number: 2, deadline: '2025年12月', responsibleUnits: ['water'], measures: [measure({ responsibleUnits: ['water'] })] }),
  ],
  updates,
});
const reports = [
  update({ task: `${PLAN}/01`, measure: 1, date: '2025-02-10', status: '序时推进' }),
  update({ task: `${PLAN}/02`, date: '2025-03-05', status: '已完成' }),
  update({ task: `${PLAN}/02`, date: '2025-04-20', status: '已验收销号' }),
];

describe('a bulletin', () => {
  const ledger = ledgerOf(content(reports), '2025-05-10');
  const refs = bulletinList(ledger, 'bimonth');
  const page = (id: string) => bulletinPage(ledger, refs.find((ref) => ref.period.id === id)!, 'bimonth');

  it('exists for every period since the plan, plus the half-years and years, the current one not yet final', () => {
    expect(refs.map((ref) => [ref.period.id, ref.final, ref.asOf])).toEqual([
      ['2025-b1', true, '2025-02-28'],
      ['2025-b2', true, '2025-04-30'],
      ['2025-b3', false, '2025-05-10'],
      ['2025-h1', false, '2025-05-10'],
      ['2025', false, '2025-05-10'],
    ]);
    expect(refs[0]!.path).toBe(`/bulletins/${PLAN}/2025-b1/`);
    // A plan whose tasks are not entered yet has no bulletins.
    expect(bulletinList(ledgerOf({ ...content([]), tasks: [] }, '2025-05-10'), 'bimonth')).toEqual([]);
  });

  it('lists what was reported and closed out in the period, and what became late in it', () => {
    const marchApril = page('2025-b2');
    expect(marchApril.updates.map((row) => [row.date, row.status])).toEqual([
      ['2025-03-05', '已完成'],
      ['2025-04-20', '已验收销号'],
    ]);
    expect(marchApril.closedOut.map((row) => row.path)).toEqual([`/tasks/${PLAN}/02/`]);
    // Measure 1 of task 1 was due in March 2025 and not reported done: it became late in March–April.
    expect(marchApril.becameLate.measures.map((row) => row.path)).toEqual([`/tasks/${PLAN}/01/#measure-1`]);
    expect(marchApril.becameLate.tasks.map((row) => row.path)).toEqual([`/tasks/${PLAN}/01/`]);
    expect(marchApril.summary).toEqual({ tasks: 2, closed: 1, closedInPeriod: 1, lateTasks: 1, lateMeasures: 1, updates: 2 });
    expect(page('2025-b1').becameLate).toEqual({ tasks: [], measures: [] });
  });

  it('lists a report dated only by its year in that year’s bulletin alone, and names the place a report is about', () => {
    const withPlace = ledgerOf(
      { ...content([update({ task: `${PLAN}/01`, measure: 2, place: 'demo/mine', date: '2025', status: '已完成' })]), places: [place('demo/mine', { name: '锅洞河煤矿', task: `${PLAN}/01`, measure: 2 })] },
      '2026-01-10',
    );
    // Every bulletin: the two-month ones, the half-years and the years.
    const listed = bulletinList(withPlace, 'bimonth')
      .map((ref) => bulletinPage(withPlace, ref, 'bimonth'))
      .filter((bulletin) => bulletin.updates.length > 0)
      .map((bulletin) => [bulletin.ref.period.id, bulletin.updates.map((row) => row.subject)]);
    expect(listed).toEqual([['2025', ['整改任务一：任务1，第2条措施（锅洞河煤矿）']]]);
  });

  it('ranks the units by their late items at the period end', () => {
    expect(page('2025-b2').units.map((row) => [row.name, row.lateTasks, row.lateMeasures])).toEqual([
      ['示例局', 1, 1],
      ['水务局', 1, 0],
    ]);
  });

  it('never changes once its period is over, whatever is published later', () => {
    const before = page('2025-b2');
    const later = ledgerOf(
      content([
        ...reports,
        update({ task: `${PLAN}/01`, measure: 1, date: '2025-05-02', status: '已完成' }),
        update({ task: `${PLAN}/01`, date: '2025-06-01', status: '已验收销号' }),
      ]),
      '2025-09-01',
    );
    const after = bulletinPage(later, bulletinList(later, 'bimonth').find((ref) => ref.period.id === '2025-b2')!, 'bimonth');
    expect({ ...after, next: undefined, previous: undefined }).toEqual({ ...before, next: undefined, previous: undefined });
  });

  it('lists what a look-back reopened in the period, and who found it', () => {
    const reopenedLedger = ledgerOf(
      content([
        ...reports,
        update({ task: `${PLAN}/02`, date: '2025-05-06', status: '重新整改', reportedBy: OFFICE, summary: '回头看发现问题反弹。', evidence: { links: [{ title: '报道', url: 'https://example.org/a' }] } }),
      ]),
      '2025-07-01',
    );
    const mayJune = bulletinPage(reopenedLedger, bulletinList(reopenedLedger, 'bimonth').find((ref) => ref.period.id === '2025-b3')!, 'bimonth');
    expect(mayJune.reopened).toEqual([{ path: `/tasks/${PLAN}/02/`, label: '整改任务二：任务2', status: '回头看发现问题，重新整改', foundBy: '示例局' }]);
    expect(mayJune.updates.map((row) => row.status)).toEqual(['回头看发现问题，重新整改']);
    expect(page('2025-b2').reopened).toEqual([]);
  });

  it('is listed newest first under its plan, by kind', () => {
    expect(bulletinsIndex(ledger, 'bimonth')[0]!.groups.map((group) => [group.label, group.bulletins.map((ref) => ref.period.id)])).toEqual([
      ['双月通报', ['2025-b3', '2025-b2', '2025-b1']],
      ['半年总结', ['2025-h1']],
      ['年度总结', ['2025']],
    ]);
  });
});
