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

/** A CSV file from rows of cells: UTF-8 byte-order mark (so Excel opens Chinese correctly), CRLF line ends. */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
