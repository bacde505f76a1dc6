import { z } from 'astro/zod';
import { quantity, sourceReference } from './shared.ts';
import { ref } from './ref.ts';

/** A figure a finding states, as it states it: `12个矿业权`, `雨污混流管网3.2公里`. */
export const findingQuantitySchema = z.strictObject({
  /** What is counted or measured, in the finding's words, e.g. `未退出矿业权`. */
  what: z.string().min(1),
  value: quantity,
  /** The unit as written, e.g. `个`, `公里`, `家`. */
  unit: z.string().min(1),
});

/**
 * A finding (反馈问题) of an inspection's feedback. It has a page of its own from the day the
 * feedback is published; the tasks of a plan name the findings they answer (`findings:` on a
 * task), and the finding's state is derived from them (src/core/findings.ts).
 */
export const findingSchema = z.strictObject({
  /** Id of the inspection that found it. */
  inspection: ref('inspections'),
  /**
   * Its number as its source numbers it: the order within the feedback, or the number a plan
   * cites it by (`省整改任务第十项` → 10).
   */
  number: z.number().int().positive(),
  /** How the source names it when not just by its number, e.g. `省整改任务第十项`. */
  label: z.string().min(1).optional(),
  /** The heading it stands under in the feedback, e.g. `生态环境保护责任落实不到位`. */
  heading: z.string().min(1).optional(),
  /** The finding, verbatim. */
  text: z.string().min(1),
  /** The figures it states, as it states them. */
  quantities: z.array(findingQuantitySchema).default([]),
  /** Jurisdictions it concerns, when the feedback names them. */
  jurisdictions: z.array(ref('jurisdictions')).default([]),
  /** Places (`content/places/`) it concerns, when the feedback names them. */
  places: z.array(ref('places')).default([]),
  /** Where the text comes from. */
  source: sourceReference.optional(),
});
export type Finding = z.output<typeof findingSchema>;
