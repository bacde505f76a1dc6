import { chineseNumeral, formatChineseDate } from '../../core/dates.ts';
import type { Ledger, TaskView } from '../../core/ledger.ts';
import { nameOf, namesOf, unitsInBrief } from '../../core/names.ts';
import { STATUS_LABELS } from '../../core/status.ts';

/** Responsible units a shared description names before it says `等N个单位`. */
const UNITS_NAMED = 2;

/**
 * What a task page says of itself when it is shared or found (og:description, description): the
 * city, the task, its status on the as-of day (推算 when the site derived it from dates), its
 * deadline and who is responsible, in whole sentences. The finding it answers is on the page.
 */
export function taskShareDescription(ledger: Ledger, view: TaskView): string {
  const { task, status } = view;
  const city = view.plan ? nameOf(ledger, 'jurisdictions', view.plan.data.jurisdiction) : '';
  const label = `${STATUS_LABELS[status.status]}${status.derived ? '（本站推算）' : ''}`;
  const named = unitsInBrief(namesOf(ledger, 'units', task.responsibleUnits), UNITS_NAMED);
  return [
    `${city}督察整改任务${chineseNumeral(task.number)}：${task.title}。`,
    `截至${formatChineseDate(ledger.asOf)}，状态：${label}。`,
    `整改时限：${task.deadline.text}。`,
    named && `责任单位：${named}。`,
  ].join('');
}
