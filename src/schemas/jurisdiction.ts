import { z } from 'astro/zod';
import { ref } from './ref.ts';

/** Kinds of jurisdiction (行政区划 and functional zones). */
export const JURISDICTION_KINDS = [
  'province', // 省
  'city', // 地级市
  'district', // 市辖区
  'county', // 县
  'county-level-city', // 县级市
  'functional-zone', // 功能区：经开区、新区 (no GB/T 2260 code)
  'city-level', // 市本级: works run by the city itself, not assigned to a county
  'township', // 乡、镇 (a nine-digit code): named by places and targets, and outlined on the map
  'subdistrict', // 街道 (a nine-digit code)
] as const;

/** A jurisdiction (行政区划): the place a unit governs or a target is set for. */
export const jurisdictionSchema = z.strictObject({
  /** Full name as the plan writes it, e.g. `巴州区`, `巴中经济开发区`. */
  name: z.string().min(1),
  /** The short form used in tables and target breakdowns, e.g. `经开区`. */
  shortName: z.string().min(1).optional(),
  /** Other names the source uses for it (`巴中经开区`), so imports can match them. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Administrative division code: six digits for a county and above (GB/T 2260), nine for a
   * township or subdistrict and twelve for a village (统计用区划代码); functional zones have none.
   */
  code: z
    .string()
    .regex(/^\d{6}(?:\d{3}){0,2}$/, {
      message: '行政区划代码是六位数字（县区及以上，GB/T 2260，例如 511902），乡镇、街道是九位（例如 511902001），村、社区是十二位。\nA division code is six digits for a county and above (GB/T 2260, e.g. 511902), nine for a township (e.g. 511902001), twelve for a village.',
    })
    .optional(),
  kind: z.enum(JURISDICTION_KINDS),
  /** Id of the jurisdiction it belongs to (巴州区 → 巴中市). */
  parent: ref('jurisdictions').optional(),
});
export type Jurisdiction = z.output<typeof jurisdictionSchema>;
