import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Problem } from '../content-check/problem.ts';
import { csvText, safeCellText } from '../csv.ts';
import { columnHeader, type ColumnKey } from './columns.ts';
import type { Grid, GridCell } from './sheet-rows.ts';

/**
 * Reading and writing ledger sheets with ExcelJS (XLSX and CSV). Everything else about the
 * sheet (headers, rows, tasks) is in the pure modules beside this one.
 */

function cellText(value: ExcelJS.CellValue): { text: string } | { refusal: { zh: string; en: string } } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) {
    // Excel keeps a typed date as a day; the ledger writes months as 2023年12月.
    return { text: `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日` };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    return {
      refusal: {
        zh: `这是公式（=${formula}），不是文字。公式的结果可能没有保存或已过时：请把此格改为数值（复制后“选择性粘贴 → 数值”）。`,
        en: `this cell holds a formula (=${formula}), not a value; its result may not be saved or may be stale: paste it as a value instead.`,
      },
    };
  }
  if ('error' in value) {
    return { refusal: { zh: `此格是错误值 ${value.error}。请改为正确的内容。`, en: `this cell holds the error ${value.error}: write the value instead.` } };
  }
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('text' in value) return { text: String(value.text) };
  return { text: String(value) };
}

function worksheetToGrid(sheet: ExcelJS.Worksheet, isCsv: boolean): Grid {
  const grid: Grid = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const master = cell.isMerged ? cell.master : cell;
      // In a CSV a formula is text starting with =; Excel would compute it on opening.
      const value = isCsv && typeof master.value === 'string' && master.value.startsWith('=') ? { formula: master.value.slice(1), date1904: false } : master.value;
      const read = cellText(value as ExcelJS.CellValue);
      cells[column] = {
        row: rowNumber,
        column,
        address: cell.address,
        text: 'text' in read ? read.text : '',
        refusal: 'refusal' in read ? read.refusal : undefined,
        mergedFrom: master.address !== cell.address ? master.address : undefined,
      };
    });
    grid[rowNumber - 1] = cells;
  });
  return grid;
}

export interface WorkbookReading {
  grid: Grid;
  problems: Problem[];
}

/** Reads the first worksheet of an XLSX file, or a CSV file (UTF-8, with or without BOM), into a grid of cells. */
export async function readSheetFile(path: string, file: string): Promise<WorkbookReading> {
  const workbook = new ExcelJS.Workbook();
  const isCsv = /\.csv$/i.test(path);
  try {
    if (isCsv) {
      const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      // Every value stays text: ExcelJS would otherwise turn 2021-12 into a date.
      await workbook.csv.read(Readable.from([text]), { map: (value: unknown) => value } as never);
    } else if (/\.xlsx$/i.test(path)) {
      await workbook.xlsx.readFile(path);
    } else {
      return {
        grid: [],
        problems: [{ file, zh: '只能导入 .xlsx 或 .csv 文件。旧的 .xls 请在 Excel 或 WPS 中“另存为” .xlsx。', en: 'only .xlsx and .csv files can be imported: save an old .xls as .xlsx first.' }],
      };
    }
  } catch (error) {
    return {
      grid: [],
      problems: [
        {
          file,
          zh: `无法读取此文件（${(error as Error).message}）。请确认它是 Excel 的 .xlsx 文件或 UTF-8 编码的 .csv 文件，且没有在其他程序中打开加密。`,
          en: `the file cannot be read (${(error as Error).message}): it must be an Excel .xlsx file or a UTF-8 .csv file, not encrypted.`,
        },
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { grid: [], problems: [{ file, zh: '文件中没有工作表。', en: 'the file has no worksheet.' }] };
  return { grid: worksheetToGrid(sheet, isCsv), problems: [] };
}

/** Column widths (in characters) for the export, so a printed sheet reads like the plan's list. */
const WIDTHS: Record<ColumnKey, number> = {
  number: 6,
  finding: 50,
  responsibleUnits: 24,
  supervisingUnits: 16,
  deadline: 14,
  goal: 36,
  measures: 80,
  progress: 40,
  title: 20,
};

/** Writes rows as an XLSX workbook: one header row, frozen, text wrapped. */
export async function writeSheetXlsx(path: string, columns: readonly ColumnKey[], rows: readonly Record<ColumnKey, string>[], sheetName: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  // Fixed creation dates keep the file identical for identical content.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((key) => ({ header: columnHeader(key), key, width: WIDTHS[key] }));
  sheet.getRow(1).font = { bold: true };
  // Text that Excel or WPS would run as a formula is written with a leading ' (see csv.ts).
  for (const row of rows) sheet.addRow(columns.map((key) => safeCellText(row[key])));
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  await workbook.xlsx.writeFile(path);
}

/** The rows as CSV text with a UTF-8 byte-order mark, so Excel opens the Chinese correctly; text guarded against formulas. */
export async function sheetCsv(columns: readonly ColumnKey[], rows: readonly Record<ColumnKey, string>[]): Promise<string> {
  return csvText([columns.map(columnHeader), ...rows.map((row) => columns.map((key) => row[key]))]);
}
