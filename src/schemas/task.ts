import { z } from 'astro/zod';
import { deadline } from './deadline.ts';
import { targetSchema } from './target.ts';
import { partialDate, sourceReference, unitList } from './shared.ts';
import { ref } from './ref.ts';

/**
 * A measure's or sub-item's words: one paragraph, as the plan prints it. The ledger sheet gives
 * each measure and each sub-item one line of its 整改措施 cell, so a line break inside would come
 * back from the sheet as another measure (`2.…`), a sub-item (`(1)…`) or words run together.
 * Space and line breaks around it (a YAML block's last line break) are trimmed off.
 */
const paragraph = z
  .string()
  .trim()
  .min(1)
  .refine((text) => !/[\r\n\u2028\u2029]/.test(text), {
    message:
      '措施原文写成一段，不要换行：台账表格中每条措施、每个分项各占一行，换行会在导出再导入时把它拆成别的措施或分项。请把换行删去；措施下的分项写在 items 中。\nA measure\'s text is one paragraph without line breaks: the ledger sheet gives each measure and sub-item one line, so a break would come back as another measure or sub-item. Remove the break; put sub-items under items.',
  });

/** A sub-item of a measure, numbered (1), (2)… in the plan: e.g. one mining right's disposal. */
export const measureItemSchema = z.strictObject({
  /** The label as printed, e.g. `(1)`. */
  label: z.string().min(1),
  /** The item, verbatim. */
  text: paragraph,
  responsibleUnits: unitList.optional(),
  /** Ids of the places (`content/places/`) the item is about. */
  places: z.array(ref('places')).default([]),
});

/** A rectification measure (整改措施), numbered within its task. */
export const measureSchema = z.strictObject({
  /** The measure's number in the plan: 1, 2, 3… */
  number: z.number().int().positive(),
  /** The measure, verbatim, without its trailing `（责任单位：…）`. */
  text: paragraph,
  /** Ids of the units in its `（责任单位：…）`. */
  responsibleUnits: unitList,
  /** When it is due, as precise as the text says (`2022年6月底前` → `2022-06`); leave out when none. */
  due: partialDate.optional(),
  /** Quantitative targets the text sets, each with its breakdown by jurisdiction. */
  targets: z.array(targetSchema).default([]),
  /** Numbered sub-items, when the measure lists them. */
  items: z.array(measureItemSchema).default([]),
});
export type Measure = z.output<typeof measureSchema>;

/** A rectification task (整改任务): one finding of the inspection, with its measures. */
export const taskSchema = z
  .strictObject({
    /** Id of the plan the task belongs to. */
    plan: ref('plans'),
    /** The task's number in the plan's task list (附件): 一 = 1. */
    number: z.number().int().positive(),
    /** The province's task number the plan maps it to (`省整改任务第十项` → 10). */
    provincialTaskNumber: z.number().int().positive().optional(),
    /** A short label in the finding's own words, for lists and page titles. */
    title: z.string().min(1).max(40),
    /** The finding (反馈问题), verbatim, as the plan quotes it. */
    finding: z.string().min(1),
    /**
     * Ids of the findings (`content/findings/`) the task answers: one finding may become several
     * tasks, and one task may answer several findings.
     */
    findings: z.array(ref('findings')).default([]),
    /** 责任单位: ids of the units responsible. */
    responsibleUnits: unitList,
    /** 督导单位: ids of the supervising units; the first is the acceptance unit (plan 五(三)). */
    supervisingUnits: unitList,
    /** 整改时限: `2023年12月` or `立行立改，长期坚持`. */
    deadline,
    /** 整改目标, verbatim. */
    goal: z.string().min(1),
    /** 整改措施, in order. */
    measures: z.array(measureSchema).min(1, { message: '任务至少要有一条整改措施。\nA task needs at least one measure.' }),
    /** Where in the source the task stands. */
    source: sourceReference,
    /** Ids of other documents the task relies on: rules it cites, decisions it revoked or issued. */
    documents: z.array(ref('documents')).default([]),
  })
  .superRefine((task, ctx) => {
    task.measures.forEach((measure, index) => {
      if (measure.number !== index + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['measures', index, 'number'],
          message: `第 ${index + 1} 条措施的编号写成了 ${measure.number}。措施应按 1、2、3… 顺序编号。\nmeasure ${index + 1} is numbered ${measure.number}: number measures 1, 2, 3… in order.`,
        });
      }
    });
  });
export type Task = z.output<typeof taskSchema>;
