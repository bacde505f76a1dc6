import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Problem } from '../check/index.ts';
import { csvText, safeCellText } from '../../core/csv.ts';
import { columnHeader, type ColumnKey } from './columns.ts';
import type { Grid, GridCell } from './sheet-rows.ts';

/**
 * Reading and writing ledger sheets with ExcelJS (XLSX and CSV). Everything else about the
 * sheet (headers, rows, tasks) is in the pure modules beside this one.
 */

/**
 * A number as the sheet shows it: `2021.10` in a cell formatted with two decimals is stored as
 * 2021.1, and a message must quote what the staff member sees.
 */
function shownNumber(value: number, format: string | undefined): string {
  const decimals = format ? /^0\.(0+)$/.exec(format.trim()) : null;
  return decimals ? value.toFixed(decimals[1]!.length) : String(value);
}

function cellText(value: ExcelJS.CellValue, format?: string): { text: string } | { refusal: { zh: string; en: string } } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: shownNumber(value, format) };
  if (typeof value === 'boolean') return { text: String(value) };
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
      // Text a program would run as a formula (in a CSV, or a text cell of a workbook) is refused in sheet-rows.ts.
      const read = cellText(master.value, isCsv ? undefined : master.numFmt);
      // A cell merged down a column repeats its value for each row; one merged with the column
      // beside it would carry that column's text into this one (整改目标 read as 整改措施).
      const acrossColumns = Number(master.col) !== column;
      cells[column] = {
        row: rowNumber,
        column,
        address: cell.address,
        text: 'text' in read && !acrossColumns ? read.text : '',
        refusal: acrossColumns
          ? {
              zh: `此格与 ${master.address} 合并成了一格（跨列合并），导入会把 ${master.address} 的内容当成这一列的内容。请取消这个合并单元格，两列各写各的；同一列上下合并可以。`,
              en: `this cell is merged with ${master.address} across columns, so ${master.address}'s text would be read as this column's: unmerge it and fill each column on its own (merging down one column is fine).`,
            }
          : 'refusal' in read
            ? read.refusal
            : undefined,
        mergedFrom: master.address !== cell.address ? master.address : undefined,
        typedText: !isCsv && (typeof master.value === 'string' || (typeof master.value === 'object' && master.value !== null && 'richText' in master.value)),
      };
    });
    grid[rowNumber - 1] = cells;
  });
  return grid;
}

/**
 * The line of a CSV that cannot be read, found by csv-parse, whose errors carry it (ExcelJS's
 * parser says only what it expected): undefined when csv-parse reads the text, or cannot say.
 */
export function csvErrorLine(text: string, delimiter: string): number | undefined {
  try {
    // Line ends as \n only: csv-parse counts a \r\n inside a quoted cell as two lines.
    parseCsv(text.replace(/\r\n?/g, '\n'), { delimiter, relax_column_count: true });
    return undefined;
  } catch (error) {
    // A quote never closed is found at the end of the text, not where it opened: no line then.
    if (!(error instanceof CsvError) || error.code === 'CSV_QUOTE_NOT_CLOSED') return undefined;
    return typeof error.lines === 'number' ? error.lines : undefined;
  }
}

export interface WorkbookReading {
  grid: Grid;
  problems: Problem[];
  /** What staff should know about how the file was read (its encoding, separator, other worksheets). */
  notes: Problem[];
  /** The worksheet read, for messages (a CSV has none). */
  sheetName?: string;
}

const SEPARATORS = [
  { char: ',', zh: '逗号', en: 'commas' },
  { char: ';', zh: '分号', en: 'semicolons' },
  { char: '\t', zh: '制表符（Tab）', en: 'tabs' },
] as const;

/** The separator of a CSV: the one that splits its first lines most often, outside quotes. */
function csvSeparator(text: string): (typeof SEPARATORS)[number] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim()).slice(0, 10);
  const counts = SEPARATORS.map((separator) => {
    let count = 0;
    for (const line of lines) {
      let quoted = false;
      for (const char of line) {
        if (char === '"') quoted = !quoted;
        else if (!quoted && char === separator.char) count++;
      }
    }
    return { separator, count };
  });
  const best = counts.reduce((a, b) => (b.count > a.count ? b : a));
  return best.count > 0 ? best.separator : SEPARATORS[0];
}

type Decoded = { text: string; encoding: string } | { problem: Omit<Problem, 'file'> };

/**
 * The text of a CSV file. UTF-8 (with or without byte-order mark) and UTF-16 with its mark are
 * read as they are; a file that is not valid UTF-8 but is valid GB18030 (of which GBK is a part:
 * what Excel on a Chinese Windows writes as "CSV") is read as GB18030; anything else is refused.
 */
function decodeCsv(bytes: Uint8Array): Decoded {
  const decode = (encoding: string, from = 0) => new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(from));
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', 3), encoding: 'UTF-8' };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', 2), encoding: 'UTF-16' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', 2), encoding: 'UTF-16' };
    return { text: decode('utf-8'), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: try the Chinese legacy encoding below
  }
  try {
    return { text: decode('gb18030'), encoding: 'GB18030' };
  } catch {
    return {
      problem: {
        zh: '此 CSV 文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码，无法读取其中的文字。请在 Excel 或 WPS 中打开它，“另存为”“CSV UTF-8（逗号分隔）”或 .xlsx 后再导入。',
        en: 'this CSV is neither UTF-8 nor GBK/GB18030, so its text cannot be read: save it as "CSV UTF-8" or .xlsx and import that.',
      },
    };
  }
}

/** Reads the first worksheet of an XLSX file, or a CSV file (UTF-8, UTF-16 or GBK/GB18030; commas, semicolons or tabs), into a grid of cells. */
/** A ledger sheet is a few hundred rows; far larger is the wrong file. */
const MAX_SHEET_BYTES = 50 * 1024 * 1024;

/**
 * What a file really is when its name says otherwise, from its first bytes: an .xlsx is a zip
 * (PK…), an old .xls or an encrypted workbook an OLE file (D0 CF 11 E0), a CSV text. Undefined
 * when the name fits.
 */
function kindMismatch(path: string, isCsv: boolean): { zh: string; en: string } | undefined {
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  if (isCsv && zip) return { zh: '这个文件其实是 Excel 表格（.xlsx），文件名却是 .csv：请把扩展名改为 .xlsx 再导入。', en: 'this file is an Excel workbook (.xlsx) named .csv: rename it to .xlsx and import it.' };
  if (isCsv && ole) return { zh: '这个文件其实是旧版 Excel 表格（.xls），文件名却是 .csv：请在 Excel 或 WPS 中“另存为” .xlsx 再导入。', en: 'this file is an old Excel workbook (.xls) named .csv: save it as .xlsx and import that.' };
  if (!isCsv && ole) return { zh: '这个文件是旧版 .xls 表格或设了密码的表格：请在 Excel 或 WPS 中取消密码、“另存为” .xlsx 再导入。', en: 'this file is an old .xls workbook or a password-protected one: remove the password and save it as .xlsx.' };
  if (!isCsv && !zip) return { zh: '这个文件不是 Excel 表格（.xlsx），多半是改了扩展名的 CSV 文字文件：请把扩展名改为 .csv 再导入，或在 Excel 中打开后“另存为” .xlsx。', en: 'this file is not an Excel workbook (.xlsx), most likely a CSV renamed: rename it to .csv, or open it in Excel and save it as .xlsx.' };
  return undefined;
}

export async function readSheetFile(path: string, file: string): Promise<WorkbookReading> {
  const workbook = new ExcelJS.Workbook();
  const isCsv = /\.csv$/i.test(path);
  const notes: Problem[] = [];
  // Only an ordinary file of a sheet's size: a pipe or a device (a link to /dev/zero) would never end.
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats && (!stats.isFile() || stats.size > MAX_SHEET_BYTES)) {
    return {
      grid: [],
      notes,
      problems: [
        {
          file,
          zh: stats.isFile()
            ? `表格文件太大（${(stats.size / 1024 / 1024).toFixed(1)} MB，最多 ${MAX_SHEET_BYTES / 1024 / 1024} MB）。台账表格不会这么大：请确认选对了文件。`
            : '这不是一个普通文件（可能是文件夹、管道或设备）。请给出要导入的 .xlsx 或 .csv 文件。',
          en: stats.isFile()
            ? `the sheet is too big (${(stats.size / 1024 / 1024).toFixed(1)} MB; at most ${MAX_SHEET_BYTES / 1024 / 1024} MB): check that this is the right file.`
            : 'this is not an ordinary file (a folder, a pipe or a device): name the .xlsx or .csv file to import.',
        },
      ],
    };
  }
  const wrongKind = stats && (isCsv || /\.xlsx$/i.test(path)) ? kindMismatch(path, isCsv) : undefined;
  if (wrongKind) return { grid: [], notes, problems: [{ file, ...wrongKind }] };
  try {
    if (isCsv) {
      const decoded = decodeCsv(readFileSync(path));
      if ('problem' in decoded) return { grid: [], problems: [{ file, ...decoded.problem }], notes };
      if (decoded.encoding === 'GB18030') {
        notes.push({
          file,
          zh: '此 CSV 不是 UTF-8 编码，已按 GBK/GB18030 编码（中文 Windows 上 Excel 的默认编码）读取。请核对导入的文字；以后可“另存为”“CSV UTF-8（逗号分隔）”。',
          en: 'this CSV is not UTF-8; it was read as GBK/GB18030 (what Excel writes on a Chinese Windows): check the imported text, and save as "CSV UTF-8" next time.',
        });
      }
      const separator = csvSeparator(decoded.text);
      if (separator.char !== ',') {
        notes.push({ file, zh: `此 CSV 用${separator.zh}分隔各列，已按${separator.zh}读取。`, en: `this CSV separates its columns with ${separator.en}; it was read so.` });
      }
      // Every value stays text: ExcelJS would otherwise turn 2021-12 into a date.
      try {
        await workbook.csv.read(Readable.from([decoded.text]), { map: (value: unknown) => value, parserOptions: { delimiter: separator.char } } as never);
      } catch {
        const line = csvErrorLine(decoded.text, separator.char);
        return {
          grid: [],
          notes,
          problems: [
            {
              file,
              ...(line ? { line } : {}),
              zh: `${line ? `第 ${line} 行` : '这个 CSV '}无法按 CSV 读取，多半是单元格里的英文双引号没有成对。含双引号、逗号或换行的单元格要整格用英文双引号括起，格内的双引号写成两个（""）；在 Excel 或 WPS 中“另存为 CSV”会自动这样写。`,
              en: `${line ? `line ${line} ` : 'the CSV '}cannot be read as CSV, most likely because of an unpaired double quote in a cell: a cell holding a double quote, comma or line break is wrapped in double quotes, with each quote inside written twice (""), as Excel and WPS write it when saving as CSV.`,
            },
          ],
        };
      }
    } else if (/\.xlsx$/i.test(path)) {
      await workbook.xlsx.readFile(path);
    } else {
      return {
        grid: [],
        problems: [{ file, zh: '只能导入 .xlsx 或 .csv 文件。旧的 .xls 请在 Excel 或 WPS 中“另存为” .xlsx。', en: 'only .xlsx and .csv files can be imported: save an old .xls as .xlsx first.' }],
        notes,
      };
    }
  } catch (error) {
    return {
      grid: [],
      notes,
      problems: [
        {
          file,
          zh: `无法读取此文件（${String((error as Error)?.message ?? error).slice(0, 200)}）。请确认它是 Excel 的 .xlsx 文件或 UTF-8 编码的 .csv 文件，且没有在其他程序中打开加密。`,
          en: `the file cannot be read (${String((error as Error)?.message ?? error).slice(0, 200)}): it must be an Excel .xlsx file or a UTF-8 .csv file, not encrypted.`,
        },
      ],
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { grid: [], notes, problems: [{ file, zh: '文件中没有工作表。', en: 'the file has no worksheet.' }] };
  const others = workbook.worksheets.slice(1).filter((other) => other.actualRowCount > 0);
  if (!isCsv && others.length > 0) {
    notes.push({
      file,
      zh: `只导入了第一个工作表“${sheet.name}”；其余工作表（${others.map((other) => `“${other.name}”`).join('、')}）未导入。若要导入它们，请把它们移到最前，或另存为单独的文件。`,
      en: `only the first worksheet ("${sheet.name}") was imported; the others (${others.map((other) => other.name).join(', ')}) were not.`,
    });
  }
  return { grid: worksheetToGrid(sheet, isCsv), problems: [], notes, sheetName: isCsv ? undefined : sheet.name };
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
