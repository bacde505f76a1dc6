import { unguardCellText } from '../../core/csv.ts';

/**
 * Text a spreadsheet program would take for a formula (CSV injection, OWASP): a cell starting
 * with =, +, -, @, a tab or a carriage return, or their full-width forms ＝＋－＠ that some input
 * methods and WPS turn into the ASCII ones. The export writes such text with one leading
 * single quote (`'=…`), Excel's own mark for "this is text"; the import takes that quote off
 * again, and refuses the bare form, so nothing that would run as a formula is taken in silence.
 * Text that itself starts with quotes before such a character (`'=…`) gets one more on export
 * (`''=…`) and loses one on import, so every text round-trips.
 *
 * A dash that opens a list line (`- 完成排查`, `-完成排查`: a dash, then a blank or a Chinese
 * character) is text, not a formula: it is accepted as it is (the export still quotes it).
 * A dash followed by a digit, a Latin letter or an operator (`-1+2`, `-cmd|…`) is refused.
 */

const ALWAYS = /^[=+@\t\r＝＋＠]/;
const DASH = /^[-－](?=$|[\x21-\x7E])/;

const NAMES: Record<string, string> = {
  '\t': '制表符（Tab）',
  '\r': '回车符',
  '＝': '全角“＝”',
  '＋': '全角“＋”',
  '－': '全角“－”',
  '＠': '全角“＠”',
};
const EN_NAMES: Record<string, string> = { '\t': 'a tab', '\r': 'a carriage return', '＝': 'a full-width ＝', '＋': 'a full-width ＋', '－': 'a full-width －', '＠': 'a full-width ＠' };

export type FormulaTextCheck = { text: string } | { refusal: { zh: string; en: string } };

/**
 * The cell's text with the export's protecting quote taken off, or why it is refused. A cell a
 * workbook stores as text (`typedText`: a string cell of an XLSX, never a CSV's) is text whatever
 * it starts with: Excel keeps a typed `'-1+2` as the text `-1+2` with the quote in the cell's
 * style, so asking for a quote would ask for what is already there.
 */
export function checkFormulaText(raw: string, { typedText = false }: { typedText?: boolean } = {}): FormulaTextCheck {
  // `'=x` is the text `=x`; `''=x` is the text `'=x` (which the export writes with one more quote).
  const unguarded = unguardCellText(raw);
  if (unguarded !== raw || typedText) return { text: unguarded };
  if (!ALWAYS.test(raw) && !DASH.test(raw)) return { text: raw };
  const first = raw[0]!;
  const shown = raw.length > 30 ? `${raw.slice(0, 30)}…` : raw;
  const name = NAMES[first] ?? `“${first}”`;
  return {
    refusal: {
      zh: `此格以${name}开头（“${shown.replace(/\t/g, '\\t').replace(/\r/g, '\\r')}”），Excel 或 WPS 会把它当作公式执行。若这是文字，请在开头加一个英文单引号 '（如 '${shown.trimStart()}，导出的表格就是这样写的）；否则删去开头的${name}。`,
      en: `this cell starts with ${EN_NAMES[first] ?? `"${first}"`}, which Excel or WPS would run as a formula: if it is text, put one single quote ' before it (as the export does); otherwise delete the leading character.`,
    },
  };
}
