import type { PeriodKind } from '../../core/periods.ts';
import type { PlaceLayer } from '../../schemas/site.ts';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { Ledger, TaskView } from '../../core/ledger.ts';
import { anchors, paths } from '../../core/urls.ts';
import { entryRoutes, goneEntryOf, isPermalink, laterBulletinPlan, isSitePath, parseUrlList, PUBLISHED_URLS_FILE, REDIRECTS_FILE, isRetiredAddress, type EntryRoute } from '../site/index.ts';
import type { PlaceView } from '../map/index.ts';
import { isGeneratedPath, sitePaths, type SitePath } from '../site/index.ts';
import type { CollectionName } from '../../schemas/collections.ts';
import { redirectsSchema, type Redirect } from '../../schemas/redirect.ts';
import { displayPath, readContentText, readYamlText } from './load.ts';
import { personalDataProblems } from './privacy.ts';
import type { Problem } from './problem.ts';
import { closest, problemFromIssue } from './zod-issues.ts';
import { attachmentFile } from './attachments.ts';

/**
 * Reads `content/redirects.yaml` with the content reader: the redirects, or the problems that
 * keep it from being used (each with its line). No file is no redirects.
 */
export function readRedirects(
  projectRoot: string,
  contentDir: string,
): { redirects: Redirect[]; problems: Problem[]; lineOf?: (path: readonly PropertyKey[]) => number | undefined } {
  const path = join(contentDir, REDIRECTS_FILE);
  if (!lstatSync(path, { throwIfNoEntry: false })) return { redirects: [], problems: [] };
  const file = displayPath(projectRoot, path);
  // Read as every content file is: a link, an odd file, a wrong encoding become problems.
  const content = readContentText(projectRoot, file, path, contentDir);
  if ('problem' in content) return { redirects: [], problems: [content.problem] };
  const text = content.text;
  const read = readYamlText(file, text);
  // Redirect addresses are published (as pages, in the sitemap): no personal number in them.
  const personal = personalDataProblems(file, text, read.source);
  if (personal.length > 0) return { redirects: [], problems: [...personal, ...read.problems] };
  if (!read.source) return { redirects: [], problems: read.problems };
  const data = read.source.data && typeof read.source.data === 'object' && Object.keys(read.source.data).length === 0 ? [] : read.source.data;
  const result = redirectsSchema.safeParse(data);
  if (!result.success) return { redirects: [], problems: result.error.issues.map((issue) => problemFromIssue(issue, { ...read.source!, id: 'redirects' }, redirectsSchema)) };
  return { redirects: result.data, problems: [], lineOf: read.source.lineOf };
}

/** Where each content entry came from, to name the file behind an address. */
export type EntryFiles = (collection: CollectionName, id: string) => string | undefined;

/**
 * Addresses (网址) as rules of the content check, over the exact set of addresses the build
 * will write (src/features/site/site-paths.ts), so that what the check passes the build passes:
 * - no two things claim one address (a unit called `district-a/page-2` would replace page 2 of
 *   甲区's list);
 * - every address in `content/published-urls.txt` is still written, or redirected (永久链接);
 * - every redirect starts from an address the site no longer writes and leads to one it does;
 *   a file (an old feed, a CSV) can only be redirected to a file of its kind, which the build
 *   copies to the old address, since a static file cannot forward a reader.
 */
export function checkAddresses(options: {
  projectRoot: string;
  contentDir: string;
  ledger: Ledger;
  places: readonly PlaceView[];
  placeLayers: readonly PlaceLayer[];
  attachments: readonly string[];
  listLength: number;
  bulletinPeriod: PeriodKind;
  fileOf: EntryFiles;
  /**
   * False when some content file or site.yaml was refused: the addresses its entry would give (its page, a
   * county's chart, a plan's bulletins) are then missing from `ledger`, so links, redirects and
   * permanent links to them are not judged until it is fixed; they would all be blamed for it.
   */
  complete?: boolean;
  /** The entries' Markdown bodies as the check rendered them, with the site's base path they were rendered under. */
  bodies?: readonly BodyOfEntry[];
  base?: string;
}): Problem[] {
  const { projectRoot, contentDir, ledger } = options;
  const all = sitePaths(ledger, { listLength: options.listLength, places: options.places, placeLayers: options.placeLayers, attachments: options.attachments, bulletinPeriod: options.bulletinPeriod });
  const problems = clashes(all, options.fileOf, projectRoot, contentDir);
  const written = new Set(all.map((entry) => entry.path));
  const writes = (path: string) => written.has(path) || isGeneratedPath(path);

  const read = readRedirects(projectRoot, contentDir);
  problems.push(...read.problems);
  const { redirects, lineOf } = read;
  const redirected = new Set(redirects.map((redirect) => redirect.from));
  if (options.complete === false) return problems;
  // The anchors the site gives its entries on a task page (a measure, an update), from the functions the page takes them from.
  // Worked out only when a body links to an anchor on a task page, for that page alone.
  let taskPaths: Map<string, TaskView> | undefined;
  const taskAnchors = (path: string): ReadonlySet<string> | undefined => {
    taskPaths ??= new Map([...ledger.taskById.values()].map((view) => [paths.task(view.id), view]));
    const view = taskPaths.get(path);
    return view && new Set([...view.measures.map(({ measure }) => anchors.measure(measure.number)), ...view.updates.map((update) => anchors.update(update.id))]);
  };
  problems.push(...bodyLinkProblems(options.bodies ?? [], options.base ?? '/', (path) => writes(path) || redirected.has(path), written, taskAnchors));
  const promisedPath = join(contentDir, PUBLISHED_URLS_FILE);
  let promisedText: string | null = null;
  if (lstatSync(promisedPath, { throwIfNoEntry: false })) {
    const content = readContentText(projectRoot, displayPath(projectRoot, promisedPath), promisedPath, contentDir);
    if ('problem' in content) problems.push(content.problem);
    else promisedText = content.text;
  }
  if (redirects.length === 0 && promisedText === null) return problems;

  const routes = entryRoutes(all);
  const redirectsFile = displayPath(projectRoot, join(contentDir, REDIRECTS_FILE));
  const from = new Map<string, number>();
  redirects.forEach((redirect, index) => {
    const at = { file: redirectsFile, line: lineOf?.([index, 'from']), field: `[${index}].from` };
    const toAt = { file: redirectsFile, line: lineOf?.([index, 'to']), field: `[${index}].to` };
    const earlier = from.get(redirect.from);
    if (earlier !== undefined) {
      problems.push({ ...at, zh: `${redirect.from} 已在第 ${earlier + 1} 条重定向中写过。一个旧网址只能转到一个地方：请删掉一条。`, en: `${redirect.from} is already redirected by entry ${earlier + 1}: an old address goes to one place only; delete one.` });
    }
    from.set(redirect.from, index);
    if (redirect.from === redirect.to) {
      problems.push({ ...at, zh: `重定向的 from 和 to 相同（${redirect.from}）。请删掉这一条，或把 to 改为新网址。`, en: `from and to are the same (${redirect.from}): delete the redirect or point it at the new address.` });
      return;
    }
    // A redirect is written as a folder of its own address: it cannot pass through a file (/feeds/all.xml/).
    const fileOnTheWay = redirect.from.split('/').slice(1, -1).find((segment) => extensionOf(segment));
    if (fileOnTheWay) {
      problems.push({
        ...at,
        zh: `${redirect.from} 经过一个文件名（${fileOnTheWay}），这样的网址本站无法发布：文件下面不能再有网址。请核对旧网址：文件的网址不以 / 结尾（如 /feeds/all.xml）。`,
        en: `${redirect.from} passes through a file name (${fileOnTheWay}), which the site cannot publish: nothing lies below a file. Check the old address: a file's address does not end in / (e.g. /feeds/all.xml).`,
      });
      return;
    }
    if (writes(redirect.from)) {
      problems.push({
        ...at,
        zh: `${redirect.from} 这个网址本站仍在发布，不能再重定向到别处（会遮住它）。如果页面已改名，请检查 from 是否写的是旧网址。`,
        en: `${redirect.from} is still published: a redirect would hide it. Check that from is the old address.`,
      });
    }
    const fileFrom = extensionOf(redirect.from);
    if (fileFrom !== extensionOf(redirect.to)) {
      problems.push({
        ...toAt,
        zh: `${redirect.from} 是${fileFrom ? `文件（${fileFrom}）` : '页面'}，只能重定向到${fileFrom ? `同类文件（${fileFrom}）` : '页面（以 / 结尾的网址）'}，这里写的是 ${redirect.to}。`,
        en: `${redirect.from} is ${fileFrom ? `a ${fileFrom} file` : 'a page'}, so it can only be redirected to ${fileFrom ? `a ${fileFrom} file` : 'a page (an address ending in /)'}, not ${redirect.to}.`,
      });
      return;
    }
    if (!written.has(redirect.to)) {
      const target = goneEntryOf(redirect.to, routes);
      problems.push({
        ...toAt,
        ...(target
          ? {
              zh: `重定向指向 ${redirect.to}，但没有编号为“${target.id}”的${target.route.label}，这个网址不会发布。请把 to 改为现有页面的网址。${suggestion(target.id, target.route)}`,
              en: `the redirect leads to ${redirect.to}, but there is no entry "${target.id}": point it at an address that is published.`,
            }
          : {
              zh: `重定向指向 ${redirect.to}，但本站不发布这个网址。请检查拼写（页面网址以 / 结尾），把 to 改为现有页面的网址。`,
              en: `the redirect leads to ${redirect.to}, which this site does not publish: check the spelling (pages end with /) and point it at a published address.`,
            }),
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

  if (promisedText !== null) {
    const promisedFile = displayPath(projectRoot, promisedPath);
    promisedText.split(/\r?\n/).forEach((raw, index) => {
      const [path] = parseUrlList(raw);
      if (!path) return;
      const at = { file: promisedFile, line: index + 1 };
      if (!isSitePath(path)) {
        problems.push({
          ...at,
          zh: `“${path.length > 60 ? `${path.slice(0, 60)}…` : path}”不是本站的网址路径（应以 / 开头，页面以 / 结尾，例如 /tasks/city-cei2/06/）。这个文件由 npm run urls:record 写入：请删除或改正这一行。`,
          en: `"${path.slice(0, 60)}" is not a site path (it starts with /, and a page ends with /, e.g. /tasks/city-cei2/06/): npm run urls:record writes this file; delete or correct the line.`,
        });
        return;
      }
      if (from.has(path) || isRetiredAddress(path) || writes(path) || !isPermalink(path)) return;
      // A bulletin of a later period of an existing plan is due, not gone (a build as of an earlier day).
      const laterPlan = laterBulletinPlan(path, ledger.asOf);
      if (laterPlan !== undefined && ledger.plans.some((plan) => plan.id === laterPlan)) return;
      const entry = goneEntryOf(path, routes);
      problems.push({
        ...at,
        ...(entry
          ? {
              zh: `网址 ${path} 曾经发布，但现在没有编号为“${entry.id}”的${entry.route.label}，这个永久链接会断。如果是改了编号或删除了文件，请在 content/${REDIRECTS_FILE} 中加一条：from: ${path}，to: 新网址。${suggestion(entry.id, entry.route)}`,
              en: `${path} was published before, but there is no ${entry.route.label} entry "${entry.id}" any more: add a redirect from it to the new address in content/${REDIRECTS_FILE}.`,
            }
          : {
              zh: `网址 ${path} 曾经发布，现在的内容不再发布它（例如删掉了地图上最后一个点位、措施的量化目标或一个单位的最后一项任务），这个永久链接会断。请在 content/${REDIRECTS_FILE} 中加一条：from: ${path}，to: 最相近的现有网址。`,
              en: `${path} was published before and this content no longer publishes it (the last place of a map layer, a measure's target, a unit's last task…): add a redirect from it to the nearest published address in content/${REDIRECTS_FILE}.`,
            }),
      });
    });
  }
  return problems;
}

function extensionOf(path: string): string | undefined {
  return /\.([a-z0-9]+)$/i.exec(path)?.[1];
}

/** Two things the build would write to one address: the later one would replace the earlier. */
function clashes(all: readonly SitePath[], fileOf: EntryFiles, projectRoot: string, contentDir: string): Problem[] {
  const first = new Map<string, SitePath>();
  const problems: Problem[] = [];
  for (const entry of all) {
    const earlier = first.get(entry.path);
    if (!earlier) {
      first.set(entry.path, entry);
      continue;
    }
    // An attachment is renamed before an entry (its name is free, an entry's id is its address);
    // of two entries, the one whose id imitates an address the site makes of another
    // (`district-a/page-2`, `demo/x/embed`) is the one to rename: the longer id.
    const attachment = entry.attachment ?? earlier.attachment;
    if (attachment) {
      const file = displayPath(projectRoot, attachmentFile(contentDir, attachment));
      problems.push({
        file,
        zh: `网址 ${entry.path} 会同时由“${earlier.what}”和“${entry.what}”生成，其中一个会被另一个盖掉。请把附件 ${file} 改名（并改正写它的 file）。`,
        en: `the address ${entry.path} would be written by both "${earlier.what}" and "${entry.what}", one replacing the other: rename the attachment ${file} (and the file that names it).`,
      });
      continue;
    }
    const claimants = [entry.entry, earlier.entry].filter((candidate) => candidate !== undefined);
    const blamed = claimants.sort((a, b) => b.id.split('/').length - a.id.split('/').length)[0];
    const file = blamed ? fileOf(blamed.collection, blamed.id) : undefined;
    problems.push({
      file: file ?? displayPath(projectRoot, contentDir),
      zh: `网址 ${entry.path} 会同时由“${earlier.what}”和“${entry.what}”生成，其中一个会被另一个盖掉。${blamed ? `请给 ${blamed.id} 换一个编号（改文件名）。` : '请改名其中一个。'}`,
      en: `the address ${entry.path} would be written by both "${earlier.what}" and "${entry.what}", one replacing the other: ${blamed ? `give ${blamed.id} another id (rename its file).` : 'rename one of them.'}`,
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

/** Percent-decoded text, or the text itself when it is not valid percent-encoding. */
function safeDecode(text: string, decode: (text: string) => string): string {
  try {
    return decode(text);
  } catch {
    return text;
  }
}

/** A Markdown body of an entry, for the check of its links. */
export interface BodyOfEntry {
  file: string;
  /** The line of the file on which the body starts. */
  line: number;
  body: string;
  html: string;
}

/**
 * Links and images of bodies that lead to an address of this site the build will not write (a
 * mistyped page, an attachment not in content/attachments/): named with the nearest address that
 * is published. Links to other hosts are not followed.
 */
function bodyLinkProblems(
  bodies: readonly BodyOfEntry[],
  base: string,
  published: (path: string) => boolean,
  all: ReadonlySet<string>,
  taskAnchors: (path: string) => ReadonlySet<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  for (const body of bodies) {
    const seen = new Set<string>();
    const lineOf = (text: string) => {
      const index = body.body.split('\n').findIndex((line) => line.includes(text));
      return index >= 0 ? body.line + index : body.line;
    };
    for (const [, attribute, value] of body.html.matchAll(/\b(href|src)="([^"]*)"/g)) {
      if (!value!.startsWith(prefix) || value!.startsWith('//')) continue;
      const path = `/${value!.slice(prefix.length)}`.replace(/[?#].*$/, '');
      // A measure or an update on a task page: the anchor must be one the page has, or the link lands at the top.
      const fragment = /#(.*)$/.exec(value!)?.[1];
      const anchor = fragment === undefined ? undefined : safeDecode(fragment, decodeURIComponent);
      const anchorsThere = anchor && /^(measure|update)-/.test(anchor) ? taskAnchors(path) : undefined;
      if (anchor && anchorsThere && !anchorsThere.has(anchor) && !seen.has(`${path}#${anchor}`)) {
        seen.add(`${path}#${anchor}`);
        const measures = [...anchorsThere].filter((each) => each.startsWith('measure-')).length;
        const near = anchor.startsWith('update-') ? closest(anchor, anchorsThere) : undefined;
        const [hintZh, hintEn] = anchor.startsWith('measure-')
          ? [`这项任务共 ${measures} 条措施（#measure-1 至 #measure-${measures}）。`, ` The task has ${measures} measure(s), #measure-1 to #measure-${measures}.`]
          : [near ? `是否想写 #${near}？` : '', near ? ` Did you mean #${near}?` : ''];
        problems.push({
          file: body.file,
          line: lineOf(`#${fragment}`),
          field: '正文 (body)',
          zh: `正文的链接指向 ${path} 的 #${anchor}，但这一页没有这个位置（没有这条措施或这条进展），链接会停在页首。${hintZh}措施写 #measure-序号，进展写 #update-进展编号（/ 换成 -）。`,
          en: `the body's link leads to #${anchor} on ${path}, which that page does not have (no such measure or update), so it would land at the top.${hintEn} A measure is #measure-<number>, an update #update-<its id with - for />.`,
        });
      }
      if (seen.has(path) || published(path)) continue;
      seen.add(path);
      const decoded = safeDecode(path, decodeURI);
      if (published(decoded)) continue;
      const near = closest(decoded, all);
      const what = attribute === 'src' ? ['图片', 'image'] : ['链接', 'link'];
      problems.push({
        file: body.file,
        line: lineOf(body.body.includes(decoded) ? decoded : path),
        field: '正文 (body)',
        zh: `正文的${what[0]}指向本站的 ${decoded}，但本站不发布这个网址。${near ? `是否想写 ${near}？` : ''}请检查拼写：页面网址以 / 结尾；附件写 /documents/ 加 content/attachments/ 中的文件名。`,
        en: `the body's ${what[1]} leads to ${decoded} on this site, which the site does not publish.${near ? ` Did you mean ${near}?` : ''} Check the spelling: pages end with /; an attachment is /documents/ and its name in content/attachments/.`,
      });
    }
  }
  return problems;
}

