import type { Ledger } from '../../core/ledger.ts';
import { csvText, type CsvCell } from '../../core/csv.ts';
import { absoluteUrl, paths } from '../../core/urls.ts';
import { nameOf, namesOf, reopenedBy, STATED_BY_PLAN } from '../../core/names.ts';
import { FINDING_STATES } from '../../core/findings.ts';
import { statedQuantity } from '../../core/quantities.ts';
import { STATUS_ORDER } from '../../core/status.ts';
import { openLicence } from '../../core/licences.ts';
import { REPORTED_STATUSES } from '../../schemas/update.ts';
import { COMPARISONS } from '../../schemas/target.ts';

/**
 * The flat downloads (开放数据下载): tasks, measures, targets, updates and findings as tables, each
 * published as CSV (UTF-8, for programs: spreadsheets have the public ledger's XLSX and CSVs with
 * Chinese headers) and JSON, and described field by field in datapackage.json (a Frictionless
 * Data Package, valid against the specification's own profiles). One column list per table feeds
 * all three. Like tasks.json, columns are only ever added, never renamed or removed.
 */

type Cell = CsvCell;

/**
 * A column's type as Table Schema (v1) names it: `yearmonth` is `2023-12`. A date as precise as
 * its source (`2022`, `2022-06` or `2022-06-30` in one column) is a `string` with the pattern of
 * a partial date, since no Table Schema type takes all three.
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'yearmonth';

export interface Column<Row> {
  name: string;
  type: ColumnType;
  /** What the column holds, for the data page and datapackage.json. */
  description: string;
  /** Table Schema `format` of a string: `uri` for addresses. */
  format?: 'uri';
  /** Table Schema constraints: the values a column may hold. */
  constraints?: { required?: boolean; enum?: readonly string[]; pattern?: string };
  value: (row: Row) => Cell;
}

export interface Table<Row = unknown> {
  /** File name without extension: `measures` → measures.csv, measures.json. */
  name: string;
  title: string;
  description: string;
  columns: Column<Row>[];
  /** Columns whose values name one row (Table Schema `primaryKey`); none when no column does. */
  primaryKey?: string[];
  /** A column naming a row of another table (Table Schema `foreignKeys`): `task` → tasks' `id`. */
  foreignKeys?: { field: string; table: string; column: string }[];
  rows: (ledger: Ledger, siteUrl: string) => Row[];
}

/** `2022`, `2022-06` or `2022-06-30`: the dates of the ledger, as precise as their source. */
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const partialDate = { pattern: PARTIAL_DATE };
const required = { required: true };

/** A list in one cell: joined with `；`, empty (null) when there is nothing in it. */
const joined = (items: readonly string[]) => (items.length > 0 ? items.join('；') : null);
const unitNames = (ledger: Ledger, ids: readonly string[]) => namesOf(ledger, 'units', ids).join('；');
const placeName = (ledger: Ledger, id: string | undefined) => (id ? nameOf(ledger, 'places', id) : null);
const areaName = (ledger: Ledger, id: string | undefined) => (id ? nameOf(ledger, 'jurisdictions', id) : null);

type TaskRow = { ledger: Ledger; siteUrl: string; view: Ledger['tasks'][number] };
type MeasureRow = TaskRow & { measure: Ledger['tasks'][number]['measures'][number] };
type TargetRow = TargetLine & { ledger: Ledger; siteUrl: string };
type UpdateRow = { ledger: Ledger; siteUrl: string; update: Ledger['updates'][number] };
type FindingRow = { ledger: Ledger; siteUrl: string; finding: Ledger['findings'][number] };

/** A target line: a target's total (`scope` null), then each jurisdiction's share of it (`scope` its id). */
export interface TargetLine {
  view: Ledger['tasks'][number];
  measure: Ledger['tasks'][number]['measures'][number];
  target: Ledger['tasks'][number]['measures'][number]['measure']['targets'][number];
  scope: string | null;
  value: number;
}

/** Every quantitative target of the ledger as lines, in task and measure order: each total, then its breakdown. */
export function targetLines(ledger: Ledger): TargetLine[] {
  return ledger.tasks.flatMap((view) =>
    view.measures.flatMap((measure) =>
      measure.measure.targets.flatMap((target) => [
        { view, measure, target, scope: null, value: target.value },
        ...target.breakdown.map((row) => ({ view, measure, target, scope: row.jurisdiction, value: row.value })),
      ]),
    ),
  );
}

const tasks: Table<TaskRow> = {
  name: 'tasks',
  title: '整改任务',
  description: '每项整改任务一行：时限、单位和截至 asOf 的状态。',
  rows: (ledger, siteUrl) => ledger.tasks.map((view) => ({ ledger, siteUrl, view })),
  columns: [
    { name: 'id', type: 'string', description: '任务的永久编号', constraints: required, value: ({ view }) => view.id },
    { name: 'url', type: 'string', format: 'uri', description: '任务页的永久网址', value: ({ view, siteUrl }) => absoluteUrl(paths.task(view.id), siteUrl) },
    { name: 'plan', type: 'string', description: '所属整改方案的编号', constraints: required, value: ({ view }) => view.task.plan },
    { name: 'inspection', type: 'string', description: '所属督察的编号', value: ({ view }) => view.inspection?.id ?? null },
    { name: 'number', type: 'integer', description: '任务在方案附件中的序号', value: ({ view }) => view.task.number },
    { name: 'title', type: 'string', description: '任务简称（取自反馈问题原文）', value: ({ view }) => view.task.title },
    { name: 'deadline', type: 'string', description: '整改时限原文', value: ({ view }) => view.task.deadline.text },
    { name: 'deadlineMonth', type: 'yearmonth', description: '整改时限所在年月（YYYY-MM），长期坚持为空', value: ({ view }) => view.task.deadline.month },
    { name: 'responsibleUnits', type: 'string', description: '责任单位，以“；”分隔', value: ({ ledger, view }) => unitNames(ledger, view.task.responsibleUnits) },
    { name: 'supervisingUnits', type: 'string', description: '督导单位，以“；”分隔，第一个为验收单位', value: ({ ledger, view }) => unitNames(ledger, view.task.supervisingUnits) },
    { name: 'acceptanceUnit', type: 'string', description: '整改验收单位', value: ({ ledger, view }) => unitNames(ledger, [view.acceptanceUnit]) },
    { name: 'status', type: 'string', description: '截至 asOf 的状态', constraints: { enum: STATUS_ORDER }, value: ({ view }) => view.status.status },
    { name: 'statusDerived', type: 'boolean', description: '状态是否由本站按时限推算', value: ({ view }) => view.status.derived },
    { name: 'measures', type: 'integer', description: '整改措施条数', value: ({ view }) => view.measures.length },
  ],
  primaryKey: ['id'],
};

const measures: Table<MeasureRow> = {
  name: 'measures',
  title: '整改措施',
  description: '每条整改措施一行。',
  rows: (ledger, siteUrl) => ledger.tasks.flatMap((view) => view.measures.map((measure) => ({ ledger, siteUrl, view, measure }))),
  columns: [
    { name: 'task', type: 'string', description: '所属任务的编号', constraints: required, value: ({ view }) => view.id },
    { name: 'number', type: 'integer', description: '措施在任务中的序号', constraints: required, value: ({ measure }) => measure.measure.number },
    { name: 'text', type: 'string', description: '措施原文', value: ({ measure }) => measure.measure.text },
    { name: 'responsibleUnits', type: 'string', description: '责任单位，以“；”分隔', value: ({ ledger, measure }) => unitNames(ledger, measure.measure.responsibleUnits) },
    { name: 'due', type: 'string', description: '时限（YYYY、YYYY-MM 或 YYYY-MM-DD），未单列为空', constraints: partialDate, value: ({ measure }) => measure.measure.due ?? null },
    { name: 'status', type: 'string', description: '截至 asOf 的状态', constraints: { enum: STATUS_ORDER }, value: ({ measure }) => measure.status.status },
    { name: 'statusDerived', type: 'boolean', description: '状态是否由本站按时限推算', value: ({ measure }) => measure.status.derived },
    { name: 'url', type: 'string', format: 'uri', description: '措施在任务页上的网址', value: ({ view, measure, siteUrl }) => absoluteUrl(paths.measure(view.id, measure.measure.number), siteUrl) },
  ],
  primaryKey: ['task', 'number'],
  foreignKeys: [{ field: 'task', table: 'tasks', column: 'id' }],
};

const targets: Table<TargetRow> = {
  name: 'targets',
  title: '量化目标',
  description: '每个量化目标的合计一行，其分解到各地区的数值各一行（scope 为地区名）。',
  rows: (ledger, siteUrl) => targetLines(ledger).map((line) => ({ ledger, siteUrl, ...line })),
  columns: [
    { name: 'task', type: 'string', description: '所属任务的编号', constraints: required, value: ({ view }) => view.id },
    { name: 'measure', type: 'integer', description: '所属措施的序号', constraints: required, value: ({ measure }) => measure.measure.number },
    { name: 'metric', type: 'string', description: '指标，按方案用语', value: ({ target }) => target.metric },
    { name: 'unit', type: 'string', description: '计量单位', value: ({ target }) => target.unit },
    { name: 'due', type: 'string', description: '时限（YYYY、YYYY-MM 或 YYYY-MM-DD），未单列为空', constraints: partialDate, value: ({ target }) => target.due ?? null },
    { name: 'comparison', type: 'string', description: 'exactly 达到、atLeast 不低于、atMost 不超过、below 低于、above 高于', constraints: { enum: COMPARISONS }, value: ({ target }) => target.comparison },
    { name: 'cumulative', type: 'boolean', description: '是否为含往年的累计值', value: ({ target }) => target.cumulative },
    { name: 'jurisdiction', type: 'string', description: '目标所针对的地区（合计行）', value: ({ ledger, target }) => areaName(ledger, target.jurisdiction) },
    { name: 'scope', type: 'string', description: '分解行的地区名；合计行为空', value: ({ ledger, scope }) => areaName(ledger, scope ?? undefined) },
    { name: 'value', type: 'number', description: '数值（合计行为总数，分解行为该地区数）', constraints: required, value: ({ value }) => value },
  ],
  foreignKeys: [{ field: 'task', table: 'tasks', column: 'id' }],
};

const updates: Table<UpdateRow> = {
  name: 'updates',
  title: '整改进展',
  description: '每条进展记录一行：日期、报告的状态、报告单位和摘要。',
  rows: (ledger, siteUrl) => ledger.updates.map((update) => ({ ledger, siteUrl, update })),
  columns: [
    { name: 'id', type: 'string', description: '进展记录的编号', constraints: required, value: ({ update }) => update.id },
    { name: 'task', type: 'string', description: '所属任务的编号', constraints: required, value: ({ update }) => update.data.task },
    { name: 'measure', type: 'integer', description: '所涉措施序号，针对整项任务时为空', value: ({ update }) => update.data.measure ?? null },
    { name: 'place', type: 'string', description: '所涉点位名称', value: ({ ledger, update }) => placeName(ledger, update.data.place) },
    { name: 'date', type: 'string', description: '日期（YYYY、YYYY-MM 或 YYYY-MM-DD），精确到原始资料给出的程度', constraints: { ...required, ...partialDate }, value: ({ update }) => update.data.date },
    { name: 'status', type: 'string', description: '报告的状态', constraints: { enum: REPORTED_STATUSES }, value: ({ update }) => update.data.status },
    { name: 'reportedBy', type: 'string', description: `报告单位；“${STATED_BY_PLAN}”是整改方案自己载明的进展，没有单位报告`, value: ({ ledger, update }) => (update.data.reportedBy === undefined ? STATED_BY_PLAN : unitNames(ledger, [update.data.reportedBy])) },
    { name: 'summary', type: 'string', description: '进展摘要', value: ({ update }) => update.data.summary },
    // Added last, so the columns before it keep their places.
    { name: 'reopenedBy', type: 'string', description: '状态为“重新整改”时，发现问题的督察或单位；其他进展为空', value: ({ ledger, update }) => reopenedBy(ledger, update.data)?.name ?? null },
  ],
  primaryKey: ['id'],
  foreignKeys: [{ field: 'task', table: 'tasks', column: 'id' }],
};

const findings: Table<FindingRow> = {
  name: 'findings',
  title: '反馈问题',
  description: '督察反馈的每个问题一行：原文、所涉地区和点位、所述数量，以及截至 asOf 由对应整改任务推算的整改状态。',
  rows: (ledger, siteUrl) => ledger.findings.map((finding) => ({ ledger, siteUrl, finding })),
  columns: [
    { name: 'id', type: 'string', description: '问题的永久编号', constraints: required, value: ({ finding }) => finding.id },
    { name: 'url', type: 'string', format: 'uri', description: '问题页的永久网址', value: ({ finding, siteUrl }) => absoluteUrl(paths.finding(finding.id), siteUrl) },
    { name: 'inspection', type: 'string', description: '所属督察的编号', value: ({ finding }) => finding.data.inspection },
    { name: 'inspectionName', type: 'string', description: '所属督察的名称', value: ({ finding }) => finding.inspection?.data.name ?? null },
    { name: 'number', type: 'integer', description: '问题在反馈意见中的序号（或方案引用它的序号）', value: ({ finding }) => finding.data.number },
    { name: 'label', type: 'string', description: '原文对问题的称呼（如“省整改任务第十项”），无则为空', value: ({ finding }) => finding.data.label ?? null },
    { name: 'heading', type: 'string', description: '问题在反馈意见中所属的标题，无则为空', value: ({ finding }) => finding.data.heading ?? null },
    { name: 'text', type: 'string', description: '问题原文', value: ({ finding }) => finding.data.text },
    { name: 'jurisdictions', type: 'string', description: '所涉地区名称，以“；”分隔，无则为空', value: ({ ledger, finding }) => joined(namesOf(ledger, 'jurisdictions', finding.data.jurisdictions)) },
    { name: 'places', type: 'string', description: '所涉点位名称，以“；”分隔，无则为空', value: ({ ledger, finding }) => joined(namesOf(ledger, 'places', finding.data.places)) },
    { name: 'quantities', type: 'string', description: '问题所述数量，按原文写法（如“黑臭水体3条”），以“；”分隔，无则为空', value: ({ finding }) => joined(finding.data.quantities.map(statedQuantity)) },
    {
      name: 'state',
      type: 'string',
      description: `截至 asOf 的整改状态：${Object.values(FINDING_STATES).map((info) => `${info.slug} ${info.label}`).join('、')}`,
      constraints: { enum: Object.values(FINDING_STATES).map((info) => info.slug) },
      value: ({ finding }) => FINDING_STATES[finding.state.state].slug,
    },
    { name: 'stateLabel', type: 'string', description: '整改状态的中文名称', value: ({ finding }) => FINDING_STATES[finding.state.state].label },
    { name: 'tasks', type: 'string', description: '回应该问题的整改任务编号，以“；”分隔，尚无则为空', value: ({ finding }) => joined(finding.tasks.map((view) => view.id)) },
  ],
  primaryKey: ['id'],
};

export const DOWNLOAD_TABLES = [tasks, measures, targets, updates, findings] as unknown as Table[];

export function tableNamed(name: string): Table | undefined {
  return DOWNLOAD_TABLES.find((table) => table.name === name);
}

/** The table's rows as plain records, for JSON. */
export function tableRecords(table: Table, ledger: Ledger, siteUrl: string): Record<string, Cell>[] {
  return table.rows(ledger, siteUrl).map((row) => Object.fromEntries(table.columns.map((column) => [column.name, column.value(row)])));
}

/**
 * A CSV file for programs: UTF-8 without a byte-order mark (as the Data Package specification
 * recommends, and as csv readers take the first column's name), header row, CRLF line ends,
 * text guarded against formulas (see csv.ts).
 */
export function toCsv(header: readonly string[], records: readonly Record<string, Cell>[]): string {
  return csvText([header, ...records.map((record) => header.map((name) => record[name] ?? null))], { byteOrderMark: false });
}

export function tableCsv(table: Table, ledger: Ledger, siteUrl: string): string {
  return toCsv(
    table.columns.map((column) => column.name),
    tableRecords(table, ledger, siteUrl),
  );
}

/** A resource of datapackage.json that is not one of the tables (a workbook, a CSV for people). */
export interface DataResource {
  name: string;
  path: string;
  title: string;
  description: string;
  format: string;
  mediatype: string;
  encoding?: string;
}

/** A resource as datapackage.json lists it: a table's CSV has its dialect and Table Schema. */
export interface PackageResource extends DataResource {
  profile: 'data-resource' | 'tabular-data-resource';
  dialect?: Record<string, string | boolean>;
  schema?: ReturnType<typeof tableSchema>;
}

const JSON_RESOURCE = { format: 'json', mediatype: 'application/json', encoding: 'utf-8', profile: 'data-resource' } as const;

/** A table's columns as a Table Schema: types, formats, constraints, keys; `true`/`false` are its truth values. */
function tableSchema(table: Table) {
  return {
    fields: table.columns.map((column) => ({
      name: column.name,
      type: column.type,
      ...(column.format && { format: column.format }),
      description: column.description,
      ...(column.type === 'boolean' && { trueValues: ['true'], falseValues: ['false'] }),
      ...(column.constraints && { constraints: column.constraints }),
    })),
    // An empty field is a missing value (null in the JSON).
    missingValues: [''],
    ...(table.primaryKey && { primaryKey: table.primaryKey }),
    ...(table.foreignKeys && {
      foreignKeys: table.foreignKeys.map((key) => ({ fields: key.field, reference: { resource: `${key.table}-csv`, fields: key.column } })),
    }),
  };
}

/**
 * datapackage.json (Frictionless Data Package v1): every download with its fields, licence and
 * as-of day, valid against the specification's profiles (data-package, tabular-data-resource).
 * `others` are the files the site publishes besides the tables (the public ledger's).
 */
export function dataPackage(ledger: Ledger, site: { title: string; url: string; dataLicence: string; publisher: string }, others: readonly DataResource[] = []) {
  const licence = openLicence(site.dataLicence);
  // The content check refuses a licence it does not know (site.yaml · dataLicence).
  if (!licence) throw new Error(`dataLicence "${site.dataLicence}" is not a licence of src/core/licences.ts`);
  const tableResources = DOWNLOAD_TABLES.flatMap((table): PackageResource[] => [
    {
      name: `${table.name}-csv`,
      path: `${table.name}.csv`,
      title: table.title,
      description: table.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(table),
    },
    // The task table's JSON is the nested tasks.json (the first resource).
    ...(table.name === 'tasks' ? [] : [{ name: `${table.name}-json`, path: `${table.name}.json`, title: table.title, description: `${table.description}JSON 格式，字段同 CSV。`, ...JSON_RESOURCE }]),
  ]);
  const resources: PackageResource[] = [
    { name: 'tasks-nested-json', path: 'tasks.json', title: '整改任务（含措施、目标、进展的嵌套 JSON）', description: '每项任务及其措施、量化目标、分项和进展，嵌套为一个 JSON 文件；字段见开放数据页。', ...JSON_RESOURCE },
    ...tableResources,
    ...others.map((resource) => ({ profile: 'data-resource' as const, ...resource })),
  ];
  return {
    profile: 'data-package',
    name: 'rectification-ledger',
    title: site.title,
    homepage: site.url,
    version: ledger.asOf,
    // RFC 3339, as the profile asks: the start of the as-of day in China, the day the data describes.
    created: `${ledger.asOf}T00:00:00+08:00`,
    description: `状态截至 ${ledger.asOf}。字段只增不减，已有字段不改名。`,
    licenses: [{ name: licence.id, path: licence.path, title: licence.title }],
    contributors: [{ title: site.publisher, role: 'publisher' }],
    resources,
  };
}
