import { lateCount, type LateCount, type WorkScope } from '../../core/counts.ts';
import { chineseNumeral, daysUntil, formatChineseDate } from '../../core/dates.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { nameOf, namesOf, unitsInBrief } from '../../core/names.ts';
import { measureResponsibleUnits } from '../../core/responsibility.ts';
import { isDone, STATUSES, type StatusResult } from '../../core/status.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Unit } from '../../schemas/unit.ts';
import { nextDeadline } from './dashboard.ts';
import type { UnitWork } from './filters.ts';

/**
 * The answer first (先说结论): the one plain sentence a county, unit or task page opens with,
 * before its tables. It says how many items are late here (the same count every page gives:
 * lateCount), the next deadline, and who is responsible.
 */

const LATE = STATUSES.逾期.label;

/** Units a sentence names before it says `等N个单位`. */
const UNITS_NAMED = 3;

/** `8项整改任务中有2项逾期，37条措施中有3条逾期`, or that none is late; the measures left out when there are none. */
function lateClause(scope: WorkScope, late: LateCount): string {
  const tasks = scope.tasks.length;
  const measures = scope.measures.length;
  // A reopened task is not counted late (its status says more), but "none late" alone would hide it.
  const reopenedTasks = scope.tasks.filter((view) => view.status.status === '重新整改').length;
  const reopened = reopenedTasks > 0 ? `，另有${reopenedTasks}项任务${STATUSES.重新整改.label}` : '';
  if (late.tasks + late.measures === 0) return `${measures > 0 ? `${tasks}项整改任务、${measures}条措施都没有${LATE}` : `${tasks}项整改任务都没有${LATE}`}${reopened}`;
  const taskPart = `${tasks}项整改任务中${late.tasks > 0 ? `有${late.tasks}项${LATE}` : `没有${LATE}的`}`;
  return `${measures > 0 ? `${taskPart}，${measures}条措施中${late.measures > 0 ? `有${late.measures}条${LATE}` : `没有${LATE}的`}` : taskPart}${reopened}`;
}

/** `下一个时限是2022年12月（任务六第2条措施等3项）`, or that none is ahead. */
function deadlineClause(scope: WorkScope, asOf: string): string {
  const found = nextDeadline(scope, asOf);
  if (!found) {
    const ongoing = scope.tasks.some((view) => view.task.deadline.ongoing && !isDone(view.status.status));
    return `没有尚未到期的时限${ongoing ? '（立行立改、长期坚持的任务没有截止日期）' : ''}`;
  }
  const { next, sameDay } = found;
  const item = `任务${chineseNumeral(next.task.task.number)}${next.measure ? `第${next.measure.measure.number}条措施` : ''}`;
  return `下一个时限是${formatChineseDate(next.due)}（${item}${sameDay > 1 ? `等${sameDay}项` : ''}）`;
}

/** A status in words: its label, with why when the site derived it or a look-back reopened it, or when it was reported. */
function statusInWords(status: StatusResult): string {
  const label = STATUSES[status.status].label;
  if (status.derived || status.status === '重新整改') return `${label}（${status.reason}）`;
  if (status.latest) return `${label}（${formatChineseDate(status.latest.date)}报告）`;
  return label;
}

/** What a county (or zone) page opens with: late items of the area, its next deadline, and the units seated there. */
export function countyAnswer(ledger: Ledger, area: Entry<Jurisdiction>, scope: WorkScope, localUnits: readonly Entry<Unit>[]): string {
  const name = area.data.name;
  const asOf = `截至${formatChineseDate(ledger.asOf)}`;
  if (scope.tasks.length === 0) return `${asOf}，没有涉及${name}的整改任务。`;
  const local = localUnits.filter((unit) => unit.data.members.length === 0);
  // Without a unit seated there (市本级), the units named on its measures, as the plan names them.
  const who =
    local.length > 0
      ? `当地的责任单位是${unitsInBrief(local.map((unit) => unit.data.name), UNITS_NAMED)}`
      : `责任单位有${unitsInBrief(namesOf(ledger, 'units', [...new Set(scope.measures.flatMap(({ measure }) => measureResponsibleUnits(measure)))]), UNITS_NAMED)}`;
  return `${asOf}，涉及${name}的${lateClause(scope, lateCount(scope))}；${deadlineClause(scope, ledger.asOf)}；${who}。`;
}

/** What a unit page opens with: its late items, its next deadline, what it supervises; a group says it is one and where its work is counted. */
export function unitAnswer(ledger: Ledger, unit: Entry<Unit>, work: UnitWork): string {
  const name = unit.data.name;
  const asOf = `截至${formatChineseDate(ledger.asOf)}`;
  const scope: WorkScope = { tasks: work.responsibleTasks, measures: work.responsibleMeasures };
  // Tasks it accepts as the host of a coordinating body's office are not among those it supervises.
  const supervised = new Set(work.supervisedTasks);
  const acceptsOfOwn = work.acceptanceTasks.filter((view) => supervised.has(view)).length;
  const acceptsAsHost = work.acceptanceTasks.length - acceptsOfOwn;
  const supervises = [
    work.supervisedTasks.length > 0 ? `它督导${work.supervisedTasks.length}项任务${acceptsOfOwn > 0 ? `，其中${acceptsOfOwn}项由它验收` : ''}` : '',
    acceptsAsHost > 0 ? `${work.supervisedTasks.length > 0 ? '另' : '它'}作为议事协调机构所在的部门验收${acceptsAsHost}项任务` : '',
  ]
    .filter(Boolean)
    .join('；');
  if (unit.data.kind === 'group' || unit.data.members.length > 0) {
    const members = namesOf(ledger, 'units', unit.data.members);
    const what = members.length > 0 ? `${name}是合称，包括${unitsInBrief(members, 5)}` : `${name}是合称，方案没有列明包括哪些单位`;
    if (scope.tasks.length === 0) return `${what}。`;
    const counted = members.length > 0 ? '，都计入每个成员单位的统计' : '';
    return `${what}；${asOf}，写给它的${lateClause(scope, lateCount(scope))}${counted}。`;
  }
  if (scope.tasks.length === 0) return `${asOf}，${name}不是任何整改任务的责任单位${supervises ? `；${supervises}` : ''}。`;
  return `${asOf}，${name}负责的${lateClause(scope, lateCount(scope))}；${deadlineClause(scope, ledger.asOf)}${supervises ? `；${supervises}` : ''}。`;
}

/** What a task page opens with: its status in words, its deadline, who is responsible and who accepts it. */
export function taskAnswer(ledger: Ledger, view: TaskView): string {
  const { deadline } = view.task;
  const days = deadline.month && !deadline.ongoing ? daysUntil(deadline.month, ledger.asOf) : null;
  const when = days === null ? '' : days < 0 ? `，已过去${-days}天` : days === 0 ? '，今天到期' : `，还有${days}天`;
  const responsible = unitsInBrief(namesOf(ledger, 'units', view.task.responsibleUnits), UNITS_NAMED);
  // A status worked out from the deadline has named it already (长期坚持, or 逾期 with the time limit
  // passed): the sentence then adds only how long ago, never the deadline a second time.
  const named = view.status.derived && (view.status.status === '长期坚持' ? deadline.ongoing : view.status.reason.includes(deadline.text));
  const deadlinePart = named ? (days !== null && days < 0 ? `；时限已过去${-days}天` : '') : `；整改时限为${deadline.text}${when}`;
  return `截至${formatChineseDate(ledger.asOf)}，整改任务${chineseNumeral(view.task.number)}${statusInWords(view.status)}${deadlinePart}；责任单位是${responsible}，由${nameOf(ledger, 'units', view.acceptanceUnit)}验收。`;
}
