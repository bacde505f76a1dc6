import type { CollectionName } from '../../schemas/collections.ts';
import type { Inspection } from '../../schemas/inspection.ts';
import { formatChineseDate, hasBegun, startOfPeriod } from '../../core/dates.ts';
import type { ValidEntry } from './index.ts';
import type { Problem } from './problem.ts';

/**
 * Rules of the disclosure content (plan 五(五)) beyond its references: complaint totals dated in
 * order and not after the as-of day, each naming a figure once. The figures are the source's own, in its own words, so their
 * arithmetic is the source's: the check does not add them up.
 */
export function checkDisclosure(valid: Record<CollectionName, ValidEntry[]>, asOf?: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of valid.inspections as ValidEntry<Inspection>[]) {
    let previous: string | undefined;
    entry.data.complaintTotals.forEach((totals, index) => {
      const at = ['complaintTotals', index];
      const seen = new Set<string>();
      totals.figures.forEach((figure, position) => {
        if (seen.has(figure.term)) {
          problems.push({
            file: entry.source.file,
            line: entry.source.lineOf([...at, 'figures', position, 'term']),
            field: `complaintTotals[${index}].figures[${position}].term`,
            zh: `“${figure.term}”在同一次汇总里写了两次。请核对原文，删去重复的一项。`,
            en: `"${figure.term}" appears twice in the same totals: check the source and remove the repeated figure.`,
          });
        }
        seen.add(figure.term);
      });
      if (asOf && !hasBegun(totals.asOf, asOf)) {
        problems.push({
          file: entry.source.file,
          line: entry.source.lineOf([...at, 'asOf']),
          field: `complaintTotals[${index}].asOf`,
          zh: `信访件统计日期 ${formatChineseDate(totals.asOf)} 晚于截至日期 ${formatChineseDate(asOf)}。只能录入已经发布的汇总数：请核对日期。`,
          en: `the complaint totals are dated ${totals.asOf}, after the as-of date ${asOf}: only totals already published are entered; check the date.`,
        });
      }
      if (previous && startOfPeriod(totals.asOf) < startOfPeriod(previous)) {
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
