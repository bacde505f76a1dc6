import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import type { Update } from '../../schemas/update.ts';
import { itemsWith } from '../../core/lookup.ts';
import { paths } from '../../core/urls.ts';
import { totalsView, type TotalsView } from './complaints-page.ts';
import { sourceLine, type SourceLineView } from './source-line.ts';
import { planStateSentence } from '../../core/findings.ts';
import { findingRow, findingStateCounts, type FindingRow } from './finding-page.ts';
import type { FEEDBACK_PARTS, Inspection } from '../../schemas/inspection.ts';
import type { Plan } from '../../schemas/plan.ts';

/** What a page calls each part of a feedback that gives no heading of its own. */
export const FEEDBACK_PART_LABELS: Record<(typeof FEEDBACK_PARTS)[number], string> = {
  assessment: '督察认为',
  requirements: '督察要求',
  handover: '责任追究问题移交',
  other: '反馈意见的其他内容',
};

/** A part of the feedback as the page shows it: its heading, its paragraphs, its source. */
export interface FeedbackPartView {
  heading: string;
  paragraphs: string[];
  source: SourceLineView;
}

export const INSPECTION_LEVEL_LABELS: Record<Inspection['level'], string> = { central: '中央', provincial: '省级', municipal: '市级' };

export interface InspectionPage {
  inspection: Entry<Inspection>;
  levelLabel: string;
  inspectedName: string;
  /** Its plans, each with its tasks. */
  plans: { plan: Entry<Plan>; tasks: readonly TaskView[] }[];
  /** Its plan on the as-of day in one sentence: published on a date, or due and how late. */
  planState: string;
  /** True when the plan is due and not published by the as-of day. */
  planOverdue: boolean;
  /** How a due date given in working days was counted, while the plan is not published. */
  planCounting: string | null;
  findingCount: number;
  /** Its findings by number, under their headings in the order the headings first come. */
  findingGroups: { heading: string; findings: FindingRow[] }[];
  /** How many of its findings are in each state. */
  findingCounts: ReturnType<typeof findingStateCounts>;
  /** The feedback's assessment, shown before its findings, and its other parts, shown after. */
  assessment: FeedbackPartView[];
  otherParts: FeedbackPartView[];
  /** The people the feedback names, as it names them. */
  people: { name: string; position: string; note: string; source: SourceLineView }[];
  /** The latest complaint totals published, if any. */
  latestComplaintTotals: TotalsView | undefined;
  /** The inspection's complete filtered task list, where each plan's "more" link goes. */
  fullList: { path: string; label: string };
  /** Tasks it found not rectified and reopened (重新整改, a look-back's work), by task, each with its reopenings by it. */
  reopened: { task: TaskView; updates: Entry<Update>[] }[];
  /** Whether the page says where its plan stands: not for a look-back that reopened tasks and has no findings or plan of its own. */
  showsPlanState: boolean;
}

/** What an inspection page shows; its plans, tasks and findings are looked up in groups built once per ledger. */
export function inspectionPage(ledger: Ledger, inspection: Entry<Inspection>): InspectionPage {
  const data = inspection.data;
  const findings = itemsWith(ledger.findings, 'inspection', (finding) => finding.data.inspection, inspection.id);
  const headings = [...new Set(findings.map((finding) => finding.data.heading ?? ''))];
  const plans = itemsWith(ledger.plans, 'inspection', (plan) => plan.data.inspection, inspection.id);
  const planState = ledger.planStates.get(inspection.id)!;
  const reopenings = itemsWith(ledger.updates, 'reopening inspection', (update) => (update.data.status === '重新整改' ? update.data.inspection : undefined), inspection.id as string | undefined);
  const reopened = [...new Set(reopenings.map((update) => update.data.task))].flatMap((id) => {
    const task = ledger.taskById.get(id);
    return task ? [{ task, updates: reopenings.filter((update) => update.data.task === id) }] : [];
  });
  return {
    reopened,
    showsPlanState: reopened.length === 0 || findings.length > 0 || plans.length > 0 || data.planDue !== undefined,
    inspection,
    levelLabel: INSPECTION_LEVEL_LABELS[data.level],
    inspectedName: ledger.jurisdictions.get(data.inspectedJurisdiction)?.data.name ?? '',
    plans: plans.map((plan) => ({
      plan,
      tasks: itemsWith(ledger.tasks, 'plan', (view) => view.task.plan, plan.id),
    })),
    planState: planStateSentence(planState),
    planOverdue: !planState.published && planState.daysLate > 0,
    planCounting: planState.published ? null : planState.counting,
    findingCount: findings.length,
    findingGroups: headings.map((heading) => ({
      heading,
      findings: findings.filter((finding) => (finding.data.heading ?? '') === heading).map(findingRow),
    })),
    findingCounts: findingStateCounts(findings),
    assessment: data.feedback.filter((part) => part.part === 'assessment').map((part) => feedbackPart(ledger, part)),
    otherParts: data.feedback.filter((part) => part.part !== 'assessment').map((part) => feedbackPart(ledger, part)),
    people: data.people.map((person) => ({ name: person.name, position: person.position ?? '', note: person.note ?? '', source: sourceLine(ledger, person.source) })),
    latestComplaintTotals: data.complaintTotals.length > 0 ? totalsView(ledger, data.complaintTotals.at(-1)!) : undefined,
    fullList: { path: paths.filter('inspection', inspection.id), label: '查看本次督察的全部整改任务' },
  };
}

function feedbackPart(ledger: Ledger, part: Inspection['feedback'][number]): FeedbackPartView {
  return {
    heading: part.heading ?? FEEDBACK_PART_LABELS[part.part],
    paragraphs: part.text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean),
    source: sourceLine(ledger, part.source),
  };
}
