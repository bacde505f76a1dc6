import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvErrorLine, readSheetFile } from '../../src/features/sheet/workbook.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import type { Unit } from '../../src/schemas/unit.ts';
import { recogniseHeader } from '../../src/features/sheet/columns.ts';
import { rowsToTasks, taskToRow, type SheetImportContext } from '../../src/features/sheet/ledger-sheet.ts';
import { formatMeasuresCell, parseMeasuresCell, splitResponsibleUnits } from '../../src/features/sheet/measures-cell.ts';
import { deadlineFromMeasureText, dueFromMeasureText } from '../../src/core/deadlines.ts';
import { readLedgerRows, type Grid, type GridCell } from '../../src/features/sheet/sheet-rows.ts';
import { normaliseCellText, parseTaskNumber } from '../../src/features/sheet/text.ts';
import { checkFormulaText } from '../../src/features/sheet/formula-text.ts';
import { excelSerialDate } from '../../src/features/sheet/ledger-sheet.ts';
import { splitUnitNames, unitNameSplitter, unitResolver } from '../../src/features/sheet/units.ts';
import { taskSchema } from '../../src/schemas/task.ts';

const unit = (id: string, data: Partial<Unit> & { name: string }) => ({
  id,
  data: { kind: 'department', jurisdiction: 'city', aliases: [], members: [], ...data } as Unit,
});
const UNITS = [
  unit('housing', { name: '市住房城乡建设局', shortName: '住房城乡建设局', aliases: ['市住建局'] }),
  unit('counties', { name: '各县（区）党委和人民政府', kind: 'group', members: ['bazhou'] }),
  unit('bazhou', { name: '巴州区党委和人民政府', shortName: '巴州区' }),
  unit('ecology', { name: '市生态环境局' }),
];

/** A grid from rows of text, as the workbook reader would hand it over. */
function grid(rows: (string | undefined)[][], extra: (cell: GridCell) => Partial<GridCell> = () => ({})): Grid {
  return rows.map((row, r) =>
    row.flatMap((text, c) => {
      if (text === undefined) return [];
      const cell: GridCell = { row: r + 1, column: c + 1, address: `${String.fromCharCode(65 + c)}${r + 1}`, text };
      return [{ ...cell, ...extra(cell) }];
    }),
  ).map((cells) => {
    const sparse: GridCell[] = [];
    for (const cell of cells) sparse[cell.column] = cell;
    return sparse;
  });
}

const HEADER = ['序号', '反馈问题', '责任单位', '督导单位', '整改时限', '整改目标', '整改措施'];
const ROW = ['1', '污水管网不配套。（省整改任务第四十九项）', '市住房城乡建设局', '市生态环境局', '2025年12月', '提高收集率。', '1.2022年6月底前，完成排查。（责任单位：各县（区）党委和人民政府）'];

function context(existing: SheetImportContext['existing'] = new Map()): SheetImportContext {
  return { file: 'sheet.csv', plan: { id: 'demo', document: 'demo-plan' }, units: UNITS, existing };
}

describe('cell text from staff sheets', () => {
  it('turns full-width digits into ASCII and traditional characters into simplified, and says so', () => {
    expect(normaliseCellText(' 責任單位：２０２３年１２月 ')).toEqual({ text: '责任单位：2023年12月', invisible: [], traditional: ['責→责', '單→单'], fullWidth: true });
  });

  it('leaves simplified text with full-width punctuation as it is', () => {
    const text = '各县（区）党委和人民政府，巴中经开区、文旅新区：2022年6月底前。';
    expect(normaliseCellText(text)).toEqual({ text, invisible: [], traditional: [], fullWidth: false });
  });

  it('removes invisible characters and names each with its code point', () => {
    expect(normaliseCellText('市生态\u200B环境局\uFEFF\u202E')).toMatchObject({ text: '市生态环境局', invisible: ['零宽空格 U+200B', '零宽不换行空格（BOM） U+FEFF', '从右到左覆盖 U+202E'] });
  });

  it('reads task numbers in Arabic or Chinese numerals', () => {
    expect(['6', '06', '六', '十', '十六', '四十八', '（六）', '6.'].map(parseTaskNumber)).toEqual([6, 6, 6, 10, 16, 48, 6, 6]);
    expect(['', '0', 'x', '六六', '100000000000000000000', '9'.repeat(400)].map(parseTaskNumber)).toEqual([null, null, null, null, null, null]);
  });

  it('recognises a column by any of its header names, with blanks and traditional characters', () => {
    expect(['序 号', '督導單位', '整改时限：', '整改进展', '任务简称'].map(recogniseHeader)).toEqual(['number', 'supervisingUnits', 'deadline', 'progress', 'title']);
    expect(recogniseHeader('备注')).toBeUndefined();
  });
});

describe('the 整改措施 cell', () => {
  it('splits a trailing （责任单位：…） off a line, brackets inside names included', () => {
    expect(splitResponsibleUnits('完成排查。（责任单位：各县（区）党委和人民政府，巴中经开区）')).toEqual({
      text: '完成排查。',
      units: '各县（区）党委和人民政府，巴中经开区',
    });
    expect(splitResponsibleUnits('完成排查（含2021年55公里）。')).toEqual({ text: '完成排查（含2021年55公里）。' });
  });

  it('reads numbered measures with their sub-items and writes them back the same', () => {
    const cell = '1.2021年12月，已完成清理排查。（责任单位：市住建局、巴州区）\n2.2023年12月底前，完成处置。（责任单位：巴州区）\n(1)甲矿已关闭。（责任单位：巴州区）\n(2)乙矿已关闭。';
    const parsed = parseMeasuresCell(cell, splitUnitNames);
    expect(parsed).toEqual({
      ok: true,
      measures: [
        { number: 1, text: '2021年12月，已完成清理排查。', unitNames: ['市住建局', '巴州区'], items: [] },
        {
          number: 2,
          text: '2023年12月底前，完成处置。',
          unitNames: ['巴州区'],
          items: [
            { label: '(1)', text: '甲矿已关闭。', unitNames: ['巴州区'] },
            { label: '(2)', text: '乙矿已关闭。', unitNames: undefined },
          ],
        },
      ],
    });
    expect(formatMeasuresCell(parsed.ok ? parsed.measures : [])).toBe(cell);
  });

  it('joins a wrapped line to the measure above it', () => {
    const parsed = parseMeasuresCell('1.完成排查，\n建立台账。（责任单位：巴州区）', splitUnitNames);
    expect(parsed).toMatchObject({ ok: true, measures: [{ text: '完成排查，建立台账。', unitNames: ['巴州区'] }] });
  });

  it('refuses measures numbered out of order', () => {
    const parsed = parseMeasuresCell('1.甲。\n3.乙。', splitUnitNames);
    expect(parsed).toMatchObject({ ok: false });
    expect(parsed.ok ? '' : parsed.zh).toContain('第2条写成了“3.”');
  });

  it('reads a month without a year in the year named before it, 年底 and 年末 in any form, and never a date something starts from', () => {
    expect(
      ['2025年10月底前完成排查，12月底前完成整改。', '2025年3月至6月，开展专项行动。', '严格执行《长江保护法》（2021年3月1日起施行）', '2026年年底前', '２０２６年６月底前', '2026年末完成', '3个月内完成'].map(dueFromMeasureText),
    ).toEqual(['2025-12', '2025-06', undefined, '2026-12', '2026-06', '2026-12', undefined]);
    // Only a date written as a deadline (…前, 年底, 年末) is one the check asks to be written as due.
    expect(['2021年10月，已完成排查。此后持续开展。', '2025年3月至6月，开展专项行动。', '2025年10月底前完成排查，12月底前完成整改。'].map(deadlineFromMeasureText)).toEqual([undefined, undefined, '2025-12']);
    // 之前 and a month's 底 are deadlines; 截至 (as of) is not; a month after 每年 / 此后 is of no one year.
    expect(['2026年6月30日之前完成', '2022年6月底完成排查', '截至2022年6月底，已完成', '2022年6月底前完成排查，此后每年12月开展复查'].map(deadlineFromMeasureText)).toEqual(['2026-06-30', '2022-06', undefined, '2022-06']);
  });

  it('takes a due date from the latest month a measure names', () => {
    expect(['2022年6月底前，完成', '2021年10月，已完成排查。2021年12月，已完成整改', '2021年10月8日，印发', '2022年底前完成', '纳入2021年、2022年度考核', '持续开展'].map(dueFromMeasureText)).toEqual([
      '2022-06',
      '2021-12',
      '2021-10-08',
      '2022-12',
      undefined,
      undefined,
    ]);
  });
});

describe('unit names in a sheet', () => {
  const resolve = unitResolver(UNITS);
  it('finds a unit by name, short name or alias, with half-width brackets too', () => {
    expect(['市住房城乡建设局', '住房城乡建设局', '市住建局', '各县(区)党委和人民政府'].map((name) => resolve(name))).toEqual(
      ['housing', 'housing', 'housing', 'counties'].map((id) => ({ ok: true, id })),
    );
  });

  it('keeps whole a unit name that holds a separator itself, the longest first, and splits the rest', () => {
    const split = unitNameSplitter([...UNITS, unit('lianxi', { name: '濂溪区委、区政府' }), unit('lianxi-party', { name: '濂溪区委' })]);
    expect(split('濂溪区委、区政府、市生态环境局，濂溪区委')).toEqual(['濂溪区委、区政府', '市生态环境局', '濂溪区委']);
    expect(split('市生态环境局；市住建局')).toEqual(['市生态环境局', '市住建局']);
    expect(splitUnitNames('濂溪区委、区政府')).toEqual(['濂溪区委', '区政府']);
  });

  it('refuses an unknown unit and suggests the nearest name', () => {
    const found = resolve('市住房城乡建设厅');
    expect(found).toMatchObject({ ok: false });
    expect(found.ok ? '' : found.zh).toContain('是否想写“市住房城乡建设局”');
  });

  it('suggests the unit whose name holds the one written, and a unit by the alias nearest to it', () => {
    const joint = unitResolver([...UNITS, unit('agriculture', { name: '市农业农村局（市乡村振兴局、市畜牧兽医中心）' }), unit('ecology-branch', { name: '金华市生态环境局东岸分局', aliases: ['东岸生态环境分局'] })]);
    const within = joint('市乡村振兴局');
    expect(within.ok ? '' : within.zh).toContain('是否想写“市农业农村局（市乡村振兴局、市畜牧兽医中心）”');
    const byAlias = joint('东岸生态环保分局');
    expect(byAlias.ok ? '' : byAlias.zh).toContain('是否想写“金华市生态环境局东岸分局”');
  });
});

describe('reading a sheet into rows', () => {
  it('finds the header under a title row and reads columns in any order', () => {
    const order = [6, 0, 2, 1, 3, 5, 4];
    const reading = readLedgerRows(grid([['巴中市整改任务清单'], order.map((i) => HEADER[i]!), order.map((i) => ROW[i]!)]), 'sheet.xlsx');
    expect(reading.problems).toEqual([]);
    expect(reading.rows).toHaveLength(1);
    expect(reading.rows[0]!.row).toBe(3);
    expect(reading.rows[0]!.cells.measures).toEqual({ text: ROW[6], address: 'A3' });
    expect(reading.rows[0]!.cells.number).toEqual({ text: '1', address: 'B3' });
  });

  it('names a missing column and a sheet without a header', () => {
    const reading = readLedgerRows(grid([HEADER.slice(0, 6), ROW.slice(0, 6)]), 'sheet.csv');
    expect(reading.problems).toMatchObject([{ file: 'sheet.csv', line: 1, field: '整改措施' }]);
    expect(reading.problems[0]!.zh).toContain('表头缺少“整改措施”列');
    expect(readLedgerRows(grid([['a', 'b'], ['c', 'd']]), 'x.csv').problems[0]!.zh).toContain('找不到表头');
  });

  it('refuses a formula cell with its address, and notes a merged cell it maps', () => {
    const formula = { zh: '这是公式（=A1+1），不是文字。', en: 'this cell holds a formula' };
    const reading = readLedgerRows(
      grid([HEADER, ROW], (cell) => (cell.address === 'A2' ? { refusal: formula } : cell.address === 'D2' ? { mergedFrom: 'D1' } : {})),
      'sheet.xlsx',
    );
    expect(reading.problems).toEqual([{ file: 'sheet.xlsx', line: 2, field: 'A2 序号', ...formula }]);
    expect(reading.notes.map((note) => note.zh)).toContain('合并单元格 D1：其内容用于它覆盖的每一行。');
  });
});

describe('rows into tasks', () => {
  const rows = (...data: string[][]) => readLedgerRows(grid([HEADER, ...data]), 'sheet.csv').rows;

  it('makes a task a schema accepts from one row, with the provincial number and the due date from the text', () => {
    const result = rowsToTasks(rows(ROW), context());
    expect(result.problems).toEqual([]);
    const [task] = result.tasks;
    expect(task).toMatchObject({ id: 'demo/01', number: 1, isNew: true });
    expect(task!.data).toMatchObject({
      plan: 'demo',
      provincialTaskNumber: 49,
      title: '污水管网不配套',
      finding: '污水管网不配套。',
      responsibleUnits: ['housing'],
      supervisingUnits: ['ecology'],
      deadline: '2025年12月',
      measures: [{ number: 1, text: '2022年6月底前，完成排查。', responsibleUnits: ['counties'], due: '2022-06' }],
      source: { document: 'demo-plan' },
    });
    expect(taskSchema.safeParse(task!.data).success).toBe(true);
    expect(result.notes.map((note) => note.field)).toEqual(['任务简称']);
  });

  it('reads rows that share a 序号 as one task, one measure per row', () => {
    const second = ['', '', '', '', '', '', '2.持续巡查。（责任单位：巴州区）'];
    const result = rowsToTasks(rows(ROW, second), context());
    expect(result.problems).toEqual([]);
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]!.data.measures).toMatchObject([{ number: 1 }, { number: 2, responsibleUnits: ['bazhou'] }]);
  });

  it('reports every row it cannot map, each with its cell', () => {
    const badUnit = ['2', '问题二。', '市住建厅', '市生态环境局', '2025年12月', '目标。', '1.措施。'];
    const badDeadline = ['3', '问题三。', '巴州区', '市生态环境局', '明年', '目标。', '1.措施。'];
    const duplicate = [...ROW];
    const result = rowsToTasks(rows(ROW, badUnit, badDeadline, duplicate), context());
    expect(result.problems.map((problem) => [problem.line, problem.field])).toEqual([
      [5, 'A5 序号'],
      [3, 'C3 责任单位'],
      [4, 'E4 整改时限'],
    ]);
    expect(result.tasks.map((task) => task.number)).toEqual([1]);
  });

  it('keeps what the sheet does not carry (targets, items\' places, source) from the task file', () => {
    const existing = {
      plan: 'demo',
      number: 1,
      provincialTaskNumber: 49,
      title: '污水管网',
      finding: '污水管网不配套。',
      responsibleUnits: ['housing'],
      supervisingUnits: ['ecology'],
      deadline: '2025年12月',
      goal: '提高收集率。',
      measures: [{ number: 1, text: '2022年6月底前，完成排查。', responsibleUnits: ['counties'], due: '2022-06', targets: [{ metric: '排查', unit: '公里', value: 5 }] }],
      source: { document: 'demo-plan', locator: '附件 一' },
    };
    const result = rowsToTasks(rows(ROW), context(new Map([[1, { id: 'demo/01', data: existing }]])));
    expect(result.tasks[0]!.data).toEqual(existing);
    expect(result.notes).toEqual([]);
  });

  it('writes a task as the row the import reads back', () => {
    const task = taskSchema.parse(rowsToTasks(rows(ROW), context()).tasks[0]!.data);
    const names = new Map(UNITS.map((entry) => [entry.id, entry.data.name]));
    const row = taskToRow(task, (id) => names.get(id)!, '');
    expect(row).toMatchObject({ number: '1', finding: ROW[1], measures: ROW[6], deadline: '2025年12月' });
  });

  it('cannot carry a line break inside a measure, so the task schema refuses one where the sheet would lose it', () => {
    // Written out, a measure whose own words break before "2." comes back as two measures...
    const written = formatMeasuresCell([{ number: 1, text: '排查涉水企业：\n2.整治到位。', unitNames: ['巴州区'], items: [] }]);
    expect(parseMeasuresCell(written, splitUnitNames)).toMatchObject({ ok: true, measures: [{ number: 1, text: '排查涉水企业：' }, { number: 2 }] });
    // ...so such text never enters the content: measures and sub-items are one paragraph each.
    const measure = { number: 1, text: '排查涉水企业：\n2.整治到位。', responsibleUnits: ['bazhou'] };
    const issues = taskSchema.safeParse({ ...rowsToTasks(rows(ROW), context()).tasks[0]!.data, measures: [measure] }).error?.issues ?? [];
    expect(issues.map((issue) => [issue.path.join('.'), issue.message.split('\n')[0]])).toEqual([['measures.0.text', expect.stringContaining('措施原文写成一段，不要换行')]]);
    const item = { ...measure, text: '排查。', items: [{ label: '(1)', text: '甲\r\n乙' }] };
    expect(taskSchema.safeParse({ ...rowsToTasks(rows(ROW), context()).tasks[0]!.data, measures: [item] }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['measures.0.items.0.text']);
    // Line breaks around the text (a block scalar's last one, blank lines before it) are trimmed off, not kept to come back as an empty measure.
    const around = taskSchema.safeParse({ ...rowsToTasks(rows(ROW), context()).tasks[0]!.data, measures: [{ ...measure, text: '\n\n排查涉水企业。\n\n\n' }] });
    expect(around.data?.measures[0]!.text).toBe('排查涉水企业。');
  });
});

describe('text a spreadsheet would run as a formula', () => {
  const starts = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

  it('refuses a cell starting with any formula character, ASCII or full-width, and says how to keep it as text', () => {
    for (const start of starts) {
      const checked = checkFormulaText(`${start}1+cmd|' /C calc'!A0`);
      expect(checked, JSON.stringify(start)).toHaveProperty('refusal');
      expect('refusal' in checked ? checked.refusal.zh : '').toContain("请在开头加一个英文单引号 '");
    }
  });

  it('takes off the one quote the export writes before such text, and no other quote', () => {
    for (const start of starts) expect(checkFormulaText(`'${start}5%`)).toEqual({ text: `${start}5%` });
    expect(checkFormulaText("''=1")).toEqual({ text: "'=1" });
    expect(checkFormulaText("'引号开头的文字")).toEqual({ text: "'引号开头的文字" });
  });

  it('reads a list dash before a blank or Chinese text as text', () => {
    expect(['- 完成排查', '-完成排查', '－ 完成排查', '-', '市住建局'].map((text) => checkFormulaText(text))).toEqual(
      ['- 完成排查', '-完成排查', '－ 完成排查'].map((text) => ({ text })).concat([{ refusal: expect.anything() }, { text: '市住建局' }] as never),
    );
  });

  it('refuses a formula-like cell of any column where the sheet is read, with its address and header', () => {
    const reading = readLedgerRows(grid([HEADER, ROW.map((text, index) => (index === 5 ? '@SUM(A1:A9)' : text))]), 'sheet.csv');
    expect(reading.problems).toMatchObject([{ line: 2, field: 'F2 整改目标' }]);
    expect(reading.problems[0]!.zh).toContain('此格以“@”开头（“@SUM(A1:A9)”）');
  });
});

describe('columns of one meaning', () => {
  it('refuses a header naming one column twice, by the header or an alias, naming both columns', () => {
    for (const [second, letter] of [['整改目标', 'H'], ['目标', 'H']] as const) {
      const reading = readLedgerRows(grid([[...HEADER, second], [...ROW, '另一个目标。']]), 'sheet.csv');
      expect(reading.problems.map((problem) => problem.field)).toEqual([`${letter}1 整改目标`]);
      expect(reading.problems[0]!.zh).toBe(`F 列“整改目标”和${letter} 列“${second}”都是“整改目标”列。请删去其中一列，或把不该导入的那列表头改成别的名称（如“${second}（旧）”）。`);
    }
  });
});

describe('measures the sheet no longer lists', () => {
  const rows = (...data: string[][]) => readLedgerRows(grid([HEADER, ...data]), 'sheet.csv').rows;
  const existing = {
    plan: 'demo',
    number: 1,
    provincialTaskNumber: 49,
    title: '污水管网',
    finding: '污水管网不配套。',
    responsibleUnits: ['housing'],
    supervisingUnits: ['ecology'],
    deadline: '2025年12月',
    goal: '提高收集率。',
    measures: [
      { number: 1, text: '2022年6月底前，完成排查。', responsibleUnits: ['counties'], due: '2022-06' },
      { number: 2, text: '新建管网。', responsibleUnits: ['housing'], targets: [{ metric: '新建管网', unit: '公里', value: 5 }] },
    ],
    source: { document: 'demo-plan' },
  };
  const known = () => context(new Map([[1, { id: 'demo/01', data: existing }]]));

  it('keeps a measure and its targets when the sheet leaves it out, and says so', () => {
    const result = rowsToTasks(rows(ROW), known());
    expect(result.tasks[0]!.data).toEqual(existing);
    expect(result.notes.map((note) => note.zh)).toEqual(['任务 1 第2条措施“新建管网。”不在表格中，已保留在任务文件里（连同它的 1 个量化目标）。若确要删除，请加 --remove-missing 重新导入。']);
  });

  it('removes it, targets and all, only when asked, and says what it removed', () => {
    const result = rowsToTasks(rows(ROW), { ...known(), removeMissing: true });
    expect(result.tasks[0]!.data.measures).toEqual([existing.measures[0]]);
    expect(result.notes.map((note) => note.zh)).toEqual(['已删除：任务 1 第2条措施“新建管网。”（连同它的 1 个量化目标）。表格中没有这一条，按 --remove-missing 删除。']);
  });

  it('refuses a new 序号 whose finding is an existing task\'s, naming that task', () => {
    const result = rowsToTasks(rows(['10', ...ROW.slice(1)]), known());
    expect(result.tasks).toEqual([]);
    expect(result.problems).toMatchObject([{ line: 2, field: 'B2 反馈问题' }]);
    expect(result.problems[0]!.zh).toContain('序号 10 是新任务，但它的“反馈问题”与已有的任务 1（demo/01）相同');
  });
});

describe('dates Excel stores as numbers', () => {
  it('reads an Excel date serial as the day it stands for', () => {
    expect([45291, 44561, 36526].map(excelSerialDate)).toEqual(['2023-12-31', '2021-12-31', '2000-01-01']);
  });

  it('explains a date serial in the 整改时限 cell instead of calling it not a deadline', () => {
    const result = rowsToTasks(readLedgerRows(grid([HEADER, ROW.map((text, index) => (index === 4 ? '45291' : text))]), 'sheet.csv').rows, context());
    expect(result.problems).toMatchObject([{ field: 'E2 整改时限' }]);
    expect(result.problems[0]!.zh).toBe('“45291”是 Excel 的日期序列号，即 2023-12-31：此格被设成了日期或数字。请把单元格格式设为“文本”，写成“2023年12月”。');
  });
});

describe('a CSV that cannot be read', () => {
  it('says which line has an unpaired double quote, and how a cell with quotes is written', async () => {
    const path = join(tempDir('bad-csv'), 'ledger.csv');
    writeFileSync(path, '序号,反馈问题,整改目标\r\n1,问题一,目标一\r\n2,问题二,=HYPERLINK("http://x","点我")\r\n', 'utf8');
    const reading = await readSheetFile(path, 'ledger.csv');
    expect(reading.grid).toEqual([]);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]).toMatchObject({ file: 'ledger.csv', line: 3 });
    expect(reading.problems[0]!.zh).toContain('第 3 行无法按 CSV 读取');
    expect(reading.problems[0]!.zh).toContain('（""）');
    expect(reading.problems[0]!.en).toContain('line 3');
  });

  it('finds the line of a quote opened inside a cell, past a cell that spans lines, in either separator; none in a good CSV or for a quote never closed', () => {
    expect(csvErrorLine('a,b\r\n"x\r\ny",2\r\n3,"4""5"\r\n6,7"8\r\n', ',')).toBe(5);
    expect(csvErrorLine('a;b\r\n3;"4\r\n5";6"\r\n', ';')).toBe(3);
    // A quote never closed is only noticed at the end: no line is better than the last one.
    expect(csvErrorLine('a,b\r\n"x,2\r\n3,4\r\n', ',')).toBeUndefined();
    expect(csvErrorLine('a,b\r\n"x\r\ny",2\r\n', ',')).toBeUndefined();
  });
});
