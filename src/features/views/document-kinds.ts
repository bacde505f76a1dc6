import type { DOCUMENT_KINDS } from '../../schemas/document.ts';

/** Chinese names of the kinds of source document. */
export const DOCUMENT_KIND_LABELS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  plan: '整改方案',
  'task-list': '任务清单',
  feedback: '督察反馈',
  regulation: '制度文件',
  notice: '通知',
  report: '报告',
  other: '其他',
};
