import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { indexSite, pagesPerPartFrom, PAGES_PER_PART } from '../features/search/index.ts';

/**
 * The static full-text search (站内搜索) in the build: after Astro has written the site, the
 * search feature (src/features/search/) indexes its searchable pages into `pagefind/`, in parts
 * of at most LEDGER_SEARCH_PAGES_PER_PART pages (src/features/search/parts.ts). It runs inside the
 * build, so `npm run build` and the test builds take the same path.
 */
export function searchIndex(): AstroIntegration {
  let pagesPerPart = PAGES_PER_PART;
  return {
    name: 'ledger:search-index',
    hooks: {
      // Read before any page is built: a mistyped value stops the build with nothing written.
      'astro:config:setup': () => {
        try {
          pagesPerPart = pagesPerPartFrom(process.env.LEDGER_SEARCH_PAGES_PER_PART);
        } catch (error) {
          const refused = new AstroError((error as Error).message, `删去它即用默认值 ${PAGES_PER_PART}。(Leave it unset for the default, ${PAGES_PER_PART}.)`);
          refused.stack = '';
          throw refused;
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { pages, parts } = await indexSite(fileURLToPath(dir), { pagesPerPart });
          logger.info(`搜索索引：${pages} 个页面${parts > 1 ? `，分 ${parts} 部分` : ''} (search index: ${pages} pages${parts > 1 ? ` in ${parts} parts` : ''})`);
        } catch (error) {
          throw new AstroError(`搜索索引未能生成：${(error as Error).message}\n(the search index could not be built)`, '请确认已运行 npm ci 安装 pagefind。(Check that npm ci installed pagefind.)');
        }
      },
    },
  };
}
