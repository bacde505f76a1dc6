import { z } from 'astro/zod';
import { partialDate, quantity } from './shared.ts';
import { ref } from './ref.ts';

/** How a target value binds: 达到 exactly/at least, 不超过 at most, 低于 below, 高于 above. */
export const COMPARISONS = ['exactly', 'atLeast', 'atMost', 'below', 'above'] as const;

/** Decimal places kept when adding county figures, so 0.1 + 0.2 compares equal to 0.3. */
const SUM_PRECISION = 1e6;
export function roundQuantity(value: number): number {
  return Math.round(value * SUM_PRECISION) / SUM_PRECISION;
}

/**
 * A quantitative target of a measure (整改措施的量化目标): `2022年12月底前，全市完成新改建排水
 * 管网145公里（含2021年55公里），其中：市本级8.6公里……`.
 */
export const targetSchema = z
  .strictObject({
    /** What is counted, in the plan's words: `新改建排水管网`, `化肥和农药使用量监测调查点`. */
    metric: z.string().min(1),
    /** Unit of the value: `公里`, `家`, `个`, `万亩`, `%`. */
    unit: z.string().min(1),
    value: quantity,
    comparison: z.enum(COMPARISONS).default('exactly'),
    /** True when the value is a running total that includes earlier years (`含2021年55公里`). */
    cumulative: z.boolean().default(false),
    /** When it is due, as precise as the text says. */
    due: partialDate.optional(),
    /** Id of the jurisdiction the total is for (the whole city, or one county). */
    jurisdiction: ref('jurisdictions').optional(),
    /** Earlier years' amounts that a cumulative total says it includes: `含2021年55公里、2022年90公里`. */
    includes: z.array(z.strictObject({ year: z.number().int(), value: quantity })).default([]),
    /** The breakdown the text gives after `其中：`, one row per jurisdiction. */
    breakdown: z.array(z.strictObject({ jurisdiction: ref('jurisdictions'), value: quantity })).default([]),
    note: z.string().optional(),
  })
  .superRefine((target, ctx) => {
    if (target.breakdown.length > 0) {
      const sum = roundQuantity(target.breakdown.reduce((total, row) => total + row.value, 0));
      if (sum !== roundQuantity(target.value)) {
        ctx.addIssue({
          code: 'custom',
          path: ['breakdown'],
          message: `各地合计 ${sum} ${target.unit}，与总数 ${target.value} ${target.unit}不符。请核对各地数值或总数。\nthe breakdown sums to ${sum} ${target.unit}, but the total says ${target.value} ${target.unit}: check the figures.`,
        });
      }
      const seen = new Set<string>();
      target.breakdown.forEach((row, index) => {
        if (seen.has(row.jurisdiction)) {
          ctx.addIssue({
            code: 'custom',
            path: ['breakdown', index, 'jurisdiction'],
            message: `“${row.jurisdiction}”在分解中出现了两次。每个地区只写一行。\n"${row.jurisdiction}" appears twice in the breakdown: give each jurisdiction one row.`,
          });
        }
        seen.add(row.jurisdiction);
      });
    }
    const included = roundQuantity(target.includes.reduce((total, row) => total + row.value, 0));
    if (target.includes.length > 0 && !target.cumulative) {
      ctx.addIssue({
        code: 'custom',
        path: ['cumulative'],
        message: '写了 includes（含往年数量）的目标应是累计值，请设 cumulative: true。\nA target that includes earlier years is cumulative: set cumulative: true.',
      });
    }
    if (included > roundQuantity(target.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['includes'],
        message: `所含往年数量合计 ${included} ${target.unit}，超过了总数 ${target.value} ${target.unit}。\nthe earlier years included add up to ${included} ${target.unit}, more than the total ${target.value} ${target.unit}.`,
      });
    }
  });
export type Target = z.output<typeof targetSchema>;
export type Comparison = (typeof COMPARISONS)[number];
