import { formatChineseDate } from '../../core/dates.ts';
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
