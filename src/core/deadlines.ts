import type { Deadline } from '../schemas/deadline.ts';
import type { Measure, Task } from '../schemas/task.ts';
import { daysUntil, endOfPeriod } from './dates.ts';

/**
 * Deadlines (整改时限): when a measure is due and what a page says about a deadline on the
 * as-of day. The deadline as staff write it is parsed by the schema (src/schemas/deadline.ts);
 * the dates themselves (end of a period, days between) are src/core/dates.ts.
 */

/** A measure's due period: its own due date, else its task's deadline month; null when the task is open-ended. */
export function measureDue(task: Task, measure: Measure): string | null {
  return measure.due ?? task.deadline.month;
}

/**
 * The due date a measure's own words give: the latest month (or day) they name, as in
 * `2021年10月，已完成排查。2021年12月，已完成整改` → `2021-12` or `2022年6月底前，…` →
 * `2022-06`; undefined when they name none. The sheet import writes it as a new
 * measure's `due`; the content check asks for `due` where the words give another month than the
 * task's deadline.
 */
export function dueFromMeasureText(text: string): string | undefined {
  let latest: string | undefined;
  for (const match of text.matchAll(/(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?|底)/g)) {
    const [, year, month, day] = match;
    const due = month === undefined ? `${year}-12` : `${year}-${month.padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
    if (!latest || due.slice(0, 7) > latest.slice(0, 7)) latest = due;
  }
  return latest;
}

export type DeadlineState =
  | { ongoing: true; text: string }
  | { ongoing: false; text: string; month: string; end: string; days: number; note: string };

/** A deadline on the as-of day: open-ended, or so many days past or ahead, with the note a page shows. */
export function deadlineState(deadline: Deadline, asOf: string): DeadlineState {
  if (deadline.ongoing || !deadline.month) return { ongoing: true, text: deadline.text };
  const days = daysUntil(deadline.month, asOf);
  const end = endOfPeriod(deadline.month);
  const note = days < 0 ? `已过时限 ${-days} 天` : days === 0 ? '今天到期' : `距时限（${end}）还有 ${days} 天`;
  return { ongoing: false, text: deadline.text, month: deadline.month, end, days, note };
}
