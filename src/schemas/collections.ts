import type { z } from 'astro/zod';
import { complaintSchema } from './complaint.ts';
import { documentSchema } from './document.ts';
import { findingSchema } from './finding.ts';
import { indicatorSchema } from './indicator.ts';
import { inspectionSchema } from './inspection.ts';
import { jurisdictionSchema } from './jurisdiction.ts';
import { newsSchema } from './news.ts';
import { placeSchema } from './place.ts';
import { planSchema } from './plan.ts';
import { taskSchema } from './task.ts';
import { typicalCaseSchema } from './typical-case.ts';
import { unitSchema } from './unit.ts';
import { updateSchema } from './update.ts';

export interface CollectionSpec {
  /** Folder under `content/`. */
  folder: string;
  /** File pattern within it. */
  pattern: string;
  schema: z.ZodType;
  /** Chinese name of the kind of entry, for messages. */
  label: string;
}

/**
 * Every content collection: one folder under `content/`, one schema. Astro's collections
 * (src/content.config.ts) and the content check (src/features/check) both read this list,
 * so they cannot drift apart.
 */
export const COLLECTIONS = {
  jurisdictions: { folder: 'jurisdictions', pattern: '**/*.{yaml,yml}', schema: jurisdictionSchema, label: '行政区划' },
  units: { folder: 'units', pattern: '**/*.{yaml,yml}', schema: unitSchema, label: '单位' },
  documents: { folder: 'documents', pattern: '**/*.{yaml,yml}', schema: documentSchema, label: '文件' },
  inspections: { folder: 'inspections', pattern: '**/*.{yaml,yml}', schema: inspectionSchema, label: '督察' },
  findings: { folder: 'findings', pattern: '**/*.{yaml,yml}', schema: findingSchema, label: '反馈问题' },
  plans: { folder: 'plans', pattern: '**/*.md', schema: planSchema, label: '整改方案' },
  tasks: { folder: 'tasks', pattern: '**/*.{yaml,yml}', schema: taskSchema, label: '整改任务' },
  updates: { folder: 'updates', pattern: '**/*.{yaml,yml}', schema: updateSchema, label: '整改进展' },
  places: { folder: 'places', pattern: '**/*.{yaml,yml}', schema: placeSchema, label: '点位' },
  // Disclosure of plan 五(五): complaints, typical cases and accountability, news.
  complaints: { folder: 'complaints', pattern: '**/*.{yaml,yml}', schema: complaintSchema, label: '信访件' },
  cases: { folder: 'cases', pattern: '**/*.md', schema: typicalCaseSchema, label: '典型案例' },
  news: { folder: 'news', pattern: '**/*.md', schema: newsSchema, label: '整改动态' },
  indicators: { folder: 'indicators', pattern: '**/*.{yaml,yml}', schema: indicatorSchema, label: '指标' },
} as const;

// Every collection has the shape of a CollectionSpec (checked here, without widening the schema types).
COLLECTIONS satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** An entry's id is its path under the collection folder, without extension: `bazhong-cei2/06`. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.(ya?ml|mdx?)$/i, '');
}
