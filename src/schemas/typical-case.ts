import { z } from 'astro/zod';
import { calendarDate, link, partialDate, quantity, sourceReference } from './shared.ts';
import { ref } from './ref.ts';

/** One person or body held to account in a case (问责), as the authority published it. */
export const accountabilitySchema = z.strictObject({
  /** Position (职务), e.g. `某县生态环境局副局长`. */
  position: z.string().min(1),
  /** Name, only where the authority published it. */
  name: z.string().min(1).optional(),
  /** The measure: 诫勉谈话, 党内警告, 政务记过… */
  measure: z.string().min(1),
});

/** A penalty in a case: 罚款, 责令停产, 移送公安… */
export const penaltySchema = z.strictObject({
  kind: z.string().min(1),
  /** Amount in 万元, for fines. */
  tenThousandYuan: quantity.optional(),
  text: z.string().optional(),
});

/**
 * A typical environmental violation case (典型案例) and its accountability (问责), written in
 * MDX: the frontmatter holds the facts, the body tells what happened and how it was investigated.
 */
export const typicalCaseSchema = z.strictObject({
  title: z.string().min(1),
  /** Date the authority published the case. */
  published: calendarDate,
  /** When it happened or was found, as precise as known. */
  date: partialDate.optional(),
  /** Id of the county or zone. */
  jurisdiction: ref('jurisdictions'),
  /** Id of the inspection that found or transferred it, if any. */
  inspection: ref('inspections').optional(),
  /** Ids of the tasks and findings it concerns. */
  tasks: z.array(ref('tasks')).default([]),
  findings: z.array(ref('findings')).default([]),
  penalties: z.array(penaltySchema).default([]),
  accountability: z.array(accountabilitySchema).default([]),
  /** One sentence for lists. */
  summary: z.string().min(1),
  source: sourceReference,
  links: z.array(link).default([]),
});
export type TypicalCase = z.output<typeof typicalCaseSchema>;
