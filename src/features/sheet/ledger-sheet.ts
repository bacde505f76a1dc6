import { parseDeadline, yearOnlyHint } from '../../schemas/deadline.ts';
import type { Task } from '../../schemas/task.ts';
import type { Unit } from '../../schemas/unit.ts';
import { bilingual, type Problem } from '../check/index.ts';
import { chineseNumeral, formatChineseDate } from '../../core/dates.ts';
import type { Entry, Ledger, TaskView } from '../../core/ledger.ts';
import { nameOf, reporterName } from '../../core/names.ts';
import { STATUS_LABELS } from '../../core/status.ts';
import { LEDGER_COLUMNS, columnHeader, type ColumnKey } from './columns.ts';
import { formatMeasuresCell, parseMeasuresCell, type CellMeasure } from './measures-cell.ts';
import { deadlineFromMeasureText, dueFromMeasureText } from '../../core/deadlines.ts';
import type { LedgerRow } from './sheet-rows.ts';
import { parseTaskNumber } from './text.ts';
import { unitNameSplitter, unitResolver } from './units.ts';

/**
 * The staff ledger sheet (整改台账) ↔ task files. One row per task, as the plan's task list
 * (附件 整改任务清单) and the ledgers kept from it are laid out: the task's 整改措施 are
 * numbered lines in one cell, each ending with its （责任单位：…）. Rows that share a 序号
 * (one row per measure, 序号 merged or repeated) are read as one task.
 */

/** The columns in the order the export writes them. */
export const EXPORT_COLUMNS: readonly ColumnKey[] = LEDGER_COLUMNS.map((column) => column.key);

/** A task file's data as YAML holds it (before schema defaults and transforms). */
export type RawTask = Record<string, unknown>;
type RawMeasure = Record<string, unknown>;

/** A row of the sheet as text, by column. */
export type SheetRowValues = Record<ColumnKey, string>;

const PROVINCIAL_SUFFIX = /[（(]\s*省整改任务第\s*([0-9一二两三四五六七八九十]+)\s*项\s*[)）]\s*$/;

/** 反馈问题 as the plan's task list prints it: the finding, then （省整改任务第X项）. */
export function findingCell(task: Pick<Task, 'finding' | 'provincialTaskNumber'>): string {
  return task.provincialTaskNumber === undefined ? task.finding : `${task.finding}（省整改任务第${chineseNumeral(task.provincialTaskNumber)}项）`;
}

/** 完成情况: the task's status on the as-of day and every update, newest last, as the site shows them. */
export function progressCell(view: TaskView, ledger: Ledger): string {
  const lines = [`截至${formatChineseDate(ledger.asOf)}：${STATUS_LABELS[view.status.status]}（${view.status.reason}）`];
  for (const { data } of view.updates) {
    const about = data.place ? `${nameOf(ledger, 'places', data.place)}：` : data.measure !== undefined ? `第${data.measure}条措施：` : '';
    lines.push(`${formatChineseDate(data.date)} ${about}${data.status}。${data.summary}（${reporterName(ledger, data)}）`);
  }
  return lines.join('\n');
}

/** One task as a row of the ledger sheet; `unitName` gives the name a unit id is written with. */
export function taskToRow(task: Task, unitName: (id: string) => string, progress: string): SheetRowValues {
  const names = (ids: readonly string[] | undefined) => ids?.map(unitName);
  const measures: CellMeasure[] = task.measures.map((measure) => ({
    number: measure.number,
    text: measure.text,
    unitNames: names(measure.responsibleUnits),
    items: measure.items.map((item) => ({ label: item.label, text: item.text, unitNames: names(item.responsibleUnits) })),
  }));
  return {
    number: String(task.number),
    finding: findingCell(task),
    responsibleUnits: names(task.responsibleUnits)!.join('、'),
    supervisingUnits: names(task.supervisingUnits)!.join('、'),
    deadline: task.deadline.text,
    goal: task.goal,
    measures: formatMeasuresCell(measures),
    progress,
    title: task.title,
  };
}

export interface SheetImportContext {
  /** Sheet path, for messages. */
  file: string;
  /** The plan the sheet's tasks belong to. */
  plan: { id: string; document: string };
  units: readonly Entry<Unit>[];
  /** The plan's tasks already in content, by number: their id and raw file data. */
  existing: ReadonlyMap<number, { id: string; data: RawTask }>;
  /** What the export writes in 完成情况 for each task now, to tell staff their edits there are not imported. */
  progress?: ReadonlyMap<number, string>;
  /**
   * Remove the measures and sub-items of a task that the sheet no longer lists (`--remove-missing`);
   * by default they are kept, with a note.
   */
  removeMissing?: boolean;
}

export interface ImportedTask {
  id: string;
  number: number;
  /** First sheet row of the task. */
  row: number;
  /** The task file's data after the import. */
  data: RawTask;
  isNew: boolean;
}

export interface SheetImport {
  tasks: ImportedTask[];
  problems: Problem[];
  notes: Problem[];
}

const TASK_LEVEL: readonly ColumnKey[] = ['finding', 'responsibleUnits', 'supervisingUnits', 'deadline', 'goal', 'progress', 'title'];

/** Groups rows into tasks: a row with an empty 序号 continues the task above it. */
function groupRows(rows: readonly LedgerRow[], file: string, problems: Problem[]): { number: number; rows: LedgerRow[] }[] {
  const groups: { number: number; rows: LedgerRow[] }[] = [];
  const firstRowOf = new Map<number, number>();
  for (const row of rows) {
    const cell = row.cells.number;
    if (!cell) {
      const last = groups.at(-1);
      if (last) last.rows.push(row);
      else {
        problems.push({
          file,
          line: row.row,
          field: '序号',
          zh: '第一条数据行缺少序号。请填写任务序号（如 1 或 一）。',
          en: 'the first data row has no 序号: write the task number (1 or 一).',
        });
      }
      continue;
    }
    const number = parseTaskNumber(cell.text);
    if (number === null) {
      problems.push({
        file,
        line: row.row,
        field: `${cell.address} 序号`,
        zh: `序号“${cell.text}”不是任务编号。请写正整数，如 6 或 六。`,
        en: `序号 "${cell.text}" is not a task number: write a whole number such as 6 or 六.`,
      });
      continue;
    }
    const last = groups.at(-1);
    if (last && last.number === number) {
      last.rows.push(row);
      continue;
    }
    const first = firstRowOf.get(number);
    if (first !== undefined) {
      problems.push({
        file,
        line: row.row,
        field: `${cell.address} 序号`,
        zh: `序号 ${number} 已在第 ${first} 行用过。每项任务一个序号：请改用未用过的序号，或把两行合并。`,
        en: `序号 ${number} is already used on row ${first}: give each task its own number, or merge the two rows.`,
      });
      continue;
    }
    firstRowOf.set(number, row.row);
    groups.push({ number, rows: [row] });
  }
  return groups;
}

/** Reads the rows of a ledger sheet into task file data, merging with the tasks already in content. */
export function rowsToTasks(rows: readonly LedgerRow[], context: SheetImportContext): SheetImport {
  const problems: Problem[] = [];
  const notes: Problem[] = [];
  const { file } = context;
  const resolve = unitResolver(context.units);
  const splitUnitNames = unitNameSplitter(context.units);
  const tasks: ImportedTask[] = [];
  const newFindings = new Map<string, number>();

  for (const group of groupRows(rows, file, problems)) {
    const firstRow = group.rows[0]!.row;
    const rowProblems: Problem[] = [];
    const fail = (row: number, column: ColumnKey, address: string | undefined, zh: string, en: string) =>
      rowProblems.push({ file, line: row, field: `${address ? `${address} ` : ''}${columnHeader(column)}`, zh, en });

    // Task-level cells: the first non-empty value; rows of one task must not disagree.
    const found = new Map<ColumnKey, { text: string; address: string; row: number } | undefined>();
    for (const column of TASK_LEVEL) {
      let first: { text: string; address: string; row: number } | undefined;
      for (const row of group.rows) {
        const value = row.cells[column];
        if (!value) continue;
        if (!first) first = { ...value, row: row.row };
        else if (value.text !== first.text) {
          fail(
            row.row,
            column,
            value.address,
            `第 ${row.row} 行与第 ${first.row} 行序号同为 ${group.number}，但“${columnHeader(column)}”不同。若是两项任务，请改用不同序号；若是同一任务的又一条措施，这一格请留空或与第 ${first.row} 行相同。`,
            `rows ${first.row} and ${row.row} share 序号 ${group.number} but differ in ${columnHeader(column)}: give two tasks two numbers, or leave the cell empty (or the same) in a further row of one task.`,
          );
        }
      }
      found.set(column, first);
    }
    const cell = (column: ColumnKey) => found.get(column);
    const required = (column: ColumnKey) => {
      const value = cell(column);
      // A refused cell (a formula) has its own problem already.
      if (!value && !group.rows.some((row) => row.refused?.includes(column))) fail(firstRow, column, undefined, `任务 ${group.number} 的“${columnHeader(column)}”为空。请填写。`, `task ${group.number} has an empty ${columnHeader(column)}: fill it in.`);
      return value;
    };

    const units = (column: ColumnKey, value: { text: string; address: string; row: number } | undefined): string[] | undefined => {
      if (!value) return undefined;
      const ids: string[] = [];
      for (const name of splitUnitNames(value.text)) {
        const found = resolve(name);
        if (found.ok) ids.push(found.id);
        else fail(value.row, column, value.address, found.zh, found.en);
      }
      if (ids.length === 0 && splitUnitNames(value.text).length === 0) fail(value.row, column, value.address, '没有写单位。', 'no unit is named.');
      return ids;
    };

    const findingValue = required('finding');
    const responsible = units('responsibleUnits', required('responsibleUnits'));
    const supervising = units('supervisingUnits', required('supervisingUnits'));
    const deadlineValue = required('deadline');
    const goalValue = required('goal');
    const titleValue = cell('title');
    const progressValue = cell('progress');

    let deadlineText: string | undefined;
    if (deadlineValue) {
      const dated = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(deadlineValue.text);
      const parsed = parseDeadline(dated ? `${dated[1]}年${dated[2]}月` : deadlineValue.text);
      if (parsed) deadlineText = parsed.text;
      else {
        const hint = deadlineHint(deadlineValue.text);
        fail(
          deadlineValue.row,
          'deadline',
          deadlineValue.address,
          hint?.zh ?? `“${deadlineValue.text}”不是有效的整改时限。请写成“2023年12月”这样的年月，或“立行立改，长期坚持”。`,
          hint?.en ?? `"${deadlineValue.text}" is not a deadline: write a month such as 2023年12月, or 立行立改，长期坚持.`,
        );
      }
    }

    // 整改措施: the measure lines of every row of the task, in order.
    const measureCells = group.rows.flatMap((row) => (row.cells.measures ? [{ ...row.cells.measures, row: row.row }] : []));
    let measures: CellMeasure[] = [];
    // Whether the sheet's measures were read: if not, none of the file's is "missing from the sheet".
    let measuresRead = false;
    // A row copied whole (a task's row pasted again below it) reads as more measures of the same task.
    const rowText = (row: LedgerRow) => LEDGER_COLUMNS.map(({ key }) => row.cells[key]?.text ?? '').join('\u0000');
    const copied = group.rows.find((row, index) => group.rows.slice(0, index).some((earlier) => rowText(earlier) === rowText(row)));
    if (copied) {
      fail(
        copied.row,
        'number',
        copied.cells.number?.address,
        `第 ${copied.row} 行与序号 ${group.number} 的另一行完全相同，多半是复制的行：请删去其中一行。`,
        `row ${copied.row} repeats another row of task ${group.number} exactly, most likely a copied row: delete one of them.`,
      );
    } else if (measureCells.length === 0) {
      fail(firstRow, 'measures', undefined, `任务 ${group.number} 没有整改措施。请在“整改措施”列逐条填写，每条以“1.”“2.”开头。`, `task ${group.number} has no 整改措施: write each measure on its own line starting with 1., 2., …`);
    } else {
      const parsed = parseMeasuresCell(measureCells.map((value) => value.text).join('\n'), splitUnitNames);
      if (parsed.ok) {
        measures = parsed.measures;
        measuresRead = true;
      } else fail(measureCells[0]!.row, 'measures', measureCells[0]!.address, parsed.zh, parsed.en);
    }

    const existing = context.existing.get(group.number);
    // A new task's file is named by its 序号; after a renumbering that name may be another task's
    // (ids never change): writing it would replace that task.
    const newId = `${context.plan.id}/${String(group.number).padStart(2, '0')}`;
    const holder = existing ? undefined : [...context.existing.entries()].find(([, other]) => other.id === newId);
    if (holder) {
      fail(
        firstRow,
        'number',
        group.rows[0]!.cells.number?.address,
        `序号 ${group.number} 是新任务，它的文件本应是 tasks/${newId}.yaml，但这个编号已属于序号 ${holder[0]} 的任务（编号公开后不会改）。导入会盖掉那项任务，所以没有导入。请先在 content/tasks/${context.plan.id}/ 中为新任务另建一个文件（文件名用没用过的编号，如 ${String(group.number).padStart(2, '0')}-new.yaml，写 number: ${group.number}），再导入表格。`,
        `序号 ${group.number} is a new task whose file would be tasks/${newId}.yaml, but that id belongs to task ${holder[0]} (ids never change once published): importing would replace that task, so nothing was imported. Create the new task's file in content/tasks/${context.plan.id}/ under an unused id (e.g. ${String(group.number).padStart(2, '0')}-new.yaml with number: ${group.number}) first, then import.`,
      );
    }
    // A new 序号 whose finding is an existing task's is most likely that task with its 序号 mistyped.
    if (!existing && findingValue) {
      const key = findingKey(findingValue.text);
      const twin = [...context.existing.entries()].find(([, other]) => typeof other.data.finding === 'string' && findingKey(other.data.finding) === key);
      if (twin) {
        fail(
          findingValue.row,
          'finding',
          findingValue.address,
          `序号 ${group.number} 是新任务，但它的“反馈问题”与已有的任务 ${twin[0]}（${twin[1].id}）相同，可能是序号写错了。若是修改任务 ${twin[0]}，请把序号改回 ${twin[0]}；若确是另一项任务，请写出它自己的反馈问题。`,
          `序号 ${group.number} is a new task, but its finding is that of task ${twin[0]} (${twin[1].id}): probably a mistyped 序号. Write ${twin[0]} to edit that task, or give the new task its own finding.`,
        );
      }
      const earlier = newFindings.get(key);
      if (earlier !== undefined) {
        fail(
          findingValue.row,
          'finding',
          findingValue.address,
          `序号 ${group.number} 与序号 ${earlier} 都是新任务，“反馈问题”却相同，可能是复制的行或写错的序号。请删去重复的一行，或写出各自的反馈问题。`,
          `new tasks ${earlier} and ${group.number} have the same finding: a copied row or a mistyped 序号; delete one, or give each its own finding.`,
        );
      } else newFindings.set(key, group.number);
    }
    const task: RawTask = existing ? structuredClone(existing.data) : { plan: context.plan.id, number: group.number };
    let finding = findingValue?.text ?? '';
    const suffix = PROVINCIAL_SUFFIX.exec(finding);
    if (suffix) {
      finding = finding.slice(0, suffix.index).trim();
      const provincial = parseTaskNumber(suffix[1]!);
      if (provincial !== null) task.provincialTaskNumber = provincial;
    }
    // The task list numbers findings `六、…`: that is the 序号 again, not part of the finding.
    const numbered = /^([0-9一二两三四五六七八九十]+)[、.．]/.exec(finding);
    if (numbered && parseTaskNumber(numbered[1]!) === group.number) finding = finding.slice(numbered[0].length).trim();

    if (titleValue) task.title = titleValue.text;
    else if (typeof task.title !== 'string') {
      const firstSentence = (finding.split(/[。；]/)[0] ?? finding).trim();
      task.title = firstSentence.length > 40 ? `${firstSentence.slice(0, 39)}…` : firstSentence;
      notes.push({
        file,
        line: firstRow,
        field: '任务简称',
        zh: `任务 ${group.number} 没有简称，已取反馈问题的第一句“${task.title}”。请在“任务简称”列或任务文件的 title 中改成合适的简称（不超过40字）。`,
        en: `task ${group.number} has no short title: the first sentence of its finding was used; set a better one (at most 40 characters) in 任务简称 or the task file's title.`,
      });
    }
    task.finding = finding;
    if (responsible) task.responsibleUnits = responsible;
    if (supervising) task.supervisingUnits = supervising;
    if (deadlineText !== undefined) {
      const before = typeof task.deadline === 'string' ? parseDeadline(task.deadline) : null;
      if (before?.text !== deadlineText) task.deadline = deadlineText;
    }
    if (goalValue) task.goal = goalValue.text;
    if (!task.source) task.source = { document: context.plan.document };

    const existingMeasures = Array.isArray(task.measures) ? (task.measures as RawMeasure[]) : [];
    task.measures = measures.map((measure) => {
      const before = existingMeasures.find((m) => m.number === measure.number);
      const resolveList = (names: string[] | undefined, row: number, address: string) => {
        if (names === undefined) return undefined;
        const ids: string[] = [];
        for (const name of names) {
          const found = resolve(name);
          if (found.ok) ids.push(found.id);
          else fail(row, 'measures', address, `第${measure.number}条措施：${found.zh}`, `measure ${measure.number}: ${found.en}`);
        }
        return ids;
      };
      const where = measureCells[0] ?? { row: firstRow, address: '' };
      const next: RawMeasure = before ? structuredClone(before) : { number: measure.number };
      const textChanged = before?.text !== measure.text;
      next.text = measure.text;
      if (textChanged) {
        // The deadline the words set, as the check reads it; else the latest date they name (2021年12月，已完成).
        const due = deadlineFromMeasureText(measure.text) ?? dueFromMeasureText(measure.text);
        if (due) next.due = due;
        if (before && Array.isArray(before.targets) && before.targets.length > 0) {
          notes.push({
            file,
            line: where.row,
            field: `${where.address} 整改措施`,
            zh: `任务 ${group.number} 第${measure.number}条措施的文字改了，其量化目标（targets）不从表格导入。请核对任务文件中的 targets 是否仍与文字一致。`,
            en: `the text of task ${group.number}, measure ${measure.number} changed; its targets are not read from the sheet: check they still match the text.`,
          });
        }
      }
      const measureUnits = resolveList(measure.unitNames, where.row, where.address);
      if (measureUnits) next.responsibleUnits = measureUnits;
      else if (!before?.responsibleUnits) {
        next.responsibleUnits = responsible ?? [];
        notes.push({
          file,
          line: where.row,
          field: `${where.address} 整改措施`,
          zh: `任务 ${group.number} 第${measure.number}条措施没有写（责任单位：…），已用任务的责任单位。`,
          en: `task ${group.number}, measure ${measure.number} names no （责任单位：…）: the task's responsible units were used.`,
        });
      }
      const beforeItems = Array.isArray(before?.items) ? (before.items as RawMeasure[]) : [];
      if (measure.items.length > 0 || beforeItems.length > 0) {
        next.items = measure.items.map((item) => {
          const old = beforeItems.find((candidate) => candidate.label === item.label);
          const merged: RawMeasure = old ? structuredClone(old) : { label: item.label };
          merged.text = item.text;
          const itemUnits = resolveList(item.unitNames, where.row, where.address);
          if (itemUnits) merged.responsibleUnits = itemUnits;
          return merged;
        });
        const missingItems = beforeItems.filter((old) => !measure.items.some((item) => item.label === old.label));
        if (missingItems.length > 0) {
          const labels = missingItems.map((item) => String(item.label)).join('、');
          if (context.removeMissing) {
            notes.push({
              file,
              line: where.row,
              field: `${where.address} 整改措施`,
              zh: `已删除：任务 ${group.number} 第${measure.number}条措施的小项 ${labels}（表格中没有它们，按 --remove-missing 删除）。`,
              en: `removed: task ${group.number}, measure ${measure.number}, sub-item(s) ${labels} (not in the sheet; --remove-missing).`,
            });
          } else {
            (next.items as RawMeasure[]).push(...missingItems);
            notes.push({
              file,
              line: where.row,
              field: `${where.address} 整改措施`,
              zh: `任务 ${group.number} 第${measure.number}条措施的小项 ${labels} 不在表格中，已保留在任务文件里。若确要删除，请加 --remove-missing 重新导入。`,
              en: `task ${group.number}, measure ${measure.number}: sub-item(s) ${labels} are not in the sheet and were kept; import with --remove-missing to remove them.`,
            });
          }
        }
        if ((next.items as unknown[]).length === 0) delete next.items;
      }
      return orderFields(next, MEASURE_FIELD_ORDER);
    });

    // Measures the file has and the sheet does not: kept (with their targets) unless asked to remove them.
    const where = measureCells[0] ?? { row: firstRow, address: '' };
    for (const missing of measuresRead ? existingMeasures.filter((old) => !measures.some((measure) => measure.number === old.number)) : []) {
      const targets = Array.isArray(missing.targets) ? missing.targets.length : 0;
      const shown = typeof missing.text === 'string' ? `“${missing.text.length > 24 ? `${missing.text.slice(0, 24)}…` : missing.text}”` : '';
      const withTargets = targets > 0 ? `（连同它的 ${targets} 个量化目标）` : '';
      if (context.removeMissing) {
        notes.push({
          file,
          line: where.row,
          field: `${where.address} 整改措施`,
          zh: `已删除：任务 ${group.number} 第${String(missing.number)}条措施${shown}${withTargets}。表格中没有这一条，按 --remove-missing 删除。`,
          en: `removed: task ${group.number}, measure ${String(missing.number)}${targets > 0 ? ` with its ${targets} target(s)` : ''} (not in the sheet; --remove-missing).`,
        });
      } else {
        (task.measures as RawMeasure[]).push(missing);
        notes.push({
          file,
          line: where.row,
          field: `${where.address} 整改措施`,
          zh: `任务 ${group.number} 第${String(missing.number)}条措施${shown}不在表格中，已保留在任务文件里${withTargets}。若确要删除，请加 --remove-missing 重新导入。`,
          en: `task ${group.number}, measure ${String(missing.number)} is not in the sheet and was kept${targets > 0 ? ` with its ${targets} target(s)` : ''}; import with --remove-missing to remove it.`,
        });
      }
    }
    (task.measures as RawMeasure[]).sort((a, b) => Number(a.number) - Number(b.number));

    if (progressValue && context.progress && existing) {
      const published = context.progress.get(group.number);
      if (published !== undefined && published !== progressValue.text) {
        notes.push({
          file,
          line: progressValue.row,
          field: `${progressValue.address} 完成情况`,
          zh: `任务 ${group.number} 的“完成情况”与网站不同，未导入：进展要写明日期、报告单位和依据，请用 npm run new -- update 逐条发布。`,
          en: `task ${group.number}'s 完成情况 differs from the site and was not imported: publish progress as dated updates with npm run new -- update.`,
        });
      }
    }

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const id = existing?.id ?? newId;
    tasks.push({ id, number: group.number, row: firstRow, data: orderFields(task, TASK_FIELD_ORDER), isNew: !existing });
  }
  return { tasks, problems, notes };
}

/** The day an Excel date serial stands for (1900 date system, serials from 1900-03-01 on: Excel counts a 1900-02-29 that never was). */
export function excelSerialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000).toISOString().slice(0, 10);
}

/** What a deadline cell that is not a deadline most likely is: an Excel date serial, or a month written with a dot or dash. */
function deadlineHint(text: string): { zh: string; en: string } | undefined {
  const serial = /^(\d{5})(\.\d+)?$/.exec(text);
  if (serial && Number(serial[1]) >= 36526 && Number(serial[1]) <= 73050) {
    const day = excelSerialDate(Number(serial[1]));
    const [year, month] = day.split('-').map(Number);
    return {
      zh: `“${text}”是 Excel 的日期序列号，即 ${day}：此格被设成了日期或数字。请把单元格格式设为“文本”，写成“${year}年${month}月”。`,
      en: `"${text}" is an Excel date serial number (${day}): the cell is formatted as a date or number. Format it as text and write ${year}年${month}月.`,
    };
  }
  const yearOnly = yearOnlyHint(text);
  if (yearOnly) return bilingual(yearOnly);
  const month = /^(\d{4})\s*[.．\-/－]\s*(\d{1,2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    const written = `${month[1]}年${Number(month[2])}月`;
    return {
      zh: `“${text}”不是整改时限的写法，请写成“${written}”（若此格是数字格式，Excel 会把 2021.10 存成 2021.1：请先把单元格格式设为“文本”）。`,
      en: `"${text}" is not how a deadline is written: write ${written} (format the cell as text first, or Excel stores 2021.10 as 2021.1).`,
    };
  }
  return undefined;
}

/** A finding compared without blanks and final punctuation, as a typo of 序号 would repeat it. */
function findingKey(text: string): string {
  return text.replace(PROVINCIAL_SUFFIX, '').replace(/[\s\u3000]/g, '').replace(/[。；;.]+$/, '');
}

const TASK_FIELD_ORDER = ['plan', 'number', 'provincialTaskNumber', 'title', 'finding', 'responsibleUnits', 'supervisingUnits', 'deadline', 'goal', 'measures', 'source'];
const MEASURE_FIELD_ORDER = ['number', 'text', 'responsibleUnits', 'due', 'targets', 'items'];

/** Fields in the order task files write them (fields the sheet does not know follow). */
function orderFields(record: RawTask, order: readonly string[]): RawTask {
  const ordered: RawTask = {};
  for (const key of order) if (key in record) ordered[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in ordered)) ordered[key] = record[key];
  return ordered;
}
