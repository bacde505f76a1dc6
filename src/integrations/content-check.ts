import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { contentNotices, formatProblems } from '../features/check/index.ts';
import { checkedContent } from '../features/check/index.ts';

/**
 * Runs the content check before Astro builds anything, so that a content mistake stops the
 * build with a message for staff (file, line, field, fix) and the last published site in
 * dist/ stays as it was. In `astro dev` (and `astro check`) the problems are printed and the command keeps going.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'ledger:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const result = checkedContent();
        if (result.problems.length === 0) {
          logger.info(`内容检查通过 (content check passed): ${result.fileCount} files, as of ${result.asOf}`);
          for (const notice of contentNotices(result)) logger.warn(notice);
          return;
        }
        // The first 50 problems; npm run check lists them all.
        const report = formatProblems(result.problems, { limit: 50 });
        const summary = `内容检查发现 ${result.problems.length} 个问题，未生成网站。\n(The content check found ${result.problems.length} problem(s); nothing was built.)`;
        if (command !== 'build') {
          logger.warn(`${report}\n\n${summary}`);
          return;
        }
        // A content problem is not a program error: the report, no stack trace. The report is
        // printed here rather than carried in the error, whose hint Astro replaces with advice
        // about browser APIs whenever the text mentions a "document".
        process.stderr.write(`\n${report}\n\n`);
        const error = new AstroError(summary, '运行 npm run check 可只检查内容、不构建网站。(Run npm run check to check content without building.)');
        error.stack = '';
        throw error;
      },
    },
  };
}
