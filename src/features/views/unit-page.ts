import type { Entry, Ledger } from '../../core/ledger.ts';
import { paths } from '../../core/urls.ts';
import type { Jurisdiction } from '../../schemas/jurisdiction.ts';
import type { Unit } from '../../schemas/unit.ts';
import { filterLabel, groupsContaining, unitWork, type UnitWork } from './filters.ts';
import { progressChartLink } from './chart-list.ts';
import { findingRow, findingsAnswered, type FindingRow } from './finding-page.ts';
import { unitAnswer } from './answer.ts';

export interface UnitPage {
  unit: Entry<Unit>;
  name: string;
  /** The share and search description. */
  description: string;
  /** The sentence the page opens with: late items, next deadline, what it supervises; for a group, that it is one. */
  answer: string;
  work: UnitWork;
  /** How many of its tasks and measures are late. */
  late: number;
  jurisdiction: Entry<Jurisdiction> | undefined;
  /** For a group unit, its members; the group units it belongs to. */
  members: Entry<Unit>[];
  groups: Entry<Unit>[];
  /** The findings (反馈问题) its tasks answer, in ledger order, with their states. */
  findings: FindingRow[];
  /** Where each long list's "more" link goes: its full filtered list, or the open data where none exists. */
  responsibleList: { path: string; label: string };
  supervisedList: { path: string; label: string };
  feed: { path: string; title: string };
  /** Its progress chart (plan against record by month), when it is responsible for a measure. */
  progressChart: { path: string; label: string } | undefined;
}

/** What a unit's page shows. */
export function unitPage(ledger: Ledger, unit: Entry<Unit>): UnitPage {
  const name = unit.data.name;
  const work = unitWork(ledger, unit.id);
  const fullList = (dimension: 'responsible' | 'supervising', label: string) =>
    filterLabel(ledger, dimension, unit.id) !== undefined ? { path: paths.filter(dimension, unit.id), label } : { path: paths.data(), label: '全部数据见开放数据下载' };
  const known = (ids: readonly string[]) => ids.map((id) => ledger.units.get(id)).filter((entry) => entry !== undefined);
  return {
    unit,
    name,
    description: `${name}负责的整改任务${work.responsibleTasks.length}项、整改措施${work.responsibleMeasures.length}条，督导${work.supervisedTasks.length}项，验收${work.acceptanceTasks.length}项。`,
    answer: unitAnswer(ledger, unit, work),
    work,
    late: work.lateTasks.length + work.lateMeasures.length,
    jurisdiction: ledger.jurisdictions.get(unit.data.jurisdiction),
    members: known(unit.data.members),
    groups: known(groupsContaining(unit.id, ledger)),
    findings: findingsAnswered(ledger, work.responsibleTasks).map(findingRow),
    responsibleList: fullList('responsible', `查看${name}负责的全部任务和措施`),
    supervisedList: fullList('supervising', `查看${name}督导的全部任务`),
    feed: { path: paths.unitFeed(unit.id), title: `${name}的整改进展` },
    progressChart: progressChartLink(ledger, 'units', unit.id),
  };
}
