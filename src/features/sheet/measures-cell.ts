/**
 * The 整改措施 cell of a ledger sheet: numbered measures, one per line, each ending with its
 * `（责任单位：…）` as the plan prints them, and numbered sub-items `(1)…` under a measure.
 *
 *   1.2021年12月，全市已完成新改建排水管网55公里……（责任单位：巴州区党委和人民政府、通江县党委和人民政府）
 *   (1)平昌县坦溪镇俱兴砖厂页岩矿已于2018年4月30日关闭……（责任单位：平昌县党委和人民政府）
 *   2.……
 */

export interface CellMeasure {
  number: number;
  text: string;
  /** Unit names in its `（责任单位：…）`, or undefined when the line has none. */
  unitNames?: string[];
  items: CellItem[];
}

export interface CellItem {
  /** As printed: `(1)`. */
  label: string;
  text: string;
  unitNames?: string[];
}

const MEASURE_LINE = /^(\d+)\s*[.．、]\s*([\s\S]*)$/;
const ITEM_LINE = /^[(（]\s*(\d+)\s*[)）]\s*([\s\S]*)$/;
const UNITS_MARK = /[（(]\s*责任单位\s*[：:]/g;

/**
 * Splits a trailing `（责任单位：A、B）` off a line. The bracket may hold brackets of its own
 * (`各县（区）党委和人民政府`), so the closing one is found by counting.
 */
export function splitResponsibleUnits(line: string): { text: string; units?: string } {
  const trimmed = line.trim();
  let start = -1;
  for (const match of trimmed.matchAll(UNITS_MARK)) start = match.index;
  if (start < 0) return { text: trimmed };
  const rest = trimmed.slice(start);
  let depth = 0;
  for (let index = 0; index < rest.length; index++) {
    const char = rest[index]!;
    if (char === '（' || char === '(') depth++;
    else if (char === '）' || char === ')') {
      depth--;
      if (depth === 0) {
        if (rest.slice(index + 1).replace(/[。；;\s]/g, '') !== '') return { text: trimmed };
        const inner = rest.slice(0, index).replace(/^[（(]\s*责任单位\s*[：:]/, '');
        return { text: trimmed.slice(0, start).trim(), units: inner.trim() };
      }
    }
  }
  return { text: trimmed };
}

export type MeasuresCellResult =
  | { ok: true; measures: CellMeasure[] }
  | { ok: false; zh: string; en: string };

/** Reads the 整改措施 cell into numbered measures with their items and unit names. */
export function parseMeasuresCell(cell: string, splitNames: (text: string) => string[]): MeasuresCellResult {
  const measures: CellMeasure[] = [];
  const lines = cell.split('\n').map((line) => line.trim()).filter(Boolean);
  // A cell holding one measure without a number is measure 1.
  if (lines.length > 0 && !MEASURE_LINE.test(lines[0]!) && !ITEM_LINE.test(lines[0]!)) lines[0] = `1.${lines[0]}`;
  for (const line of lines) {
    const measureMatch = MEASURE_LINE.exec(line);
    const itemMatch = ITEM_LINE.exec(line);
    const last = measures.at(-1);
    if (measureMatch) {
      const { text, units } = splitResponsibleUnits(measureMatch[2]!);
      measures.push({ number: Number(measureMatch[1]), text, unitNames: units === undefined ? undefined : splitNames(units), items: [] });
    } else if (itemMatch && last) {
      const { text, units } = splitResponsibleUnits(itemMatch[2]!);
      last.items.push({ label: `(${Number(itemMatch[1])})`, text, unitNames: units === undefined ? undefined : splitNames(units) });
    } else if (last) {
      // A line without a number continues the measure (or item) above it.
      const target = last.items.at(-1) ?? last;
      const { text, units } = splitResponsibleUnits(`${target.text}${line}`);
      target.text = text;
      if (units !== undefined) target.unitNames = splitNames(units);
    } else {
      return {
        ok: false,
        zh: `整改措施的第一行“${line.slice(0, 20)}”不是编号的措施。每条措施另起一行，以“1.”“2.”开头。`,
        en: `the first line of 整改措施 ("${line.slice(0, 20)}") is not a numbered measure: start each measure on its own line with 1., 2., …`,
      };
    }
  }
  if (measures.length === 0) {
    return { ok: false, zh: '整改措施为空。每条措施另起一行，以“1.”“2.”开头。', en: '整改措施 is empty: write each measure on its own line starting with 1., 2., …' };
  }
  for (const [index, measure] of measures.entries()) {
    if (measure.number !== index + 1) {
      return {
        ok: false,
        zh: `措施编号应为 1、2、3… 依次排列，第${index + 1}条写成了“${measure.number}.”。请核对编号。`,
        en: `measures are numbered 1, 2, 3… in order; measure ${index + 1} is numbered ${measure.number}: check the numbers.`,
      };
    }
    if (!measure.text) {
      return { ok: false, zh: `第${measure.number}条措施没有内容。`, en: `measure ${measure.number} has no text.` };
    }
  }
  return { ok: true, measures };
}

/** Writes measures back into one cell, in the shape `parseMeasuresCell` reads. */
export function formatMeasuresCell(measures: readonly CellMeasure[]): string {
  const units = (names?: string[]) => (names && names.length > 0 ? `（责任单位：${names.join('、')}）` : '');
  return measures
    .flatMap((measure) => [
      `${measure.number}.${measure.text}${units(measure.unitNames)}`,
      ...measure.items.map((item) => `${item.label}${item.text}${units(item.unitNames)}`),
    ])
    .join('\n');
}

