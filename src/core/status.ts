import type { ReportedStatus } from '../schemas/update.ts';
import { formatChineseDate, hasBegun, hasPassed } from './dates.ts';

/**
 * What a page shows for a task or measure. The reported states are claims units made in
 * updates; the others are derived here at build time and never typed by hand:
 * - 滞后: a due date has passed with no completion reported;
 * - 逾期未销号: the task's deadline has passed and no acceptance and close-out (验收销号) is published;
 * - 未报告: nothing has been reported yet.
 */
export type DerivedStatus = ReportedStatus | '滞后' | '逾期未销号' | '未报告';

export const STATUS_LABELS: Record<DerivedStatus, string> = {
  未启动: '未启动',
  序时推进: '序时推进',
  已完成: '已完成',
  已验收销号: '已验收销号',
  长期坚持: '长期坚持',
  滞后: '滞后',
  逾期未销号: '已过时限，未见销号',
  未报告: '暂无进展报告',
};

/** Every status in the order lists and counts show them. */
export const STATUS_ORDER: DerivedStatus[] = ['逾期未销号', '滞后', '未报告', '未启动', '序时推进', '长期坚持', '已完成', '已验收销号'];

export interface StatusClaim {
  date: string;
  status: ReportedStatus;
}

export interface StatusResult {
  status: DerivedStatus;
  /** True when the status was derived from dates rather than reported. */
  derived: boolean;
  /** Why, in a sentence for the reader. */
  reason: string;
  /** The latest claim on or before the as-of day, if any. */
  latest: StatusClaim | null;
}

const DONE: ReadonlySet<DerivedStatus> = new Set(['已完成', '已验收销号']);

export function isDone(status: DerivedStatus): boolean {
  return DONE.has(status);
}

/** The latest claim dated on or before the as-of day; claims must be sorted by date. */
export function latestClaim<Claim extends StatusClaim>(claims: readonly Claim[], asOf: string): Claim | null {
  let latest: Claim | null = null;
  for (const claim of claims) if (hasBegun(claim.date, asOf)) latest = claim;
  return latest;
}

/**
 * A measure's status on the as-of day: its latest reported claim, unless its due date (or,
 * without one, the task's deadline) has passed with no completion reported: then 滞后.
 */
export function deriveMeasureStatus(input: {
  due: string | null;
  ongoing: boolean;
  claims: readonly StatusClaim[];
  asOf: string;
}): StatusResult {
  const latest = latestClaim(input.claims, input.asOf);
  if (latest && isDone(latest.status)) {
    return { status: latest.status, derived: false, reason: `${formatChineseDate(latest.date)}报告${latest.status}`, latest };
  }
  if (input.due && hasPassed(input.due, input.asOf)) {
    return { status: '滞后', derived: true, reason: `时限${formatChineseDate(input.due)}已过，未见完成报告`, latest };
  }
  if (latest) return { status: latest.status, derived: false, reason: `${formatChineseDate(latest.date)}报告${latest.status}`, latest };
  if (input.ongoing) return { status: '长期坚持', derived: true, reason: '整改时限为立行立改，长期坚持', latest };
  return { status: '未报告', derived: false, reason: '尚未发布进展', latest };
}

/**
 * A task's status on the as-of day. Acceptance and close-out (已验收销号) ends it; otherwise a
 * passed deadline shows as 逾期未销号, a late measure as 滞后, then the latest claim.
 */
export function deriveTaskStatus(input: {
  deadlineMonth: string | null;
  ongoing: boolean;
  claims: readonly StatusClaim[];
  measureStatuses: readonly StatusResult[];
  asOf: string;
}): StatusResult {
  const latest = latestClaim(input.claims, input.asOf);
  if (latest?.status === '已验收销号') {
    return { status: '已验收销号', derived: false, reason: `${formatChineseDate(latest.date)}验收销号`, latest };
  }
  if (!input.ongoing && input.deadlineMonth && hasPassed(input.deadlineMonth, input.asOf)) {
    return {
      status: '逾期未销号',
      derived: true,
      reason: `整改时限${formatChineseDate(input.deadlineMonth)}已过，本站未见验收销号信息`,
      latest,
    };
  }
  const late = input.measureStatuses.filter((measure) => measure.status === '滞后').length;
  if (late > 0) return { status: '滞后', derived: true, reason: `${late}条措施时限已过，未见完成报告`, latest };
  if (latest) return { status: latest.status, derived: false, reason: `${formatChineseDate(latest.date)}报告${latest.status}`, latest };
  if (input.ongoing) return { status: '长期坚持', derived: true, reason: '整改时限为立行立改，长期坚持', latest };
  if (input.measureStatuses.length > 0 && input.measureStatuses.every((measure) => isDone(measure.status))) {
    return { status: '已完成', derived: true, reason: '各项措施均已报告完成，尚待验收销号', latest };
  }
  return { status: '未报告', derived: false, reason: '尚未发布进展', latest };
}
