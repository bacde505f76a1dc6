import { describe, expect, it } from 'vitest';
import {
  articlePage,
  casePage,
  chartPage,
  documentCitations,
  documentLibrary,
  documentPage,
  indicatorPage,
  inspectionPage,
  mapLayerPage,
  planPage,
  sourceLine,
} from '../../src/features/views/index.ts';
import type { ChartSpec } from '../../src/features/charts/index.ts';
import { CITY, DEFAULTS, INSPECTION, jurisdiction, ledgerOf, PLAN, task, update, type Raw, place as placeOf } from '../helpers/ledger-builder.ts';

const documents: Raw[] = [
  ...DEFAULTS.documents!,
  { id: 'feedback', title: '督察反馈意见', kind: 'feedback', issuer: '示例督察组', date: '2021-10', attachments: [{ title: '反馈意见全文', file: 'feedback.pdf' }] },
  { id: 'evidence', title: '验收报告', kind: 'report', date: '2025-02' },
  { id: 'unused', title: '未引用的文件', kind: 'other' },
];
const second = { id: 'second-plan', title: '第二个整改方案', shortTitle: '第二方案', issuer: '示例市', jurisdiction: CITY, date: '2022-03', inspection: INSPECTION, document: 'feedback' };
const other = { id: 'other-inspection', name: '另一次督察', level: 'municipal', inspectingBody: '市督察组', inspectedJurisdiction: CITY };
const finding = (id: string, inspection: string, number: number, heading?: string) => ({ id, inspection, number, text: `问题${number}`, ...(heading ? { heading } : {}) });
/** A place in 甲县 unless it says otherwise. */
const place = (id: string, fields: Record<string, unknown> = {}) => placeOf(id, { jurisdiction: 'county-a', ...fields });

const ledger = ledgerOf({
  jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'county-a', name: '甲县' })],
  documents,
  inspections: [
    { ...DEFAULTS.inspections![0], id: INSPECTION, documents: ['feedback'], planDue: { date: '2022-01-10', rule: '反馈后30个工作日内' }, complaintTotals: [
      { asOf: '2021-12-01', figures: [{ term: '受理', value: 10, unit: '件' }], source: { document: 'feedback', quote: '受理10件。' } },
      { asOf: '2022-02', figures: [{ term: '受理', value: 12, unit: '件' }, { term: '立案调查', value: 3, unit: '家' }], source: { document: 'feedback', locator: '第3页', quote: '受理12件，立案调查3家。' } },
    ] },
    { ...other, planDue: { date: '2025-07-01' } },
  ],
  plans: [...DEFAULTS.plans!, second],
  findings: [finding('f-3', INSPECTION, 3, '大气'), finding('f-1', INSPECTION, 1, '水'), finding('f-x', 'other-inspection', 1), finding('f-2', INSPECTION, 2, '大气')],
  tasks: [
    task({ number: 1, documents: ['evidence'] }),
    task({ number: 2 }),
    task({ number: 1, plan: 'second-plan', title: '第二方案任务', source: { document: 'feedback' } }),
  ],
  updates: [update({ task: 'demo-plan/02', date: '2025-03-01', status: '已完成', evidence: { documents: [{ document: 'evidence' }, { document: 'evidence', locator: '二' }] } })],
  places: [place('plant/a', { source: { document: 'feedback' } }), place('plant/b', { task: 'demo-plan/02' })],
  complaints: [],
  cases: [
    { id: 'case-1', title: '偷排案', published: '2024-05-01', jurisdiction: 'county-a', inspection: INSPECTION, tasks: ['demo-plan/02', 'demo-plan/01'], findings: ['f-2', 'f-3', 'f-2'], summary: '查处偷排。', source: { document: 'feedback', locator: '附件' } },
  ],
  indicators: [
    {
      id: 'pm25',
      title: 'PM2.5浓度',
      metric: 'PM2.5年均浓度',
      unit: '微克/立方米',
      direction: 'atMost',
      target: { value: 35, year: 2025 },
      jurisdiction: CITY,
      plan: PLAN,
      task: 'demo-plan/02',
      group: '大气',
      since: 2021,
      source: { document: 'feedback', locator: '第二部分', quote: '不超过35' },
      values: [
        { date: '2023', value: 33, source: { link: { title: '公报', url: 'https://example.org/2023' } } },
        { date: '2022', value: 38, source: { document: 'evidence', locator: '表1' } },
      ],
    },
  ],
  news: [{ id: 'n1', title: '动态', date: '2025-04-01', topic: '工作动态', publisher: '示例局', summary: '进展。', tasks: ['second-plan/01', 'demo-plan/02'] }],
});
const entry = <T>(list: readonly { id: string; data: T }[], id: string) => list.find((item) => item.id === id)!;

describe('the inspection page', () => {
  const page = inspectionPage(ledger, entry(ledger.inspections, INSPECTION));

  it('lists its plans with their own tasks only', () => {
    expect(page.plans.map(({ plan, tasks }) => [plan.id, tasks.map((view) => view.id)])).toEqual([
      [PLAN, ['demo-plan/01', 'demo-plan/02']],
      ['second-plan', ['second-plan/01']],
    ]);
  });

  it('numbers its findings in order under their headings, leaving out another inspection’s', () => {
    expect(page.findingCount).toBe(3);
    expect(page.findingGroups.map(({ heading, findings }) => [heading, findings.map((item) => item.id)])).toEqual([
      ['水', ['f-1']],
      ['大气', ['f-2', 'f-3']],
    ]);
  });

  it('names the inspected jurisdiction and the level, and shows the latest complaint totals', () => {
    expect([page.levelLabel, page.inspectedName]).toEqual(['省级', '示例市']);
    expect(page.latestComplaintTotals).toMatchObject({ asOf: '2022-02', sentence: '受理12件，立案调查3家', quote: '受理12件，立案调查3家。', source: { locator: '第3页' } });
    expect(page.fullList.path).toBe('/filter/inspection/demo-inspection/');
  });

  it('says a plan is overdue only once its due date is before the as-of day', () => {
    const planless = inspectionPage(ledger, entry(ledger.inspections, 'other-inspection'));
    expect(planless.plans).toEqual([]);
    expect(planless.planOverdue).toBe(false);
    const late = ledgerOf({ inspections: [{ ...other, planDue: { date: '2025-06-14' } }], plans: [] });
    expect(inspectionPage(late, entry(late.inspections, 'other-inspection')).planOverdue).toBe(true);
  });
});

describe('the page of a look-back that reopened tasks', () => {
  const lookBack = { id: 'look-back', name: '示例督察“回头看”', level: 'provincial', inspectingBody: '示例督察组', inspectedJurisdiction: CITY, feedbackDate: '2025-05' };
  const evidence = { links: [{ title: '回头看通报', url: 'https://example.org/look-back' }] };
  const reopenedLedger = ledgerOf({
    inspections: [...DEFAULTS.inspections!, lookBack],
    tasks: [task({ number: 1 }), task({ number: 2 })],
    updates: [
      update({ task: `${PLAN}/01`, date: '2025-03-01', status: '已完成' }),
      update({ task: `${PLAN}/01`, date: '2025-05-20', status: '重新整改', inspection: 'look-back', summary: '回头看发现敷衍整改。', evidence }),
    ],
  });

  it('lists what it reopened, and says nothing of a plan it never needed', () => {
    const page = inspectionPage(reopenedLedger, entry(reopenedLedger.inspections, 'look-back'));
    expect(page.reopened.map(({ task, updates }) => [task.id, updates.map((update) => update.data.summary)])).toEqual([[`${PLAN}/01`, ['回头看发现敷衍整改。']]]);
    expect(page.showsPlanState).toBe(false);
    // The inspection whose plan the task belongs to still says where its plan stands.
    const own = inspectionPage(reopenedLedger, entry(reopenedLedger.inspections, INSPECTION));
    expect([own.reopened, own.showsPlanState]).toEqual([[], true]);
  });
});

describe('the plan page', () => {
  it('gives its inspection, its own tasks, and the files of its document', () => {
    const page = planPage(ledger, entry(ledger.plans, 'second-plan'));
    expect(page.inspection?.id).toBe(INSPECTION);
    expect(page.tasks.map((view) => view.id)).toEqual(['second-plan/01']);
    expect(page.attachments.map((attachment) => attachment.file)).toEqual(['feedback.pdf']);
    expect(planPage(ledger, entry(ledger.plans, PLAN)).attachments).toEqual([]);
  });
});

describe('the typical case page', () => {
  const page = casePage(ledger, entry(ledger.cases, 'case-1'));

  it('lists the tasks in the order the case names them and the findings once each in ledger order', () => {
    expect(page.tasks.map((view) => view.id)).toEqual(['demo-plan/02', 'demo-plan/01']);
    // The ledger orders findings by inspection, then number.
    expect(page.findings.map((item) => item.id)).toEqual(['f-2', 'f-3']);
  });

  it('names its place, its inspection and its source document', () => {
    expect(page.jurisdictionName).toBe('甲县');
    expect(page.inspection?.data.name).toBe('示例督察');
    expect(page.source).toEqual({ document: 'feedback', title: '督察反馈意见', locator: '附件' });
  });
});

describe('a source line', () => {
  it('shows the id when the ledger has no such document', () => {
    expect(sourceLine(ledger, { document: 'missing' })).toEqual({ document: 'missing', title: 'missing', locator: undefined });
  });
});

describe('a news article page', () => {
  it('links the tasks the article names, in its order', () => {
    expect(articlePage(ledger, entry(ledger.news, 'n1')).tasks.map((view) => view.id)).toEqual(['second-plan/01', 'demo-plan/02']);
  });
});

describe('the document pages', () => {
  it('list each page citing a document once: plans, inspections, tasks (by source, documents, evidence or place), then cases', () => {
    expect(documentCitations(ledger, 'feedback')).toEqual([
      { label: '第二个整改方案', path: '/plans/second-plan/' },
      { label: '示例督察', path: '/inspections/demo-inspection/' },
      { label: '整改任务一：任务1', path: '/tasks/demo-plan/01/' },
      { label: '整改任务一：第二方案任务', path: '/tasks/second-plan/01/' },
      { label: '偷排案', path: '/cases/case-1/' },
    ]);
    expect(documentCitations(ledger, 'evidence').map((citation) => citation.path)).toEqual(['/tasks/demo-plan/01/', '/tasks/demo-plan/02/']);
    expect(documentCitations(ledger, 'unused')).toEqual([]);
  });

  it('name the kind of a document in words', () => {
    expect(documentPage(ledger, 'feedback').kindLabel).toBe('督察反馈');
  });

  it('list the library newest first, undated last', () => {
    expect(documentLibrary(ledger).map((document) => document.id)).toEqual(['evidence', 'demo-plan-text', 'feedback', 'unused']);
  });
});

describe('an indicator page', () => {
  const page = indicatorPage(ledger, entry(ledger.indicators, 'pm25'));

  it('states the target, direction and place, and describes the page by them', () => {
    expect(page.target).toBe('不超过35 微克/立方米（2025年）');
    expect(page.description).toBe('示例市PM2.5年均浓度：目标不超过35 微克/立方米（2025年）');
    expect(page.direction).toEqual({ symbol: '≤', words: '不超过' });
    expect(page.place).toBe('示例市');
    expect(page.task?.id).toBe('demo-plan/02');
    expect(page.sourceTitle).toBe('督察反馈意见');
  });

  it('lists the values oldest first with the title of the document each cites, and where it stands by the latest', () => {
    expect(page.values.map(({ value, documentTitle }) => [value.date, documentTitle])).toEqual([
      ['2022', '验收报告'],
      ['2023', undefined],
    ]);
    expect(page.standing.latest?.value).toBe(33);
    expect(page.standing.standing).toBe('met');
    expect(page.spec.id).toBe('indicators/pm25');
  });
});

describe('a chart page', () => {
  const spec = (id: string) => ({ id }) as ChartSpec;
  it('names the task of a measure-target chart and none for other charts', () => {
    expect(chartPage(ledger, spec('targets/demo-plan/02/measure-1-2')).task?.id).toBe('demo-plan/02');
    expect(chartPage(ledger, spec('status')).task).toBeUndefined();
  });
});

describe('a map layer page', () => {
  it('lists the tasks of its places once each and offers the layer for download', () => {
    const places = ledger.places.map((entry) => ({ place: entry.data }));
    const page = mapLayerPage(ledger, 'sewage', [...places, ...places]);
    expect(page.tasks.map((view) => view.id)).toEqual(['demo-plan/01', 'demo-plan/02']);
    expect(page.download).toEqual({ path: '/maps/sewage.geojson', label: '下载本图层数据（GeoJSON，4处）' });
  });
});
