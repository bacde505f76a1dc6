import { z } from 'astro/zod';
import { endOfPeriod, startOfPeriod } from '../core/dates.ts';
import { link, partialDate, sourceReference } from './shared.ts';
import { ref } from './ref.ts';
import { COMPARISONS } from './target.ts';

/**
 * How a target binds (达到…以上 atLeast, 不超过/≤ atMost, 低于 below, 大于/高于 above,
 * exactly). The same words as a measure's quantitative target (src/schemas/target.ts).
 */
export const DIRECTIONS = COMPARISONS;
export type Direction = (typeof DIRECTIONS)[number];

const year = z.number().int().min(1949).max(2100);

/** Where a published measured value comes from: a document of `content/documents/`, a public link, or both. */
const valueSource = z.strictObject({
  /** Id of the document in `content/documents/` that publishes the value (e.g. a 环境质量公报). */
  document: ref('documents').optional(),
  /** Where in it: a table, a page. */
  locator: z.string().optional(),
  /** The public web page that publishes the value. */
  link: link.optional(),
});

/** One measured value of an indicator (实测值), with the source that published it. */
export const measuredValueSchema = z.strictObject({
  /** The period the value is for: a year (`2023`), a month (`2023-06`) or a day. */
  date: partialDate,
  value: z.number(),
  /** Unit of the value as published; when written it must be the indicator's unit. */
  unit: z.string().min(1).optional(),
  /** Required: who published the value, as a document id and/or a link. */
  source: valueSource.optional(),
  /** True for an example value that nobody published; the page then says so beside the chart. */
  illustrative: z.boolean().default(false),
  note: z.string().optional(),
});
export type MeasuredValue = z.output<typeof measuredValueSchema>;

/**
 * An indicator (指标) with a target the plan sets, e.g. `到2025年，空气质量优良天数率达到97%以上`:
 * what is measured, in which unit, which way the target binds, by when, for where, the
 * passage of the plan that sets it, and the measured values published so far.
 */
export const indicatorSchema = z
  .strictObject({
    /** Short name for lists and chart titles: `空气质量优良天数率`. */
    title: z.string().min(1).max(40),
    /** What is measured, in the plan's words. */
    metric: z.string().min(1),
    /** Unit: `%`, `微克/立方米`, `万吨`, `天`, `个`. */
    unit: z.string().min(1),
    /** How the target binds: atLeast (≥, 以上, 不低于), atMost (≤, 不超过), below (<, 低于), above (>, 大于), exactly. */
    direction: z.enum(DIRECTIONS),
    /** The target: its value and the year by whose end it is due. */
    target: z.strictObject({ value: z.number(), year }),
    /** Id of the jurisdiction the target is set for. */
    jurisdiction: ref('jurisdictions'),
    /** Id of the plan that sets it. */
    plan: ref('plans'),
    /** Id of a task whose goal states the same target, when there is one. */
    task: ref('tasks').optional(),
    /** Topic for grouping in lists: `大气`, `水`, `农业`, `交通`. */
    group: z.string().min(1),
    /** The first year measured values may be for (usually the year before the plan); values before it are refused. */
    since: year,
    /** The passage that sets the target, verbatim (`quote`), with its place in the document. */
    source: sourceReference.extend({ quote: z.string().min(1) }),
    /** How the site reads the passage, when it is not a plain number (e.g. `基本消除` drawn as 0). */
    note: z.string().optional(),
    /** Measured values, as published; empty until a source publishes one. */
    values: z.array(measuredValueSchema).default([]),
  })
  .superRefine((indicator, ctx) => {
    const from = `${indicator.since}-01-01`;
    const to = `${indicator.target.year}-12-31`;
    if (indicator.since > indicator.target.year) {
      ctx.addIssue({
        code: 'custom',
        path: ['since'],
        message: `since（${indicator.since}年）晚于目标年份 ${indicator.target.year} 年。请写实测值最早可以从哪一年开始。\nsince (${indicator.since}) is after the target year ${indicator.target.year}: give the first year values may be for.`,
      });
    }
    indicator.values.forEach((measured, index) => {
      const source = measured.source;
      if (!source || (!source.document && !source.link)) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'source'],
          message: `第${index + 1}个实测值（${measured.date}）没有来源。请在 source 下写发布它的文件编号（document）或公开链接（link: { title, url }）。\nmeasured value ${index + 1} (${measured.date}) has no source: give the document id (source.document) or public link (source.link) that publishes it.`,
        });
      }
      if (measured.unit !== undefined && measured.unit !== indicator.unit) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'unit'],
          message: `第${index + 1}个实测值的单位是“${measured.unit}”，而指标的单位是“${indicator.unit}”。请换算成“${indicator.unit}”，或删去 unit 一行。\nmeasured value ${index + 1} is in "${measured.unit}" but the indicator is in "${indicator.unit}": convert it to "${indicator.unit}", or remove the unit line.`,
        });
      }
      if (startOfPeriod(measured.date) < from || endOfPeriod(measured.date) > to) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', index, 'date'],
          message: `第${index + 1}个实测值的日期 ${measured.date} 不在指标的时段（${indicator.since}年至${indicator.target.year}年）内。请核对日期，或修改 since。\nmeasured value ${index + 1} is dated ${measured.date}, outside the indicator's span ${indicator.since}–${indicator.target.year}: check the date, or change since.`,
        });
      }
    });
  });
export type Indicator = z.output<typeof indicatorSchema>;
