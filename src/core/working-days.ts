import official from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { formatChineseDate } from './dates.ts';

/**
 * Working days (工作日) as the State Council's holiday notices (国务院办公厅关于部分节假日安排的
 * 通知) set them: weekdays, less the official holidays, plus the weekend days worked in lieu (调休
 * 上班). A feedback's "within 30 working days" (反馈后30个工作日内) is counted on them.
 *
 * The notices come from the maintained `chinese-days` package, which holds every year it has a
 * notice for. A year it does not hold (a notice not yet issued when the package was released) is
 * never guessed: a deployment adds that year's notice to `content/site.yaml` (`holidays:`), or
 * the count stops and says which year it needs.
 */

/** One year's notice as content gives it: the holidays and the weekend days worked in lieu. */
export interface HolidayNotice {
  /** The notice's title, shown with the count. */
  notice?: string | undefined;
  holidays: readonly string[];
  workdays: readonly string[];
}

export interface WorkingDayCalendar {
  /** True when the calendar holds the notice of that year. */
  knows(year: number): boolean;
  isWorkday(date: string): boolean;
  /** The holiday a date belongs to (`春节`), when it is an official holiday or a day worked in lieu of one. */
  holidayOf(date: string): string | undefined;
  /** Where the year's notice comes from, in words. */
  sourceOf(year: number): string;
}

const OFFICIAL = official as { holidays: Record<string, string>; workdays: Record<string, string> };
const OFFICIAL_YEARS = new Set(Object.keys(OFFICIAL.holidays).map((date) => Number(date.slice(0, 4))));

const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
/** `Spring Festival,春节,4` → `春节`. */
const chineseName = (entry: string | undefined) => entry?.split(',')[1];

/** The official calendar, with the years a deployment added (which take precedence over the package's). */
export function workingDayCalendar(added: Readonly<Record<string, HolidayNotice>> = {}): WorkingDayCalendar {
  const addedYears = new Map(Object.entries(added).map(([year, notice]) => [Number(year), { notice, holidays: new Set(notice.holidays), workdays: new Set(notice.workdays) }]));
  return {
    knows: (year) => addedYears.has(year) || OFFICIAL_YEARS.has(year),
    isWorkday(date) {
      const own = addedYears.get(Number(date.slice(0, 4)));
      if (own) return own.workdays.has(date) || (!isWeekend(date) && !own.holidays.has(date));
      if (date in OFFICIAL.workdays) return true;
      if (date in OFFICIAL.holidays) return false;
      return !isWeekend(date);
    },
    holidayOf(date) {
      if (addedYears.has(Number(date.slice(0, 4)))) return undefined;
      return chineseName(OFFICIAL.holidays[date] ?? OFFICIAL.workdays[date]);
    },
    sourceOf(year) {
      const own = addedYears.get(year);
      if (own) return own.notice.notice ?? `site.yaml 中的${year}年节假日安排`;
      return `国务院办公厅${year}年部分节假日安排的通知`;
    },
  };
}

/** A due date counted in working days, and how it was counted, for the page to show. */
export type WorkingDayCount =
  | {
      ok: true;
      /** The last working day of the period. */
      date: string;
      /** Official holidays that fell in the period and were not counted, by name. */
      holidays: string[];
      /** Weekend days worked in lieu that were counted. */
      inLieu: string[];
      /** How it was counted, in a sentence. */
      explanation: string;
    }
  | { ok: false; year: number; explanation: string };

/**
 * The date `count` working days after `from`, `from` itself not counted (反馈后N个工作日内: the
 * first working day after the feedback is day 1).
 */
export function addWorkingDays(from: string, count: number, calendar: WorkingDayCalendar): WorkingDayCount {
  const holidays = new Set<string>();
  const inLieu: string[] = [];
  let day = new Date(`${from}T00:00:00Z`);
  let counted = 0;
  while (counted < count) {
    day = new Date(day.getTime() + 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    if (!calendar.knows(year)) {
      return {
        ok: false,
        year,
        explanation: `无法按工作日推算：本站没有${year}年的节假日安排。请在 content/site.yaml 的 holidays 中补充${year}年的安排，或直接写明截止日期 planDue.date。`,
      };
    }
    if (calendar.isWorkday(date)) {
      counted++;
      if (isWeekend(date)) inLieu.push(date);
    } else if (!isWeekend(date)) {
      holidays.add(calendar.holidayOf(date) ?? formatChineseDate(date));
    }
  }
  const date = day.toISOString().slice(0, 10);
  const years = [...new Set([from, date].map((text) => Number(text.slice(0, 4))))];
  const skipped = holidays.size > 0 ? `，不计${[...holidays].join('、')}假期` : '';
  const worked = inLieu.length > 0 ? `，计入调休上班的${inLieu.map(formatChineseDate).join('、')}` : '';
  return {
    ok: true,
    date,
    holidays: [...holidays],
    inLieu,
    explanation: `自${formatChineseDate(from)}次日起算${count}个工作日${skipped}${worked}，截止于${formatChineseDate(date)}（节假日依据${years.map((year) => calendar.sourceOf(year)).join('、')}）。`,
  };
}
