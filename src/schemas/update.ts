import { z } from 'astro/zod';
import { link, partialDate, sourceReference } from './shared.ts';
import { ref, measureRef } from './ref.ts';

/**
 * The states a unit may report. 滞后 (behind schedule) and "deadline passed with no close-out"
 * are never typed: they are derived at build time from deadlines (src/core/status.ts).
 */
export const REPORTED_STATUSES = [
  '未启动', // not started
  '序时推进', // progressing on schedule
  '已完成', // completed by the responsible unit
  '已验收销号', // accepted and closed out by the acceptance unit
  '长期坚持', // ongoing by design
  '重新整改', // reopened: a look-back (回头看), an inspection or the supervising units found a closed or completed problem not rectified
] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

/** A dated status claim (整改进展) on a task, one of its measures or a place, with evidence. */
export const updateSchema = z.strictObject({
  /** Id of the task it concerns. */
  task: ref('tasks'),
  /** The measure's number, when the update is about one measure. */
  measure: measureRef('task').optional(),
  /** Id of a place (`content/places/`), when the update is about one place. */
  place: ref('places').optional(),
  /** The date of the claim, as precise as the source gives it. */
  date: partialDate,
  status: z.enum(REPORTED_STATUSES, {
    message: `状态只能是：${REPORTED_STATUSES.join('、')}。“滞后”和“逾期”由系统按时限推算，不要手写。\nstatus is one of ${REPORTED_STATUSES.join(', ')}; behind-schedule and overdue are derived, never written.`,
  }),
  /**
   * Id of the unit that reports it. For 重新整改: the acceptance unit or a supervising unit that
   * found the problem, or the unit publishing what `inspection` found. Left out only where the
   * plan itself states the progress (`2021年12月，全市已完成……`): no unit reported it, and the
   * evidence quotes the plan.
   */
  reportedBy: ref('units').optional(),
  /**
   * Id of the inspection (`content/inspections/`) that found a closed or completed problem not
   * rectified (a later 回头看, a central inspection), for 重新整改 only: then the inspection is who
   * reopens it. Without it, `reportedBy` reopens it and must be the acceptance unit or a supervising unit.
   */
  inspection: ref('inspections').optional(),
  /** What was done, in a sentence or two; for 重新整改, what was found not rectified (虚假整改、敷衍整改、死灰复燃…). */
  summary: z.string().min(1),
  /** What the claim rests on: required for 已验收销号 and 重新整改 (a document or a public link, e.g. a published media report). */
  evidence: z
    .strictObject({
      documents: z.array(sourceReference).default([]),
      links: z.array(link).default([]),
      text: z.string().optional(),
    })
    .optional(),
});
export type Update = z.output<typeof updateSchema>;
