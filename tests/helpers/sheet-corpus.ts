import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { importLedgerSheet } from '../../src/features/sheet/ledger-files.ts';
import { copyBazhong, snapshot } from './fixture-copy.ts';
import { PROJECT_ROOT } from './sites.ts';

export const SHEETS = join(PROJECT_ROOT, 'tests/fixtures/bad-sheets');
const AS_OF = '2026-01-15';

/** Sheets of tests/fixtures/bad-sheets/ (made by make-sheets.ts) and what importing each must do. */
export const CORPUS: Record<string, { refused: string; without?: string } | { written: number; unchanged: number; note?: string }> = {
  'reordered-columns.csv': { written: 0, unchanged: 2 },
  'traditional-characters.csv': { written: 0, unchanged: 1, note: '繁体字已转为简体（縣→县' },
  'full-width-digits.csv': { written: 0, unchanged: 1, note: '全角数字和字母已转为半角' },
  'title-row.xlsx': { written: 0, unchanged: 2 },
  'merged-cells.xlsx': { written: 0, unchanged: 1, note: '合并单元格 A2：其内容用于它覆盖的每一行' },
  'new-task.csv': { written: 1, unchanged: 0, note: '任务 11 没有简称' },
  'formula-cell.xlsx': { refused: 'A3 序号\n  这是公式（=A2+3），不是文字' },
  'error-value.xlsx': { refused: 'E2 整改时限\n  此格是错误值 #DIV/0!' },
  'formula-in-csv.csv': { refused: 'A2 序号\n  此格以“=”开头（“=3+1”），Excel 或 WPS 会把它当作公式执行' },
  'unknown-unit.csv': { refused: 'D2 督导单位\n  不认识的单位“市生态环境厅”。是否想写“市生态环境局”？' },
  'unknown-unit-in-measure.csv': { refused: 'G2 整改措施\n  第1条措施：不认识的单位“巴中高新区”' },
  'missing-column.csv': { refused: ':1 · 督导单位\n  表头缺少“督导单位”列' },
  'impossible-deadline.csv': { refused: 'E2 整改时限\n  “2022年13月”不是有效的整改时限' },
  'duplicate-number.csv': { refused: 'A4 序号\n  序号 4 已在第 2 行用过' },
  'same-number-twice-in-a-row.csv': { refused: 'B3 反馈问题\n  第 3 行与第 2 行序号同为 4，但“反馈问题”不同。若是两项任务，请改用不同序号' },
  'measures-out-of-order.csv': { refused: 'G2 整改措施\n  措施编号应为 1、2、3… 依次排列，第2条写成了“3.”' },
  'empty-goal.csv': { refused: '整改目标\n  任务 4 的“整改目标”为空' },
  'deadline-before-measures.csv': { refused: 'measures[0].due\n  第1条措施的时限 2021年12月 晚于任务整改时限 2021年6月' },
  'no-header.csv': { refused: '找不到表头' },
  'same-column-twice.csv': { refused: ':1 · I1 责任单位\n  C 列“责任单位”和I 列“责任单位”都是“责任单位”列' },
  'alias-columns.csv': { refused: ':1 · I1 整改时限\n  E 列“整改时限”和I 列“完成时限”都是“整改时限”列' },
  'measure-deleted.csv': { written: 0, unchanged: 1, note: 'G2 整改措施\n  任务 7 第2条措施“2021年12月，已出台《四川巴中经济开发区城市…”不在表格中，已保留在任务文件里。若确要删除，请加 --remove-missing' },
  'mistyped-number.csv': { refused: 'B2 反馈问题\n  序号 40 是新任务，但它的“反馈问题”与已有的任务 4（bazhong-cei2/04）相同，可能是序号写错了' },
  // The refused cell is one problem, not also an empty 整改目标.
  'formula-like-text.csv': { refused: 'F2 整改目标\n  此格以“+”开头（“+86 0827 1234567”），Excel 或 WPS 会把它当作公式执行', without: '“整改目标”为空' },
  'quoted-formula-text.csv': { written: 1, unchanged: 0 },
  'excel-date-serial.csv': { refused: 'E2 整改时限\n  “45291”是 Excel 的日期序列号，即 2023-12-31' },
  'month-as-number.xlsx': { refused: 'month-as-number.xlsx（工作表“整改任务清单”）:2 · E2 整改时限\n  “2021.10”不是整改时限的写法，请写成“2021年10月”' },
  'second-worksheet.xlsx': { written: 0, unchanged: 1, note: '只导入了第一个工作表“整改任务清单”；其余工作表（“说明”）未导入' },
  'zero-width-characters.csv': { written: 0, unchanged: 1, note: '删去了看不见的字符（D2 零宽空格 U+200B，F2 从左到右标记 U+200E）' },
  'semicolon-separated.csv': { written: 0, unchanged: 1, note: '此 CSV 用分号分隔各列，已按分号读取' },
  'tab-separated.csv': { written: 0, unchanged: 1, note: '此 CSV 用制表符（Tab）分隔各列' },
  'gbk-encoded.csv': { written: 0, unchanged: 1, note: '已按 GBK/GB18030 编码（中文 Windows 上 Excel 的默认编码）读取' },
  'unknown-encoding.csv': { refused: '此 CSV 文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码' },
  'not-a-workbook.xlsx': { refused: '这个文件不是 Excel 表格（.xlsx），多半是改了扩展名的 CSV 文字文件' },
  'old-format.xls': { refused: '只能导入 .xlsx 或 .csv 文件' },
};

export const REFUSED = Object.keys(CORPUS).filter((name) => 'refused' in CORPUS[name]!);
export const READ = Object.keys(CORPUS).filter((name) => !('refused' in CORPUS[name]!));

/** Imports a sheet of the corpus into a copy of the Bazhong content and checks it does what CORPUS says. */
export async function importsAsExpected(name: string): Promise<void> {
  const { root, content } = copyBazhong();
  const before = snapshot(content);
  const expected = CORPUS[name]!;
  const result = await importLedgerSheet({ projectRoot: root, sheet: join(SHEETS, name), asOf: AS_OF });
  const messages = formatProblems(result.problems);
  if ('refused' in expected) {
    expect(messages).toContain(expected.refused);
    if (expected.without) expect(messages).not.toContain(expected.without);
    expect(result.written).toEqual([]);
    expect(snapshot(content)).toEqual(before);
    for (const problem of result.problems) expect(problem.en.length, problem.zh).toBeGreaterThan(5);
  } else {
    expect(messages).toBe('');
    expect(result).toMatchObject({ written: expect.any(Array), unchanged: expected.unchanged });
    expect(result.written).toHaveLength(expected.written);
    if (expected.note) expect(formatProblems(result.notes)).toContain(expected.note);
    expect(formatProblems(checkContent({ projectRoot: root, asOf: AS_OF }).problems)).toBe('');
  }
  expect(messages).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(existsSync(join(root, '.ledger-import-'))).toBe(false);
}
