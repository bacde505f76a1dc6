/**
 * Writing cells that a spreadsheet program opens: the one place that owns the formula
 * (CSV-injection) rule and the one CSV writer. The public downloads, the chart data and the
 * ledger export (CSV and XLSX) all go through here.
 */

/** A cell as the writers receive it: text is text, a JS number or boolean is written plain. */
export type CsvCell = string | number | boolean | null;

/**
 * First characters that make Excel, WPS or LibreOffice read a text cell as a formula (the
 * OWASP CSV-injection list, plus the full-width forms a Chinese input method types, which WPS
 * and Excel also accept as formula signs).
 */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'] as const;

/** Spaces (and invisible characters) a spreadsheet may trim before it looks for a formula sign. */
const LEADING_SPACE = /^[ \u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]*/;

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  const first = text.replace(LEADING_SPACE, '')[0];
  return first !== undefined && (FORMULA_TRIGGERS as readonly string[]).includes(first);
}

/**
 * The text as a spreadsheet must show it: prefixed with a single quote when it could be read
 * as a formula (`=1+1` → `'=1+1`), unchanged otherwise. Only text goes through here; a number
 * such as -3 is a number and is written as one.
 */
export function safeCellText(text: string): string {
  return needsQuote(text) ? `'${text}` : text;
}

/**
 * Text that gets the protecting quote: what could be a formula, and also text that already
 * starts with quotes before a formula sign (`'=x` is written `''=x`), so that taking one quote
 * off on import gives back every text exactly.
 */
function needsQuote(text: string): boolean {
  return looksLikeFormula(text.replace(/^'+/, ''));
}

/**
 * The text a sheet cell held before `safeCellText` guarded it: `'=1+1` → `=1+1`. For import,
 * so that an exported ledger reads back unchanged; any other text is returned as it is.
 */
export function unguardCellText(text: string): string {
  return text.startsWith("'") && needsQuote(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV field: formula-guarded when it is text, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? safeCellText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV file from rows of cells, CRLF line ends. With a UTF-8 byte-order mark by default, so that
 * Excel and WPS open the Chinese correctly; `byteOrderMark: false` for files programs read (the
 * open data's tables: the Data Package specification recommends UTF-8 without one, and readers
 * such as the Frictionless JS library keep it in the first column's name).
 */
export function csvText(rows: readonly (readonly CsvCell[])[], options: { byteOrderMark?: boolean; field?: (value: CsvCell) => string } = {}): string {
  const { byteOrderMark = true, field = csvField } = options;
  return `${byteOrderMark ? '\uFEFF' : ''}${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

// What Excel, WPS and LibreOffice make of a CSV field when they open the file: a number
// (`06` → 6, `123456789012345678` → 1.23457E+17, `1,234`, `-5`, `3.50` → 3.5, `12%`, `1e5`),
// a date or time (`2023-12` → Dec-23, `2023/12/1`, `1.5.2023`, `Dec-23`, `9:30`) or a truth value
// (`true` → TRUE). Chinese dates (`2023年12月`) may become dates too, but show as written.
const READ_AS_NUMBER = /^[-+]?[$¥€£]?[-+]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?%?$|^\(\d[\d,.]*\)$/i;
const READ_AS_DATE = /^\d{1,4}([-/.])\d{1,2}(?:\1\d{1,4})?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const READ_AS_MONTH_NAME = /^(?:\d{1,2}[-/ ])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[-/ ]\d{1,4})?$/i;
const READ_AS_TIME = /^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m?\.?)?$/i;
const READ_AS_TRUTH = /^(?:true|false)$/i;

/**
 * True when a spreadsheet opening a CSV would turn this text into something else: a number, a
 * date, a time or TRUE/FALSE (after folding full-width digits, as the Chinese editions of Excel
 * and WPS do, and trimming spaces).
 */
export function readsAsValue(text: string): boolean {
  const folded = text.normalize('NFKC').trim();
  return [READ_AS_NUMBER, READ_AS_DATE, READ_AS_MONTH_NAME, READ_AS_TIME, READ_AS_TRUTH].some((pattern) => pattern.test(folded));
}

/**
 * One field of a CSV made for people to open in a spreadsheet: text guarded against formulas
 * (`safeCellText`), and text a spreadsheet would turn into a number or a date (`2023-12`, `06`, a
 * long number) written after the single quote that marks text (`'2023-12`), so it is shown as
 * written and never changed. A JS number is a number. The open data's tables, which programs
 * read, keep `csvField`: their values are exactly the data.
 */
export function peopleCsvField(value: CsvCell): string {
  if (typeof value !== 'string') return csvField(value);
  const guarded = safeCellText(value);
  return csvField(guarded !== value || !readsAsValue(value) ? value : `'${value}`);
}
