/**
 * Dates as precise as a source allows (`2022`, `2022-06`, `2022-06-30`), compared against an
 * as-of day. Plain strings in ISO order, so they sort and compare as text.
 */

/** The last calendar day a partial date covers: `2022-06` → `2022-06-30`, `2022` → `2022-12-31`. */
export function endOfPeriod(partial: string): string {
  const [year, month, day] = partial.split('-');
  if (day) return partial;
  if (month) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(last).padStart(2, '0')}`;
  }
  return `${year}-12-31`;
}

/** The first calendar day a partial date covers: `2022-06` → `2022-06-01`. */
export function startOfPeriod(partial: string): string {
  const [year, month = '01', day = '01'] = partial.split('-');
  return `${year}-${month}-${day}`;
}

/** True when the whole period is over on the as-of day: `2022-06` has passed on 2022-07-01. */
export function hasPassed(partial: string, asOf: string): boolean {
  return endOfPeriod(partial) < asOf;
}

/** True when the period has begun by the as-of day (an update dated later is not yet valid). */
export function hasBegun(partial: string, asOf: string): boolean {
  return startOfPeriod(partial) <= asOf;
}

/** Days from the as-of day to the end of the period (negative once it has passed). */
export function daysUntil(partial: string, asOf: string): number {
  const end = Date.parse(`${endOfPeriod(partial)}T00:00:00Z`);
  const from = Date.parse(`${asOf}T00:00:00Z`);
  return Math.round((end - from) / 86_400_000);
}

/** Every month from `from` to `to` (`YYYY-MM`, both included), in order; empty when `to` is earlier. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let current = from; current <= to; ) {
    months.push(current);
    month += 1;
    if (month > 12) (year += 1), (month = 1);
    current = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** Chinese form of a partial date: `2022年`, `2022年6月`, `2022年6月30日`. */
export function formatChineseDate(partial: string): string {
  const [year, month, day] = partial.split('-');
  let text = `${Number(year)}年`;
  if (month) text += `${Number(month)}月`;
  if (day) text += `${Number(day)}日`;
  return text;
}

/** Today's date in China (UTC+8) as `YYYY-MM-DD`: the default as-of day of a build. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Chinese numeral for 1–99, as task numbers are printed: 10 → 十, 48 → 四十八. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 10) return CHINESE_DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}
