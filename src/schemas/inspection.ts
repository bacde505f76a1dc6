import { z } from 'astro/zod';
import { complaintTotalsSchema } from './complaint.ts';
import { calendarDate, partialDate, sourceReference } from './shared.ts';
import { ref } from './ref.ts';

export const INSPECTION_LEVELS = ['central', 'provincial', 'municipal'] as const;

/**
 * The parts of a feedback (反馈意见) besides its findings: the assessment (督察认为), the
 * requirements (督察要求、督察强调), the handover of accountability cases (责任追究问题移交), and
 * anything else it says.
 */
export const FEEDBACK_PARTS = ['assessment', 'requirements', 'handover', 'other'] as const;

/** A part of the feedback as published: its own heading, its words, where they stand. */
export const feedbackPartSchema = z.strictObject({
  part: z.enum(FEEDBACK_PARTS),
  /** The heading the feedback gives it, e.g. `督察要求`; the page uses the part's name when none. */
  heading: z.string().min(1).optional(),
  /** The text, verbatim. Paragraphs are separated by a blank line. */
  text: z.string().min(1),
  source: sourceReference,
});

/** A person the feedback names, written as the source writes them: no more than it says. */
export const namedPersonSchema = z.strictObject({
  /** The name as published (`张某某` when the source withholds it). */
  name: z.string().min(1),
  /** The post as published, e.g. `某县副县长`. */
  position: z.string().min(1).optional(),
  /** What the source says of them, verbatim, e.g. `被约谈`. */
  note: z.string().min(1).optional(),
  source: sourceReference,
});

/** An inspection (督察): a visit by an inspecting body to a jurisdiction, and its feedback. */
export const inspectionSchema = z
  .strictObject({
    /** Name as published, e.g. `第二轮中央生态环境保护督察（四川省）`. */
    name: z.string().min(1),
    /** 中央 central · 省级 provincial · 市级 municipal. */
    level: z.enum(INSPECTION_LEVELS),
    /** Round (轮次), when the inspection is numbered. */
    round: z.number().int().positive().optional(),
    /** The body that inspected, e.g. `中央第五生态环境保护督察组`. */
    inspectingBody: z.string().min(1),
    /** Id of the jurisdiction inspected. */
    inspectedJurisdiction: ref('jurisdictions'),
    /** The visit (进驻) period. */
    visit: z.strictObject({ start: calendarDate, end: calendarDate }).optional(),
    /** Date the findings were fed back (反馈). */
    feedbackDate: partialDate.optional(),
    /**
     * When the rectification plan is due, if the feedback sets a period (e.g. 30 working days);
     * shown while no plan is published.
     */
    planDue: z
      .strictObject({
        /** Date by which the plan must be submitted or published, when the feedback gives one. */
        date: calendarDate.optional(),
        /**
         * The period in working days (`反馈后30个工作日内` → 30), counted from the day after `from`
         * (or the feedback date) on the official holiday calendar, when the feedback sets one.
         */
        workingDays: z.number().int().positive().optional(),
        /** The day the working days are counted from; the feedback date when left out. */
        from: calendarDate.optional(),
        /** The rule as the feedback states it, e.g. `反馈后30个工作日内`. */
        rule: z.string().optional(),
      })
      .refine((due) => due.date !== undefined || due.workingDays !== undefined, {
        message: '请写明整改方案的截止日期 date，或工作日数 workingDays（如反馈后30个工作日内写 30）。\nGive the plan due date (date) or the number of working days (workingDays).',
      })
      .optional(),
    /** The feedback's parts besides the findings, in the order it gives them. */
    feedback: z.array(feedbackPartSchema).default([]),
    /** The people the feedback names, as it names them. */
    people: z.array(namedPersonSchema).default([]),
    /** Ids of source documents: the feedback, reports. */
    documents: z.array(ref('documents')).default([]),
    summary: z.string().optional(),
    /**
     * Complaint totals (信访件办理情况) as published, dated, oldest first: the pages show them
     * when no case list exists.
     */
    complaintTotals: z.array(complaintTotalsSchema).default([]),
  })
  .refine((value) => !value.visit || value.visit.start <= value.visit.end, {
    message: '进驻结束日期早于开始日期。请检查 visit.start 和 visit.end。\nThe visit ends before it starts: check visit.start and visit.end.',
    path: ['visit', 'end'],
  })
  .refine((value) => value.planDue?.workingDays === undefined || value.planDue.from !== undefined || /^\d{4}-\d{2}-\d{2}$/.test(value.feedbackDate ?? ''), {
    message: '按工作日推算截止日期需要起算日：请写 planDue.from，或把 feedbackDate 写到日（YYYY-MM-DD）。\nCounting working days needs a start day: give planDue.from, or write feedbackDate to the day (YYYY-MM-DD).',
    path: ['planDue', 'from'],
  });
export type Inspection = z.output<typeof inspectionSchema>;
