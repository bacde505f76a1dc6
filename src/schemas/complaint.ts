import { z } from 'astro/zod';
import { calendarDate, partialDate, quantity, sourceReference } from './shared.ts';
import { ref } from './ref.ts';

/** Kinds of pollution a public complaint (信访件 / 群众举报) is about, as inspection tallies name them. */
export const COMPLAINT_KINDS = ['大气', '水', '噪声', '土壤', '固体废物', '生态', '油烟', '辐射', '其他'] as const;

/** Where a complaint stands: concluded, partly concluded (阶段性办结), or still open. */
export const COMPLAINT_OUTCOMES = ['已办结', '阶段性办结', '未办结'] as const;

const count = z.number().int().nonnegative({ message: '件数应为不小于0的整数。\nA count is a whole number, 0 or more.' });

/**
 * What was done about a complaint, as counts and amounts the authority published: ordered to
 * rectify (责令整改), an investigation opened (立案调查) or a penalty case (立案处罚), which are
 * not the same thing, fines, detention, officials held to account. What the record does not
 * state is left out (and false): pages count only what records state.
 */
export const complaintActions = z.strictObject({
  orderedToRectify: z.boolean().default(false),
  /** 立案调查: a case opened for investigation, no penalty decided (yet). */
  investigationOpened: z.boolean().default(false),
  /** 立案处罚: a case opened for a penalty. */
  caseOpened: z.boolean().default(false),
  /** Fine in 万元, as published. */
  fineTenThousandYuan: quantity.optional(),
  /** People detained (行政拘留 / 刑事拘留). */
  detained: count.optional(),
  /** Officials held to account (问责). */
  heldAccountable: count.optional(),
});

/**
 * One public complaint the inspection transferred (交办信访件), as the authority published it.
 * There is deliberately no field for a complainant's name, phone, ID number or address: the
 * schema refuses them, and the content check refuses such numbers anywhere in the text.
 */
export const complaintSchema = z
  .strictObject({
    /** Id of the inspection that transferred it. */
    inspection: ref('inspections'),
    /** The number the authority published it under (受理编号), e.g. `D5100001`. */
    number: z.string().min(1).optional(),
    /** Date it was transferred (交办). */
    received: calendarDate,
    /** Date it was concluded (办结), when it is. */
    concluded: calendarDate.optional(),
    /** Id of the county or zone it concerns. */
    jurisdiction: ref('jurisdictions'),
    kinds: z.array(z.enum(COMPLAINT_KINDS)).min(1, { message: `至少写一个污染类型：${COMPLAINT_KINDS.join('、')}。\nName at least one kind: ${COMPLAINT_KINDS.join(', ')}.` }),
    /** What the public complained about, as published (no personal details). */
    summary: z.string().min(1),
    /** What the investigation found (调查核实情况). */
    findings: z.string().optional(),
    outcome: z.enum(COMPLAINT_OUTCOMES),
    actions: complaintActions.default({ orderedToRectify: false, investigationOpened: false, caseOpened: false }),
    /** Ids of tasks it bears on. */
    tasks: z.array(ref('tasks')).default([]),
    source: sourceReference,
  })
  .refine((value) => !value.concluded || value.concluded >= value.received, {
    message: '办结日期早于交办日期。请检查 concluded 和 received。\nThe complaint is concluded before it was received: check concluded and received.',
    path: ['concluded'],
  });
export type Complaint = z.output<typeof complaintSchema>;

/** One figure of complaint totals in the source's own words and unit: `责令整改15家`, `立案调查4件`. */
export const complaintFigureSchema = z.strictObject({
  /**
   * What is counted, as the source words it: 受理群众信访举报, 办结, 阶段性办结, 责令整改,
   * 立案调查, 立案处罚, 罚款, 约谈, 问责. Different words are different things: never translate one
   * into another.
   */
  term: z.string().min(1),
  value: quantity,
  /** The unit as the source writes it: 件, 家, 万元, 人. */
  unit: z.string().min(1),
});
export type ComplaintFigure = z.output<typeof complaintFigureSchema>;

const OLD_TOTALS_FIELDS = ['transferred', 'concluded', 'partlyConcluded', 'orderedToRectify', 'casesOpened', 'fineTenThousandYuan', 'detained', 'interviewed', 'heldAccountable'];

/**
 * Complaint totals (信访件办理情况) as an inspection's feedback or a progress report states them
 * (`共受理群众信访举报42件，已办结30件，责令整改15家，立案调查4件`): the figures it gives, each
 * in its own words and unit, none required; the date they stand at as precise as the source
 * gives it; and the passage quoted, which the pages show beside the figures. Used when no case
 * list is published, and beside one when it is.
 */
export const complaintTotalsSchema = z.strictObject(
  {
    /** The date the totals stand at, as precise as the source gives it: `2025-11` or `2025-11-30`. */
    asOf: partialDate,
    /** The figures in the order the source gives them. */
    figures: z.array(complaintFigureSchema).min(1, { message: '至少写一项数字（figures）。\nGive at least one figure (figures).' }),
    /** The source, with the passage the figures come from quoted verbatim (`quote`). */
    source: sourceReference.extend({ quote: z.string().min(1) }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' && issue.keys.some((key) => OLD_TOTALS_FIELDS.includes(key))
        ? `信访件汇总不再使用 ${issue.keys.join('、')} 等固定栏目：请把原文的每个数字写成 figures 的一项（term 原文用语、value 数值、unit 单位），并在 source.quote 照录原文。\nComplaint totals no longer have fixed fields such as ${issue.keys.join(', ')}: write each figure of the source as an item of figures (term in the source's words, value, unit) and quote the passage in source.quote.`
        : undefined,
  },
);
export type ComplaintTotals = z.output<typeof complaintTotalsSchema>;
