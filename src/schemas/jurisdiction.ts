import { z } from 'astro/zod';
import { ref } from './ref.ts';

/** Kinds of jurisdiction (行政区划 and functional zones). */
export const JURISDICTION_KINDS = [
  'province', // 省
  'city', // 地级市
  'district', // 市辖区
  'county', // 县
  'functional-zone', // 功能区：经开区、新区 (no GB/T 2260 code)
  'city-level', // 市本级: works run by the city itself, not assigned to a county
] as const;

/** A jurisdiction (行政区划): the place a unit governs or a target is set for. */
export const jurisdictionSchema = z.strictObject({
  /** Full name as the plan writes it, e.g. `巴州区`, `巴中经济开发区`. */
  name: z.string().min(1),
  /** The short form used in tables and target breakdowns, e.g. `经开区`. */
  shortName: z.string().min(1).optional(),
  /** Other names the source uses for it (`巴中经开区`), so imports can match them. */
  aliases: z.array(z.string().min(1)).default([]),
  /** GB/T 2260 administrative division code, six digits; functional zones have none. */
  code: z
    .string()
    .regex(/^\d{6}$/, { message: 'GB/T 2260 代码是六位数字，例如 511902。\nA GB/T 2260 code is six digits, e.g. 511902.' })
    .optional(),
  kind: z.enum(JURISDICTION_KINDS),
  /** Id of the jurisdiction it belongs to (巴州区 → 巴中市). */
  parent: ref('jurisdictions').optional(),
});
export type Jurisdiction = z.output<typeof jurisdictionSchema>;
