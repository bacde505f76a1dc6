import type { ReportedStatus } from '../schemas/update.ts';
import { formatChineseDate, hasBegun, hasPassed } from './dates.ts';

/**
 * What a page shows for a task or measure. The reported states are claims units made in
 * updates; the others are derived here at build time and never typed by hand:
 * - 逾期 (late, overdue): a time limit has passed and what ends the item is not published. One
 *   word and one rule for tasks and measures alike: a measure is late once its due date (or,
 *   without one, its task's deadline) has passed with no completion (已完成) reported; a task is
 *   late once its deadline has passed with no acceptance and close-out (验收销号) published, or
 *   while any of its measures is late. Official bulletins also say 滞后 (behind schedule) for
 *   slow progress; the site judges nothing but dates, so it says 逾期 (see the README);
 * - 未报告: nothing has been reported yet.
 * 重新整改 (reopened) is reported, not derived, and wins over lateness: see deriveTaskStatus.
 */
export type DerivedStatus = ReportedStatus | '逾期' | '未报告';

/** The visual family of a status: colour plus a shape, so that it never relies on colour alone. */
export type Tone = 'late' | 'done' | 'active' | 'none';

export interface StatusInfo {
  /** What a page says. */
  label: string;
  /** Its visual family (colour and marker shape). */
  tone: Tone;
  /** Its URL slug in filtered lists, and its entry's anchor in the glossary (术语说明): ASCII, so links stay readable when shared. */
  slug: string;
  /** Counts as late: a time limit passed without what ends the item. */
  late: boolean;
  /** Counts as done: reported completed or accepted and closed out, never derived from dates. */
  done: boolean;
  /** What it means, in a plain sentence or two for the glossary (术语说明). */
  meaning: string;
}

/**
 * The status vocabulary: every status a task or measure can show, in the order lists and
 * counts show them, with everything the site says or decides about it. The one place that
 * defines what is late, what is done, how a status is labelled, coloured, linked and explained.
 */
export const STATUSES: Readonly<Record<DerivedStatus, StatusInfo>> = {
  逾期: {
    label: '逾期',
    tone: 'late',
    slug: 'overdue',
    late: true,
    done: false,
    meaning:
      '时限已过，本站仍未见到应有的报告：措施过了时限未见完成报告；整改任务过了整改时限未见验收销号，或者它有措施逾期。逾期由本站按时限推算，不是责任单位的报告。时限写到月的，到该月最后一天结束后才算逾期。',
  },
  未报告: { label: '暂无进展报告', tone: 'none', slug: 'unreported', late: false, done: false, meaning: '本站尚未见到责任单位发布的进展，时限也还没有过。' },
  未启动: { label: '未启动', tone: 'none', slug: 'not-started', late: false, done: false, meaning: '责任单位报告尚未开始整改。' },
  序时推进: { label: '序时推进', tone: 'active', slug: 'on-schedule', late: false, done: false, meaning: '责任单位报告正按计划的时间顺序推进整改，以便如期完成。' },
  长期坚持: {
    label: '长期坚持',
    tone: 'active',
    slug: 'ongoing',
    late: false,
    done: false,
    meaning: '整改时限为“立行立改，长期坚持”：立即整改，并一直坚持下去。这类任务没有统一的截止日期，没有进展报告时本站推算为“长期坚持”；其中写明了时限的措施，过了时限仍会逾期。',
  },
  // Reopened (重新整改): a later look-back (回头看), an inspection or a supervising unit found what
  // was closed out or completed not really rectified. A problem, so it has the late tone (drawn
  // and coloured like lateness); never done, since the earlier completion no longer stands; but not
  // counted as late, which is derived from dates only: a reopening is a reported fact, and the
  // dashboard counts it on its own.
  重新整改: {
    label: '回头看发现问题，重新整改',
    tone: 'late',
    slug: 'reopened',
    late: false,
    done: false,
    meaning:
      '已报告完成或已验收销号的问题，经“回头看”、后来的督察或督导单位检查，发现没有真正整改到位（例如虚假整改、敷衍整改），需要重新整改。此前的完成或销号记录仍然保留，并注明是谁发现的问题。',
  },
  已完成: { label: '已完成', tone: 'done', slug: 'completed', late: false, done: true, meaning: '责任单位报告已完成整改，尚待验收单位验收销号。' },
  已验收销号: {
    label: '已验收销号',
    tone: 'done',
    slug: 'closed',
    late: false,
    done: true,
    meaning: '验收单位验收，确认整改到位后予以销号（对照整改台账把这一项销去）。只有验收单位可以报告“已验收销号”，并须附依据。',
  },
};

/**
 * Slugs the vocabulary no longer uses, with the slug that took their place: their filtered lists
 * were published, so their addresses are sent on (src/features/site/permalinks.ts). `behind` was
 * 滞后, which the site now calls 逾期 with the past-deadline tasks that were `overdue`.
 */
export const RETIRED_STATUS_SLUGS: Readonly<Record<string, string>> = { behind: STATUSES.逾期.slug };

/** The tones in the order a legend shows them, each with the statuses it stands for in words. */
export const TONES: readonly { tone: Tone; legend: string }[] = [
  { tone: 'late', legend: `${STATUSES.逾期.label}、重新整改` },
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

/** Late (逾期): a time limit passed without what ends the item (see DerivedStatus). */
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

/**
 * Where a reported status comes in a thing's course, for reports of the same date: not started,
 * under way, done, closed out, reopened. Two reports of one day are put in this order, never in
 * the order of their file names.
 */
const COURSE: Readonly<Record<ReportedStatus, number>> = { 未启动: 0, 序时推进: 1, 长期坚持: 1, 已完成: 2, 已验收销号: 3, 重新整改: 4 };

/** The order of status reports (整改进展): by date, reports of one date in their course (`COURSE`), then by id. */
export function compareReports(a: { id: string; data: StatusClaim }, b: { id: string; data: StatusClaim }): number {
  return a.data.date.localeCompare(b.data.date) || COURSE[a.data.status] - COURSE[b.data.status] || a.id.localeCompare(b.id);
}

/**
 * The close-out (已验收销号) still standing on the as-of day: the latest one with no reopening
 * (重新整改) after it. Nothing else is reported on a closed-out task (the content check), so a
 * report sorted after it (of the same month, when one of them gives only the month) does not end it.
 */
export function standingCloseOut<Claim extends StatusClaim>(claims: readonly Claim[], asOf: string): Claim | null {
  let closeOut: Claim | null = null;
  for (const claim of claims) {
    if (!hasBegun(claim.date, asOf)) continue;
    if (claim.status === '已验收销号') closeOut = claim;
    else if (claim.status === '重新整改') closeOut = null;
  }
  return closeOut;
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
 * without one, the task's deadline) has passed with no completion reported: then 逾期. A
 * reopening (重新整改) stands, progress reported since included, until a later 已完成 (see
 * deriveTaskStatus for why it wins over 逾期).
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
    return { status: '逾期', derived: true, reason: `时限${formatChineseDate(input.due)}已过，未见完成报告`, latest };
  }
  if (latest) return reported(latest);
  if (input.ongoing) return { status: '长期坚持', derived: true, reason: '整改时限为立行立改，长期坚持', latest };
  return { status: '未报告', derived: false, reason: '尚未发布进展', latest };
}

/**
 * A measure's status once its task and places are counted. The close-out of its whole task,
 * standing on the day, covers each of its measures (已验收销号, derived), whatever each reported
 * before: the task was accepted as a whole. Its places reported done do not make the measure done
 * (a measure may say more than its places: 10 km of pipes besides a plant), but a measure late
 * with places reported done says so, rather than "no report of completion" beside those reports.
 */
export function coveredMeasureStatus(
  own: StatusResult,
  cover: { taskClaims: readonly StatusClaim[]; places: readonly (readonly StatusClaim[])[]; asOf: string },
): StatusResult {
  const closeOut = standingCloseOut(cover.taskClaims, cover.asOf);
  if (closeOut && own.status !== '已验收销号') {
    return { status: '已验收销号', derived: true, reason: `整改任务${formatChineseDate(closeOut.date)}验收销号`, latest: own.latest };
  }
  if (own.status !== '逾期' || cover.places.length === 0) return own;
  const done = cover.places.filter((claims) => {
    const latest = latestClaim(claims, cover.asOf);
    return latest !== null && isDone(latest.status);
  }).length;
  if (done === 0) return own;
  const places = done === cover.places.length ? `其${cover.places.length}处点位均已报告完成` : `其${cover.places.length}处点位中${done}处已报告完成`;
  return { ...own, reason: `${own.reason.replace(/，未见完成报告$/, '')}，措施本身未见完成报告（${places}）` };
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
 * is reported 已完成 or closed out again) or of one of its measures shows as 重新整改; otherwise
 * a passed deadline, or a late measure, shows as 逾期 (the reason says which), then the latest claim.
 *
 * A reopening wins over 逾期 because it says more and says it first: the task was closed out or
 * completed, and an inspection or its supervisors found that untrue. "No close-out published"
 * would be false of a task whose close-out was published and then found wanting, and a late
 * measure would hide the finding behind a date. Only a new close-out ends it.
 */
export function deriveTaskStatus(input: {
  deadlineMonth: string | null;
  ongoing: boolean;
  claims: readonly StatusClaim[];
  measureStatuses: readonly StatusResult[];
  asOf: string;
}): StatusResult {
  const latest = latestClaim(input.claims, input.asOf);
  const closeOut = standingCloseOut(input.claims, input.asOf);
  if (closeOut) {
    return { status: '已验收销号', derived: false, reason: `${formatChineseDate(closeOut.date)}验收销号`, latest: closeOut };
  }
  const reopening = standingReopening(input.claims, input.asOf);
  if (reopening) return reopened(reopening, latest!);
  const reopenedMeasures = input.measureStatuses.filter((measure) => measure.status === '重新整改').length;
  if (reopenedMeasures > 0) {
    return { status: '重新整改', derived: true, reason: `${reopenedMeasures}条措施${STATUSES.重新整改.label}`, latest };
  }
  if (!input.ongoing && input.deadlineMonth && hasPassed(input.deadlineMonth, input.asOf)) {
    return {
      status: '逾期',
      derived: true,
      reason: `整改时限${formatChineseDate(input.deadlineMonth)}已过，本站未见验收销号信息`,
      latest,
    };
  }
  const late = input.measureStatuses.filter((measure) => isLate(measure.status)).length;
  if (late > 0) return { status: '逾期', derived: true, reason: `${late}条措施时限已过，未见完成报告`, latest };
  if (latest) return reported(latest);
  if (input.ongoing) return { status: '长期坚持', derived: true, reason: '整改时限为立行立改，长期坚持', latest };
  if (input.measureStatuses.length > 0 && input.measureStatuses.every((measure) => isDone(measure.status))) {
    return { status: '已完成', derived: true, reason: '各项措施均已报告完成，尚待验收销号', latest };
  }
  // Progress reported on its measures only: the task is not "unreported". Nothing is late, so what
  // its measures report is under way (序时推进), or only not started (未启动).
  const onMeasures = input.measureStatuses.filter((measure) => measure.latest !== null);
  if (onMeasures.length > 0) {
    const started = onMeasures.some((measure) => measure.latest!.status !== '未启动');
    return {
      status: started ? '序时推进' : '未启动',
      derived: true,
      reason: started ? `任务尚未整体报告进展；${onMeasures.length}条措施已报告进展，没有逾期` : `任务尚未整体报告进展；${onMeasures.length}条措施报告尚未启动`,
      latest,
    };
  }
  return { status: '未报告', derived: false, reason: '尚未发布进展', latest };
}
