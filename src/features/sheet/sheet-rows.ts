import type { Problem } from '../check/index.ts';
import { personalDataMessage, personalNumbersIn } from '../check/index.ts';
import { LEDGER_COLUMNS, columnHeader, recogniseHeader, type ColumnKey } from './columns.ts';
import { checkFormulaText } from './formula-text.ts';
import { normaliseCellText } from './text.ts';

/** One cell as the workbook reader hands it over: its text, or why it cannot be read. */
/** Control characters (but tab and line breaks, which a cell may hold), which no content file may. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

export interface GridCell {
  /** 1-based row and column. */
  row: number;
  column: number;
  /** Spreadsheet address, `C5`. */
  address: string;
  text: string;
  /** Set when the cell cannot be taken as text (a formula, an error value). */
  refusal?: { zh: string; en: string };
  /** Address of the first cell of the merged range this cell belongs to, when merged. */
  mergedFrom?: string;
  /** The workbook stores it as text (an XLSX string cell; a CSV has no types): never a formula. */
  typedText?: boolean;
}

/** A sheet as rows of cells (rows and cells may be missing where the sheet is empty). */
export type Grid = GridCell[][];

export interface LedgerRowCell {
  text: string;
  address: string;
}

/** A data row of the ledger: its cells by column, text normalised. */
export interface LedgerRow {
  row: number;
  cells: Partial<Record<ColumnKey, LedgerRowCell>>;
  /** Columns whose cell was refused (a formula, an error value): already a problem, not also "empty". */
  refused?: ColumnKey[];
}

export interface SheetReading {
  rows: LedgerRow[];
  /** Problems that stop the import. */
  problems: Problem[];
  /** What was mapped with a change staff should know of (traditional characters, merged cells). */
  notes: Problem[];
}

/** The column letters of a cell address: `AB` of `AB12`. */
export function columnLetter(address: string): string {
  return address.replace(/\d+$/, '');
}

/** How many of the first rows are searched for the header row (a title row may stand above it). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header row and reads every data row under it into ledger columns. Columns are
 * recognised by header wherever they stand; a title row above the header is skipped; a
 * merged cell gives its value to every row it covers; formulas, and text a spreadsheet would
 * run as one, are refused; two columns of one meaning are refused.
 */
export function readLedgerRows(grid: Grid, file: string): SheetReading {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  let headerRow: GridCell[] | undefined;
  let columns = new Map<number, ColumnKey>();
  // Header cells naming a column already named further left: [the first, the repeat].
  let repeats: [GridCell, GridCell][] = [];
  for (const row of grid.slice(0, HEADER_SEARCH_ROWS)) {
    const found = new Map<number, ColumnKey>();
    const firstCell = new Map<ColumnKey, GridCell>();
    const repeated: [GridCell, GridCell][] = [];
    for (const cell of row ?? []) {
      const key = cell && !cell.mergedFrom ? recogniseHeader(cell.text) : undefined;
      if (!key) continue;
      const first = firstCell.get(key);
      if (first) repeated.push([first, cell]);
      else {
        firstCell.set(key, cell);
        found.set(cell.column, key);
      }
    }
    if (found.size > columns.size) {
      columns = found;
      headerRow = row;
      repeats = repeated;
    }
    if (found.size >= 3) break;
  }
  if (!headerRow || columns.size < 3) {
    return {
      rows: [],
      notes,
      problems: [
        {
          file,
          zh: `在表格前 ${HEADER_SEARCH_ROWS} 行中找不到表头。表头应含 ${LEDGER_COLUMNS.filter((c) => c.required).map((c) => c.header).join('、')} 等列名。`,
          en: `no header row in the first ${HEADER_SEARCH_ROWS} rows: the header names columns such as 序号, 反馈问题, 责任单位, 督导单位, 整改时限, 整改目标, 整改措施.`,
        },
      ],
    };
  }
  const headerRowNumber = headerRow.find(Boolean)!.row;
  const present = new Set(columns.values());
  for (const column of LEDGER_COLUMNS) {
    if (column.required && !present.has(column.key)) {
      problems.push({
        file,
        line: headerRowNumber,
        field: column.header,
        zh: `表头缺少“${column.header}”列（也认：${column.aliases.join('、')}）。请加上这一列，或把对应列的表头改成“${column.header}”。`,
        en: `the header has no "${column.header}" column (also recognised: ${column.aliases.join(', ')}): add it, or rename the matching column's header.`,
      });
    }
  }
  // Two columns of one meaning: which one holds the sheet's values is a guess, so neither is taken.
  for (const [first, repeat] of repeats) {
    const header = columnHeader(recogniseHeader(first.text)!);
    const named = (cell: GridCell) => `${columnLetter(cell.address)} 列“${cell.text.trim()}”`;
    problems.push({
      file,
      line: headerRowNumber,
      field: `${repeat.address} ${header}`,
      zh: `${named(first)}和${named(repeat)}都是“${header}”列。请删去其中一列，或把不该导入的那列表头改成别的名称（如“${repeat.text.trim()}（旧）”）。`,
      en: `columns ${columnLetter(first.address)} ("${first.text.trim()}") and ${columnLetter(repeat.address)} ("${repeat.text.trim()}") both mean ${header}: delete one, or rename the header of the one not to import.`,
    });
  }
  for (const cell of headerRow) {
    if (cell && cell.text.trim() && !columns.has(cell.column) && !repeats.some(([, repeat]) => repeat === cell)) {
      notes.push({
        file,
        line: headerRowNumber,
        field: cell.address,
        zh: `不认识的列“${cell.text.trim()}”，此列未导入。`,
        en: `the column "${cell.text.trim()}" is not one of the ledger's: it was not imported.`,
      });
    }
  }

  const rows: LedgerRow[] = [];
  const mergedNoted = new Set<string>();
  for (const row of grid.slice(headerRowNumber)) {
    if (!row) continue;
    const cells: LedgerRow['cells'] = {};
    const refused: ColumnKey[] = [];
    const traditional = new Set<string>();
    const invisible = new Set<string>();
    let fullWidth = false;
    let rowNumber = 0;
    for (const cell of row) {
      if (!cell) continue;
      rowNumber = cell.row;
      const key = columns.get(cell.column);
      if (!key) continue;
      const header = columnHeader(key);
      if (cell.refusal) {
        problems.push({ file, line: cell.row, field: `${cell.address} ${header}`, ...cell.refusal });
        refused.push(key);
        continue;
      }
      if (cell.mergedFrom && !mergedNoted.has(cell.mergedFrom)) {
        mergedNoted.add(cell.mergedFrom);
        notes.push({
          file,
          line: cell.row,
          field: `${cell.mergedFrom} ${header}`,
          zh: `合并单元格 ${cell.mergedFrom}：其内容用于它覆盖的每一行。`,
          en: `merged cell ${cell.mergedFrom}: its value was used for every row it covers.`,
        });
      }
      // A control character (U+0007, U+001B…: pasted from another system) would reach a content file the check refuses: name the cell instead.
      const control = CONTROL.exec(cell.text)?.[0];
      if (control) {
        const code = `U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
        problems.push({ file, line: cell.row, field: `${cell.address} ${header}`, zh: `此格有一个看不见的控制字符 ${code}，多半是从别的系统复制来的：请删除它（可把这一格重新输入一遍）。`, en: `this cell holds an invisible control character ${code}, most likely pasted from another system: delete it (retype the cell).` });
        refused.push(key);
        continue;
      }
      const guarded = checkFormulaText(cell.text, { typedText: cell.typedText });
      if ('refusal' in guarded) {
        problems.push({ file, line: cell.row, field: `${cell.address} ${header}`, ...guarded.refusal });
        refused.push(key);
        continue;
      }
      // The content check's rule, run here so the message names the cell rather than the file it would become.
      for (const found of personalNumbersIn(cell.text)) problems.push({ file, line: cell.row, field: `${cell.address} ${header}`, ...personalDataMessage(found) });
      const normalised = normaliseCellText(guarded.text);
      normalised.traditional.forEach((pair) => traditional.add(pair));
      normalised.invisible.forEach((name) => invisible.add(`${cell.address} ${name}`));
      fullWidth ||= normalised.fullWidth;
      if (normalised.text) cells[key] = { text: normalised.text, address: cell.address };
    }
    if (Object.keys(cells).length === 0 && refused.length === 0) continue;
    if (traditional.size > 0 || fullWidth || invisible.size > 0) {
      const changes = [
        traditional.size > 0 ? `繁体字已转为简体（${[...traditional].join('，')}）` : '',
        fullWidth ? '全角数字和字母已转为半角' : '',
        invisible.size > 0 ? `删去了看不见的字符（${[...invisible].join('，')}）` : '',
      ]
        .filter(Boolean)
        .join('；');
      notes.push({
        file,
        line: rowNumber,
        zh: `${changes}。请核对导入后的文字。`,
        en: `${[traditional.size > 0 ? `traditional characters converted to simplified (${[...traditional].join(', ')})` : '', fullWidth ? 'full-width digits and letters converted' : '', invisible.size > 0 ? `invisible characters removed (${[...invisible].join(', ')})` : ''].filter(Boolean).join('; ')}: check the imported text.`,
      });
    }
    rows.push({ row: rowNumber, cells, ...(refused.length > 0 ? { refused } : {}) });
  }
  return { rows, problems, notes };
}
