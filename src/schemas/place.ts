import { z } from 'astro/zod';
import { deadline } from './deadline.ts';
import { lonLatPoint } from './point.ts';
import { partialDate, sourceReference } from './shared.ts';
import { ref, measureRef } from './ref.ts';

/**
 * How precisely a place is located: the source gives no coordinates, so say how close we are.
 * `exact`: a point measured on the ground (at least 4 decimals); `township`: known to its
 * 乡镇; `county`: known only to the county, district, zone or city named in `jurisdiction`.
 */
export const PLACE_PRECISIONS = ['exact', 'township', 'county'] as const;

/** A mining right in a nature reserve (task 五 of the Bazhong plan and similar). */
const miningRightFacts = z.strictObject({
  /** 采矿权 mining right or 探矿权 exploration right. */
  rightKind: z.enum(['采矿权', '探矿权']),
  /** The mineral, in the right's own name (`页岩`, `煤`, `金`). */
  mineral: z.string().min(1),
  /** The holder, when the source names it. */
  holder: z.string().optional(),
  /** The nature reserve, when the source names it. */
  reserve: z.string().optional(),
  /** Date the mine was closed (关闭), when stated. */
  closedOn: partialDate.optional(),
  /** Whether the right has been cancelled (注销); null when the source does not say. */
  cancelled: z.boolean().nullable(),
  /** Restoration state in the source's words: `生态已修复`, `生态已自然修复`. */
  restoration: z.string().optional(),
  /** Expired (已到期), for exploration rights. */
  expired: z.boolean().optional(),
  /** When its disposal is due. */
  deadline: deadline.optional(),
});

/**
 * A county's or zone's share of a programme whose targets the task breaks down by
 * jurisdiction (排水管网新改建, 系统化排查检测): the map reads its yearly targets from the task.
 */
const programmeFacts = z.strictObject({
  /** The target's metric exactly as the task writes it, e.g. `新改建排水管网`. */
  metric: z.string().min(1),
});

/** A thing with a place: a mining right, a sewage plant, a pipeline programme. */
export const placeSchema = z.strictObject({
  /**
   * Its kind, one that site.yaml's `placeLayers` declares (`mining-right`, `landfill`): the
   * check refuses any other, since the kinds and their labels are the deployment's own.
   */
  kind: z.string().trim().min(1),
  /** Name as the source writes it. */
  name: z.string().min(1),
  /** Id of the county or zone it lies in. */
  jurisdiction: ref('jurisdictions'),
  /** Township (乡镇), when the source names it. */
  township: z.string().optional(),
  /**
   * Task and measure it belongs to. Left out only for a place a finding names before any plan has
   * a task for it (反馈问题 published, 整改方案 not yet): a finding's `places` must then list it.
   */
  task: ref('tasks').optional(),
  measure: measureRef('task').optional(),
  /** Location; `point` is [longitude, latitude] and its precision says how approximate it is. */
  location: z.strictObject({
    precision: z.enum(PLACE_PRECISIONS),
    point: lonLatPoint.optional(),
    note: z.string().optional(),
  }),
  miningRight: miningRightFacts.optional(),
  programme: programmeFacts.optional(),
  source: sourceReference,
});
export type Place = z.output<typeof placeSchema>;
