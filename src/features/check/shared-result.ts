import { resolve } from 'node:path';
import type { CollectionName } from '../../schemas/collections.ts';
import { checkContent, type CheckResult } from './index.ts';

// One result per process, shared by the content-check integration and the collection loaders
// (which Astro loads through Vite, as other module instances: hence a global, not a module variable).
const CACHE = Symbol.for('rectification-ledger.checked-content');

interface Cached {
  key: string;
  at: number;
  result: CheckResult;
}

/**
 * The content as `npm run check` reads and judges it, read once per build: the build's content
 * check reports its problems and Astro's collections are filled from its valid entries, so the
 * check and the build can never read a file differently. `notBefore` (a time in ms) reads again
 * when the cached result is older, for the dev server after a file changed.
 */
export function checkedContent(options: { notBefore?: number } = {}): CheckResult {
  const key = `${resolve(process.env.LEDGER_CONTENT_DIR ?? 'content')}\n${process.env.LEDGER_AS_OF ?? ''}`;
  const store = globalThis as { [CACHE]?: Cached };
  const cached = store[CACHE];
  if (cached && cached.key === key && cached.at >= (options.notBefore ?? 0)) return cached.result;
  const at = Date.now();
  const result = checkContent();
  store[CACHE] = { key, at, result };
  return result;
}

/**
 * Lets go of one collection's entries once Astro has them (a build reads each collection once):
 * the files' texts and raw data are then free to be collected, so the build holds one copy of
 * the content, Astro's, not two.
 */
export function releaseCheckedEntries(name: CollectionName): void {
  const cached = (globalThis as { [CACHE]?: Cached })[CACHE];
  if (!cached) return;
  cached.result.entries[name] = [];
  (cached.result.input as unknown as Record<CollectionName, unknown[]>)[name] = [];
}
