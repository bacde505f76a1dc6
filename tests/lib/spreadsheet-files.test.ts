import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { exportLedgerSheets, importLedgerSheet } from '../../src/features/sheet/ledger-files.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const SHEETS = join(PROJECT, 'tests/fixtures/bad-sheets');
const AS_OF = '2026-01-15';

/** A copy of the Bazhong content, and the attachments it names, in a temporary project: `<root>/content`. */
function copyBazhong(): { root: string; content: string } {
  const root = tempDir('sheet');
  cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(PROJECT, 'public/documents'), join(root, 'public/documents'), { recursive: true });
  return { root, content: join(root, 'content') };
}

/** Every file under a folder with a hash of its bytes, to prove what an import left alone. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return files;
}

const exported = { xlsx: '', csv: '' };
beforeAll(async () => {
  const out = tempDir('export');
  const result = await exportLedgerSheets({ projectRoot: PROJECT, outDir: out, asOf: AS_OF });
  expect(formatProblems(result.problems)).toBe('');
  exported.xlsx = join(out, 'bazhong-cei2.xlsx');
  exported.csv = join(out, 'bazhong-cei2.csv');
});

describe('the Bazhong ledger through export and import', () => {
  it('exports the ten tasks with the eight staff columns and 任务简称, the CSV with a UTF-8 byte-order mark', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported.xlsx);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '反馈问题', '责任单位', '督导单位', '整改时限', '整改目标', '整改措施', '完成情况', '任务简称']);
    expect(sheet.actualRowCount).toBe(11);
    expect(sheet.getCell('E7').value).toBe('2025年12月');
    expect(String(sheet.getCell('G7').value)).toMatch(/^1\.2021年12月，全市已完成新改建排水管网55公里，其中：巴州区20公里，通江县30公里，平昌县5公里。（责任单位：巴州区党委和人民政府、通江县党委和人民政府、平昌县党委和人民政府）\n2\./);
    const csv = readFileSync(exported.csv, 'utf8');
    expect(csv.startsWith('\uFEFF序号,反馈问题,责任单位,督导单位,整改时限,整改目标,整改措施,完成情况,任务简称\r\n')).toBe(true);
  });

  it.each(['xlsx', 'csv'] as const)('gives back the same content when its %s export is imported', async (format) => {
    const { root, content } = copyBazhong();
    const before = snapshot(content);
    const result = await importLedgerSheet({ projectRoot: root, sheet: exported[format], asOf: AS_OF });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.notes).toEqual([]);
    expect(result).toMatchObject({ written: [], unchanged: 10 });
    expect(snapshot(content)).toEqual(before);
  });

  it('changes only the line of the cell that was edited', async () => {
    const { root, content } = copyBazhong();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported.xlsx);
    workbook.worksheets[0]!.getCell('F5').value = '依法撤销违规审批的项目规划，完成整改。';
    const edited = join(root, 'edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const original = readFileSync(join(content, 'tasks/bazhong-cei2/04.yaml'), 'utf8').split('\n');
    const result = await importLedgerSheet({ projectRoot: root, sheet: edited, asOf: AS_OF });
    expect(formatProblems(result.problems)).toBe('');
    expect(result).toMatchObject({ written: ['content/tasks/bazhong-cei2/04.yaml'], unchanged: 9 });
    const after = readFileSync(join(content, 'tasks/bazhong-cei2/04.yaml'), 'utf8').split('\n');
    const changed = after.flatMap((line, index) => (line === original[index] ? [] : [line]));
    expect(changed).toEqual(['goal: 依法撤销违规审批的项目规划，完成整改。']);
    expect(after).toHaveLength(original.length);
  });

  it('rebuilds every task from the sheet alone, as the plan states it', async () => {
    const { root, content } = copyBazhong();
    for (const folder of ['tasks', 'updates', 'places', 'indicators']) rmSync(join(content, folder), { recursive: true });
    // A deployment starting from its sheet has published nothing yet: no task pages to keep.
    rmSync(join(content, 'published-urls.txt'));
    const result = await importLedgerSheet({ projectRoot: root, sheet: exported.csv, asOf: AS_OF });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.written).toHaveLength(10);
    const rebuilt = checkContent({ projectRoot: root, asOf: AS_OF });
    const original = checkContent({ projectRoot: PROJECT, asOf: AS_OF });
    expect(formatProblems(rebuilt.problems)).toBe('');
    // What the sheet carries comes back; targets, sub-items' places, source locators and related documents live only in the files.
    const carried = (tasks: typeof original.input.tasks) =>
      tasks.map(({ id, data: { documents: _documents, ...data } }) => ({
        id,
        ...data,
        source: data.source.document,
        measures: data.measures.map(({ targets: _targets, items, ...measure }) => ({ ...measure, items: items.map(({ places: _places, ...item }) => item) })),
      }));
    expect(carried(rebuilt.input.tasks)).toEqual(carried(original.input.tasks));
  });
});

/** Sheets of tests/fixtures/bad-sheets/ (made by make-sheets.ts) and what importing each must do. */
const CORPUS: Record<string, { refused: string } | { written: number; unchanged: number; note?: string }> = {
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
  'formula-like-text.csv': { refused: 'F2 整改目标\n  此格以“+”开头（“+86 0827 1234567”），Excel 或 WPS 会把它当作公式执行' },
  'quoted-formula-text.csv': { written: 1, unchanged: 0 },
  'excel-date-serial.csv': { refused: 'E2 整改时限\n  “45291”是 Excel 的日期序列号，即 2023-12-31' },
  'month-as-number.xlsx': { refused: 'month-as-number.xlsx（工作表“整改任务清单”）:2 · E2 整改时限\n  “2021.10”不是整改时限的写法，请写成“2021年10月”' },
  'second-worksheet.xlsx': { written: 0, unchanged: 1, note: '只导入了第一个工作表“整改任务清单”；其余工作表（“说明”）未导入' },
  'zero-width-characters.csv': { written: 0, unchanged: 1, note: '删去了看不见的字符（D2 零宽空格 U+200B，F2 文字方向控制符 U+200E）' },
  'semicolon-separated.csv': { written: 0, unchanged: 1, note: '此 CSV 用分号分隔各列，已按分号读取' },
  'tab-separated.csv': { written: 0, unchanged: 1, note: '此 CSV 用制表符（Tab）分隔各列' },
  'gbk-encoded.csv': { written: 0, unchanged: 1, note: '已按 GBK/GB18030 编码（中文 Windows 上 Excel 的默认编码）读取' },
  'unknown-encoding.csv': { refused: '此 CSV 文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码' },
  'not-a-workbook.xlsx': { refused: '无法读取此文件' },
  'old-format.xls': { refused: '只能导入 .xlsx 或 .csv 文件' },
};

describe('the corpus of staff spreadsheets', () => {
  it('has an expectation for every sheet, and the sheets and content files number at least 20', () => {
    const sheets = readdirSync(SHEETS).filter((name) => !name.endsWith('.ts')).sort();
    expect(sheets).toEqual(Object.keys(CORPUS).sort());
    expect(sheets.length).toBeGreaterThanOrEqual(20);
  });

  it.each(Object.keys(CORPUS))('imports %s as expected, changing no file when it refuses', async (name) => {
    const { root, content } = copyBazhong();
    const before = snapshot(content);
    const expected = CORPUS[name]!;
    const result = await importLedgerSheet({ projectRoot: root, sheet: join(SHEETS, name), asOf: AS_OF });
    const messages = formatProblems(result.problems);
    if ('refused' in expected) {
      expect(messages).toContain(expected.refused);
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
  });
});

describe('the import flags', () => {
  it('refuses in a dry run exactly what the import refuses, and writes nothing either way', async () => {
    for (const name of ['deadline-before-measures.csv', 'mistyped-number.csv', 'unknown-unit.csv']) {
      const { root, content } = copyBazhong();
      const before = snapshot(content);
      const sheet = join(SHEETS, name);
      const dry = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF, dryRun: true });
      expect(dry.problems.length, name).toBeGreaterThan(0);
      expect(snapshot(content)).toEqual(before);
      const real = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF });
      expect(formatProblems(dry.problems).replace('导入会被拒绝（试运行，本来也不写文件）', '没有写入任何文件'), name).toBe(formatProblems(real.problems));
    }
  });

  it('lists in a dry run the files the import would write, and leaves them unwritten', async () => {
    const { root, content } = copyBazhong();
    const before = snapshot(content);
    const result = await importLedgerSheet({ projectRoot: root, sheet: join(SHEETS, 'new-task.csv'), asOf: AS_OF, dryRun: true });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.written).toEqual(['content/tasks/bazhong-cei2/11.yaml']);
    expect(snapshot(content)).toEqual(before);
    expect(existsSync(join(root, '.ledger-import-'))).toBe(false);
  });

  it('removes a measure the sheet no longer lists only with --remove-missing, and says which', async () => {
    const { root, content } = copyBazhong();
    const file = join(content, 'tasks/bazhong-cei2/07.yaml');
    const original = readFileSync(file, 'utf8');
    const options = { projectRoot: root, sheet: join(SHEETS, 'measure-deleted.csv'), asOf: AS_OF, removeMissing: true };
    // An update reports on that measure: removing it is refused until the update goes too.
    const refused = await importLedgerSheet(options);
    expect(formatProblems(refused.problems)).toContain('content/updates/bazhong-cei2/07-2-2021-12.yaml:2 · measure\n  任务 bazhong-cei2/07 没有第2条措施');
    expect(readFileSync(file, 'utf8')).toBe(original);
    rmSync(join(content, 'updates/bazhong-cei2/07-2-2021-12.yaml'));
    const result = await importLedgerSheet(options);
    expect(formatProblems(result.problems)).toBe('');
    expect(result.written).toEqual(['content/tasks/bazhong-cei2/07.yaml']);
    expect(formatProblems(result.notes)).toContain('已删除：任务 7 第2条措施“2021年12月，已出台《四川巴中经济开发区城市…”。表格中没有这一条，按 --remove-missing 删除。');
    const after = readFileSync(file, 'utf8');
    expect(after).not.toContain('- number: 2');
    // Exactly the measure's four lines went.
    const lines = original.split('\n');
    const start = lines.indexOf('  - number: 2');
    expect(after.split('\n')).toEqual([...lines.slice(0, start), ...lines.slice(start + 4)]);
  });

  it('takes off the quote the export puts before text that starts like a formula', async () => {
    const { root, content } = copyBazhong();
    const result = await importLedgerSheet({ projectRoot: root, sheet: join(SHEETS, 'quoted-formula-text.csv'), asOf: AS_OF });
    expect(formatProblems(result.problems)).toBe('');
    expect(readFileSync(join(content, 'tasks/bazhong-cei2/11.yaml'), 'utf8')).toMatch(/^goal: "?=依法完成整治（原文以等号开头）。"?$/m);
  });
});

describe('a sheet that is not an ordinary file', () => {
  it.each([
    ['a named pipe', (dir: string) => (execFileSync('mkfifo', [join(dir, 'x.csv')]), join(dir, 'x.csv'))],
    ['a link to a device that never ends', (dir: string) => (symlinkSync('/dev/zero', join(dir, 'zero.csv')), join(dir, 'zero.csv'))],
    ['a folder', (dir: string) => (mkdirSync(join(dir, 'folder.xlsx')), join(dir, 'folder.xlsx'))],
  ])('is refused at once, not read: %s', async (_name, make) => {
    const { root } = copyBazhong();
    const sheet = make(tempDir('odd-sheet'));
    const result = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF, dryRun: true });
    expect(formatProblems(result.problems)).toContain('这不是一个普通文件');
    expect(result.written).toEqual([]);
  });
});
