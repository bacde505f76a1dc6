import { z } from 'astro/zod';
import { ref } from './ref.ts';

/**
 * Small schema pieces that every collection composes. Each custom message is written for
 * the staff member who edits the file: Chinese first, then an English line.
 */

export { ID_PATTERN } from './ref.ts';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is a real year, year-month or calendar date written as YYYY[-MM[-DD]]. */
export function isValidPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  // A rectification is dated within living memory: 0000-01-01 or 9999-12-31 is a slip.
  if (Number(year) < 1900 || Number(year) > 2100) return false;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(match[1]), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** A date with a time of day, and perhaps a zone: `2022-06-30T23:00:00+08:00`, `2022-06-30 23:00:00 +08:00`. */
const TIMESTAMP = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt]|[ \t]+)\d{1,2}:\d{2}/;

/** The site's time zone (China Standard Time), in which an instant is written back for a message. */
const SITE_TIME_ZONE = 'Asia/Shanghai';

/**
 * Brings a date value back to text. The content reader keeps dates as written; a reader that
 * parses YAML timestamps hands over a Date: a bare date is midnight UTC and becomes `2021-12-13`,
 * any other instant is written out in the site's time zone so the schema refuses it as a timestamp
 * (never its UTC day, which would be the day before). A year read as a number becomes text too.
 */
export function toDateText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString();
    if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
    return `${value.toLocaleString('sv-SE', { timeZone: SITE_TIME_ZONE })} +08:00`;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return value;
}

/**
 * A date field holds a date only: a timestamp is refused with the date as written (its own
 * calendar day, not shifted to UTC), so staff see exactly what to write. Null for any other text.
 */
export function timestampMessage(text: string): string | null {
  const match = TIMESTAMP.exec(text);
  if (!match) return null;
  const date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return `日期只写年月日，不写时刻和时区：请只写日期 ${date}（原文“${text.trim()}”）。\nA date takes no time of day or time zone: write just ${date} (not "${text.trim()}").`;
}

/** A date written another way (2024/3/5, 2024.03.05, 2024年3月5日, 2022-6): year, month and day as written. */
const OTHER_SEPARATORS = /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?$/;

/**
 * What is wrong with a date that `valid` refuses, quoting it: full-width digits, other
 * separators, a day or month the calendar does not have; else `message` with the text as written.
 */
export function dateMessage(text: string, valid: (text: string) => boolean, message: string): string {
  // Quoted on one line (a value may run over several), and not at any length.
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ');
  const quoted = oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
  const written = `（原文“${quoted}”）`;
  const writtenEn = ` (not "${quoted}")`;
  const [zh, en] = message.split('\n') as [string, string];
  if (text.trim() !== text && valid(text.trim())) {
    return `日期前后不要有空格：请写 ${text.trim()}${written}。\nA date has no spaces around it: ${text.trim()}${writtenEn}.`;
  }
  // ２０２５-０１-１５: the same date in half-width digits, as the tools write it when they convert it.
  const halfWidth = text.normalize('NFKC').trim();
  if (halfWidth !== text.trim() && valid(halfWidth)) {
    return `日期要用半角数字和“-”：请写 ${halfWidth}${written}。\nWrite a date in ASCII digits: ${halfWidth}${writtenEn}.`;
  }
  const parts = OTHER_SEPARATORS.exec(halfWidth);
  const [year, month, day] = parts ? [parts[1]!, parts[2]!.padStart(2, '0'), parts[3]?.padStart(2, '0')] : PARTIAL_DATE.exec(halfWidth)?.slice(1) ?? [];
  if (year && month && (Number(month) < 1 || Number(month) > 12)) {
    return `没有${Number(month)}月这个月份${written}：月份是 01 到 12。${zh}\nThere is no month ${month}${writtenEn}. ${en}`;
  }
  if (year && month && day && !isValidPartialDate(`${year}-${month}-${day}`) && Number(year) >= 1900 && Number(year) <= 2100) {
    return `${Number(year)}年${Number(month)}月没有${Number(day)}日${written}：请核对日期。\n${year}-${month} has no day ${day}${writtenEn}: check the date.`;
  }
  const candidate = year && month ? `${year}-${month}${day ? `-${day}` : ''}` : undefined;
  if (parts && candidate && valid(candidate)) {
    return `请写成 ${candidate}${written}：年、月、日之间用“-”，月和日写两位。\nWrite ${candidate}${writtenEn}: year, month and day joined by "-", month and day in two digits.`;
  }
  return `${zh.replace(/。$/, '')}${written}。\n${en.replace(/\.$/, '')}${writtenEn}.`;
}

/** A date piece: text that passes `valid`, else what is wrong with it (dateMessage); a timestamp is named as such. */
function dateText(valid: (text: string) => boolean, message: string) {
  return z.preprocess(
    toDateText,
    z.string().superRefine((text, ctx) => {
      const problem = timestampMessage(text) ?? (valid(text) ? null : dateMessage(text, valid, message));
      if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
    }),
  );
}

/**
 * A date as precise as the source allows: a year (`2022`), a month (`2022-06`) or a day
 * (`2022-06-30`). A plan that says `2022年6月底前` is a month.
 */
export const partialDate = dateText(
  isValidPartialDate,
  '日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，且必须是真实存在的日期，例如 2022-06 或 2021-12-13。\nA date is YYYY, YYYY-MM or YYYY-MM-DD and must exist on the calendar, e.g. 2022-06 or 2021-12-13.',
);
export type PartialDate = string;

/** A full calendar day, `YYYY-MM-DD`. */
export const calendarDate = dateText(
  (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && isValidPartialDate(text),
  '日期应写成 YYYY-MM-DD，且必须真实存在，例如 2021-12-13。\nA date is YYYY-MM-DD and must exist on the calendar, e.g. 2021-12-13.',
);

/** A web link to a source: only http(s). */
export const link = z.object({
  /** What the link points to, as its page calls itself. */
  title: z.string().min(1),
  url: z.url({
    protocol: /^https?$/,
    message: '链接应以 http:// 或 https:// 开头。\nA link starts with http:// or https://.',
  }),
});

/** A passage of a source document that a statement rests on. */
export const sourceReference = z.object({
  /** Id of the document in `content/documents/`. */
  document: ref('documents'),
  /** Where in it: a section, a page, an item (e.g. `附件 五、整改措施 3(1)`). */
  locator: z.string().optional(),
  /** The words of the source, verbatim. */
  quote: z.string().optional(),
});
export type SourceReference = z.output<typeof sourceReference>;

/** A list of unit ids; a unit may be a group (各县（区）党委和人民政府) that expands to members. */
export const unitList = z
  .array(ref('units'))
  .min(1, {
    message: '至少写一个单位编号。\nName at least one unit id.',
  })
  .superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) < index) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `单位“${id}”写了两次，页面上会重复列出。请删去重复的一个。\nThe unit "${id}" is listed twice and would be named twice on the page: delete the repeat.`,
        });
      }
    });
  });

/** The largest quantity content may state: far above any figure of a plan (in its own unit, 万亩 or 公里), below where a page would print it as 1e+21. */
export const MAX_QUANTITY = 1e12;

/** Non-negative quantity: kilometres, counts, percentages, 万亩. */
export const quantity = z
  .number()
  .nonnegative({
    message: '数值不能为负数。\nA quantity cannot be negative.',
  })
  .max(MAX_QUANTITY, {
    message: `数值过大（超过一万亿），网站无法如实显示。请核对数值和单位（可改用万、亿等单位）。\nA quantity above ${MAX_QUANTITY} cannot be shown as written: check the value and its unit.`,
  })
  // 1e-321 would be printed as such: a figure is shown as it is written, in ordinary digits.
  .refine((value) => value === 0 || value >= 1e-6, {
    message: '数值太小，网站无法按普通写法显示。请核对数值和单位。\nA quantity this small cannot be shown in ordinary digits: check the value and its unit.',
  });
