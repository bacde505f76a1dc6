import { bulletinList, type BulletinRef } from './bulletin-page.ts';
import type { PeriodKind } from '../../core/periods.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { entryById, itemsWith } from '../../core/lookup.ts';
import { paths } from '../../core/urls.ts';
import type { LedgerDocument } from '../../schemas/document.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import type { Plan } from '../../schemas/plan.ts';
import { progressChartLink } from './chart-list.ts';

export interface PlanPage {
  /** Its latest regular bulletin whose period is over (or the current one when none is), if any. */
  latestBulletin: BulletinRef | undefined;
  inspection: Entry<Inspection> | undefined;
  /** The plan's document, when it has files to link. */
  attachments: LedgerDocument['attachments'];
  tasks: readonly TaskView[];
  /** The inspection's complete filtered task list, where the table's "more" link goes. */
  fullList: { path: string; label: string };
  /** Its progress chart (plan against record by month), when it has a measure. */
  progressChart: { path: string; label: string } | undefined;
}

/** What a plan page shows besides its text: its inspection, the document's files and its tasks. */
export function planPage(ledger: Ledger, plan: Entry<Plan>, bulletinPeriod: PeriodKind = 'bimonth'): PlanPage {
  const bulletins = bulletinList(ledger, bulletinPeriod).filter((ref) => ref.plan.id === plan.id && ref.period.kind === bulletinPeriod);
  return {
    latestBulletin: bulletins.findLast((ref) => ref.final) ?? bulletins.at(-1),
    inspection: entryById(ledger.inspections, plan.data.inspection),
    attachments: ledger.documents.get(plan.data.document)?.data.attachments ?? [],
    tasks: itemsWith(ledger.tasks, 'plan', (view) => view.task.plan, plan.id),
    fullList: { path: paths.filter('inspection', plan.data.inspection), label: '查看本次督察的全部整改任务' },
    progressChart: progressChartLink(ledger, 'plans', plan.id),
  };
}
