import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLedger, type LedgerInput } from '../ledger.ts';
import { entryOfPath, entryRoutes, fixedPagePaths, parseUrlList, PUBLISHED_URLS_FILE, REDIRECTS_FILE, type EntryRoute } from '../permalinks.ts';
import { redirectsSchema, type Redirect } from '../../schemas/redirect.ts';
import { displayPath, readYamlText } from './load.ts';
import type { Problem } from './problem.ts';
import { problemFromIssue } from './zod-issues.ts';

/**
 * Reads `content/redirects.yaml` with the content reader: the redirects, or the problems that
 * keep it from being used (each with its line). No file is no redirects.
 */
export function readRedirects(
  projectRoot: string,
  contentDir: string,
): { redirects: Redirect[]; problems: Problem[]; lineOf?: (path: readonly PropertyKey[]) => number | undefined } {
  const path = join(contentDir, REDIRECTS_FILE);
  if (!existsSync(path)) return { redirects: [], problems: [] };
  const file = displayPath(projectRoot, path);
  const read = readYamlText(file, readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  if (!read.source) return { redirects: [], problems: read.problems };
  const data = read.source.data && typeof read.source.data === 'object' && Object.keys(read.source.data).length === 0 ? [] : read.source.data;
  const result = redirectsSchema.safeParse(data);
  if (!result.success) return { redirects: [], problems: result.error.issues.map((issue) => problemFromIssue(issue, { ...read.source!, id: 'redirects' }, redirectsSchema)) };
  return { redirects: result.data, problems: [], lineOf: read.source.lineOf };
}

/**
 * Permalinks (永久链接) as rules of the content check, so that what the check passes the build
 * passes: every redirect leads from an address that is gone to one that exists, and every
 * address in `content/published-urls.txt` whose entry the content no longer has is redirected.
 * Addresses that are not an entry's (list pages, data files) are judged by the build, which
 * lists every file it wrote.
 */
export function checkPermalinks(options: { projectRoot: string; contentDir: string; input: LedgerInput; asOf: string }): Problem[] {
  const { projectRoot, contentDir } = options;
  const { redirects, problems, lineOf } = readRedirects(projectRoot, contentDir);
  const promisedPath = join(contentDir, PUBLISHED_URLS_FILE);
  const promised = existsSync(promisedPath) ? readFileSync(promisedPath, 'utf8') : null;
  if (redirects.length === 0 && promised === null) return problems;

  const routes = entryRoutes(buildLedger(options.input, options.asOf));
  const fixed = fixedPagePaths();
  const promisedPaths = new Set(promised === null ? [] : parseUrlList(promised));
  const redirectsFile = displayPath(projectRoot, join(contentDir, REDIRECTS_FILE));
  const from = new Map<string, number>();
  redirects.forEach((redirect, index) => {
    const at = { file: redirectsFile, line: lineOf?.([index, 'from']), field: `[${index}].from` };
    const earlier = from.get(redirect.from);
    if (earlier !== undefined) {
      problems.push({ ...at, zh: `${redirect.from} 已在第 ${earlier + 1} 条重定向中写过。一个旧网址只能转到一个地方：请删掉一条。`, en: `${redirect.from} is already redirected by entry ${earlier + 1}: an old address goes to one place only; delete one.` });
    }
    from.set(redirect.from, index);
    if (redirect.from === redirect.to) {
      problems.push({ ...at, zh: `重定向的 from 和 to 相同（${redirect.from}）。请删掉这一条，或把 to 改为新网址。`, en: `from and to are the same (${redirect.from}): delete the redirect or point it at the new address.` });
      return;
    }
    const source = entryOfPath(redirect.from, routes);
    if ((source.state === 'published' && source.exact) || fixed.has(redirect.from)) {
      problems.push({
        ...at,
        zh: `${redirect.from} 这个页面仍然存在，不能再重定向到别处（会遮住它）。如果页面已改名，请检查 from 是否写的是旧网址。`,
        en: `${redirect.from} is still published: a redirect would hide it. Check that from is the old address.`,
      });
    }
    const target = entryOfPath(redirect.to, routes);
    if (target.state !== 'gone' && !(target.state === 'published' && target.exact) && !fixed.has(redirect.to) && !promisedPaths.has(redirect.to)) {
      problems.push({
        ...at,
        line: lineOf?.([index, 'to']),
        field: `[${index}].to`,
        zh: `无法确认 ${redirect.to} 是本站发布的网址。重定向只能指向任务、单位、县（区）、督察、方案、文件、动态、案例、指标或筛选页面，或 content/${PUBLISHED_URLS_FILE} 中记录的网址。请检查拼写（网址以 / 结尾）。`,
        en: `${redirect.to} is not an address this site is known to publish: a redirect leads to the page of an entry, a fixed page, or an address recorded in content/${PUBLISHED_URLS_FILE}. Check the spelling (pages end with /).`,
      });
    }
    if (target.state === 'gone') {
      problems.push({
        ...at,
        line: lineOf?.([index, 'to']),
        field: `[${index}].to`,
        zh: `重定向指向 ${redirect.to}，但没有编号为“${target.id}”的${target.route.label}，这个网址不会发布。请把 to 改为现有页面的网址。${suggestion(target.id, target.route)}`,
        en: `the redirect leads to ${redirect.to}, but there is no entry "${target.id}": point it at an address that is published.`,
      });
    }
  });
  redirects.forEach((redirect, index) => {
    if (from.has(redirect.to) && redirect.from !== redirect.to) {
      problems.push({
        file: redirectsFile,
        line: lineOf?.([index, 'to']),
        field: `[${index}].to`,
        zh: `重定向 ${redirect.from} → ${redirect.to} 指向的网址本身又被重定向了。请直接写最终的网址：${redirect.from} → ${redirects[from.get(redirect.to)!]!.to}。`,
        en: `${redirect.from} → ${redirect.to} leads to an address that is itself redirected: point it straight at the final address.`,
      });
    }
  });

  if (promised !== null) {
    const promisedFile = displayPath(projectRoot, promisedPath);
    promised.split(/\r?\n/).forEach((raw, index) => {
      const [path] = parseUrlList(raw);
      if (!path || from.has(path)) return;
      const entry = entryOfPath(path, routes);
      if (entry.state !== 'gone') return;
      problems.push({
        file: promisedFile,
        line: index + 1,
        zh: `网址 ${path} 曾经发布，但现在没有编号为“${entry.id}”的${entry.route.label}，这个永久链接会断。如果是改了编号或删除了文件，请在 content/${REDIRECTS_FILE} 中加一条：from: ${path}，to: 新网址。${suggestion(entry.id, entry.route)}`,
        en: `${path} was published before, but there is no ${entry.route.prefix.split('/').filter(Boolean).join(' ')} entry "${entry.id}" any more: add a redirect from it to the new address in content/${REDIRECTS_FILE}.`,
      });
    });
  }
  return problems;
}

/** “是否想写 …” for an id close to an existing one (a renamed `6` → `06`). */
function suggestion(id: string, route: EntryRoute): string {
  const tail = (value: string) => value.split('/').pop()!.replace(/^0+/, '');
  const near = route.ids.find((candidate) => candidate.split('/').slice(0, -1).join('/') === id.split('/').slice(0, -1).join('/') && tail(candidate) === tail(id));
  return near ? `现有相近的编号：${near}（${route.prefix}${near}${route.suffix}）。` : '';
}
