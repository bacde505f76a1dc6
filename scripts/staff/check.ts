// npm run check: validates all content without building the site, in seconds.
import { checkContent, contentNotices, formatProblems } from '../../src/features/check/index.ts';
import { fail, parseFlags, runCommand } from '../lib/cli.ts';

const USAGE = 'npm run check';
const HELP = `检查全部内容（不生成网站，几秒钟）：格式、引用、数字、报告规则、个人信息、网址。
读 content/ 文件夹（或环境变量 LEDGER_CONTENT_DIR 指的文件夹），截至今天（或 LEDGER_AS_OF 的日期）。
(Checks all content without building the site: content/ or LEDGER_CONTENT_DIR, as of today or LEDGER_AS_OF.)`;
await runCommand(() => {
  const { positionals } = parseFlags({}, USAGE, HELP);
  if (positionals.length > 0) fail(`npm run check 不接受参数（收到“${positionals.join(' ')}”）。要检查别的文件夹，请用环境变量 LEDGER_CONTENT_DIR。`, `npm run check takes no arguments (got "${positionals.join(' ')}"); to check another folder, set LEDGER_CONTENT_DIR.`);
  const started = performance.now();
  const result = checkContent();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (result.problems.length > 0) {
    console.error(formatProblems(result.problems));
    console.error(`\n内容检查发现 ${result.problems.length} 个问题（检查了 ${result.fileCount} 个文件）。\n(The content check found ${result.problems.length} problem(s) in ${result.fileCount} files.)`);
    process.exit(1);
  }
  console.log(`内容检查通过：${result.fileCount} 个文件，截至 ${result.asOf}，用时 ${seconds} 秒。\n(Content check passed: ${result.fileCount} files, as of ${result.asOf}, ${seconds} s.)`);
  for (const notice of contentNotices(result)) console.log(`\n${notice}`);
});
