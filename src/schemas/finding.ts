import { z } from 'astro/zod';
import { ref } from './ref.ts';

/**
 * A finding (反馈问题) as an inspection's feedback lists it. Used for inspections whose
 * findings are published before any plan turns them into tasks; a plan's task carries its
 * own verbatim finding text.
 */
export const findingSchema = z.strictObject({
  /** Id of the inspection that found it. */
  inspection: ref('inspections'),
  /** Order within the feedback, from 1. */
  number: z.number().int().positive(),
  /** The heading it stands under in the feedback, e.g. `生态环境保护责任落实不到位`. */
  heading: z.string().min(1).optional(),
  /** The finding, verbatim. */
  text: z.string().min(1),
  /** Jurisdictions it concerns, when the feedback names them. */
  jurisdictions: z.array(ref('jurisdictions')).default([]),
});
export type Finding = z.output<typeof findingSchema>;
