import type { CountyPage } from './county-page.ts';
import type { TaskPage } from './task-page.ts';
import type { UnitPage } from './unit-page.ts';

/**
 * One line of a long page's list of contents (本页目录): the anchor of a section and what the
 * section holds. County, unit and plan pages start with it, and fold their long sections
 * (src/components/Fold.astro), so that a reader on a phone sees the whole page at a glance.
 */
export interface ContentsEntry {
  id: string;
  label: string;
}

/** The anchors of the sections of long pages: the list of contents and the headings use the same. */
export const SECTION_IDS = {
  findings: 'findings',
  targets: 'targets',
  places: 'places',
  tasks: 'tasks',
  late: 'late',
  acceptance: 'acceptance',
  responsible: 'responsible',
  supervised: 'supervised',
  goal: 'goal',
  measures: 'measures',
  related: 'related',
  progress: 'progress',
  sources: 'sources',
} as const;

const present = (entries: readonly (ContentsEntry | false)[]): ContentsEntry[] => entries.filter((entry) => entry !== false);

/** The sections of a county page, in page order; a section the page leaves out is not listed. */
export function countyContents(page: Pick<CountyPage, 'findings' | 'targets' | 'places' | 'result'>): ContentsEntry[] {
  return present([
    page.findings.length > 0 && { id: SECTION_IDS.findings, label: `督察反馈问题（${page.findings.length}个）` },
    { id: SECTION_IDS.targets, label: `量化目标（${page.targets.length}项）` },
    page.places.length > 0 && { id: SECTION_IDS.places, label: `点位（${page.places.length}处）` },
    { id: SECTION_IDS.tasks, label: `任务（${page.result.tasks.length}项）和措施（${page.result.measures.length}条）` },
  ]);
}

/** The sections of a unit page, in page order. */
export function unitContents(page: Pick<UnitPage, 'work' | 'findings'>): ContentsEntry[] {
  const { work } = page;
  return present([
    { id: SECTION_IDS.late, label: `逾期的任务（${work.lateTasks.length}项）和措施（${work.lateMeasures.length}条）` },
    { id: SECTION_IDS.acceptance, label: `须验收的任务（${work.acceptanceTasks.length}项）` },
    { id: SECTION_IDS.responsible, label: `负责的任务（${work.responsibleTasks.length}项）和措施（${work.responsibleMeasures.length}条）` },
    { id: SECTION_IDS.supervised, label: `督导的任务（${work.supervisedTasks.length}项）` },
    page.findings.length > 0 && { id: SECTION_IDS.findings, label: `督察反馈问题（${page.findings.length}个）` },
  ]);
}

/**
 * A plan page's contents: the top-level headings of its text (each links into the folded text,
 * which opens when a heading in it is the target), then its task list.
 */
export function planContents(headings: readonly { depth: number; slug: string; text: string }[], taskCount: number): ContentsEntry[] {
  const top = Math.min(...headings.map((heading) => heading.depth));
  return [
    ...headings.filter((heading) => heading.depth === top).map((heading) => ({ id: heading.slug, label: heading.text })),
    { id: SECTION_IDS.tasks, label: `附件：整改任务清单（${taskCount}项）` },
  ];
}

/**
 * The sections of a task page, in page order. Nothing is folded there: the measures are what the
 * page is for, and addresses from elsewhere point into them; the list lets a reader on a phone go
 * straight to the progress reports, some forty screens down in 长辈模式.
 */
export function taskContents(page: Pick<TaskPage, 'view' | 'places' | 'news' | 'cases' | 'timeline'>): ContentsEntry[] {
  return present([
    { id: SECTION_IDS.findings, label: '督察反馈问题' },
    { id: SECTION_IDS.goal, label: '整改目标' },
    { id: SECTION_IDS.measures, label: `整改措施（${page.view.measures.length}条）` },
    page.places.length > 0 && { id: SECTION_IDS.places, label: `涉及点位（${page.places.length}处）` },
    page.news.length + page.cases.length > 0 && { id: SECTION_IDS.related, label: '相关动态与典型案例' },
    { id: SECTION_IDS.progress, label: `整改进展（${page.timeline.length}条）` },
    { id: SECTION_IDS.sources, label: '来源、修改记录与引用' },
  ]);
}
