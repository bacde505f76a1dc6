import type { Inspection } from '../schemas/inspection.ts';
import type { Plan } from '../schemas/plan.ts';
import { daysUntil, formatChineseDate, hasBegun } from './dates.ts';
import type { Entry } from './ledger.ts';
import { isDone, isLate, STATUSES, type Tone } from './status.ts';
import { addWorkingDays, workingDayCalendar, type WorkingDayCalendar } from './working-days.ts';

/**
 * Where an inspection's rectification plan (整改方案) stands on the as-of day: published (the
 * first of its plans dated on or before that day), or not yet, with the due date the feedback
 * set (`planDue`) and how many days it is past.
 */
export type PlanState =
  | { published: true; plan: Entry<Plan>; date: string }
  | {
      published: false;
      due: string | null;
      rule: string | null;
      daysLate: number;
      /** How a due date given in working days was counted, for the page to show; null when the feedback gave the date. */
      counting: string | null;
    };

/**
 * The plan's due date: the date the feedback gives, or the date its working days (`workingDays`,
 * counted from `from` or the feedback date) come to on the holiday calendar, with how it was
 * counted. Null when neither is given, or the calendar lacks a year the count needs (the
 * content check refuses that, naming the year).
 */
export function planDueDate(inspection: Pick<Inspection, 'planDue' | 'feedbackDate'>, calendar: WorkingDayCalendar): { date: string | null; counting: string | null } {
  const due = inspection.planDue;
  if (!due) return { date: null, counting: null };
  const from = due.from ?? inspection.feedbackDate;
  const count = due.workingDays !== undefined && from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? addWorkingDays(from, due.workingDays, calendar) : undefined;
  if (due.date) return { date: due.date, counting: count?.ok && count.date === due.date ? count.explanation : null };
  if (!count) return { date: null, counting: null };
  return count.ok ? { date: count.date, counting: count.explanation } : { date: null, counting: count.explanation };
}

export function inspectionPlanState(
  inspection: Pick<Inspection, 'planDue' | 'feedbackDate'>,
  plans: readonly Entry<Plan>[],
  asOf: string,
  calendar: WorkingDayCalendar = workingDayCalendar(),
): PlanState {
  const published = plans.filter((plan) => hasBegun(plan.data.date, asOf)).sort((a, b) => a.data.date.localeCompare(b.data.date))[0];
  if (published) return { published: true, plan: published, date: published.data.date };
  const { date: due, counting } = planDueDate(inspection, calendar);
  return { published: false, due, rule: inspection.planDue?.rule ?? null, daysLate: due ? Math.max(0, -daysUntil(due, asOf)) : 0, counting };
}

/**
 * The plan's state in one sentence: "published on Y", or "due by X; not yet published (N days
 * late)". A date the plan's text does not state (its `dateNote` says how it was established) is
 * given as the site's, never as a fact of the source.
 */
export function planStateSentence(state: PlanState): string {
  if (state.published && state.plan.data.dateNote) return `整改方案已印发；方案原文未载明印发日期，本站记为${formatChineseDate(state.date)}。`;
  if (state.published) return `整改方案已于${formatChineseDate(state.date)}印发。`;
  if (!state.due) return '整改方案尚未公布。';
  const rule = state.rule ? `（${state.rule}）` : '';
  if (state.daysLate > 0) return `整改方案应于${formatChineseDate(state.due)}前报送${rule}，截至目前未见公布，已逾期${state.daysLate}天。`;
  return `整改方案应于${formatChineseDate(state.due)}前报送${rule}，尚未公布。`;
}

/**
 * What a page shows for a finding (反馈问题), derived from the tasks that answer it on the
 * as-of day, never typed by hand:
 * - before any task answers it, from its inspection's plan: not yet due, or due and late;
 * - once a plan is out but no task names it: not linked to a task;
 * - then from its tasks' statuses: reopened when any is reopened (重新整改: a look-back found it
 *   not rectified, which says more than any lateness), late when any is late, in progress, all
 *   done, all closed out.
 */
export type FindingState = 'plan-pending' | 'plan-late' | 'unassigned' | 'reopened' | 'late' | 'in-progress' | 'completed' | 'closed';

export interface FindingStateInfo {
  label: string;
  tone: Tone;
  /** Its URL slug, ASCII; its entry in the glossary (术语说明) is `finding-` and the slug. */
  slug: string;
  /** What it means, in a plain sentence for the glossary. */
  meaning: string;
}

/** The finding states in the order counts show them: the one place that labels, colours and explains them. */
export const FINDING_STATES: Readonly<Record<FindingState, FindingStateInfo>> = {
  'plan-late': {
    label: '整改方案逾期未公布',
    tone: 'late',
    slug: 'plan-late',
    meaning: '督察反馈后，整改方案应在规定期限内报送并公开；期限已过，本站仍未见到公布的整改方案。',
  },
  reopened: { label: STATUSES.重新整改.label, tone: 'late', slug: 'reopened', meaning: '回应这一问题的整改任务中，有经“回头看”等检查发现没有真正整改到位、需要重新整改的。' },
  late: { label: `整改${STATUSES.逾期.label}`, tone: 'late', slug: 'late', meaning: `回应这一问题的整改任务中，有${STATUSES.逾期.label}的。` },
  'plan-pending': { label: '整改方案待公布', tone: 'none', slug: 'plan-pending', meaning: '督察已反馈这一问题，整改方案还没有公布，报送期限也还没有过（或本站不知道期限）。' },
  unassigned: { label: '未见对应整改任务', tone: 'none', slug: 'unassigned', meaning: '整改方案已经公布，但本站还没有见到回应这一问题的整改任务。' },
  'in-progress': { label: '整改中', tone: 'active', slug: 'in-progress', meaning: `回应这一问题的整改任务正在整改，没有${STATUSES.逾期.label}的，也还没有全部完成。` },
  completed: { label: '已完成，待验收销号', tone: 'done', slug: 'completed', meaning: '回应这一问题的整改任务都已报告完成，其中还有尚待验收销号的。' },
  closed: { label: '已验收销号', tone: 'done', slug: 'closed', meaning: '回应这一问题的整改任务都已验收销号。' },
};

export const FINDING_STATE_ORDER = Object.keys(FINDING_STATES) as FindingState[];

export interface FindingStateResult {
  state: FindingState;
  /** Why, in a sentence for the reader. */
  reason: string;
}

/** The statuses of the tasks answering a finding, and its inspection's plan state. */
export function deriveFindingState(input: { taskStatuses: readonly (keyof typeof STATUSES)[]; plan: PlanState }): FindingStateResult {
  const statuses = input.taskStatuses;
  if (statuses.length === 0) {
    if (input.plan.published) return { state: 'unassigned', reason: '整改方案已印发，本站尚未见回应这一问题的整改任务。' };
    return { state: input.plan.daysLate > 0 ? 'plan-late' : 'plan-pending', reason: planStateSentence(input.plan) };
  }
  const count = statuses.length;
  const reopened = statuses.filter((status) => status === '重新整改').length;
  if (reopened > 0) return { state: 'reopened', reason: `回应这一问题的${count}项整改任务中，${reopened}项经回头看发现问题，重新整改。` };
  const late = statuses.filter(isLate).length;
  if (late > 0) return { state: 'late', reason: `回应这一问题的${count}项整改任务中，${late}项${STATUSES.逾期.label}。` };
  const closed = statuses.filter((status) => status === '已验收销号').length;
  if (closed === count) return { state: 'closed', reason: count === 1 ? '回应这一问题的整改任务已验收销号。' : `回应这一问题的${count}项整改任务均已验收销号。` };
  if (statuses.every(isDone)) return { state: 'completed', reason: `回应这一问题的整改任务已报告完成，${count - closed}项尚待验收销号。` };
  const done = statuses.filter(isDone).length;
  return { state: 'in-progress', reason: `回应这一问题的${count}项整改任务中，${done}项已完成或销号，${count - done}项正在整改。` };
}
