import { z } from 'astro/zod';
import { partialDate } from './shared.ts';
import { ref } from './ref.ts';

/** A rectification plan (整改方案), written in MDX: its body holds the plan's sections. */
export const planSchema = z.strictObject({
  /** Title as published, without 《》. */
  title: z.string().min(1),
  /** Short name for navigation, e.g. `巴中市整改方案`. */
  shortTitle: z.string().min(1).optional(),
  /** The body that issued it, as the plan names it (e.g. `巴中市`). */
  issuer: z.string().min(1),
  /** Jurisdiction the plan covers. */
  jurisdiction: ref('jurisdictions'),
  /** Date of issue as precise as the source allows. */
  date: partialDate,
  /** How the date was established when the text does not state it. */
  dateNote: z.string().optional(),
  /** Id of the inspection it answers. */
  inspection: ref('inspections'),
  /** Id of the document the text comes from. */
  document: ref('documents'),
  /** Short label for task numbers, e.g. `整改任务`. */
  summary: z.string().optional(),
});
export type Plan = z.output<typeof planSchema>;
