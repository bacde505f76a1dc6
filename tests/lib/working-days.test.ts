import { describe, expect, it } from 'vitest';
import { addWorkingDays, workingDayCalendar } from '../../src/core/working-days.ts';
import { planDueDate } from '../../src/core/findings.ts';
import { planDueProblems } from '../../src/features/check/plan-due.ts';
import type { ValidEntry } from '../../src/features/check/index.ts';
import type { Inspection } from '../../src/schemas/inspection.ts';
import { inspectionSchema } from '../../src/schemas/inspection.ts';
import { edit, problemsAfter } from '../helpers/fixture-copy.ts';

const calendar = workingDayCalendar();

describe('counting working days on the official holiday calendar', () => {
  it('skips weekends and the Spring Festival, and counts a Saturday worked in lieu', () => {
    // 2026: 元旦 1–3 January (Sunday 4 January worked), 春节 15–23 February (Saturdays 14 and 28 February worked).
    const count = addWorkingDays('2026-01-05', 30, calendar);
    expect(count).toMatchObject({ ok: true, date: '2026-02-14', inLieu: ['2026-02-14'] });
    const later = addWorkingDays('2026-02-05', 10, calendar);
    expect(later).toMatchObject({ ok: true, date: '2026-02-26', holidays: ['春节'], inLieu: ['2026-02-14'] });
    expect(later.explanation).toBe('自2026年2月5日次日起算10个工作日，不计春节假期，计入调休上班的2026年2月14日，截止于2026年2月26日（节假日依据国务院办公厅2026年部分节假日安排的通知）。');
  });

  it('does not count the start day, and counts plain weekdays in an ordinary week', () => {
    expect(addWorkingDays('2025-03-03', 5, calendar)).toMatchObject({ ok: true, date: '2025-03-10', holidays: [], inLieu: [] });
  });

  it('refuses to guess a year with no holiday notice, and counts it once a deployment adds one', () => {
    const unknown = addWorkingDays('2027-09-20', 10, calendar);
    expect(unknown).toMatchObject({ ok: false, year: 2027 });
    const added = workingDayCalendar({ 2027: { notice: '2027年节假日安排', holidays: ['2027-10-01', '2027-10-04', '2027-10-05'], workdays: ['2027-09-26'] } });
    // From Monday 20 September: 21–24 (4), Sunday 26 worked (5), 27–30 (9), 1 October a holiday, 4–5 holidays, 6 October the 10th.
    expect(addWorkingDays('2027-09-20', 10, added)).toMatchObject({ ok: true, date: '2027-10-06', inLieu: ['2027-09-26'] });
  });
});

function inspection(planDue: Record<string, unknown>, feedbackDate = '2026-01-05'): ValidEntry<Inspection> {
  const data = inspectionSchema.parse({ name: '督察', level: 'municipal', inspectingBody: '组', inspectedJurisdiction: 'd', feedbackDate, planDue });
  return { id: 'i', data, source: { file: 'content/inspections/i.yaml', id: 'i', data, lineOf: (path) => path.length + 10 } };
}

describe('a plan due date in working days', () => {
  it('is counted from the feedback date, and the page is told how', () => {
    expect(planDueDate(inspection({ workingDays: 30, rule: '反馈后30个工作日内' }).data, calendar)).toEqual({
      date: '2026-02-14',
      counting: expect.stringContaining('自2026年1月5日次日起算30个工作日'),
    });
  });

  it('is refused by the check when it disagrees with the date given, or needs a year the calendar lacks', () => {
    expect(planDueProblems([inspection({ workingDays: 30, date: '2026-02-16' })], calendar)).toMatchObject([{ field: 'planDue.date', line: 12 }]);
    expect(planDueProblems([inspection({ workingDays: 30, date: '2026-02-14' })], calendar)).toEqual([]);
    const problems = planDueProblems([inspection({ workingDays: 30 }, '2027-12-20')], calendar);
    expect(problems).toMatchObject([{ field: 'planDue.workingDays' }]);
    expect(problems[0]!.zh).toContain('没有2027年的节假日安排');
  });

  it('needs a day to count from', () => {
    expect(inspectionSchema.safeParse({ name: '督察', level: 'municipal', inspectingBody: '组', inspectedJurisdiction: 'd', feedbackDate: '2026-01', planDue: { workingDays: 30 } }).success).toBe(false);
    expect(inspectionSchema.safeParse({ name: '督察', level: 'municipal', inspectingBody: '组', inspectedJurisdiction: 'd', planDue: {} }).success).toBe(false);
  });
});

describe('holiday notices a deployment adds in site.yaml', () => {
  const siteProblems = (holidays: string) => problemsAfter((content) => edit(content, 'site.yaml', /^asOf: .*$/m, `$&\nholidays:\n${holidays}`)).filter((problem) => problem.file.endsWith('site.yaml'));

  it('refuses a date filed under another year, which the count would silently ignore', () => {
    const problems = siteProblems('  "2027":\n    holidays: ["2027-10-01", "2028-01-03"]\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 12, field: 'holidays.2027.holidays[1]' });
    expect(problems[0]!.zh).toContain('2028-01-03');
    expect(problems[0]!.en).toContain('2027');
  });

  it('refuses a day listed both as a holiday and as a day worked in lieu', () => {
    const problems = siteProblems('  "2027":\n    holidays: ["2027-10-01"]\n    workdays: ["2027-10-01"]\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 13, field: 'holidays.2027.workdays[0]' });
    expect(problems[0]!.zh).toContain('2027-10-01');
  });

  it('says what a year key must look like', () => {
    const problems = siteProblems('  "27":\n    holidays: ["2027-10-01"]\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.zh).toContain('年份写四位数字');
    expect(problems[0]!.en).toContain('four digits');
  });
});

describe('a plan due in no working days', () => {
  it('is refused with a message that says the number must be more than 0, not that it cannot be less than 0', () => {
    const problems = problemsAfter((content) => edit(content, 'inspections/muni-2026.yaml', 'workingDays: 30', 'workingDays: 0'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/inspections/muni-2026.yaml', field: 'planDue.workingDays' });
    expect(problems[0]!.zh).toBe('planDue.workingDays 必须大于 0。');
    expect(problems[0]!.en).toBe('planDue.workingDays must be more than 0.');
  });
});
