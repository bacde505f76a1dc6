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

// A date as measures write it: 2022年6月, 2021年10月8日, 2022年底 / 2022年年底 / 2022年末, or a
// month after a year named before it (2025年10月底前完成排查，12月底前完成整改 → 2025-12).
const DATE_IN_TEXT = /(\d{4})年年?(底|末)|(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?|(\d{4})年/g;

/**
 * The dates a measure's own words name, in order, as precise as written (`2022-06`,
 * `2021-10-08`, `2022-12` for 2022年底): a month without a year takes the year last named
 * before it; a date followed by 起 (from: 2021年3月1日起施行, a law it cites) is not one of the
 * measure's; a month after 每, 此后 (每年12月开展复查) is of no one year. `deadline` marks a date
 * written as one (…前, …之前, 月底, 年底, 年末), not after 截至 (as of).
 */
export function datesInMeasureText(text: string): { date: string; deadline: boolean }[] {
  const normalised = text.normalize('NFKC');
  const dates: { date: string; deadline: boolean }[] = [];
  let year: string | undefined;
  for (const match of normalised.matchAll(DATE_IN_TEXT)) {
    const [whole, yearEnd, end, named, month, day, yearOnly] = match;
    if (yearOnly) {
      year = yearOnly;
      continue;
    }
    // 每年12月, 此后每月: a recurring month, of no one year.
    if (!yearEnd && !named && /(?:每|此后|以后|之后)[年月]?$/.test(normalised.slice(Math.max(0, match.index - 3), match.index))) {
      year = undefined;
      continue;
    }
    if (yearEnd || named) year = yearEnd ?? named;
    if (!year) continue;
    const after = normalised.slice(match.index + whole.length, match.index + whole.length + 3);
    if (/^起/.test(after)) continue;
    const date = end ? `${year}-12` : `${year}-${month!.padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
    // 截至2022年6月底 (as of) states where things stood, not a deadline.
    const asOf = /(?:截至|截止到?)$/.test(normalised.slice(Math.max(0, match.index - 3), match.index));
    dates.push({ date, deadline: !asOf && (Boolean(end) || /^(?:(?:底|末)(?:[之以]?前)?|[之以]?前)/.test(after)) });
  }
  return dates;
}

const latestOf = (dates: readonly { date: string }[]): string | undefined =>
  dates.reduce<string | undefined>((latest, { date }) => (!latest || date.slice(0, 7) > latest.slice(0, 7) ? date : latest), undefined);

/**
 * The due date a measure's own words give: the latest date they name, as in
 * `2021年10月，已完成排查。2021年12月，已完成整改` → `2021-12` or `2022年6月底前，…` →
 * `2022-06`; undefined when they name none. The sheet import writes it as a new measure's `due`.
 */
export function dueFromMeasureText(text: string): string | undefined {
  return latestOf(datesInMeasureText(text));
}

/**
 * The latest deadline a measure's words set (`2025年10月底前完成排查，12月底前完成整改` →
 * `2025-12`), or undefined when they set none: the content check asks for `due` where it is
 * another month than the task's deadline.
 */
export function deadlineFromMeasureText(text: string): string | undefined {
  return latestOf(datesInMeasureText(text).filter((date) => date.deadline));
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
