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
  /** English name of one entry, for messages: `unit`, `typical case`. */
  noun: string;
  /** The field that names an entry for people (the web editor lists entries by it). */
  titleField: string;
}

/**
 * Every content collection: one folder under `content/`, one schema. This is the only list of
 * them: Astro's collections (src/content.config.ts), the content check (src/features/check),
 * the ledger's input (src/core/ledger.ts), the build's reading of it (src/data/ledger.ts) and the
 * web editor (src/features/cms) are all made from it, so adding a collection here is all it takes.
 * References between entries are declared in the schemas themselves (`ref`, src/schemas/ref.ts).
 */
export const COLLECTIONS = {
  jurisdictions: { folder: 'jurisdictions', pattern: '**/*.{yaml,yml}', schema: jurisdictionSchema, label: '行政区划', noun: 'jurisdiction', titleField: 'name' },
  units: { folder: 'units', pattern: '**/*.{yaml,yml}', schema: unitSchema, label: '单位', noun: 'unit', titleField: 'name' },
  documents: { folder: 'documents', pattern: '**/*.{yaml,yml}', schema: documentSchema, label: '文件', noun: 'document', titleField: 'title' },
  inspections: { folder: 'inspections', pattern: '**/*.{yaml,yml}', schema: inspectionSchema, label: '督察', noun: 'inspection', titleField: 'name' },
  findings: { folder: 'findings', pattern: '**/*.{yaml,yml}', schema: findingSchema, label: '反馈问题', noun: 'finding', titleField: 'text' },
  plans: { folder: 'plans', pattern: '**/*.md', schema: planSchema, label: '整改方案', noun: 'plan', titleField: 'title' },
  tasks: { folder: 'tasks', pattern: '**/*.{yaml,yml}', schema: taskSchema, label: '整改任务', noun: 'task', titleField: 'title' },
  updates: { folder: 'updates', pattern: '**/*.{yaml,yml}', schema: updateSchema, label: '整改进展', noun: 'update', titleField: 'summary' },
  places: { folder: 'places', pattern: '**/*.{yaml,yml}', schema: placeSchema, label: '点位', noun: 'place', titleField: 'name' },
  // Disclosure of plan 五(五): complaints, typical cases and accountability, news.
  complaints: { folder: 'complaints', pattern: '**/*.{yaml,yml}', schema: complaintSchema, label: '信访件', noun: 'complaint', titleField: 'summary' },
  cases: { folder: 'cases', pattern: '**/*.md', schema: typicalCaseSchema, label: '典型案例', noun: 'typical case', titleField: 'title' },
  news: { folder: 'news', pattern: '**/*.md', schema: newsSchema, label: '整改动态', noun: 'news article', titleField: 'title' },
  indicators: { folder: 'indicators', pattern: '**/*.{yaml,yml}', schema: indicatorSchema, label: '指标', noun: 'indicator', titleField: 'metric' },
} as const;

// Every collection has the shape of a CollectionSpec (checked here, without widening the schema types).
COLLECTIONS satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

/** The names of the collections, in the registry's order: the one list every consumer loops over. */
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** What an entry of the collection holds once its schema has read it. */
export type EntryData<Name extends CollectionName> = z.output<(typeof COLLECTIONS)[Name]['schema']>;

/** An entry's id is its path under the collection folder, without extension: `bazhong-cei2/06`. */
export function entryIdFromPath(relativePath: string): string {
  return relativePath.replace(/\\/g, '/').replace(/\.(ya?ml|mdx?)$/i, '');
}
