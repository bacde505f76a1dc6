import type { Entry, FindingView, Ledger, MeasureView, TaskView } from '../../core/ledger.ts';
import type { Update } from '../../schemas/update.ts';
import { FINDING_STATES } from '../../core/findings.ts';
import { nameOf, namesOf, reopenedBy, reporterName } from '../../core/names.ts';
import { COMPARISON_WORDS, statedQuantity } from '../../core/quantities.ts';
import { STATUS_LABELS, STATUSES } from '../../core/status.ts';
import { absoluteUrl, paths } from '../../core/urls.ts';
import { targetLines, type TargetLine } from '../publish/index.ts';
import { columnHeader, type ColumnKey } from './columns.ts';
import { progressCell, taskToRow, type SheetRowValues } from './ledger-sheet.ts';

/**
 * The public ledger (公众版整改台账): the open data for people to open in Excel or WPS, beside the
 * tables for programs (tasks.csv …, whose English field names never change). One worksheet per
 * table of the open data, with Chinese headers, the columns staff know from their ledger sheet
 * (整改台账: 序号, 反馈问题, 责任单位 … 完成情况, as `npm run export` writes them), Chinese words
 * where the tables have codes (status labels, 是/否, names beside ids) and dates as text
 * (`2023-12` stays `2023-12`). Published as one XLSX workbook and a CSV per worksheet.
 */

/** How a column's cells are written: text (never turned into a number or date), a number, or a web address. */
export type PublicCellKind = 'text' | 'number' | 'link';

export type PublicCell = string | number | null;

export interface PublicColumn<Row> {
  header: string;
  kind: PublicCellKind;
  /** Width in characters in the workbook. */
  width: number;
  value: (row: Row) => PublicCell;
}

export interface PublicSheet<Row = unknown> {
  /** The open-data table it stands beside (`tasks`): its CSV is `ledger-tasks.csv`. */
  table: string;
  /** The worksheet's name. */
  title: string;
  /** What a row is, for the data page, the workbook's 说明 and datapackage.json. */
  description: string;
  columns: PublicColumn<Row>[];
  rows: (ledger: Ledger, siteUrl: string) => Row[];
}

type TaskRow = { ledger: Ledger; siteUrl: string; view: TaskView };
/** A task with its cells of the staff ledger sheet. */
type StaffTaskRow = TaskRow & { staff: SheetRowValues };
type MeasureRow = TaskRow & { measure: MeasureView };
type TargetRow = TargetLine & { ledger: Ledger };
type UpdateRow = { ledger: Ledger; siteUrl: string; update: Entry<Update>; view: TaskView | undefined };
type FindingRow = { ledger: Ledger; siteUrl: string; finding: FindingView };

const yesNo = (value: boolean) => (value ? '是' : '否');
/** Units as the staff sheet lists them: `巴州区党委和人民政府、通江县党委和人民政府`. */
const unitList = (ledger: Ledger, ids: readonly string[]) => namesOf(ledger, 'units', ids).join('、');
const orNull = (text: string) => (text === '' ? null : text);

/** The columns every row about a task starts or ends with. */
const taskNumber = <Row extends { view: TaskView | undefined }>(header = '任务序号'): PublicColumn<Row> => ({ header, kind: 'number', width: 8, value: ({ view }) => view?.task.number ?? null });
const taskTitle = <Row extends { view: TaskView | undefined }>(): PublicColumn<Row> => ({ header: '任务简称', kind: 'text', width: 20, value: ({ view }) => view?.task.title ?? null });
const taskId = <Row extends { view: TaskView | undefined }>(): PublicColumn<Row> => ({ header: '任务编号', kind: 'text', width: 18, value: ({ view }) => view?.id ?? null });

/** A cell of the staff sheet, headed as staff sheets head it. */
function staffColumn(key: ColumnKey, width: number): PublicColumn<StaffTaskRow> {
  return { header: columnHeader(key), kind: 'text', width, value: ({ staff }) => orNull(staff[key]) };
}

const tasks: PublicSheet<StaffTaskRow> = {
  table: 'tasks',
  title: '整改任务',
  description: '每项整改任务一行，列与工作人员的整改台账相同（序号、反馈问题、责任单位、督导单位、整改时限、整改目标、整改措施、完成情况、任务简称），另加当前状态等。',
  rows: (ledger, siteUrl) => ledger.tasks.map((view) => ({ ledger, siteUrl, view, staff: taskToRow(view.task, (id) => nameOf(ledger, 'units', id), progressCell(view, ledger)) })),
  columns: [
    { header: columnHeader('number'), kind: 'number', width: 6, value: ({ view }) => view.task.number },
    staffColumn('finding', 50),
    staffColumn('responsibleUnits', 24),
    staffColumn('supervisingUnits', 16),
    staffColumn('deadline', 14),
    staffColumn('goal', 36),
    staffColumn('measures', 80),
    staffColumn('progress', 40),
    staffColumn('title', 20),
    // The staff ledger's nine columns come first, in its order (as the README, 说明 and datapackage.json say); the site's own after them.
    { header: '当前状态', kind: 'text', width: 16, value: ({ view }) => STATUS_LABELS[view.status.status] },
    { header: '状态由本站推算', kind: 'text', width: 8, value: ({ view }) => yesNo(view.status.derived) },
    { header: '整改验收单位', kind: 'text', width: 16, value: ({ ledger, view }) => nameOf(ledger, 'units', view.acceptanceUnit) },
    { header: '时限年月', kind: 'text', width: 10, value: ({ view }) => view.task.deadline.month },
    { header: '整改方案', kind: 'text', width: 24, value: ({ view }) => view.plan?.data.title ?? view.task.plan },
    { header: '督察', kind: 'text', width: 24, value: ({ view }) => view.inspection?.data.name ?? null },
    taskId(),
    { header: '网址', kind: 'link', width: 40, value: ({ view, siteUrl }) => absoluteUrl(paths.task(view.id), siteUrl) },
  ],
};

/** A measure's words and its numbered sub-items, one per line, each item with its own units as the plan prints them. */
function measureText(ledger: Ledger, measure: MeasureView): string {
  const items = measure.measure.items.map((item) => {
    const units = item.responsibleUnits && item.responsibleUnits.length > 0 ? `（责任单位：${unitList(ledger, item.responsibleUnits)}）` : '';
    return `${item.label}${item.text}${units}`;
  });
  return [measure.measure.text, ...items].join('\n');
}

const measures: PublicSheet<MeasureRow> = {
  table: 'measures',
  title: '整改措施',
  description: '每条整改措施一行：内容（含分项）、责任单位、时限和当前状态。',
  rows: (ledger, siteUrl) => ledger.tasks.flatMap((view) => view.measures.map((measure) => ({ ledger, siteUrl, view, measure }))),
  columns: [
    taskNumber(),
    taskTitle(),
    { header: '措施序号', kind: 'number', width: 8, value: ({ measure }) => measure.measure.number },
    { header: '措施内容', kind: 'text', width: 80, value: ({ ledger, measure }) => measureText(ledger, measure) },
    { header: '责任单位', kind: 'text', width: 24, value: ({ ledger, measure }) => unitList(ledger, measure.measure.responsibleUnits) },
    { header: '时限', kind: 'text', width: 12, value: ({ measure }) => measure.measure.due ?? null },
    { header: '当前状态', kind: 'text', width: 16, value: ({ measure }) => STATUS_LABELS[measure.status.status] },
    { header: '状态由本站推算', kind: 'text', width: 8, value: ({ measure }) => yesNo(measure.status.derived) },
    { header: '状态依据', kind: 'text', width: 30, value: ({ measure }) => measure.status.reason },
    taskId(),
    { header: '网址', kind: 'link', width: 40, value: ({ view, measure, siteUrl }) => absoluteUrl(paths.measure(view.id, measure.measure.number), siteUrl) },
  ],
};

/** The jurisdiction a target line is about: the share's, or for a total the target's own (or none). */
const lineArea = ({ target, scope }: TargetLine) => scope ?? target.jurisdiction;

const targets: PublicSheet<TargetRow> = {
  table: 'targets',
  title: '量化目标',
  description: '每个量化目标的合计一行，分解到各地区的数值各一行。',
  rows: (ledger) => targetLines(ledger).map((line) => ({ ledger, ...line })),
  columns: [
    taskNumber(),
    taskTitle(),
    { header: '措施序号', kind: 'number', width: 8, value: ({ measure }) => measure.measure.number },
    { header: '指标', kind: 'text', width: 24, value: ({ target }) => target.metric },
    { header: '合计或分解', kind: 'text', width: 10, value: ({ scope }) => (scope === null ? '合计' : '分解') },
    { header: '地区', kind: 'text', width: 12, value: (row) => { const area = lineArea(row); return area ? nameOf(row.ledger, 'jurisdictions', area) : null; } },
    { header: '行政区划代码', kind: 'text', width: 12, value: (row) => { const area = lineArea(row); return (area && row.ledger.jurisdictions.get(area)?.data.code) ?? null; } },
    { header: '要求', kind: 'text', width: 8, value: ({ target }) => COMPARISON_WORDS[target.comparison].words },
    { header: '数值', kind: 'number', width: 10, value: ({ value }) => value },
    { header: '计量单位', kind: 'text', width: 10, value: ({ target }) => target.unit },
    { header: '含往年累计', kind: 'text', width: 8, value: ({ target }) => yesNo(target.cumulative) },
    { header: '时限', kind: 'text', width: 12, value: ({ target }) => target.due ?? null },
    taskId(),
  ],
};

const updates: PublicSheet<UpdateRow> = {
  table: 'updates',
  title: '整改进展',
  description: '每条进展记录一行：日期、报告的状态、报告单位和摘要。',
  rows: (ledger, siteUrl) => ledger.updates.map((update) => ({ ledger, siteUrl, update, view: ledger.taskById.get(update.data.task) })),
  columns: [
    { header: '日期', kind: 'text', width: 12, value: ({ update }) => update.data.date },
    taskNumber(),
    taskTitle(),
    { header: '措施序号', kind: 'number', width: 8, value: ({ update }) => update.data.measure ?? null },
    { header: '点位', kind: 'text', width: 20, value: ({ ledger, update }) => (update.data.place ? nameOf(ledger, 'places', update.data.place) : null) },
    { header: '报告的状态', kind: 'text', width: 16, value: ({ update }) => STATUS_LABELS[update.data.status] },
    { header: '报告单位', kind: 'text', width: 20, value: ({ ledger, update }) => reporterName(ledger, update.data) },
    { header: '进展摘要', kind: 'text', width: 60, value: ({ update }) => update.data.summary },
    { header: '发现问题的督察或单位', kind: 'text', width: 20, value: ({ ledger, update }) => reopenedBy(ledger, update.data)?.name ?? null },
    taskId(),
    { header: '记录编号', kind: 'text', width: 24, value: ({ update }) => update.id },
    { header: '网址', kind: 'link', width: 40, value: ({ update, siteUrl }) => absoluteUrl(paths.update(update.data.task, update.id), siteUrl) },
  ],
};

const findings: PublicSheet<FindingRow> = {
  table: 'findings',
  title: '反馈问题',
  description: '督察反馈的每个问题一行：原文、所涉地区和点位、所述数量、对应的整改任务和整改状态。',
  rows: (ledger, siteUrl) => ledger.findings.map((finding) => ({ ledger, siteUrl, finding })),
  columns: [
    { header: '督察', kind: 'text', width: 24, value: ({ finding }) => finding.inspection?.data.name ?? finding.data.inspection },
    { header: '序号', kind: 'number', width: 6, value: ({ finding }) => finding.data.number },
    { header: '原文称呼', kind: 'text', width: 16, value: ({ finding }) => finding.data.label ?? null },
    { header: '所属标题', kind: 'text', width: 24, value: ({ finding }) => finding.data.heading ?? null },
    { header: '反馈问题原文', kind: 'text', width: 60, value: ({ finding }) => finding.data.text },
    { header: '所涉地区', kind: 'text', width: 16, value: ({ ledger, finding }) => orNull(namesOf(ledger, 'jurisdictions', finding.data.jurisdictions).join('、')) },
    { header: '所涉点位', kind: 'text', width: 16, value: ({ ledger, finding }) => orNull(namesOf(ledger, 'places', finding.data.places).join('、')) },
    { header: '所述数量', kind: 'text', width: 24, value: ({ finding }) => orNull(finding.data.quantities.map(statedQuantity).join('；')) },
    { header: '整改状态', kind: 'text', width: 16, value: ({ finding }) => FINDING_STATES[finding.state.state].label },
    { header: '对应整改任务', kind: 'text', width: 30, value: ({ finding }) => orNull(finding.tasks.map((view) => `${view.task.number}.${view.task.title}`).join('\n')) },
    { header: '对应任务编号', kind: 'text', width: 18, value: ({ finding }) => orNull(finding.tasks.map((view) => view.id).join('\n')) },
    { header: '问题编号', kind: 'text', width: 18, value: ({ finding }) => finding.id },
    { header: '网址', kind: 'link', width: 40, value: ({ finding, siteUrl }) => absoluteUrl(paths.finding(finding.id), siteUrl) },
  ],
};

/** The worksheets of the public ledger, in the order of the open data's tables. */
export const PUBLIC_LEDGER_SHEETS = [tasks, measures, targets, updates, findings] as unknown as PublicSheet[];

export function publicSheetOf(table: string): PublicSheet | undefined {
  return PUBLIC_LEDGER_SHEETS.find((sheet) => sheet.table === table);
}

// The workbook and the CSVs of one build write the same rows: they are made once per ledger.
const rowsMade = new WeakMap<Ledger, Map<string, PublicCell[][]>>();

/** A sheet's rows as cells, in column order. */
export function publicSheetRows(sheet: PublicSheet, ledger: Ledger, siteUrl: string): PublicCell[][] {
  const made = rowsMade.get(ledger) ?? new Map<string, PublicCell[][]>();
  rowsMade.set(ledger, made);
  const key = `${sheet.table} ${siteUrl}`;
  let rows = made.get(key);
  if (!rows) {
    rows = sheet.rows(ledger, siteUrl).map((row) => sheet.columns.map((column) => column.value(row)));
    made.set(key, rows);
  }
  return rows;
}

/**
 * How the public ledger is written, for its 说明 sheet and the data page: what a reader of a
 * spreadsheet needs to know to trust what the cells show.
 */
export const PUBLIC_LEDGER_NOTES: readonly string[] = [
  '日期按来源的精度写成 2023、2023-12 或 2023-12-31，存为文字：表格软件不会把它改成别的日期，按文字排序即按时间先后。',
  '编号、行政区划代码等存为文字，开头的 0 和长数字不会丢失；序号和目标数值存为数字，可直接计算。',
  `“状态由本站推算”为“是”的状态（如“${STATUSES.逾期.label}”：时限已过，未见完成报告或验收销号）是本站按时限推算的，不是责任单位报告的。`,
  'XLSX 文件中文字都存为文本格式。CSV 文件为 UTF-8 编码并带 BOM，Excel、WPS 可直接打开；CSV 里表格软件会改写的文字（如 2023-12、06）前加了英文单引号 \'，以免被改成日期或数字；以 = + - @ 开头的文字前也加了 \'，以免被当作公式。',
  '供程序读取的数据（英文字段名、字段只增不减）是 tasks.csv 等文件和 tasks.json，说明见 datapackage.json。',
];
