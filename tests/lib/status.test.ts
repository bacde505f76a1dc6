import { describe, expect, it } from 'vitest';
import { compareReports, deriveMeasureStatus, deriveTaskStatus, type StatusResult } from '../../src/core/status.ts';
import type { ReportedStatus } from '../../src/schemas/update.ts';
import { statusesOn } from '../../src/core/ledger.ts';
import { ledgerOf, measure as measureOf, OFFICE, place, task, update } from '../helpers/ledger-builder.ts';

const measure = (status: StatusResult['status']): StatusResult => ({ status, derived: false, reason: '', latest: null });

describe('deriveMeasureStatus', () => {
  it('marks a measure late (逾期) once its due month has passed with no completion reported', () => {
    const result = deriveMeasureStatus({ due: '2022-06', ongoing: false, claims: [{ date: '2022-03', status: '序时推进' }], asOf: '2022-07-01' });
    expect(result).toMatchObject({ status: '逾期', derived: true, reason: '时限2022年6月已过，未见完成报告' });
  });

  it('keeps the reported progress while the due month is not over', () => {
    const result = deriveMeasureStatus({ due: '2022-06', ongoing: false, claims: [{ date: '2022-03', status: '序时推进' }], asOf: '2022-06-30' });
    expect(result).toMatchObject({ status: '序时推进', derived: false });
  });

  it('shows a completed measure as completed even after its due date', () => {
    const result = deriveMeasureStatus({ due: '2021-12', ongoing: false, claims: [{ date: '2021-12', status: '已完成' }], asOf: '2026-01-01' });
    expect(result).toMatchObject({ status: '已完成', derived: false });
  });

  it('ignores claims dated after the as-of day', () => {
    const result = deriveMeasureStatus({ due: '2023-12', ongoing: false, claims: [{ date: '2023-01', status: '已完成' }], asOf: '2022-12-31' });
    expect(result.status).toBe('未报告');
  });

  it('calls an open-ended measure with no report ongoing by design, never complete', () => {
    const result = deriveMeasureStatus({ due: null, ongoing: true, claims: [], asOf: '2030-01-01' });
    expect(result).toMatchObject({ status: '长期坚持', derived: true });
  });
});

describe('deriveTaskStatus', () => {
  it('marks a task past its deadline with no close-out as overdue, even if its measures are done', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2021-12',
      ongoing: false,
      claims: [],
      measureStatuses: [measure('已完成'), measure('已完成')],
      asOf: '2022-01-01',
    });
    expect(result).toMatchObject({ status: '逾期', derived: true, reason: '整改时限2021年12月已过，本站未见验收销号信息' });
  });

  it('ends with acceptance and close-out whatever the deadline', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2021-12',
      ongoing: false,
      claims: [{ date: '2022-03-01', status: '已验收销号' }],
      measureStatuses: [measure('已完成')],
      asOf: '2026-01-01',
    });
    expect(result).toMatchObject({ status: '已验收销号', derived: false });
  });

  it('is late (逾期), by the same word as its measure, while its deadline is ahead but a measure is late', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2023-12',
      ongoing: false,
      claims: [{ date: '2022-01', status: '序时推进' }],
      measureStatuses: [measure('逾期'), measure('序时推进')],
      asOf: '2022-07-15',
    });
    expect(result).toMatchObject({ status: '逾期', derived: true, reason: '1条措施时限已过，未见完成报告' });
  });

  it('says all measures are reported complete while waiting for close-out', () => {
    const result = deriveTaskStatus({
      deadlineMonth: '2023-12',
      ongoing: false,
      claims: [],
      measureStatuses: [measure('已完成'), measure('已完成')],
      asOf: '2022-07-15',
    });
    expect(result).toMatchObject({ status: '已完成', derived: true });
  });

  it('is under way (序时推进), derived, when only its measures reported progress, never "no progress reported"', () => {
    const progressing: StatusResult = { status: '序时推进', derived: false, reason: '', latest: { date: '2024-03', status: '序时推进' } };
    const result = deriveTaskStatus({ deadlineMonth: '2024-12', ongoing: false, claims: [], measureStatuses: [progressing, measure('未报告')], asOf: '2024-06-30' });
    expect(result).toMatchObject({ status: '序时推进', derived: true, reason: '任务尚未整体报告进展；1条措施已报告进展，没有逾期' });
    const notStarted: StatusResult = { status: '未启动', derived: false, reason: '', latest: { date: '2024-03', status: '未启动' } };
    expect(deriveTaskStatus({ deadlineMonth: '2024-12', ongoing: false, claims: [], measureStatuses: [notStarted], asOf: '2024-06-30' })).toMatchObject({ status: '未启动', derived: true });
  });

  it('reports nothing when nothing was reported and nothing is late', () => {
    const result = deriveTaskStatus({ deadlineMonth: '2023-12', ongoing: false, claims: [], measureStatuses: [measure('未报告')], asOf: '2022-07-15' });
    expect(result).toMatchObject({ status: '未报告', derived: false });
  });

  it('never marks an open-ended task overdue', () => {
    const result = deriveTaskStatus({ deadlineMonth: null, ongoing: true, claims: [], measureStatuses: [measure('长期坚持')], asOf: '2040-01-01' });
    expect(result.status).toBe('长期坚持');
  });

  it('stays closed out (已验收销号) until a reopening, whatever is reported the same month after it', () => {
    const claims = [
      { date: '2024-01', status: '已验收销号' as const },
      { date: '2024-01-15', status: '序时推进' as const },
    ];
    const closed = deriveTaskStatus({ deadlineMonth: '2023-12', ongoing: false, claims, measureStatuses: [], asOf: '2024-06-30' });
    expect(closed).toMatchObject({ status: '已验收销号', reason: '2024年1月验收销号' });
    const reopened = deriveTaskStatus({ deadlineMonth: '2023-12', ongoing: false, claims: [...claims, { date: '2024-03', status: '重新整改' }], measureStatuses: [], asOf: '2024-06-30' });
    expect(reopened.status).toBe('重新整改');
  });
});

describe('the order of status reports', () => {
  it('puts reports of one date in their course (under way, done, closed out, reopened), not in the order of their ids', () => {
    const report = (id: string, status: ReportedStatus, date = '2024-01-15') => ({ id, data: { date, status } });
    const sorted = [report('a', '已验收销号'), report('b', '序时推进'), report('c', '已完成'), report('d', '序时推进', '2024-01-14')].sort(compareReports);
    expect(sorted.map((entry) => entry.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('shows a task closed out on the day a progress report with a later-sorting file name was also filed', () => {
    const ledger = ledgerOf(
      {
        tasks: [task({ number: 1, deadline: '2023年12月' })],
        updates: [
          update({ id: 'demo-plan/01-a-closed', task: 'demo-plan/01', date: '2024-01-15', status: '已验收销号', reportedBy: OFFICE }),
          update({ id: 'demo-plan/01-b-progress', task: 'demo-plan/01', date: '2024-01-15', status: '序时推进' }),
        ],
      },
      '2024-06-30',
    );
    expect(ledger.tasks[0]!.status).toMatchObject({ status: '已验收销号', reason: '2024年1月15日验收销号' });
  });
});

describe('a measure covered by its task or its places', () => {
  // Task 1, due 2023-12; measure 1 due 2022-12 holds the plant and (through a sub-item) the pipes; measure 2 has no place.
  const tasks = [task({ number: 1, deadline: '2023年12月', measures: [measureOf({ due: '2022-12', items: [{ label: '(1)', text: '管网。', places: ['pipes'] }] }), measureOf({ due: '2022-12' })] })];
  const places = [place('plant', { measure: 1 }), place('pipes')];
  const T = 'demo-plan/01';
  const ledgerWith = (updates: Record<string, unknown>[], asOf = '2024-06-30') =>
    ledgerOf({ tasks, places, updates: updates.map((fields) => update(fields as Parameters<typeof update>[0])) }, asOf);
  const measureStatus = (updates: Record<string, unknown>[], number = 1, asOf?: string) => ledgerWith(updates, asOf).taskById.get(T)!.measures[number - 1]!.status;
  const plantDone = { task: T, measure: 1, place: 'plant', date: '2022-11-02', status: '已完成' };
  const pipesDone = { task: T, measure: 1, place: 'pipes', date: '2022-12-20', status: '已完成' };
  const closeOut = { task: T, date: '2024-01-15', status: '已验收销号', reportedBy: OFFICE };

  it('is not made done by its places, which may be less than it says, but its late reason names their completions', () => {
    expect(measureStatus([plantDone])).toMatchObject({ status: '逾期', derived: true, reason: '时限2022年12月已过，措施本身未见完成报告（其2处点位中1处已报告完成）' });
    expect(measureStatus([plantDone, pipesDone])).toMatchObject({ status: '逾期', reason: '时限2022年12月已过，措施本身未见完成报告（其2处点位均已报告完成）' });
    // A measure without places keeps the plain reason.
    expect(measureStatus([plantDone, pipesDone], 2)).toMatchObject({ status: '逾期', reason: '时限2022年12月已过，未见完成报告' });
  });

  it('is closed out with its task, for as long as the close-out stands, whatever it reported before', () => {
    expect(measureStatus([closeOut], 2)).toMatchObject({ status: '已验收销号', derived: true, reason: '整改任务2024年1月15日验收销号' });
    // Reported done, or reopened, before the task was accepted as a whole: closed out with it.
    const measureDone = { task: T, measure: 2, date: '2022-11-20', status: '已完成' };
    const measureReopened = { task: T, measure: 2, date: '2023-03-01', status: '重新整改', reportedBy: OFFICE };
    expect(measureStatus([measureDone, closeOut], 2)).toMatchObject({ status: '已验收销号', derived: true });
    expect(measureStatus([measureDone, measureReopened, closeOut], 2)).toMatchObject({ status: '已验收销号', derived: true });
    const reopened = { task: T, date: '2024-03-01', status: '重新整改', reportedBy: OFFICE };
    expect(measureStatus([closeOut, reopened], 2)).toMatchObject({ status: '逾期' });
  });

  it('was what the site showed on a past day: not closed out before its task was', () => {
    const view = ledgerWith([closeOut]).taskById.get(T)!;
    expect(statusesOn(view, '2023-06-30').measures[1]).toMatchObject({ status: '逾期' });
    expect(statusesOn(view, '2024-01-31').measures[1]).toMatchObject({ status: '已验收销号', derived: true });
  });
});
