import type { ComplaintTotals } from '../../schemas/complaint.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import { formatChineseDate } from '../../core/dates.ts';
import type { ValidEntry } from './index.ts';
import type { Problem } from './problem.ts';

/** The parts of published complaint totals that count complaints or companies out of the total. */
const OUT_OF_TOTAL: [keyof ComplaintTotals, string][] = [
  ['concluded', '已办结'],
  ['partlyConcluded', '阶段性办结'],
];

/**
 * Rules of the disclosure content (plan 五(五)) beyond its references: complaint totals that add
 * up (no outcome count larger than the total) and are dated in order.
 */
export function checkDisclosure(valid: Record<CollectionName, ValidEntry[]>): Problem[] {
  const problems: Problem[] = [];
  for (const entry of valid.inspections as ValidEntry<Inspection>[]) {
    let previous: string | undefined;
    entry.data.complaintTotals.forEach((totals, index) => {
      const at = ['complaintTotals', index];
      const outOfTotal = OUT_OF_TOTAL.reduce((sum, [field]) => sum + ((totals[field] as number | undefined) ?? 0), 0);
      if (outOfTotal > totals.transferred) {
        problems.push({
          file: entry.source.file,
          line: entry.source.lineOf([...at, 'concluded']),
          field: `complaintTotals[${index}]`,
          zh: `已办结与阶段性办结合计 ${outOfTotal} 件，多于受理总数 ${totals.transferred} 件。请核对各项件数。`,
          en: `concluded and partly concluded add up to ${outOfTotal}, more than the ${totals.transferred} transferred: check the counts.`,
        });
      }
      for (const field of ['orderedToRectify', 'casesOpened'] as const) {
        const value = totals[field];
        if (value !== undefined && value > totals.transferred) {
          problems.push({
            file: entry.source.file,
            line: entry.source.lineOf([...at, field]),
            field: `complaintTotals[${index}].${field}`,
            zh: `${field === 'orderedToRectify' ? '责令整改' : '立案处罚'} ${value} 件，多于受理总数 ${totals.transferred} 件。请核对。`,
            en: `${field} is ${value}, more than the ${totals.transferred} complaints transferred: check the figures.`,
          });
        }
      }
      if (previous && totals.asOf < previous) {
        problems.push({
          file: entry.source.file,
          line: entry.source.lineOf([...at, 'asOf']),
          field: `complaintTotals[${index}].asOf`,
          zh: `信访件统计应按日期先后排列：${formatChineseDate(totals.asOf)} 排在 ${formatChineseDate(previous)} 之后。请调整顺序。`,
          en: `complaint totals go oldest first: ${totals.asOf} comes after ${previous}; reorder them.`,
        });
      }
      previous = totals.asOf;
    });
  }
  return problems;
}
