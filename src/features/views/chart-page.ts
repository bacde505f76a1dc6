import type { Ledger, TaskView } from '../../core/ledger.ts';
import { entryById } from '../../core/lookup.ts';
import { paths } from '../../core/urls.ts';
import type { ChartSpec } from '../charts/index.ts';

export interface ChartPage {
  /** The task a measure-target chart comes from; other charts have none. */
  task: TaskView | undefined;
  /** The plan, unit or county page a progress chart is drawn for. */
  subject: { path: string; label: string } | undefined;
}

/** The plan, unit or county a progress chart (progress/<scope>/<id>) is drawn for, with its page. */
function progressSubjectOf(ledger: Ledger, id: string): ChartPage['subject'] {
  const match = /^progress\/(plans|units|counties)\/(.+)$/.exec(id);
  if (!match) return undefined;
  const [, scope, subject] = match as unknown as [string, 'plans' | 'units' | 'counties', string];
  if (scope === 'plans') {
    const plan = entryById(ledger.plans, subject);
    return plan && { path: paths.plan(plan.id), label: plan.data.title };
  }
  if (scope === 'units') {
    const unit = ledger.units.get(subject);
    return unit && { path: paths.unit(unit.id), label: unit.data.name };
  }
  const area = ledger.jurisdictions.get(subject);
  return area && { path: paths.county(area.id), label: area.data.name };
}

/** What a chart's own page shows besides the chart: the task its targets come from (targets/<task>/measure-N), or the page a progress chart is for. */
export function chartPage(ledger: Ledger, spec: ChartSpec): ChartPage {
  const taskId = /^targets\/(.+)\/measure-\d+(?:-\d+)?$/.exec(spec.id)?.[1];
  return { task: taskId ? ledger.taskById.get(taskId) : undefined, subject: progressSubjectOf(ledger, spec.id) };
}
