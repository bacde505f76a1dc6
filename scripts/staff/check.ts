// npm run check: validates all content without building the site, in seconds.
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { runCommand } from '../lib/cli.ts';

await runCommand(() => {
  const started = performance.now();
  const result = checkContent();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (result.problems.length > 0) {
    console.error(formatProblems(result.problems));
    console.error(`\n内容检查发现 ${result.problems.length} 个问题（检查了 ${result.fileCount} 个文件）。\n(The content check found ${result.problems.length} problem(s) in ${result.fileCount} files.)`);
    process.exit(1);
  }
  console.log(`内容检查通过：${result.fileCount} 个文件，截至 ${result.asOf}，用时 ${seconds} 秒。\n(Content check passed: ${result.fileCount} files, as of ${result.asOf}, ${seconds} s.)`);
});
