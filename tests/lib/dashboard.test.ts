import { describe, expect, it } from 'vitest';
import { latestUpdates, percent, progressOf, upcomingDeadlines } from '../../src/features/views/dashboard.ts';
import { ledgerOf, measure, task, update } from '../helpers/ledger-builder.ts';

// Four tasks: 一 and 二 due 2022年12月 (一 has a measure done early and one due 2023年6月),
// 三 ongoing with its one measure done, 四 due 2021年12月 with nothing reported.
const TASKS = [
  task({ number: 1, deadline: '2022年12月', measures: [measure({ due: '2022-12' }), measure({ due: '2022-12' }), measure({ due: '2023-06' })] }),
  task({ number: 2, deadline: '2022年12月' }),
  task({ number: 3, deadline: '立行立改，长期坚持' }),
  task({ number: 4, deadline: '2021年12月' }),
];
const UPDATES = [
  update({ task: 'demo-plan/03', measure: 1, date: '2021-08', status: '已完成' }),
  update({ task: 'demo-plan/01', measure: 1, date: '2021-10', status: '序时推进' }),
  update({ task: 'demo-plan/01', measure: 2, date: '2022-05', status: '已完成' }),
  update({ task: 'demo-plan/02', date: '2022-06', status: '序时推进' }),
  update({ task: 'demo-plan/02', date: '2022-09', status: '序时推进' }),
];
const ledgerOn = (asOf: string) => ledgerOf({ tasks: TASKS, updates: UPDATES }, asOf);

describe('the home dashboard', () => {
  it('counts reported completions as done and never counts a derived status as done', () => {
    const ledger = ledgerOn('2022-07-15');
    const progress = progressOf(ledger.tasks);
    expect(progress).toMatchObject({ tasks: 4, measures: 6, tasksClosed: 0 });
    // Two measures are reported done (已完成); task 四's measure is late (逾期, derived) and not done.
    expect(progress.measuresDone).toBe(2);
    expect(ledger.taskById.get('demo-plan/04')!.measures[0]!.status).toMatchObject({ status: '逾期', derived: true });
    // Task 四 is past its deadline (逾期, no close-out); no other task is late.
    expect(progress.tasksLate).toBe(1);
  });

  it('lists what falls due in the next 90 days, soonest first, and nothing already done', () => {
    // On 2022-10-15 what is due 2022年12月 ends in 77 days; 2023年6月 is beyond 90 days.
    const ledger = ledgerOn('2022-10-15');
    const rows = upcomingDeadlines(ledger.tasks, ledger.asOf, 90);
    expect(rows.map((row) => [row.task.task.number, row.measure?.measure.number ?? null])).toEqual([
      [1, null],
      [1, 1],
      [2, null],
    ]);
    expect(rows.every((row) => row.end === '2022-12-31' && row.daysLeft === 77)).toBe(true);
    // Task 二's deadline is 2022年12月 as well: listed once as a task.
    expect(rows.filter((row) => row.task.task.number === 2 && !row.measure)).toHaveLength(1);
    expect(rows.some((row) => row.measure && ['已完成', '已验收销号'].includes(row.measure.status.status))).toBe(false);
    expect(upcomingDeadlines(ledger.tasks, '2022-07-15', 90)).toEqual([]);
  });

  it('includes the as-of day itself and stops at the window’s end', () => {
    const ledger = ledgerOn('2022-12-31');
    expect(upcomingDeadlines(ledger.tasks, '2022-12-31', 0).every((row) => row.daysLeft === 0)).toBe(true);
    expect(upcomingDeadlines(ledger.tasks, '2022-12-31', 0).length).toBeGreaterThan(0);
    expect(upcomingDeadlines(ledger.tasks, '2023-01-01', 89)).toEqual([]);
  });

  it('shows the latest updates newest first, leaving out any dated after the as-of day', () => {
    const ledger = ledgerOn('2021-11-30');
    const latest = latestUpdates(ledger.updates, '2021-11-30', 5);
    expect(latest.map((update) => update.data.date)).toEqual(['2021-10', '2021-08']);
    expect(latestUpdates(ledger.updates, '2022-07-15', 3).map((update) => update.data.date)).toEqual(['2022-06', '2022-05', '2021-10']);
  });

  it('gives whole percentages and 0 for nothing', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
