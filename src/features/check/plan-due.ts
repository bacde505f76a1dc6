import { endOfPeriod, formatChineseDate, hasBegun, startOfPeriod } from '../../core/dates.ts';
import { addWorkingDays, type WorkingDayCalendar } from '../../core/working-days.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { ValidEntry } from './index.ts';
import type { Problem } from './problem.ts';

/**
 * A plan due date given in working days (`planDue.workingDays`) must be countable, and agree with
 * the date when both are given: the build counts it on the same calendar, so what passes here is
 * what the pages show.
 */
export function planDueProblems(inspections: readonly ValidEntry<Inspection>[], calendar: WorkingDayCalendar): Problem[] {
  const problems: Problem[] = [];
  for (const entry of inspections) {
    const due = entry.data.planDue;
    const from = due?.from ?? entry.data.feedbackDate;
    if (due?.workingDays === undefined || !from) continue;
    const count = addWorkingDays(from, due.workingDays, calendar);
    if (!count.ok) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['planDue', 'workingDays']),
        field: 'planDue.workingDays',
        zh: count.explanation,
        en: `cannot count working days: no holiday notice for ${count.year} is known. Add that year's notice under holidays in content/site.yaml, or give planDue.date.`,
      });
    } else if (due.date && due.date !== count.date) {
      problems.push({
        file: entry.source.file,
        line: entry.source.lineOf(['planDue', 'date']),
        field: 'planDue.date',
        zh: `planDue.date 写的是${formatChineseDate(due.date)}，按${due.workingDays}个工作日推算应为${formatChineseDate(count.date)}（${count.explanation}）请核对：删去其中一项，或改正。`,
        en: `planDue.date says ${due.date}, but ${due.workingDays} working days from ${from} come to ${count.date}: check the feedback, then correct one of them or leave one out.`,
      });
    }
  }
  return problems;
}

/**
 * An inspection's dates in their order: the feedback is given after the visit ends and on or
 * before the as-of day (its findings are published from the feedback on), and working days are
 * counted from the feedback or a later day, never an earlier one.
 */
export function inspectionDateProblems(inspections: readonly ValidEntry<Inspection>[], asOf: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of inspections) {
    const { feedbackDate, visit, planDue } = entry.data;
    const at = (path: PropertyKey[], field: string, zh: string, en: string) => problems.push({ file: entry.source.file, line: entry.source.lineOf(path), field, zh, en });
    if (feedbackDate && !hasBegun(feedbackDate, asOf)) {
      at(
        ['feedbackDate'],
        'feedbackDate',
        `反馈日期 ${formatChineseDate(feedbackDate)} 晚于截至日期 ${formatChineseDate(asOf)}。反馈问题自反馈之日起公布：请核对日期；尚未反馈的，先不写 feedbackDate，也不要录入反馈问题。`,
        `the feedback is dated ${feedbackDate}, after the as-of date ${asOf}: findings are published from the feedback on; check the date, or leave feedbackDate and the findings out until the feedback is given.`,
      );
    }
    if (feedbackDate && visit && endOfPeriod(feedbackDate) < visit.end) {
      at(
        ['feedbackDate'],
        'feedbackDate',
        `反馈日期 ${formatChineseDate(feedbackDate)} 早于进驻结束日期 ${formatChineseDate(visit.end)}。督察在进驻结束后反馈：请核对 feedbackDate 和 visit.end。`,
        `the feedback is dated ${feedbackDate}, before the visit ended on ${visit.end}: an inspection gives its feedback after the visit; check feedbackDate and visit.end.`,
      );
    }
    if (planDue?.from && feedbackDate && planDue.from < startOfPeriod(feedbackDate)) {
      at(
        ['planDue', 'from'],
        'planDue.from',
        `planDue.from 写的是 ${formatChineseDate(planDue.from)}，早于反馈日期 ${formatChineseDate(feedbackDate)}。工作日从反馈之日（或之后收到反馈的日子）起算：请改正 planDue.from，或删去它以从反馈日期起算。`,
        `planDue.from is ${planDue.from}, before the feedback of ${feedbackDate}: working days are counted from the feedback or a later day; correct planDue.from, or leave it out to count from the feedback.`,
      );
    }
  }
  return problems;
}
