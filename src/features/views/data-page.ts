import { formatChineseDate } from '../../core/dates.ts';
import { paths } from '../../core/urls.ts';

/** A table download as the publish feature declares it (DOWNLOAD_TABLES); taken as an argument, since publish imports views. */
export interface DownloadTable {
  name: string;
  title: string;
  description: string;
  columns: readonly { name: string; type: string; description: string }[];
}

/** One download of the data page: its files (site paths) and the fields its CSV has. */
export interface DownloadView {
  name: string;
  title: string;
  description: string;
  csv: { path: string; label: string };
  /** None for the task table: its JSON is the nested tasks.json. */
  json: { path: string; label: string } | undefined;
  columns: { name: string; type: string; description: string }[];
}

/** A worksheet of the public ledger as the sheet feature declares it (PUBLIC_LEDGER_SHEETS); taken as an argument, since the sheet feature imports publish. */
export interface PublicLedgerSheet {
  table: string;
  title: string;
  description: string;
}

/** The public ledger (公众版整改台账) on the data page: the workbook, each worksheet's CSV, and how their cells are written. */
export interface PublicLedgerView {
  workbook: { path: string; label: string; fileName: string };
  sheets: { title: string; description: string; csv: { path: string; label: string } }[];
  notes: readonly string[];
}

export interface DataPageView {
  publicLedger: PublicLedgerView;
  tasksJson: { path: string; label: string };
  /** The fields of tasks.json, each with what it holds (the README's "Open data" table, for readers). */
  tasksJsonFields: { name: string; meaning: string }[];
  dataPackage: { path: string; label: string };
  downloads: DownloadView[];
}

const TASKS_JSON_FIELDS: DataPageView['tasksJsonFields'] = [
  { name: 'id', meaning: '任务的永久编号，也是网址的一部分' },
  { name: 'url', meaning: '任务页的永久网址' },
  { name: 'inspection / plan', meaning: '所属督察、整改方案的编号' },
  { name: 'number', meaning: '任务在方案附件中的序号' },
  { name: 'provincialTaskNumber', meaning: '对应的省整改任务序号（如第十项为 10），无则为 null' },
  { name: 'finding', meaning: '督察反馈问题原文' },
  { name: 'findings', meaning: '任务回应的反馈问题，按任务所列顺序：id、url 问题页网址、number 序号、label 原文称呼（无则为 null）、text 原文；尚未对应则为空数组' },
  { name: 'responsibleUnits / supervisingUnits', meaning: '责任单位、督导单位名称，按方案原文' },
  { name: 'acceptanceUnit', meaning: '整改验收单位（督导单位中排第一位者）' },
  { name: 'deadline', meaning: '整改时限：text 原文，date 年月（YYYY-MM）或 null，ongoing 是否“立行立改，长期坚持”' },
  { name: 'goal', meaning: '整改目标原文' },
  { name: 'status / statusDerived', meaning: '截至 asOf 的状态；statusDerived 为 true 表示由本站按时限推算' },
  { name: 'measures', meaning: '整改措施：number、text、responsibleUnits、due、status、targets、items' },
  { name: 'targets', meaning: '量化目标：metric 指标、unit 单位、value 数值、comparison 比较方式、cumulative 是否累计、due 时限、jurisdiction 地区、includes 所含往年数量、breakdown 分地区数值' },
  { name: 'items', meaning: '措施所列的分项（1）（2）…：label 序号原文、text 原文、responsibleUnits 分项自己的责任单位（未单列为空数组，即措施的责任单位）、places 所涉点位（id、name）；无分项则为空数组' },
  { name: 'updates', meaning: '整改进展：date、status、measure、place、reportedBy、summary' },
];

/**
 * What the open-data page (开放数据) lists: first the public ledger for people (its workbook is
 * saved as `整改台账（截至2022年7月15日）.xlsx`), then tasks.json and its fields, then every table download.
 */
export function dataPage(tables: readonly DownloadTable[], ledgerSheets: readonly PublicLedgerSheet[], ledgerNotes: readonly string[], asOf: string): DataPageView {
  return {
    publicLedger: {
      workbook: { path: paths.publicLedger(), label: '下载整改台账（XLSX）', fileName: `整改台账（截至${formatChineseDate(asOf)}）.xlsx` },
      sheets: ledgerSheets.map((sheet) => ({
        title: sheet.title,
        description: sheet.description,
        csv: { path: paths.publicLedgerCsv(sheet.table), label: `下载“${sheet.title}”（CSV）` },
      })),
      notes: ledgerNotes,
    },
    tasksJson: { path: paths.tasksJson(), label: '下载 tasks.json' },
    tasksJsonFields: TASKS_JSON_FIELDS,
    dataPackage: { path: paths.download('datapackage.json'), label: 'datapackage.json' },
    downloads: tables.map((table) => ({
      name: table.name,
      title: table.title,
      description: table.description,
      csv: { path: paths.download(`${table.name}.csv`), label: `下载 ${table.name}.csv` },
      json: table.name === 'tasks' ? undefined : { path: paths.download(`${table.name}.json`), label: `下载 ${table.name}.json` },
      columns: table.columns.map(({ name, type, description }) => ({ name, type, description })),
    })),
  };
}
