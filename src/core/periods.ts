import { endOfPeriod, startOfPeriod } from './dates.ts';

/**
 * Reporting periods (调度和通报周期): the plan's 双月调度、定期通报、半年交账、年度考核 run on
 * calendar periods. A period has a stable id that is part of its bulletin's permanent address.
 */
export type PeriodKind = 'month' | 'bimonth' | 'quarter' | 'half' | 'year';

export interface Period {
  /** `2023-03` (month), `2023-b2` (March–April), `2023-q1`, `2023-h1`, `2023`. */
  id: string;
  kind: PeriodKind;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
  /** As a page names it: `2023年3月`, `2023年3—4月`, `2023年第一季度`, `2023年上半年`, `2023年`. */
  label: string;
}

/** How many months each kind of period spans. */
const MONTHS: Record<PeriodKind, number> = { month: 1, bimonth: 2, quarter: 3, half: 6, year: 12 };
const QUARTERS = ['一', '二', '三', '四'];

const pad = (value: number) => String(value).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The period of a kind whose first month is `month` (1-based) of `year`. */
function periodStarting(kind: PeriodKind, year: number, month: number): Period {
  const span = MONTHS[kind];
  const last = month + span - 1;
  const index = (month - 1) / span + 1;
  const id = { month: `${year}-${pad(month)}`, bimonth: `${year}-b${index}`, quarter: `${year}-q${index}`, half: `${year}-h${index}`, year: `${year}` }[kind];
  const label = {
    month: `${year}年${month}月`,
    bimonth: `${year}年${month}—${last}月`,
    quarter: `${year}年第${QUARTERS[index - 1]}季度`,
    half: `${year}年${index === 1 ? '上' : '下'}半年`,
    year: `${year}年`,
  }[kind];
  return { id, kind, start: `${year}-${pad(month)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`, label };
}

/** The period of a kind that a date (`2023`, `2023-06` or `2023-06-15`) falls in (its first day does). */
export function periodOf(kind: PeriodKind, date: string): Period {
  const [year, month] = startOfPeriod(date).split('-').map(Number) as [number, number];
  const span = MONTHS[kind];
  return periodStarting(kind, year, Math.floor((month - 1) / span) * span + 1);
}

/**
 * The period a stable id names (`2023-03`, `2023-b2`, `2023-q1`, `2023-h1`, `2023`): the
 * inverse of `Period.id`; undefined for anything else.
 */
export function periodById(id: string): Period | undefined {
  const match = /^(\d{4})(?:-(?:(\d{2})|b([1-6])|q([1-4])|h([12])))?$/.exec(id);
  if (!match) return undefined;
  const [, year, month, bimonth, quarter, half] = match;
  const at = (kind: PeriodKind, index: number) => periodStarting(kind, Number(year), (index - 1) * MONTHS[kind] + 1);
  if (month) return Number(month) >= 1 && Number(month) <= 12 ? at('month', Number(month)) : undefined;
  if (bimonth) return at('bimonth', Number(bimonth));
  if (quarter) return at('quarter', Number(quarter));
  if (half) return at('half', Number(half));
  return at('year', 1);
}

/** Every period of a kind from the one `from` falls in to the one `to` falls in, oldest first. */
export function periodsBetween(kind: PeriodKind, from: string, to: string): Period[] {
  const periods: Period[] = [];
  const last = periodOf(kind, to);
  for (let period = periodOf(kind, from); period.start <= last.start; ) {
    periods.push(period);
    const [year, month] = period.start.split('-').map(Number) as [number, number];
    const next = month + MONTHS[kind];
    period = next > 12 ? periodStarting(kind, year + 1, next - 12) : periodStarting(kind, year, next);
  }
  return periods;
}

/**
 * True when a date as precise as its source lies in the period, all of it: `2023-03` in March,
 * its two months, quarter, half-year and year; `2022` (the plan gives only the year) in the year
 * 2022 alone, never in a bulletin of January and February it may not belong to.
 */
export function isInPeriod(date: string, period: Period): boolean {
  return startOfPeriod(date) >= period.start && endOfPeriod(date) <= period.end;
}

/** The day before a date, YYYY-MM-DD. */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
