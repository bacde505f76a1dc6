import { STATUS_LABELS } from '../../core/status.ts';
import type { Update } from '../../schemas/update.ts';
import { hasBegun } from '../../core/dates.ts';
import type { Entry, Ledger } from '../../core/ledger.ts';
import { updateScope, type NamedKind } from '../../core/names.ts';

/** One line of a page's "what changed" (修改记录): an update, or a day its content file was committed. */
export interface PageChange {
  date: string;
  kind: 'update' | 'content';
  text: string;
  /** The update's id, for a link to it on the page. */
  update?: string;
}

/**
 * What changed on a task page, newest first: its updates (by the date they report) and the
 * days its content files changed in git. An update dated after the as-of day is not shown yet.
 */
export function pageChanges(updates: readonly Entry<Update>[], contentDates: readonly string[], asOf: string, ledger: Pick<Ledger, NamedKind>): PageChange[] {
  const changes: PageChange[] = [
    ...updates
      .filter((update) => hasBegun(update.data.date, asOf))
      .map((update): PageChange => ({
        date: update.data.date,
        kind: 'update',
        text: `整改进展：${update.data.measure !== undefined ? '' : '任务'}${updateScope(ledger, update.data)}报告${STATUS_LABELS[update.data.status]}`,
        update: update.id,
      })),
    ...contentDates.map((date): PageChange => ({ date, kind: 'content', text: '本页内容文件修改（据 git 提交记录）' })),
  ];
  return changes.sort((a, b) => b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind));
}

