import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { readYamlText } from '../../src/features/check/load.ts';
import { deadline } from '../../src/schemas/deadline.ts';
import { calendarDate, isValidPartialDate, partialDate } from '../../src/schemas/shared.ts';
import { problemsAfter, write } from '../helpers/fixture-copy.ts';

const TIMESTAMPS = ['2022-06-30T23:00:00+08:00', '2022-06-30 23:00:00 +08:00', '2022-06-30t23:00:00Z', '2022-6-30 23:00', '2022-06-30T07:30:00.5-05:00'];
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message ?? '';

describe('date fields never shift a date', () => {
  it('keeps dates as written when the content reader reads them', () => {
    expect(readYamlText('x.yaml', 'date: 2021-12-13\nat: 2022-06-30T23:00:00+08:00\n').source!.data).toEqual({ date: '2021-12-13', at: '2022-06-30T23:00:00+08:00' });
  });

  it('refuses a timestamp in a date field and says which date to write, the day as written', () => {
    for (const schema of [partialDate, calendarDate]) {
      for (const text of TIMESTAMPS) {
        const result = schema.safeParse(text);
        expect(result.success).toBe(false);
        expect(messageOf(result)).toContain('请只写日期 2022-06-30');
        expect(messageOf(result)).toContain('write just 2022-06-30');
      }
    }
  });

  it('refuses a timestamp another YAML reader turned into a Date, naming the day in China rather than in UTC', () => {
    // What js-yaml's default schema (Astro's loader) makes of the text: 2022-06-30T15:00Z.
    const { at } = load('at: 2022-06-30T23:00:00+08:00') as { at: Date };
    expect(at.toISOString().slice(0, 10)).toBe('2022-06-30');
    const late = load('at: 2022-07-01T01:00:00+08:00') as { at: Date };
    const result = partialDate.safeParse(late.at);
    expect(result.success).toBe(false);
    expect(messageOf(result)).toContain('请只写日期 2022-07-01');
    expect(partialDate.safeParse(at).success).toBe(false);
  });

  it('still reads a bare date, month and year, whether as text or as the Date or number YAML makes of it', () => {
    expect(partialDate.parse('2021-12-13')).toBe('2021-12-13');
    expect(partialDate.parse(new Date('2021-12-13'))).toBe('2021-12-13');
    expect(partialDate.parse('2022-06')).toBe('2022-06');
    expect(partialDate.parse(2022)).toBe('2022');
    expect(calendarDate.parse('2021-12-13')).toBe('2021-12-13');
    expect(calendarDate.safeParse('2021-12').success).toBe(false);
  });

  it('reads a deadline written as a day for its month, and refuses a timestamp with the month to write', () => {
    expect(deadline.parse('2023-12-31')).toMatchObject({ month: '2023-12' });
    expect(deadline.parse(new Date('2023-12-31'))).toMatchObject({ month: '2023-12' });
    expect(messageOf(deadline.safeParse('2023-12-31T23:00:00+08:00'))).toContain('请写成“2023年12月”');
  });

  it('reads a deadline by the end of a year as its December, and says what to write for a year alone', () => {
    for (const text of ['2026年底前', '2026年底', '2026年末', '2026 年底之前']) expect(deadline.parse(text), text).toEqual({ text: '2026年12月', month: '2026-12', ongoing: false });
    for (const text of ['2026年', '2026', '2026年内']) {
      const message = messageOf(deadline.safeParse(text));
      expect(message, text).toContain(`整改时限“${text}”只写了年份，要写到月：若方案的意思是当年年底前，写“2026年12月”`);
      expect(message).toContain('write the month, 2026年12月');
    }
    expect(deadline.safeParse('2026年13月').success).toBe(false);
  });

  it('refuses a progress update dated with a time of day, at the date’s line', () => {
    const problems = problemsAfter((content) =>
      write(content, 'updates/demo/01-2-2025-06.yaml', 'task: demo/01\nmeasure: 2\ndate: 2025-06-30 23:00:00 +08:00\nstatus: 序时推进\nreportedBy: district-a\nsummary: 进行中。\n'),
    );
    expect(problems).toMatchObject([{ file: 'content/updates/demo/01-2-2025-06.yaml', field: 'date', line: 3 }]);
    expect(problems[0]!.zh).toBe('日期只写年月日，不写时刻和时区：请只写日期 2025-06-30（原文“2025-06-30 23:00:00 +08:00”）。');
  });
});

describe('a date far outside any rectification', () => {
  it.each(['0000-01-01', '9999-12-31', '1899-12-31', '2101'])('is refused: %s', (text) => {
    expect(isValidPartialDate(text)).toBe(false);
  });
  it.each(['1949-10-01', '2021-12-13', '2100-12'])('is accepted: %s', (text) => {
    expect(isValidPartialDate(text)).toBe(true);
  });
});

describe('what a date a staff member mistyped is told', () => {
  const says = (text: string) => {
    const result = partialDate.safeParse(text);
    return result.success ? 'accepted' : result.error.issues[0]!.message;
  };

  it('quotes the date as written and names what is wrong with it, in Chinese then English', () => {
    expect(says('２０２５-０１-１５')).toBe('日期要用半角数字和“-”：请写 2025-01-15（原文“２０２５-０１-１５”）。\nWrite a date in ASCII digits: 2025-01-15 (not "２０２５-０１-１５").');
    expect(says('2024/3/5')).toBe('请写成 2024-03-05（原文“2024/3/5”）：年、月、日之间用“-”，月和日写两位。\nWrite 2024-03-05 (not "2024/3/5"): year, month and day joined by "-", month and day in two digits.');
    expect(says('2024年3月')).toContain('请写成 2024-03（原文“2024年3月”）');
    expect(says('2022-6')).toContain('请写成 2022-06（原文“2022-6”）');
    expect(says('2024/13/40')).toMatch(/^没有13月这个月份（原文“2024\/13\/40”）/);
    expect(says('2025-02-30')).toBe('2025年2月没有30日（原文“2025-02-30”）：请核对日期。\n2025-02 has no day 30 (not "2025-02-30"): check the date.');
    expect(says('2025-01-15　')).toBe('日期前后不要有空格：请写 2025-01-15（原文“2025-01-15　”）。\nA date has no spaces around it: 2025-01-15 (not "2025-01-15　").');
    // A value over two lines is quoted on one: the message stays a Chinese line, then an English one.
    expect(says('2025-01\n-15')).toBe('请写成 2025-01-15（原文“2025-01 -15”）：年、月、日之间用“-”，月和日写两位。\nWrite 2025-01-15 (not "2025-01 -15"): year, month and day joined by "-", month and day in two digits.');
    expect(says('明年\n年底')).toMatch(/^日期应写成 [^\n]*（原文“明年 年底”）。\n[^\n]*\(not "明年 年底"\)\.$/);
    expect(says('下个月')).toMatch(/^日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD.*（原文“下个月”）。\n.*\(not "下个月"\)\.$/s);
  });

  it('still accepts what it accepted', () => {
    for (const text of ['2022', '2022-06', '2021-12-13', '2024-02-29']) expect(says(text), text).toBe('accepted');
  });
});
