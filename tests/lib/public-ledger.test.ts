import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dataPackage, DOWNLOAD_TABLES } from '../../src/features/publish/downloads.ts';
import { LEDGER_COLUMNS } from '../../src/features/sheet/columns.ts';
import { PUBLIC_LEDGER_SHEETS, publicSheetOf, publicSheetRows } from '../../src/features/sheet/public-ledger.ts';
import { aboutRows, publicLedgerCsv, publicLedgerResources, publicLedgerXlsx } from '../../src/features/sheet/public-workbook.ts';
import { progressCell } from '../../src/features/sheet/ledger-sheet.ts';
import { CITY, jurisdiction, ledgerOf, measure, OFFICE, place, task, unit, update } from '../helpers/ledger-builder.ts';

// Task 1 is past its 2022-12 deadline on the as-of day, with a measure due 2022-06 and a pipeline
// target split between two counties; task 2 is open-ended. One update has the id `06`, as a file
// `updates/06.yaml` would, and a summary a spreadsheet would run as a formula.
const pipeline = { metric: '新改建排水管网', unit: '公里', value: 20, comparison: 'atLeast', cumulative: true, due: '2022-12', jurisdiction: CITY, breakdown: [{ jurisdiction: 'north', value: 8.6 }, { jurisdiction: 'south', value: 11.4 }] };
const ledger = ledgerOf(
  {
    jurisdictions: [{ id: CITY, name: '示例市', kind: 'city', code: '519900' }, jurisdiction({ id: 'north', name: '北县', code: '519901' }), jurisdiction({ id: 'south', name: '南县' })],
    units: [unit({ id: OFFICE, name: '示例局', kind: 'office' }), unit({ id: 'demo/water', name: '市水务局' })],
    tasks: [
      task({ number: 1, deadline: '2022年12月', measures: [measure({ due: '2022-06', responsibleUnits: ['demo/water'] }), measure({ targets: [pipeline] })] }),
      task({ number: 2, deadline: '立行立改，长期坚持' }),
    ],
    updates: [
      update({ id: '06', task: 'demo-plan/01', measure: 2, date: '2022-03', status: '序时推进', summary: '=已完成8公里' }),
      update({ task: 'demo-plan/02', date: '2023', status: '长期坚持' }),
    ],
  },
  '2023-07-15',
);
const SITE = { title: '示例市督察整改台账', url: 'https://example.org/sub/', publisher: '示例市生态环境局', dataLicence: 'CC BY 4.0' };

/** A sheet's rows as records by header, for reading one cell by its column's name. */
function records(table: string): Record<string, string | number | null>[] {
  const sheet = publicSheetOf(table)!;
  return publicSheetRows(sheet, ledger, SITE.url).map((row) => Object.fromEntries(sheet.columns.map((column, index) => [column.header, row[index]!])));
}

describe('the public ledger (公众版整改台账)', () => {
  it('has a worksheet beside each table of the open data, in the same order', () => {
    expect(PUBLIC_LEDGER_SHEETS.map((sheet) => sheet.table)).toEqual(DOWNLOAD_TABLES.map((table) => table.name));
  });

  it('gives its tasks the columns of the staff ledger sheet, in their order, then the status and addresses', () => {
    const headers = publicSheetOf('tasks')!.columns.map((column) => column.header);
    const staff: string[] = LEDGER_COLUMNS.map((column) => column.header);
    // First, all of them, in their order (a filter of the headers let the site's own columns in between).
    expect(headers.slice(0, staff.length)).toEqual(staff);
    expect(headers.slice(staff.length)).toEqual(['当前状态', '状态由本站推算', '整改验收单位', '时限年月', '整改方案', '督察', '任务编号', '网址']);
  });

  it('writes statuses, yes and no, units and areas in Chinese where the tables for programs have codes', () => {
    const [first, second] = records('tasks');
    expect(first).toMatchObject({ 序号: 1, 当前状态: '逾期', 状态由本站推算: '是', 整改时限: '2022年12月', 时限年月: '2022-12', 责任单位: '示例局', 任务编号: 'demo-plan/01', 网址: 'https://example.org/sub/tasks/demo-plan/01/' });
    expect(first!.完成情况).toMatch(/^截至2023年7月15日：逾期/);
    expect(second).toMatchObject({ 当前状态: '长期坚持', 时限年月: null });
    expect(records('measures')[0]).toMatchObject({ 任务序号: 1, 措施序号: 1, 责任单位: '市水务局', 时限: '2022-06', 当前状态: '逾期', 状态由本站推算: '是' });
    expect(records('targets')).toEqual([
      expect.objectContaining({ 合计或分解: '合计', 地区: '示例市', 行政区划代码: '519900', 要求: '不低于', 数值: 20, 计量单位: '公里', 含往年累计: '是', 时限: '2022-12' }),
      expect.objectContaining({ 合计或分解: '分解', 地区: '北县', 行政区划代码: '519901', 数值: 8.6 }),
      expect.objectContaining({ 合计或分解: '分解', 地区: '南县', 行政区划代码: null, 数值: 11.4 }),
    ]);
    expect(records('updates')[0]).toMatchObject({ 日期: '2022-03', 措施序号: 2, 报告的状态: '序时推进', 报告单位: '示例局', 记录编号: '06' });
  });

  it('writes a CSV per worksheet for people: BOM, Chinese headers, and 2023-12, 06 and formulas marked as text', () => {
    const csv = publicLedgerCsv(publicSheetOf('updates')!, ledger, SITE.url);
    const [header, first, second] = csv.split('\r\n');
    expect(header).toBe('\uFEFF日期,任务序号,任务简称,措施序号,点位,报告的状态,报告单位,进展摘要,发现问题的督察或单位,任务编号,记录编号,网址');
    expect(first).toBe("'2022-03,1,任务1,2,,序时推进,示例局,'=已完成8公里,,demo-plan/01,'06,https://example.org/sub/tasks/demo-plan/01/#update-06");
    expect(second!.startsWith("'2023,2,任务2,,,长期坚持,")).toBe(true);
  });

  it('writes the workbook with Chinese headers, text as text cells and numbers as numbers, and no formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await publicLedgerXlsx(ledger, SITE)).buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['整改任务', '整改措施', '量化目标', '整改进展', '反馈问题', '说明']);
    const updates = workbook.getWorksheet('整改进展')!;
    expect(updates.getRow(1).values).toEqual([undefined, '日期', '任务序号', '任务简称', '措施序号', '点位', '报告的状态', '报告单位', '进展摘要', '发现问题的督察或单位', '任务编号', '记录编号', '网址']);
    expect(updates.getCell('A2')).toMatchObject({ type: ExcelJS.ValueType.String, value: '2022-03', numFmt: '@' });
    expect(updates.getCell('K2')).toMatchObject({ type: ExcelJS.ValueType.String, value: '06' });
    expect(updates.getCell('D2')).toMatchObject({ type: ExcelJS.ValueType.Number, value: 2 });
    // As written: a string cell of a text-formatted column is never run, so it needs no guarding '.
    expect(updates.getCell('H2')).toMatchObject({ type: ExcelJS.ValueType.String, value: '=已完成8公里', numFmt: '@' });
    expect(updates.getCell('L2').value).toEqual({ text: 'https://example.org/sub/tasks/demo-plan/01/#update-06', hyperlink: 'https://example.org/sub/tasks/demo-plan/01/#update-06' });
    const targets = workbook.getWorksheet('量化目标')!;
    expect(targets.getCell('G2')).toMatchObject({ type: ExcelJS.ValueType.String, value: '519900' });
    expect(targets.getCell('L2')).toMatchObject({ type: ExcelJS.ValueType.String, value: '2022-12' });
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('writes 完成情况 as the status on the as-of day, then each update naming its place or measure and the unit that reported it', () => {
    const withPlaces = ledgerOf(
      {
        units: [unit({ id: OFFICE, name: '示例局', kind: 'office' })],
        places: [place('north-plant', { name: '城北污水处理厂' }), place('south-plant', { name: '城南污水处理厂' })],
        tasks: [task({ number: 1, deadline: '2022年12月', measures: [measure(), measure()] })],
        updates: [
          update({ task: 'demo-plan/01', place: 'south-plant', date: '2022-03', status: '序时推进', summary: '管网已铺设' }),
          update({ task: 'demo-plan/01', measure: 2, date: '2022-05', status: '序时推进', summary: '方案已印发' }),
        ],
      },
      '2023-07-15',
    );
    const lines = progressCell(withPlaces.tasks[0]!, withPlaces).split('\n');
    expect(lines[0]).toMatch(/^截至2023年7月15日：逾期（.+）$/);
    expect(lines.slice(1)).toEqual(['2022年3月 城南污水处理厂：序时推进。管网已铺设（示例局）', '2022年5月 第2条措施：序时推进。方案已印发（示例局）']);
  });

  it('says in the workbook what it is, as of when and under which licence', () => {
    expect(aboutRows(ledger, SITE)).toEqual(
      expect.arrayContaining([
        ['发布单位', '示例市生态环境局'],
        ['数据截至', '2023年7月15日'],
        ['数据许可', '知识共享署名 4.0 国际许可协议（CC-BY-4.0）https://creativecommons.org/licenses/by/4.0/'],
        ['网址', 'https://example.org/sub/data/'],
      ]),
    );
  });

  it('is listed in datapackage.json as resources for people, after the tables for programs', () => {
    const pkg = dataPackage(ledger, SITE, publicLedgerResources());
    const names = pkg.resources.map((resource) => resource.name);
    expect(names.slice(-6)).toEqual(['ledger-xlsx', 'ledger-tasks-csv', 'ledger-measures-csv', 'ledger-targets-csv', 'ledger-updates-csv', 'ledger-findings-csv']);
    expect(pkg.resources.at(-6)).toMatchObject({ path: 'ledger.xlsx', format: 'xlsx', profile: 'data-resource', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(pkg.resources.at(-5)).toMatchObject({ path: 'ledger-tasks.csv', format: 'csv', encoding: 'utf-8', profile: 'data-resource' });
  });
});
