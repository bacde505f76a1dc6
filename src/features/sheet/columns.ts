import { normaliseCellText } from './text.ts';

/**
 * The columns of a staff ledger sheet (整改台账 / 整改任务清单), in the order the export writes
 * them, each with the header names staff sheets use for it. The import recognises a column by
 * its header, wherever it stands.
 */
export const LEDGER_COLUMNS = [
  { key: 'number', header: '序号', aliases: ['编号', '任务序号', '序'], required: true },
  { key: 'finding', header: '反馈问题', aliases: ['督察反馈问题', '问题', '反馈意见', '督察意见', '问题描述'], required: true },
  { key: 'responsibleUnits', header: '责任单位', aliases: ['整改责任单位', '牵头单位'], required: true },
  { key: 'supervisingUnits', header: '督导单位', aliases: ['督导部门', '督办单位'], required: true },
  { key: 'deadline', header: '整改时限', aliases: ['完成时限', '时限'], required: true },
  { key: 'goal', header: '整改目标', aliases: ['目标'], required: true },
  { key: 'measures', header: '整改措施', aliases: ['措施', '具体措施'], required: true },
  { key: 'progress', header: '完成情况', aliases: ['整改进展', '进展情况', '整改完成情况', '整改情况'], required: false },
  { key: 'title', header: '任务简称', aliases: ['简称', '任务名称', '标题'], required: false },
] as const;

export type ColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

/** Header text compared without blanks, line breaks or a trailing colon, in simplified characters. */
function headerKey(text: string): string {
  return normaliseCellText(text).text.replace(/[\s\u3000:：*＊]/g, '');
}

const BY_HEADER = new Map<string, ColumnKey>(
  LEDGER_COLUMNS.flatMap((column) => [column.header, ...column.aliases].map((name) => [headerKey(name), column.key] as const)),
);

/** The column a header cell names, or undefined when it is not one of the ledger's. */
export function recogniseHeader(text: string): ColumnKey | undefined {
  return BY_HEADER.get(headerKey(text));
}

export function columnHeader(key: ColumnKey): string {
  return LEDGER_COLUMNS.find((column) => column.key === key)!.header;
}
