import { z } from 'astro/zod';
import { ref } from './ref.ts';

/** Kinds of unit that carry or supervise rectification. */
export const UNIT_KINDS = [
  'party-and-government', // 党委和人民政府 of a county or district
  'department', // 市级部门: 市水利局, 市委组织部
  'office', // 办公室 and offices of coordination bodies: 市委办, 市环委办, 市河长办
  'zone-administration', // 经开区、文旅新区 management
  'group', // a collective name in the plan: 各县（区）党委和人民政府, 市级各部门
] as const;

/** A responsible (责任单位) or supervising (督导单位) unit. */
export const unitSchema = z.strictObject({
  /** The name exactly as the plan writes it in its unit lists, e.g. `市住房城乡建设局`. */
  name: z.string().min(1),
  /** Full official name when the plan uses an abbreviation (`巴中市住房和城乡建设局`). */
  fullName: z.string().min(1).optional(),
  /** Shortest form for tables and charts (`住建局`). */
  shortName: z.string().min(1).optional(),
  /** Other spellings the source or staff spreadsheets use, for the importer. */
  aliases: z.array(z.string().min(1)).default([]),
  kind: z.enum(UNIT_KINDS),
  /** The jurisdiction the unit belongs to. */
  jurisdiction: ref('jurisdictions'),
  /**
   * For a group unit: the ids of the units it stands for. A group whose members the source
   * does not list (市级有关部门) leaves this empty and says so in `note`.
   */
  members: z.array(ref('units')).default([]),
  /**
   * For a coordination body (议事协调机构): the city department it sits in, which then acts
   * as acceptance unit in its place (plan 五(三)). Leave out when the source does not say.
   */
  hostUnit: ref('units').optional(),
  note: z.string().optional(),
});
export type Unit = z.output<typeof unitSchema>;
