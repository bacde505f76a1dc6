import { describe, expect, it } from 'vitest';
import { countyListPage, countyPage, findingPage, findingsIndex, homePage, inspectionPage, taskPage, unitPage, type ContentHistory } from '../../src/features/views/index.ts';
import { CITY, DEFAULTS, INSPECTION, jurisdiction, ledgerOf, OFFICE, PLAN, task, update, finding } from '../helpers/ledger-builder.ts';

const jurisdictions = [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'district-a', name: '甲区', kind: 'district' })];
const noHistory: ContentHistory = { fileOf: () => undefined, lastChanged: () => null, changeDates: () => [] };

describe('a feedback published before its plan', () => {
  const ledger = ledgerOf(
    {
      jurisdictions,
      inspections: [{ ...DEFAULTS.inspections![0]!, planDue: { date: '2025-03-01', rule: '反馈后30个工作日内' } }],
      plans: [],
      findings: [
        finding(1, { heading: '责任落实不到位', jurisdictions: ['district-a', CITY], quantities: [{ what: '未退出矿业权', value: 12, unit: '个' }] }),
        finding(2, { label: '第二项问题' }),
      ],
    },
    '2025-03-11',
  );

  it('gives each finding a page with its words, figures, areas and the plan’s lateness', () => {
    const page = findingPage(ledger, ledger.findings[0]!);
    expect(page).toMatchObject({
      title: '反馈问题1',
      heading: '责任落实不到位',
      text: '问题1。',
      inspection: { path: `/inspections/${INSPECTION}/`, name: '示例督察' },
      badge: { label: '整改方案逾期未公布', tone: 'late' },
      plan: { sentence: '整改方案应于2025年3月1日前报送（反馈后30个工作日内），截至目前未见公布，已逾期10天。', path: undefined },
      quantities: ['未退出矿业权12个'],
      // The district has an area page; the city does not.
      jurisdictions: [{ path: '/counties/district-a/', name: '甲区' }, { path: undefined, name: '示例市' }],
      tasks: [],
    });
    expect(findingPage(ledger, ledger.findings[1]!).title).toBe('第二项问题');
  });

  it('says on the home page and the inspection page that the plan is late, and counts the findings by state', () => {
    const home = homePage(ledger, 200).inspections[0]!;
    expect(home).toMatchObject({ planLate: true, findings: 2, findingCounts: [{ state: 'plan-late', label: '整改方案逾期未公布', count: 2 }] });
    expect(home.planState).toContain('已逾期10天');
    // With no plan yet, the home page leads to the findings and links no empty list.
    expect(homePage(ledger, 200).quickLinks.map((link) => link.label)).toEqual(['督察反馈问题', '按县（区）查看', '下载开放数据', '订阅反馈问题（Atom）']);
    const page = inspectionPage(ledger, ledger.inspections[0]!);
    expect(page.planOverdue).toBe(true);
    expect(page.findingGroups.flatMap((group) => group.findings.map((row) => [row.number, row.path]))).toEqual([
      [1, `/findings/${INSPECTION}/01/`],
      [2, `/findings/${INSPECTION}/02/`],
    ]);
  });

  it('lists the findings on the page of the district they name', () => {
    const district = countyPage(ledger, ledger.jurisdictions.get('district-a')!);
    expect(district.findings.map((row) => row.id)).toEqual([`${INSPECTION}/01`]);
    expect(district.description).toBe('甲区涉及的督察反馈问题1个、整改任务0项、整改措施0条、分解到甲区的量化目标0项。');
    expect(countyListPage(ledger).map((row) => [row.area.id, row.findings, row.tasks])).toEqual([['district-a', 1, 0]]);
  });

  it('lists every finding of an inspection of a district on that district’s page, named or not', () => {
    const districtInspection = ledgerOf({
      jurisdictions,
      inspections: [{ ...DEFAULTS.inspections![0]!, inspectedJurisdiction: 'district-a' }],
      plans: [],
      findings: [finding(1), finding(2, { jurisdictions: ['district-a'] })],
    });
    expect(countyPage(districtInspection, districtInspection.jurisdictions.get('district-a')!).findings.map((row) => row.id)).toEqual([`${INSPECTION}/01`, `${INSPECTION}/02`]);
  });

  it('groups the findings index by inspection', () => {
    const index = findingsIndex(ledger);
    expect(index.inspections).toHaveLength(1);
    expect(index.inspections[0]!.rows.map((row) => row.title)).toEqual(['反馈问题1', '第二项问题']);
  });
});

describe('a finding once tasks answer it', () => {
  const ledger = ledgerOf({
    jurisdictions,
    findings: [finding(1)],
    tasks: [task({ number: 1, findings: [`${INSPECTION}/01`] }), task({ number: 2, findings: [`${INSPECTION}/01`] })],
    updates: [update({ task: `${PLAN}/01`, date: '2025-05-01', status: '已验收销号' })],
  });

  it('links the finding to its tasks with their statuses, and each task back to the finding', () => {
    const page = findingPage(ledger, ledger.findings[0]!);
    expect(page.tasks.map((row) => [row.path, row.task.status.status])).toEqual([
      [`/tasks/${PLAN}/01/`, '已验收销号'],
      [`/tasks/${PLAN}/02/`, '未报告'],
    ]);
    expect(page.plan).toEqual({ sentence: '整改方案已于2022年1月印发。', path: `/plans/${PLAN}/`, title: '示例整改方案', counting: null });
    const taskView = taskPage({ ledger, siteUrl: 'https://example.org/', view: ledger.tasks[1]!, places: [], history: noHistory });
    expect(taskView.findings).toEqual([expect.objectContaining({ path: `/findings/${INSPECTION}/01/`, title: '反馈问题1', badge: expect.objectContaining({ label: '整改中' }) })]);
  });

  it('lists on a unit’s page the findings its tasks answer, each once', () => {
    const page = unitPage(ledger, ledger.units.get(OFFICE)!);
    expect(page.findings.map((row) => row.id)).toEqual([`${INSPECTION}/01`]);
  });
});

describe('the feedback as published', () => {
  const source = { document: 'demo-plan-text', locator: '一、总体情况' };
  const ledger = ledgerOf({
    inspections: [
      {
        ...DEFAULTS.inspections![0]!,
        feedback: [
          { part: 'requirements', text: '应在30个工作日内报送整改方案。', source },
          { part: 'assessment', heading: '督察认为', text: '质量有所改善。\n\n  但仍有差距。  ', source },
          { part: 'handover', text: '移交有关部门处理。', source },
        ],
        people: [{ name: '张某某', position: '某局原局长', note: '被约谈', source }, { name: '李某', source }],
      },
    ],
  });
  const page = inspectionPage(ledger, ledger.inspections[0]!);

  it('shows the assessment before the findings and the other parts after, each under its own heading or its part’s name, in paragraphs', () => {
    expect(page.assessment).toEqual([{ heading: '督察认为', paragraphs: ['质量有所改善。', '但仍有差距。'], source: { document: 'demo-plan-text', title: '示例整改方案', locator: '一、总体情况' } }]);
    expect(page.otherParts.map((part) => [part.heading, part.paragraphs])).toEqual([
      ['督察要求', ['应在30个工作日内报送整改方案。']],
      ['责任追究问题移交', ['移交有关部门处理。']],
    ]);
  });

  it('lists the people it names with no more than it says', () => {
    expect(page.people.map(({ name, position, note }) => [name, position, note])).toEqual([
      ['张某某', '某局原局长', '被约谈'],
      ['李某', '', ''],
    ]);
  });
});
