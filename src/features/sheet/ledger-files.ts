import { areasOf } from '../../core/areas.ts';
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { writeContentFiles, type ContentWrite } from '../check/index.ts';
import { parseDocument } from 'yaml';
import { checkContent } from '../check/index.ts';
import type { Problem } from '../check/index.ts';
import { buildLedger, type Ledger } from '../../core/ledger.ts';
import { EXPORT_COLUMNS, progressCell, rowsToTasks, taskToRow, type RawTask, type SheetRowValues } from './ledger-sheet.ts';
import { readLedgerRows } from './sheet-rows.ts';
import { parseTaskNumber } from './text.ts';
import { readSheetFile, sheetCsv, writeSheetXlsx } from './workbook.ts';
import { editedYamlText, newYamlText } from './yaml-file.ts';
import { nameOf } from '../../core/names.ts';
import { workingDayCalendar } from '../../core/working-days.ts';

/**
 * `npm run export` and `npm run import`: the ledger sheet written from content, and content
 * files written from a sheet, all or nothing.
 */

interface ContentOptions {
  projectRoot?: string;
  contentDir?: string;
  asOf?: string;
}

function unitNamer(ledger: Ledger): (id: string) => string {
  return (id) => nameOf(ledger, 'units', id);
}

/** The sheet rows of one plan's tasks, in task order. */
export function ledgerRows(ledger: Ledger, planId: string): SheetRowValues[] {
  const unitName = unitNamer(ledger);
  return ledger.tasks.filter((view) => view.task.plan === planId).map((view) => taskToRow(view.task, unitName, progressCell(view, ledger)));
}

function contentProblemsFirst(problems: Problem[]): Problem[] {
  return [
    {
      file: 'content/',
      zh: `现有内容有 ${problems.length} 个问题，先运行 npm run check 修好，再导出或导入。`,
      en: `the content has ${problems.length} problem(s): fix them (npm run check) before exporting or importing.`,
    },
    ...problems,
  ];
}

export interface ExportResult {
  problems: Problem[];
  files: string[];
}

/** Writes each plan's ledger (or the one named) as `<plan>.xlsx` and `<plan>.csv` into `outDir`. */
/**
 * Writes each plan's ledger sheet as XLSX and CSV into `outDir`. An existing sheet there may hold
 * edits not yet imported, so it is replaced only when `replace` says so; a folder inside the
 * content folder is refused (the sheets would become content files the check refuses). The files
 * are written beside their places and moved in only when every one is written, so a failure (a
 * sheet open in Excel, a full disk) leaves the folder as it was.
 */
export async function exportLedgerSheets(options: ContentOptions & { outDir: string; plan?: string; replace?: boolean }): Promise<ExportResult> {
  const checked = checkContent(options);
  if (checked.problems.length > 0) return { problems: contentProblemsFirst(checked.problems), files: [] };
  const ledger = buildLedger(checked.input, checked.asOf, workingDayCalendar(checked.site?.holidays), areasOf(checked.site?.areas));
  const plans = options.plan ? ledger.plans.filter((plan) => plan.id === options.plan) : ledger.plans;
  if (plans.length === 0) {
    return {
      problems: [
        {
          file: 'content/plans/',
          zh: options.plan ? `找不到整改方案“${options.plan}”。现有方案：${ledger.plans.map((p) => p.id).join('、') || '无'}。` : '没有整改方案，无可导出。',
          en: options.plan ? `no plan "${options.plan}"; plans: ${ledger.plans.map((p) => p.id).join(', ') || 'none'}.` : 'there is no plan to export.',
        },
      ],
      files: [],
    };
  }
  // Compared as real paths: a link to a folder of content/ is content/ too.
  const inContent = relative(realPath(checked.contentDir), realPath(resolve(options.outDir)));
  if (!inContent.startsWith('..') && !isAbsolute(inContent)) {
    return {
      problems: [{ file: options.outDir, zh: `不能导出到内容文件夹 ${checked.contentDir} 里：表格会被当成内容文件。请写到别的文件夹，如 --out ledger-export。`, en: `cannot export into the content folder ${checked.contentDir}: the sheets would be read as content files. Write them elsewhere, e.g. --out ledger-export.` }],
      files: [],
    };
  }
  const files = plans.flatMap((plan) => ['xlsx', 'csv'].map((extension) => join(options.outDir, `${plan.id.replace(/\//g, '-')}.${extension}`)));
  const existing = files.filter((file) => existsSync(file));
  if (existing.length > 0 && !options.replace) {
    return {
      problems: existing.map((file) => ({
        file,
        zh: `${file} 已经存在，里面可能有改过、还没导入的内容，没有覆盖。要导入它请运行 npm run import -- ${file}；确定要用网站内容覆盖它，请加 --replace；或用 --out 写到别的文件夹。`,
        en: `${file} exists and may hold edits not yet imported, so it was left alone: import it (npm run import -- ${file}), add --replace to overwrite it with the site's content, or write elsewhere with --out.`,
      })),
      files: [],
    };
  }
  const written: string[] = [];
  const moved: string[] = [];
  try {
    mkdirSync(options.outDir, { recursive: true });
    for (const plan of plans) {
      const rows = ledgerRows(ledger, plan.id);
      const base = join(options.outDir, plan.id.replace(/\//g, '-'));
      await writeSheetXlsx(`${base}.xlsx${WRITING}`, EXPORT_COLUMNS, rows, plan.data.shortTitle ?? '整改任务清单');
      written.push(`${base}.xlsx`);
      writeFileSync(`${base}.csv${WRITING}`, await sheetCsv(EXPORT_COLUMNS, rows));
      written.push(`${base}.csv`);
    }
    for (const file of written) {
      renameSync(`${file}${WRITING}`, file);
      moved.push(file);
    }
  } catch (error) {
    for (const file of written) rmSync(`${file}${WRITING}`, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const done = moved.length > 0 ? `只写好了 ${moved.join('、')}，其余` : '';
    const doneEn = moved.length > 0 ? `only ${moved.join(', ')} were written; the others` : 'existing files';
    return {
      problems: [{ file: options.outDir, zh: `无法写入导出的表格（${reason}）：文件是否正在 Excel 或 WPS 中打开、文件夹能否写入？请关闭文件后再导出。${done}已有的文件没有改动。`, en: `the sheets could not be written (${reason}): is a file open in Excel or WPS, or the folder read-only? Close it and export again; ${doneEn} were left as they were.` }],
      files: [],
    };
  }
  return { problems: [], files };
}

/** A path with every link resolved, for a folder that may not exist yet (its nearest existing ancestor's real path, and the rest). */
function realPath(path: string): string {
  const rest: string[] = [];
  let existing = path;
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  return join(realpathSync(existing), ...rest);
}

/** The suffix of a sheet being written, moved to its name once every sheet is written. */
const WRITING = '.writing';

export interface ImportResult {
  /** Problems that stopped the import: nothing was written. */
  problems: Problem[];
  /** Rows mapped with a change staff should check, and cells not imported. */
  notes: Problem[];
  /** Content files written (relative to the project). */
  written: string[];
  /** Tasks the sheet left as they were. */
  unchanged: number;
}

function taskFile(contentDir: string, id: string): string | undefined {
  return ['.yaml', '.yml'].map((extension) => join(contentDir, 'tasks', `${id}${extension}`)).find((path) => existsSync(path));
}

/**
 * Reads a ledger sheet into task files. Nothing is written unless every row maps and the
 * content with the imported files passes the whole content check: the files are prepared in
 * a folder beside `content/`, checked there, and only then moved into place.
 */
export async function importLedgerSheet(options: ContentOptions & { sheet: string; plan?: string; dryRun?: boolean; removeMissing?: boolean }): Promise<ImportResult> {
  const projectRoot = resolve(options.projectRoot ?? '.');
  const contentDir = resolve(projectRoot, options.contentDir ?? process.env.LEDGER_CONTENT_DIR ?? 'content');
  const sheetPath = resolve(options.sheet);
  const result: ImportResult = { problems: [], notes: [], written: [], unchanged: 0 };
  const file = options.sheet;
  if (!existsSync(sheetPath)) {
    result.problems.push({ file, zh: '找不到这个文件。请检查路径和文件名。', en: 'no such file: check the path and name.' });
    return result;
  }
  const checked = checkContent({ projectRoot, contentDir, asOf: options.asOf });
  if (checked.problems.length > 0) {
    result.problems = contentProblemsFirst(checked.problems);
    return result;
  }
  const ledger = buildLedger(checked.input, checked.asOf, workingDayCalendar(checked.site?.holidays), areasOf(checked.site?.areas));
  const plans = ledger.plans;
  const plan = options.plan ? plans.find((candidate) => candidate.id === options.plan) : plans.length === 1 ? plans[0] : undefined;
  if (!plan) {
    result.problems.push({
      file,
      zh: options.plan
        ? `找不到整改方案“${options.plan}”。现有方案：${plans.map((p) => p.id).join('、') || '无'}。`
        : `有 ${plans.length} 个整改方案，请用 --plan 指明导入到哪一个：${plans.map((p) => p.id).join('、') || '（请先建立整改方案）'}。`,
      en: options.plan ? `no plan "${options.plan}".` : `name the plan to import into with --plan (${plans.map((p) => p.id).join(', ') || 'add a plan first'}).`,
    });
    return result;
  }

  const reading = await readSheetFile(sheetPath, file);
  result.notes.push(...reading.notes);
  if (reading.problems.length > 0) {
    result.problems = reading.problems;
    return result;
  }
  // Messages about cells name the worksheet too: `台账.xlsx（工作表“整改任务清单”）:5 · C5 责任单位`.
  const where = reading.sheetName ? `${file}（工作表“${reading.sheetName}”）` : file;
  const rows = readLedgerRows(reading.grid, where);
  result.notes.push(...rows.notes);
  const existing = new Map<number, { id: string; data: RawTask; path: string; text: string }>();
  for (const view of ledger.tasks.filter((candidate) => candidate.task.plan === plan.id)) {
    const path = taskFile(contentDir, view.id);
    if (!path) continue;
    const text = readFileSync(path, 'utf8');
    existing.set(view.task.number, { id: view.id, path, text, data: parseDocument(text).toJS({ maxAliasCount: 100 }) as RawTask });
  }
  const progress = new Map(ledger.tasks.filter((view) => view.task.plan === plan.id).map((view) => [view.task.number, progressCell(view, ledger)]));
  const mapped = rowsToTasks(rows.rows, {
    file: where,
    plan: { id: plan.id, document: plan.data.document },
    units: checked.input.units,
    existing,
    progress,
    removeMissing: options.removeMissing,
  });
  result.notes.push(...mapped.notes);
  // A task the sheet leaves out is kept: the import never deletes a task (its address is published).
  if (rows.problems.length === 0) {
    const inSheet = new Set(rows.rows.map((row) => parseTaskNumber(row.cells.number?.text ?? '')).filter((number) => number !== null));
    for (const [number, task] of existing) {
      if (inSheet.has(number)) continue;
      result.notes.push({
        file: where,
        zh: `任务 ${number}（${task.id}）不在表格中，已保留在内容里：导入不会删除任务。确要删除，请直接删去它的文件 content/tasks/${task.id}.yaml，并在 content/redirects.yaml 为它已发布的网址写好去向。`,
        en: `task ${number} (${task.id}) is not in the sheet and was kept: an import never deletes a task. To delete it, remove its file content/tasks/${task.id}.yaml and redirect its published address in content/redirects.yaml.`,
      });
    }
  }
  result.problems.push(...rows.problems, ...mapped.problems);
  if (result.problems.length === 0 && mapped.tasks.length === 0) {
    result.problems.push({ file, zh: '表中没有任务行。', en: 'the sheet has no task rows.' });
  }
  if (result.problems.length > 0) return result;

  const writes: ContentWrite[] = [];
  for (const task of mapped.tasks) {
    const before = existing.get(task.number);
    const text = before
      ? editedYamlText(before.text, task.data)
      : newYamlText(task.data, `第${task.number}项 · 由 npm run import 从 ${file.split(/[\\/]/).pop()} 导入`);
    if (text === null) result.unchanged++;
    else writes.push({ relative: before ? before.path.slice(contentDir.length + 1) : join('tasks', `${task.id}.yaml`), text });
  }
  if (writes.length === 0) return result;

  // A dry run stages and checks exactly as the import does; it only leaves content/ as it was.
  const written = writeContentFiles({ projectRoot, contentDir, writes, asOf: checked.asOf, dryRun: options.dryRun });
  if (written.problems.length > 0) {
    result.problems.push(
      {
        file,
        zh: `导入后的内容有 ${written.problems.length} 个问题（见下），因此${options.dryRun ? '导入会被拒绝（试运行，本来也不写文件）' : '没有写入任何文件'}。请在表格中改正后重新导入。`,
        en: `the content would have ${written.problems.length} problem(s) after the import (below), so no file was written: correct the sheet and import again.`,
      },
      ...written.problems,
    );
  }
  result.written = written.written;
  return result;
}
