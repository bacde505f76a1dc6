// npm run urls:record: adds the URLs the last build published (dist/published-urls.txt) to the
// deployment's promise list content/published-urls.txt. It only ever adds: a URL once published
// stays on the list, and the build fails if it disappears without a redirect.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatUrlList, isSitePath, loadPromisedUrls, parseUrlList, PUBLISHED_URLS_FILE } from '../../src/features/site/index.ts';
import { contentRoot } from '../../src/features/check/index.ts';
import { fail, parseFlags, runCommand } from '../lib/cli.ts';

const USAGE = 'npm run urls:record [-- 网站文件夹]';
const HELP = `把最近一次生成的网站（默认 dist/）发布的网址加进 content/published-urls.txt（只增不减），再提交。
(Adds the URLs the last build published, dist/ by default, to content/published-urls.txt; it only ever adds.)`;
await runCommand(() => {
  const { positionals } = parseFlags({}, USAGE, HELP);
  if (positionals.length > 1) fail(`只能给出一个网站文件夹。\n用法：${USAGE}`, `name at most one built site folder. Usage: ${USAGE}`);
  const built = resolve(positionals[0] ?? 'dist', PUBLISHED_URLS_FILE);
  if (!existsSync(built)) {
    console.error(`找不到 ${built}：请先运行 npm run build。\n(${built} not found: run npm run build first.)`);
    process.exit(1);
  }
  const content = contentRoot();
  const before = loadPromisedUrls(content) ?? [];
  // Only site paths: a file that is not a build's list (or is damaged) adds nothing.
  const published = parseUrlList(readFileSync(built, 'utf8')).filter(isSitePath);
  const added = published.filter((path) => !before.includes(path));
  // Written beside the list and moved into place, so the list is never left half-written.
  const list = join(content, PUBLISHED_URLS_FILE);
  writeFileSync(
    `${list}.writing`,
    formatUrlList(
      [...before, ...published],
      'Every URL this site has published: each must keep answering, with its page or a redirect\n(content/redirects.yaml). Only add lines; npm run urls:record adds the new ones after a build.',
    ),
  );
  renameSync(`${list}.writing`, list);
  console.log(
    `已记入 ${added.length} 个新网址，共 ${before.length + added.length} 个。\n(Recorded ${added.length} new URLs; ${before.length + added.length} in all.)`,
  );
});
