import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import * as pagefind from 'pagefind';

/**
 * The sections whose pages are searchable (their layout passes `searchable`, which marks the
 * page `data-pagefind-body`). Pagefind reads only these folders: reading every page of a
 * 10,000-task site to find the marked ones took longer than indexing them. A test checks
 * that every marked page lies in one of them.
 */
export const SEARCHABLE_SECTIONS = ['tasks', 'plans', 'inspections', 'units', 'counties'] as const;
const SEARCHABLE_GLOB = `{${SEARCHABLE_SECTIONS.join(',')}}/**/*.html`;

/**
 * The static full-text search (站内搜索): after Astro has written the site, Pagefind indexes
 * the pages marked `data-pagefind-body` (tasks, plans, inspections, units, counties) and writes
 * its index to `pagefind/`. It runs inside the build, so `npm run build` and the test builds take
 * the same path. Chinese is segmented into words by the extended Pagefind binary, which the
 * platform package (`@pagefind/linux-x64` and the like, installed by `npm ci`) ships.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ledger:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site, glob: SEARCHABLE_GLOB });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          removeUnusedUi(join(site, 'pagefind'));
          logger.info(`搜索索引：${added.page_count} 个页面 (search index: ${added.page_count} pages)`);
        } catch (error) {
          throw new AstroError(`搜索索引未能生成：${(error as Error).message}\n(the search index could not be built)`, '请确认已运行 npm ci 安装 pagefind。(Check that npm ci installed pagefind.)');
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Pagefind also writes its ready-made search interfaces; the site's search page
 * (src/browser/site-search.ts) uses only the engine (pagefind.js, its worker and
 * WebAssembly) and the index, so the interfaces (about 370 KB) are not published.
 */
function removeUnusedUi(folder: string): void {
  for (const name of readdirSync(folder)) {
    if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/.test(name)) rmSync(join(folder, name));
  }
}
