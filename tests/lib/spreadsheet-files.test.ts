import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { exportLedgerSheets, importLedgerSheet } from '../../src/features/sheet/ledger-files.ts';
import { BAZHONG, copyBazhong, snapshot } from '../helpers/fixture-copy.ts';
import { SHEETS } from '../helpers/sheet-corpus.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const AS_OF = '2026-01-15';

const exported = { xlsx: '', csv: '' };
beforeAll(async () => {
  const out = tempDir('export');
  const result = await exportLedgerSheets({ projectRoot: BAZHONG, outDir: out, asOf: AS_OF });
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

  it('gives back the same content when a unit’s own name holds 、 (巴州区委、区政府), as the export joins names with it', async () => {
    const { root, content } = copyBazhong();
    const unitFile = join(content, 'units/bazhong/bazhou.yaml');
    writeFileSync(unitFile, readFileSync(unitFile, 'utf8').replace(/^name: 巴州区党委和人民政府$/m, 'name: 巴州区委、区政府'));
    const out = join(root, 'export');
    expect(formatProblems((await exportLedgerSheets({ projectRoot: root, outDir: out, asOf: AS_OF })).problems)).toBe('');
    expect(readFileSync(join(out, 'bazhong-cei2.csv'), 'utf8')).toContain('巴州区委、区政府、');
    const before = snapshot(content);
    const result = await importLedgerSheet({ projectRoot: root, sheet: join(out, 'bazhong-cei2.csv'), asOf: AS_OF });
    expect(formatProblems(result.problems)).toBe('');
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
    const original = checkContent({ projectRoot: BAZHONG, asOf: AS_OF });
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

  it('never replaces a sheet already in the folder (it may hold edits not yet imported) unless told to, and never writes into content/', async () => {
    const { root, content } = copyBazhong();
    const out = join(root, 'export');
    expect(formatProblems((await exportLedgerSheets({ projectRoot: root, outDir: out, asOf: AS_OF })).problems)).toBe('');
    const edited = join(out, 'bazhong-cei2.csv');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}"11","改过的行"\r\n`);
    const before = snapshot(out);
    const again = await exportLedgerSheets({ projectRoot: root, outDir: out, asOf: AS_OF });
    expect(again.files).toEqual([]);
    expect(again.problems.map((problem) => problem.file)).toEqual([join(out, 'bazhong-cei2.xlsx'), edited]);
    expect(again.problems[1]!.zh).toContain('已经存在，里面可能有改过、还没导入的内容，没有覆盖');
    expect(snapshot(out)).toEqual(before);
    expect(formatProblems((await exportLedgerSheets({ projectRoot: root, outDir: out, asOf: AS_OF, replace: true })).problems)).toBe('');
    expect(readFileSync(edited, 'utf8')).not.toContain('改过的行');
    const contentBefore = snapshot(content);
    const intoContent = await exportLedgerSheets({ projectRoot: root, outDir: join(content, 'tasks/bazhong-cei2'), asOf: AS_OF });
    expect(intoContent.problems[0]!.zh).toContain('不能导出到内容文件夹');
    // Through a link to a folder of content/ (the build would publish the sheets as attachments).
    symlinkSync(join(content, 'attachments'), join(root, 'linked'), 'dir');
    const throughLink = await exportLedgerSheets({ projectRoot: root, outDir: join(root, 'linked', 'new'), asOf: AS_OF });
    expect(throughLink.problems[0]!.zh).toContain('不能导出到内容文件夹');
    expect(snapshot(content)).toEqual(contentBefore);
  });

  it('leaves the folder as it was, and no half-written file, when a sheet cannot be written', async () => {
    const { root } = copyBazhong();
    const out = join(root, 'export');
    // A folder where the CSV should go: its write fails as a sheet open in Excel would.
    mkdirSync(join(out, 'bazhong-cei2.csv'), { recursive: true });
    const result = await exportLedgerSheets({ projectRoot: root, outDir: out, asOf: AS_OF, replace: true });
    expect(result.files).toEqual([]);
    expect(result.problems[0]!.zh).toContain('无法写入导出的表格');
    expect(readdirSync(out).filter((name) => name.endsWith('.writing'))).toEqual([]);
  });

  it('names a row copied whole as a copy, and says no measure is missing when the measures could not be read', async () => {
    const { root, content } = copyBazhong();
    const lines = readFileSync(exported.csv, 'utf8').split('\r\n');
    // Task 七's row (line 8 of the sheet) pasted again below itself.
    const sheet = join(root, 'copied-row.csv');
    writeFileSync(sheet, [...lines.slice(0, 8), lines[7], ...lines.slice(8)].join('\r\n'));
    const before = snapshot(content);
    const result = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF });
    expect(result.written).toEqual([]);
    expect(result.problems).toContainEqual(expect.objectContaining({ line: 9, zh: '第 9 行与序号 7 的另一行完全相同，多半是复制的行：请删去其中一行。' }));
    expect(result.notes.filter((note) => note.zh.includes('不在表格中'))).toEqual([]);
    expect(snapshot(content)).toEqual(before);
  });

  it('takes a workbook’s text cell that starts like a formula as the text it is (Excel keeps the typed quote in the style), and refuses the same in a CSV', async () => {
    const { root, content } = copyBazhong();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported.xlsx);
    // 任务简称 of task 七, typed in Excel as '-1+2: the file holds the text -1+2.
    workbook.worksheets[0]!.getCell('I8').value = '-1+2 排查';
    const sheet = join(root, 'typed-text.xlsx');
    await workbook.xlsx.writeFile(sheet);
    const result = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF });
    expect(formatProblems(result.problems)).toBe('');
    expect(readFileSync(join(content, 'tasks/bazhong-cei2/07.yaml'), 'utf8')).toMatch(/^title: -1\+2 排查$/m);
    const csv = join(root, 'typed-text.csv');
    writeFileSync(csv, readFileSync(exported.csv, 'utf8').replace(/,"?经开区污水处理厂[^,\r\n]*"?\r\n/, ',"-1+2 排查"\r\n'));
    const fromCsv = await importLedgerSheet({ projectRoot: root, sheet: csv, asOf: AS_OF, dryRun: true });
    expect(fromCsv.problems.map((problem) => problem.zh).join('')).toContain('Excel 或 WPS 会把它当作公式执行');
  });

  it('says a workbook named .csv is a workbook, and a CSV named .xlsx is text', async () => {
    const { root } = copyBazhong();
    const misnamed = join(root, 'ledger.csv');
    writeFileSync(misnamed, readFileSync(exported.xlsx));
    const asCsv = await importLedgerSheet({ projectRoot: root, sheet: misnamed, asOf: AS_OF, dryRun: true });
    expect(asCsv.problems[0]!.zh).toBe('这个文件其实是 Excel 表格（.xlsx），文件名却是 .csv：请把扩展名改为 .xlsx 再导入。');
    const renamed = join(root, 'ledger.xlsx');
    writeFileSync(renamed, readFileSync(exported.csv));
    const asXlsx = await importLedgerSheet({ projectRoot: root, sheet: renamed, asOf: AS_OF, dryRun: true });
    expect(asXlsx.problems[0]!.zh).toContain('多半是改了扩展名的 CSV 文字文件');
  });

  it('names the cell of a control character, rather than the content file it would have reached', async () => {
    const { root } = copyBazhong();
    const sheet = join(root, 'control.csv');
    writeFileSync(sheet, readFileSync(exported.csv, 'utf8').replace(/,"?经开区污水处理厂[^,\r\n]*"?\r\n/, ',"经开区\u0007污水\u001B处理厂"\r\n'));
    const result = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF, dryRun: true });
    expect(result.problems).toEqual([expect.objectContaining({ file: sheet, line: 8, field: 'I8 任务简称', zh: expect.stringContaining('此格有一个看不见的控制字符 U+0007') })]);
  });

  it('says a task the sheet leaves out is kept, as an import never deletes a task', async () => {
    const { root, content } = copyBazhong();
    const lines = readFileSync(exported.csv, 'utf8').split('\r\n');
    // Task 三's row (line 4, one line: its measures hold no line break) deleted.
    expect(lines[3]!.startsWith('3,') || lines[3]!.startsWith('"3"')).toBe(true);
    const sheet = join(root, 'without-3.csv');
    writeFileSync(sheet, [...lines.slice(0, 3), ...lines.slice(4)].join('\r\n'));
    const before = snapshot(content);
    const result = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.notes).toContainEqual(expect.objectContaining({ zh: expect.stringContaining('任务 3（bazhong-cei2/03）不在表格中，已保留在内容里：导入不会删除任务') }));
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a new task whose file name is an existing task’s after a renumbering, instead of replacing that task', async () => {
    const { root, content } = copyBazhong();
    // Task 七 becomes task 11 (its id, bazhong-cei2/07, stays): 序号 7 is free, its file name is not.
    const file = join(content, 'tasks/bazhong-cei2/07.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^number: 7$/m, 'number: 11'));
    expect(formatProblems(checkContent({ projectRoot: root, asOf: AS_OF }).problems)).toBe('');
    const sheet = join(root, 'new-7.csv');
    writeFileSync(sheet, readFileSync(join(SHEETS, 'new-task.csv'), 'utf8').replace('"11","某某', '"7","某某'));
    const before = snapshot(content);
    const result = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF });
    expect(result.written).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        zh: expect.stringContaining('序号 7 是新任务，它的文件本应是 tasks/bazhong-cei2/07.yaml，但这个编号已属于序号 11 的任务'),
        en: expect.stringContaining('that id belongs to task 11'),
      }),
    );
    expect(snapshot(content)).toEqual(before);
  });

  it('refuses a cell merged with the column beside it instead of reading the other column’s text into it', async () => {
    const { root, content } = copyBazhong();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported.xlsx);
    // 整改目标 (F) merged with 整改措施 (G) on task 七's row: G8 would read as F8's goal.
    workbook.worksheets[0]!.mergeCells('F8:G8');
    const sheet = join(root, 'merged-across.xlsx');
    await workbook.xlsx.writeFile(sheet);
    const before = snapshot(content);
    const result = await importLedgerSheet({ projectRoot: root, sheet, asOf: AS_OF });
    expect(result.written).toEqual([]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: 8, field: 'G8 整改措施', zh: expect.stringContaining('此格与 F8 合并成了一格（跨列合并）'), en: expect.stringContaining('merged with F8 across columns') }),
    );
    expect(snapshot(content)).toEqual(before);
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
