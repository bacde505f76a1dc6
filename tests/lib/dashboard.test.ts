import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { latestUpdates, percent, progressOf, upcomingDeadlines } from '../../src/features/views/dashboard.ts';
import { buildLedger } from '../../src/core/ledger.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

const content = checkContent({ projectRoot: PROJECT_ROOT, asOf: '2022-07-15' });
const ledgerOn = (asOf: string) => buildLedger(content.input, asOf);

describe('the home dashboard', () => {
  it('counts reported completions as done and never counts a derived status as done', () => {
    const ledger = ledgerOn('2022-07-15');
    const progress = progressOf(ledger.tasks);
    expect(progress).toMatchObject({ tasks: 10, measures: 46, tasksClosed: 0 });
    // The plan itself reports some measures done (已完成) with its own dates.
    const reported = ledger.tasks.flatMap((view) => view.measures).filter((measure) => !measure.status.derived && measure.status.status === '已完成');
    expect(progress.measuresDone).toBe(reported.length);
    expect(progress.measuresDone).toBeGreaterThan(0);
    expect(progress.tasksLate).toBe(ledger.tasks.filter((view) => ['滞后', '逾期未销号'].includes(view.status.status)).length);
  });

  it('lists what falls due in the next 90 days, soonest first, and nothing already done', () => {
    // On 2022-10-15 the measures due 2022年12月 end in 77 days; 2023年6月 is beyond 90 days.
    const ledger = ledgerOn('2022-10-15');
    const rows = upcomingDeadlines(ledger.tasks, ledger.asOf, 90);
    expect(rows.length).toBeGreaterThan(0);
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
    expect(latestUpdates(ledger.updates, '2022-07-15', 3)).toHaveLength(3);
  });

  it('gives whole percentages and 0 for nothing', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
