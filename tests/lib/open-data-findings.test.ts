import { describe, expect, it } from 'vitest';
import { dataPackage, DOWNLOAD_TABLES, tableCsv, tableNamed, tableRecords, tasksJson } from '../../src/features/publish/index.ts';
import { dataPage } from '../../src/features/views/index.ts';
import { CITY, DEFAULTS, INSPECTION, jurisdiction, ledgerOf, measure, OFFICE, place, task, unit, update, type Raw } from '../helpers/ledger-builder.ts';

// Findings and measure sub-items in the open data (issue 16): tasks.json gains each task's
// findings and each measure's items; findings.csv and findings.json list every finding.

const SITE = 'https://example.org/sub/';
const finding = (number: number, fields: Record<string, unknown> = {}): Raw => ({
  id: `${INSPECTION}/${String(number).padStart(2, '0')}`,
  inspection: INSPECTION,
  number,
  text: `问题${number}原文。`,
  ...fields,
});

const ledger = ledgerOf(
  {
    jurisdictions: [{ id: CITY, name: '示例市', kind: 'city' }, jurisdiction({ id: 'north', name: '北县' }), jurisdiction({ id: 'south', name: '南县' })],
    units: [unit({ id: OFFICE, name: '示例局', kind: 'office' }), unit({ id: 'north-gov', name: '北县政府', jurisdiction: 'north' })],
    places: [place('mine/a', { name: '甲煤矿' }), place('mine/b', { name: '乙金矿' })],
    findings: [
      finding(1, {
        label: '省整改任务第一项',
        heading: '突出生态环境问题整改不力',
        quantities: [
          { what: '未退出矿业权', value: 12, unit: '个' },
          { what: '雨污混流管网', value: 3.2, unit: '公里' },
        ],
        jurisdictions: ['north', 'south'],
        places: ['mine/a', 'mine/b'],
      }),
      finding(2),
      finding(3),
    ],
    tasks: [
      task({
        number: 1,
        // Named in the task's own order, not the findings' numbers.
        findings: [`${INSPECTION}/02`, `${INSPECTION}/01`],
        measures: [
          measure({
            items: [
              { label: '(1)', text: '甲煤矿已关闭。', responsibleUnits: ['north-gov'], places: ['mine/a'] },
              { label: '(2)', text: '乙金矿已到期。' },
            ],
          }),
          measure(),
        ],
      }),
      task({ number: 2, deadline: '2025年3月', findings: [`${INSPECTION}/01`] }),
    ],
    updates: [update({ task: 'demo-plan/01', date: '2025-05', status: '已完成' })],
  },
  '2025-06-15',
);

describe('tasks.json: the findings a task answers', () => {
  const [first, second] = tasksJson(ledger, SITE).tasks;

  it('lists each finding the task names, in the task’s order, with its absolute address, number, label and text', () => {
    expect(first!.findings).toEqual([
      { id: 'demo-inspection/02', url: 'https://example.org/sub/findings/demo-inspection/02/', number: 2, label: null, text: '问题2原文。' },
      { id: 'demo-inspection/01', url: 'https://example.org/sub/findings/demo-inspection/01/', number: 1, label: '省整改任务第一项', text: '问题1原文。' },
    ]);
    expect(second!.findings.map((entry) => entry.id)).toEqual(['demo-inspection/01']);
  });

  it('gives an empty list to a task that names no finding, and keeps the verbatim finding text beside it', () => {
    const plain = tasksJson(ledgerOf({ tasks: [task()] }), SITE).tasks[0]!;
    expect(plain.findings).toEqual([]);
    expect(plain.finding).toBe('督察发现的问题。');
  });
});

describe('tasks.json: the numbered sub-items of a measure', () => {
  const measures = tasksJson(ledger, SITE).tasks[0]!.measures;

  it('lists each item with its label, verbatim text, its own units by name and its places by id and name', () => {
    expect(measures[0]!.items).toEqual([
      { label: '(1)', text: '甲煤矿已关闭。', responsibleUnits: ['北县政府'], places: [{ id: 'mine/a', name: '甲煤矿' }] },
      { label: '(2)', text: '乙金矿已到期。', responsibleUnits: [], places: [] },
    ]);
  });

  it('gives an empty list to a measure without sub-items', () => {
    expect(measures[1]!.items).toEqual([]);
  });
});

describe('the findings table (findings.csv, findings.json)', () => {
  const findings = tableNamed('findings')!;
  const rows = tableRecords(findings, ledger, SITE);

  it('writes one row per finding, by number, with every field', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      id: 'demo-inspection/01',
      url: 'https://example.org/sub/findings/demo-inspection/01/',
      inspection: 'demo-inspection',
      inspectionName: '示例督察',
      number: 1,
      label: '省整改任务第一项',
      heading: '突出生态环境问题整改不力',
      text: '问题1原文。',
      jurisdictions: '北县；南县',
      places: '甲煤矿；乙金矿',
      quantities: '未退出矿业权12个；雨污混流管网3.2公里',
      // Task 2 (due 2025-03, nothing reported) is late on 2025-06-15, so the finding is.
      state: 'late',
      stateLabel: '整改逾期',
      tasks: 'demo-plan/01；demo-plan/02',
    });
  });

  it('leaves empty what a finding does not state, and derives its state from its tasks and plan', () => {
    expect(rows[1]).toMatchObject({ label: null, heading: null, jurisdictions: null, places: null, quantities: null, state: 'completed', stateLabel: '已完成，待验收销号', tasks: 'demo-plan/01' });
    expect(rows[2]).toMatchObject({ number: 3, state: 'unassigned', stateLabel: '未见对应整改任务', tasks: null });
  });

  it('writes the CSV through the one CSV writer, header first, with the same fields as the JSON', () => {
    const lines = tableCsv(findings, ledger, SITE).split('\r\n');
    expect(lines[0]).toBe('id,url,inspection,inspectionName,number,label,heading,text,jurisdictions,places,quantities,state,stateLabel,tasks');
    expect(lines[3]).toBe('demo-inspection/03,https://example.org/sub/findings/demo-inspection/03/,demo-inspection,示例督察,3,,,问题3原文。,,,,unassigned,未见对应整改任务,');
  });

  it('is listed in datapackage.json as CSV with its fields described, and as JSON', () => {
    const pkg = dataPackage(ledger, { title: 't', url: SITE, dataLicence: 'CC BY 4.0', publisher: 'p' });
    const csv = pkg.resources.find((resource) => resource.name === 'findings-csv') as { path: string; schema: { fields: { name: string; type: string; description: string }[] } };
    expect(csv.path).toBe('findings.csv');
    expect(csv.schema.fields.map((field) => `${field.name}:${field.type}`)).toEqual([
      'id:string', 'url:string', 'inspection:string', 'inspectionName:string', 'number:integer', 'label:string', 'heading:string', 'text:string',
      'jurisdictions:string', 'places:string', 'quantities:string', 'state:string', 'stateLabel:string', 'tasks:string',
    ]);
    expect(csv.schema.fields.find((field) => field.name === 'state')!.description).toContain('plan-late 整改方案逾期未公布');
    expect(pkg.resources.find((resource) => resource.name === 'findings-json')).toMatchObject({ path: 'findings.json', format: 'json' });
  });

  it('has a row for a finding before its inspection has any plan, waiting for the plan', () => {
    const early = ledgerOf({ plans: [], tasks: [], findings: [finding(1)], inspections: DEFAULTS.inspections }, '2025-01-01');
    expect(tableRecords(findings, early, SITE)).toMatchObject([{ id: 'demo-inspection/01', state: 'plan-pending', stateLabel: '整改方案待公布', tasks: null }]);
  });
});

describe('the data page', () => {
  const page = dataPage(DOWNLOAD_TABLES, [], [], '2025-06-15');

  it('offers findings.csv and findings.json like the other tables, each with its fields', () => {
    const findings = page.downloads.find((download) => download.name === 'findings')!;
    expect(findings).toMatchObject({ title: '反馈问题', csv: { path: '/data/findings.csv', label: '下载 findings.csv' }, json: { path: '/data/findings.json', label: '下载 findings.json' } });
    expect(findings.columns.map((column) => column.name)).toContain('stateLabel');
    expect(page.downloads.map((download) => download.name)).toEqual(['tasks', 'measures', 'targets', 'updates', 'findings']);
    expect(page.downloads[0]!.json).toBeUndefined();
  });

  it('explains the new fields of tasks.json', () => {
    expect(page.tasksJsonFields.map((field) => field.name)).toEqual(expect.arrayContaining(['findings', 'items']));
  });
});
