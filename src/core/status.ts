import type { ReportedStatus } from '../schemas/update.ts';
import { formatChineseDate, hasBegun, hasPassed } from './dates.ts';

/**
 * What a page shows for a task or measure. The reported states are claims units made in
 * updates; the others are derived here at build time and never typed by hand:
 * - 滞后: a due date has passed with no completion reported;
 * - 逾期未销号: the task's deadline has passed and no acceptance and close-out (验收销号) is published;
 * - 未报告: nothing has been reported yet.
 * 重新整改 (reopened) is reported, not derived, and wins over the derived states: see deriveTaskStatus.
 */
export type DerivedStatus = ReportedStatus | '滞后' | '逾期未销号' | '未报告';

/** The visual family of a status: colour plus a shape, so that it never relies on colour alone. */
export type Tone = 'late' | 'done' | 'active' | 'none';

export interface StatusInfo {
  /** What a page says. */
  label: string;
  /** Its visual family (colour and marker shape). */
  tone: Tone;
  /** Its URL slug in filtered lists: ASCII, so links stay readable when shared. */
  slug: string;
  /** Counts as late: behind a due date or past the deadline without close-out. */
  late: boolean;
  /** Counts as done: reported completed or accepted and closed out, never derived from dates. */
  done: boolean;
}

/**
 * The status vocabulary: every status a task or measure can show, in the order lists and
 * counts show them, with everything the site says or decides about it. The one place that
 * defines what is late, what is done, how a status is labelled, coloured and linked.
 */
export const STATUSES: Readonly<Record<DerivedStatus, StatusInfo>> = {
  逾期未销号: { label: '已过时限，未见销号', tone: 'late', slug: 'overdue', late: true, done: false },
  滞后: { label: '滞后', tone: 'late', slug: 'behind', late: true, done: false },
  未报告: { label: '暂无进展报告', tone: 'none', slug: 'unreported', late: false, done: false },
  未启动: { label: '未启动', tone: 'none', slug: 'not-started', late: false, done: false },
  序时推进: { label: '序时推进', tone: 'active', slug: 'on-schedule', late: false, done: false },
  长期坚持: { label: '长期坚持', tone: 'active', slug: 'ongoing', late: false, done: false },
  // Reopened (重新整改): a later look-back (回头看), an inspection or a supervising unit found what
  // was closed out or completed not really rectified. A problem, so it has the late tone (drawn
  // and coloured like lateness); never done, since the earlier completion no longer stands; but not
  // counted as late, which is derived from dates only: a reopening is a reported fact, and the
  // dashboard counts it on its own.
  重新整改: { label: '回头看发现问题，重新整改', tone: 'late', slug: 'reopened', late: false, done: false },
  已完成: { label: '已完成', tone: 'done', slug: 'completed', late: false, done: true },
  已验收销号: { label: '已验收销号', tone: 'done', slug: 'closed', late: false, done: true },
};

/** The tones in the order a legend shows them, each with the statuses it stands for in words. */
export const TONES: readonly { tone: Tone; legend: string }[] = [
  { tone: 'late', legend: '滞后、已过时限未见销号、重新整改' },
  { tone: 'active', legend: '序时推进、长期坚持' },
  { tone: 'done', legend: '已完成、已验收销号' },
  { tone: 'none', legend: '未启动、暂无进展报告' },
];

/** Every status in the order lists and counts show them. */
export const STATUS_ORDER = Object.keys(STATUSES) as DerivedStatus[];

/** What a page shows for each status. */
export const STATUS_LABELS = Object.fromEntries(STATUS_ORDER.map((status) => [status, STATUSES[status].label])) as Record<DerivedStatus, string>;

/** URL slugs of the statuses, as filtered lists use them. */
export const STATUS_SLUGS = Object.fromEntries(STATUS_ORDER.map((status) => [status, STATUSES[status].slug])) as Record<DerivedStatus, string>;

/** The status whose slug this is, if any. */
export function statusFromSlug(slug: string): DerivedStatus | undefined {
  return STATUS_ORDER.find((status) => STATUSES[status].slug === slug);
}

/** The visual family of a status. */
export function statusTone(status: DerivedStatus): Tone {
  return STATUSES[status].tone;
}

/** Behind a due date (滞后) or past the deadline without close-out (逾期未销号). */
export function isLate(status: DerivedStatus): boolean {
  return STATUSES[status].late;
}

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

/** Reported 已完成 or 已验收销号. */
export function isDone(status: DerivedStatus): boolean {
  return STATUSES[status].done;
}

/** The latest claim dated on or before the as-of day; claims must be sorted by date. */
export function latestClaim<Claim extends StatusClaim>(claims: readonly Claim[], asOf: string): Claim | null {
  let latest: Claim | null = null;
  for (const claim of claims) if (hasBegun(claim.date, asOf)) latest = claim;
  return latest;
}

/**
 * The reopening (重新整改) still standing on the as-of day: the latest one with no completion
 * (已完成 or 已验收销号) reported after it; progress reported since does not end it. Claims sorted by date.
 */
export function standingReopening<Claim extends StatusClaim>(claims: readonly Claim[], asOf: string): Claim | null {
  let reopening: Claim | null = null;
  for (const claim of claims) {
    if (!hasBegun(claim.date, asOf)) continue;
    if (claim.status === '重新整改') reopening = claim;
    else if (isDone(claim.status)) reopening = null;
  }
  return reopening;
}

/**
 * A measure's status on the as-of day: its latest reported claim, unless its due date (or,
 * without one, the task's deadline) has passed with no completion reported: then 滞后. A
 * reopening (重新整改) stands, progress reported since included, until a later 已完成 (see
 * deriveTaskStatus for why it wins over 滞后).
 */
export function deriveMeasureStatus(input: {
  due: string | null;
  ongoing: boolean;
  claims: readonly StatusClaim[];
  asOf: string;
}): StatusResult {
  const latest = latestClaim(input.claims, input.asOf);
  if (latest && isDone(latest.status)) return reported(latest);
  const reopening = standingReopening(input.claims, input.asOf);
  if (reopening) return reopened(reopening, latest!);
  if (input.due && hasPassed(input.due, input.asOf)) {
    return { status: '滞后', derived: true, reason: `时限${formatChineseDate(input.due)}已过，未见完成报告`, latest };
  }
  if (latest) return reported(latest);
  if (input.ongoing) return { status: '长期坚持', derived: true, reason: '整改时限为立行立改，长期坚持', latest };
  return { status: '未报告', derived: false, reason: '尚未发布进展', latest };
}

/** The status a claim reports, with its date as the reason. */
function reported(latest: StatusClaim): StatusResult {
  return { status: latest.status, derived: false, reason: `${formatChineseDate(latest.date)}报告${latest.status}`, latest };
}

/** 重新整改 from a standing reopening, saying when, and what was reported since if anything. */
function reopened(reopening: StatusClaim, latest: StatusClaim): StatusResult {
  const since = latest === reopening ? '' : `，${formatChineseDate(latest.date)}报告${latest.status}`;
  return { status: '重新整改', derived: false, reason: `${formatChineseDate(reopening.date)}${STATUSES.重新整改.label}${since}`, latest };
}

/**
 * A task's status on the as-of day. Its latest acceptance and close-out (已验收销号) ends it;
 * then a standing reopening (重新整改) of the task (progress reported since included, until it
 * is reported 已完成 or closed out again) or of one of its measures shows as 重新整改; otherwise a passed deadline shows as 逾期未销号, a late measure as 滞后, then the
 * latest claim.
 *
 * A reopening wins over 逾期未销号 and 滞后 because it says more and says it first: the task
 * was closed out or completed, and an inspection or its supervisors found that untrue. 逾期未销号
 * ("no close-out published") would be false of a task whose close-out was published and then
 * found wanting, and 滞后 would hide the finding behind a date. Only a new close-out ends it.
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
  const reopening = standingReopening(input.claims, input.asOf);
  if (reopening) return reopened(reopening, latest!);
  const reopenedMeasures = input.measureStatuses.filter((measure) => measure.status === '重新整改').length;
  if (reopenedMeasures > 0) {
    return { status: '重新整改', derived: true, reason: `${reopenedMeasures}条措施${STATUSES.重新整改.label}`, latest };
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
  if (latest) return reported(latest);
  if (input.ongoing) return { status: '长期坚持', derived: true, reason: '整改时限为立行立改，长期坚持', latest };
  if (input.measureStatuses.length > 0 && input.measureStatuses.every((measure) => isDone(measure.status))) {
    return { status: '已完成', derived: true, reason: '各项措施均已报告完成，尚待验收销号', latest };
  }
  return { status: '未报告', derived: false, reason: '尚未发布进展', latest };
}
