import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { indexSite } from '../features/search/index.ts';

/**
 * The static full-text search (站内搜索) in the build: after Astro has written the site, the
 * search feature (src/features/search/) indexes its searchable pages into `pagefind/`. It runs
 * inside the build, so `npm run build` and the test builds take the same path.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'ledger:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const pages = await indexSite(fileURLToPath(dir));
          logger.info(`搜索索引：${pages} 个页面 (search index: ${pages} pages)`);
        } catch (error) {
          throw new AstroError(`搜索索引未能生成：${(error as Error).message}\n(the search index could not be built)`, '请确认已运行 npm ci 安装 pagefind。(Check that npm ci installed pagefind.)');
        }
      },
    },
  };
}
