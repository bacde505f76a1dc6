import { z } from 'astro/zod';
import { toDateText } from './shared.ts';

/** 整改时限 for act-at-once tasks that never end: `立行立改，长期坚持`. */
export const ONGOING_DEADLINE = '立行立改，长期坚持';

export interface Deadline {
  /** The deadline as the plan writes it: `2023年12月` or `立行立改，长期坚持`. */
  text: string;
  /** The month it falls in (`2023-12`), or null when the task is open-ended. */
  month: string | null;
  /** True for `立行立改，长期坚持`: the task is never "complete", it is kept up. */
  ongoing: boolean;
}

const MONTH_TEXT = /^\s*(\d{4})\s*年\s*(\d{1,2})\s*月(?:底)?(?:前)?\s*$/;
// By the end of a year (`2026年底前`, `2026年末`): its December, as `2023年12月底前` is its month.
const YEAR_END_TEXT = /^\s*(\d{4})\s*年\s*(?:底|末)\s*(?:前|之前|以前)?\s*$/;
const YEAR_TEXT = /^\s*(\d{4})\s*年?\s*(?:内|前|之前|以前)?\s*$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** Parses a 整改时限 as staff write it; returns null when it is neither a month nor ongoing. */
export function parseDeadline(input: string): Deadline | null {
  const text = input.trim().replace(/\s+/g, '').replace(/,/g, '，');
  if (text === ONGOING_DEADLINE || text === '长期坚持' || text === '立行立改、长期坚持') {
    return { text: ONGOING_DEADLINE, month: null, ongoing: true };
  }
  const yearEnd = YEAR_END_TEXT.exec(input);
  if (yearEnd) return { text: `${Number(yearEnd[1])}年12月`, month: `${Number(yearEnd[1])}-12`, ongoing: false };
  const match = MONTH_TEXT.exec(input) ?? ISO_MONTH.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  return { text: `${year}年${month}月`, month: `${year}-${mm}`, ongoing: false };
}

/**
 * What to write for a deadline given as a year alone (`2026年`, `2026`): the month is the plan's to
 * say; if it means the year's end, `2026年12月` (or `2026年底前`).
 */
export function yearOnlyHint(value: string): string | undefined {
  const year = YEAR_TEXT.exec(value)?.[1];
  if (!year) return undefined;
  return `整改时限“${value}”只写了年份，要写到月：若方案的意思是当年年底前，写“${year}年12月”（或“${year}年底前”）；若方案写了月份，照写月份。\nThe deadline "${value}" gives a year only: write the month, ${year}年12月 (or ${year}年底前) if the plan means by the year's end, or the month the plan gives.`;
}

/**
 * 整改时限: a month (`2023年12月` or `2023-12`) or the open-ended `立行立改，长期坚持`.
 * Normalised to `{ text, month, ongoing }`.
 */
export const deadline = z.preprocess(
  // A calendar day (`2023-12-31`, or the Date a YAML reader makes of it) counts for its month;
  // a timestamp stays as written and is refused below with the month to write.
  (value) => {
    const text = toDateText(value);
    return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text.slice(0, 7) : text;
  },
  z.string().transform((value, ctx) => {
    const parsed = parseDeadline(value);
    if (!parsed) {
      // Full-width digits (２０２４年１２月) read as a month to a person, not to the site: say what to write.
      const halfWidth = parseDeadline(value.normalize('NFKC'));
      if (halfWidth) {
        ctx.addIssue({ code: 'custom', message: `整改时限“${value}”用了全角数字，请改为半角：${halfWidth.text}。\nThe deadline "${value}" is written in full-width digits: write ${halfWidth.text}.` });
        return z.NEVER;
      }
      ctx.addIssue({
        code: 'custom',
        message: yearOnlyHint(value) ?? `“${value}”不是有效的整改时限。请写成“2023年12月”这样的年月，或“${ONGOING_DEADLINE}”。\n"${value}" is not a deadline: write a month such as 2023年12月, or ${ONGOING_DEADLINE}.`,
      });
      return z.NEVER;
    }
    return parsed;
  }),
);
