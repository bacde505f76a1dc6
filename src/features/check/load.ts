import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { entryIdFromPath } from '../../schemas/collections.ts';
import { dataTooLarge } from './data-bounds.ts';
import { personalDataProblems } from './privacy.ts';
import { unsafeCharacterProblems } from './characters.ts';
import type { Problem } from './problem.ts';
import { notAPlainFile, readContentText, unreadable } from './source-text.ts';
import { foldedChineseProblems, typingProblems } from './yaml-hints.ts';

export { readContentText } from './source-text.ts';

/** A path as staff see it: relative to the project when inside it, absolute otherwise. */
export function displayPath(projectRoot: string, path: string): string {
  const inside = relative(projectRoot, path);
  return (inside.startsWith('..') || isAbsolute(inside) ? path : inside).replace(/\\/g, '/');
}

// YAML's core schema, without timestamps (and merge keys): `2021-12-13` stays the text staff wrote,
// never a Date in UTC, so a date with a time of day or zone is named, not shifted (src/schemas/shared.ts).
const CONTENT_YAML = CORE_SCHEMA;

/** A content file as read from disk, before validation. */
export interface SourceFile {
  /** Path relative to the project root, for messages. */
  file: string;
  /** Entry id: the path under the collection folder without extension. */
  id: string;
  data: unknown;
  /** Returns the 1-based line of a field path, or of its nearest parent that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The scalar at a field path exactly as written (`100.7480`, where the value reads 100.748), when known. */
  writtenAs?(path: readonly PropertyKey[]): string | undefined;
  /** The text after the frontmatter of a Markdown file (plans, cases, news). */
  body?: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine?: number;
  /** The body as the page shows it: sanitised HTML and its headings (set by the check, src/features/check/body.ts). */
  rendered?: { html: string; headings: { depth: number; slug: string; text: string }[] };
}

/** The extensions each kind of collection reads (lower case; an .mdx file is read to be refused by name, see body.ts). */
const EXTENSIONS: Record<'yaml' | 'markdown', readonly string[]> = {
  yaml: ['.yaml', '.yml'],
  markdown: ['.md', '.mdx'],
};

/** A name ending like a content file, in any case: a folder so named is a mistake. */
const FILE_LIKE = /\.(?:ya?ml|mdx?)$/i;

/** Deeper than any real id path (`tasks/<plan>/<number>`): the walk stops here. */
const MAX_DEPTH = 16;

/**
 * Every file under a collection folder (or the attachments folder), in a stable order, without
 * following links. A link, a folder named like a file or a folder that cannot be read is a
 * Problem, never an exception; a folder that does not exist holds nothing.
 */
export function walk(projectRoot: string, contentDir: string, folder: string, depth = 0): { paths: { path: string; stats: Stats }[]; problems: Problem[] } {
  const paths: { path: string; stats: Stats }[] = [];
  const problems: Problem[] = [];
  let names: string[];
  try {
    if (depth === 0) {
      // The collection folder itself must be a folder, not a link to one.
      const stats = lstatSync(folder);
      if (!stats.isDirectory()) return { paths, problems: [notAPlainFile(projectRoot, `${displayPath(projectRoot, folder)}/`, folder, stats, contentDir) ?? unreadable(displayPath(projectRoot, folder), { code: 'ENOTDIR' })] };
    }
    names = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A collection a deployment does not use has no folder.
    if (depth === 0 && code === 'ENOENT') return { paths, problems };
    return { paths, problems: [unreadable(`${displayPath(projectRoot, folder)}/`, error)] };
  }
  for (const name of names.filter((name) => !name.startsWith('.')).sort()) {
    const path = join(folder, name);
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      problems.push(unreadable(displayPath(projectRoot, path), error));
      continue;
    }
    if (stats.isDirectory() && !FILE_LIKE.test(name)) {
      if (depth >= MAX_DEPTH) {
        problems.push({
          file: `${displayPath(projectRoot, path)}/`,
          zh: `文件夹嵌套超过 ${MAX_DEPTH} 层，以下内容未读取。请把文件放在浅一些的文件夹里。`,
          en: `folders nested more than ${MAX_DEPTH} deep: what is below was not read; move the files up.`,
        });
        continue;
      }
      const inner = walk(projectRoot, contentDir, path, depth + 1);
      paths.push(...inner.paths);
      problems.push(...inner.problems);
    } else if (stats.isFile()) paths.push({ path, stats });
    else problems.push(notAPlainFile(projectRoot, displayPath(projectRoot, path), path, stats, contentDir)!);
  }
  return { paths, problems };
}

/** Why a file of this name is not read by a collection of this kind, or null when it is. */
function extensionProblem(file: string, name: string, kind: 'yaml' | 'markdown'): Problem | null {
  const extensions = EXTENSIONS[kind];
  const extension = /\.[^.]*$/.exec(name)?.[0] ?? '';
  if (extensions.includes(extension)) return null;
  if (extensions.includes(extension.toLowerCase())) {
    const renamed = name.slice(0, -extension.length) + extension.toLowerCase();
    return {
      file,
      zh: `扩展名要用小写：请把 ${name} 改名为 ${renamed}。写成大写时网站不会发布这个文件。`,
      en: `the extension must be lower case: rename ${name} to ${renamed}; the site does not publish it as it is.`,
    };
  }
  return {
    file,
    zh: `此文件夹只接受 ${kind === 'yaml' ? '.yaml' : '.md'} 文件。请改扩展名或移走此文件。`,
    en: `this folder takes ${kind === 'yaml' ? '.yaml' : '.md'} files only: rename or move the file.`,
  };
}

/** Splits `---\nfrontmatter\n---\nbody` into the frontmatter and the body, with the lines they start on. */
function frontmatter(text: string): { yaml: string; firstLine: number; body: string; bodyLine: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  return { yaml: match[1]!, firstLine: 2, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

export function lineLookup(document: Document, counter: LineCounter, firstLine: number) {
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  return (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const parent = depth > 0 ? document.getIn(path.slice(0, depth - 1) as unknown[], true) : undefined;
      // Point at the key of a field (`breakdown:`), not at its value on the next line.
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[depth - 1]);
        const range = (pair?.key as { range?: number[] } | undefined)?.range;
        if (range) return lineAt(range[0]!);
      }
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as { range?: number[] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]!);
    }
    return undefined;
  };
}

/**
 * Reads every file of one collection folder. YAML and frontmatter problems become Problems
 * (file, line, what to fix) instead of exceptions.
 */
export function readCollection(
  projectRoot: string,
  folder: string,
  kind: 'yaml' | 'markdown',
  /** The content folder, to tell a link that leads out of it; the collection folder's parent by default. */
  contentDir: string = dirname(folder),
): { files: SourceFile[]; problems: Problem[]; unread: string[] } {
  const files: SourceFile[] = [];
  // Ids of the files that could not be read: they exist, so a reference to one is not "missing".
  const unread: string[] = [];
  const walked = walk(projectRoot, contentDir, folder);
  const problems: Problem[] = walked.problems;
  for (const { path, stats } of walked.paths) {
    const file = displayPath(projectRoot, path);
    const id = entryIdFromPath(relative(folder, path));
    const misnamed = extensionProblem(file, basename(path), kind);
    if (misnamed) {
      problems.push(misnamed);
      continue;
    }
    const read = readContentText(projectRoot, file, path, contentDir, stats);
    if ('problem' in read) {
      problems.push(read.problem);
      unread.push(id);
      continue;
    }
    const text = read.text;
    let yamlText = text;
    let firstLine = 1;
    let body: Pick<SourceFile, 'body' | 'bodyLine'> = {};
    if (kind === 'markdown') {
      const found = frontmatter(text);
      if (!found) {
        problems.push(...personalDataProblems(file, text), {
          file,
          line: 1,
          zh: '文件开头缺少 --- 包围的信息块（frontmatter）。请参照现有方案文件补上。',
          en: 'the file does not start with a frontmatter block between --- lines: copy the shape of an existing plan file.',
        });
        unread.push(id);
        continue;
      }
      yamlText = found.yaml;
      firstLine = found.firstLine;
      body = { body: found.body, bodyLine: found.bodyLine };
    }
    const parsed = readYamlText(file, yamlText, firstLine);
    // An empty file (or one of comments only) is one problem, not a list of every field it lacks.
    // A Markdown file with a body is not empty: its missing fields are named, and its body read.
    if (parsed.source && parsed.problems.length === 0 && isEmptyYaml(yamlText) && !body.body?.trim()) {
      problems.push({
        file,
        line: firstLine,
        zh: `文件是空的${kind === 'markdown' ? '（信息块里没有内容）' : ''}：请照同一文件夹里的文件或 npm run new 的样子填写；不需要这一项的，删除这个文件。`,
        en: `The file is empty${kind === 'markdown' ? ' (nothing in its frontmatter)' : ''}: fill it in like the other files of its folder (or make it with npm run new), or delete it.`,
      });
      unread.push(id);
      continue;
    }
    problems.push(...personalDataProblems(file, text, parsed.source), ...parsed.problems);
    if (parsed.source) problems.push(...unsafeCharacterProblems(parsed.source, yamlText));
    if (parsed.source) files.push({ ...parsed.source, id, ...body });
    else unread.push(id);
  }
  return { files, problems, unread };
}

/** Whether YAML text holds nothing but blank lines, comments and document markers. */
function isEmptyYaml(yamlText: string): boolean {
  return yamlText.split(/\r?\n/).every((line) => /^\s*(#.*)?$/.test(line) || /^(---|\.\.\.)\s*$/.test(line));
}

/**
 * Reads the YAML of one file (a whole .yaml file, or the frontmatter of a Markdown file that
 * starts on `firstLine`). The one YAML reader of content: collections and site.yaml alike.
 * Problems carry the line inside the file and what to check there. Typing slips (full-width
 * colon, invisible characters …) are problems even when the YAML parses, since they change
 * what it means; the data is then still returned, so its fields are checked too.
 */
export function readYamlText(file: string, yamlText: string, firstLine = 1): { source?: Omit<SourceFile, 'id'>; problems: Problem[] } {
  // js-yaml is quick; the slower line-aware parse runs only for a file that has a problem to point at.
  let data: unknown;
  try {
    data = loadYaml(yamlText, { schema: CONTENT_YAML });
  } catch (error) {
    const slips = typingProblems(file, yamlText, firstLine);
    return { problems: [...slips, ...safeYamlProblems(file, yamlText, firstLine, error).filter((problem) => !slips.some((slip) => slip.line === problem.line))] };
  }
  const slips = [...typingProblems(file, yamlText, firstLine, true), ...foldedChineseProblems(file, yamlText, firstLine)];
  // Only an alias (`*name`) makes data larger than its text; js-yaml refuses nesting past 100 levels.
  const tooLarge = yamlText.includes('*') ? dataTooLarge(data) : null;
  if (tooLarge) return { problems: [...slips, { file, line: firstLine, ...tooLarge }] };
  return { source: { file, data: data ?? {}, ...lazySourceLookups(yamlText, firstLine) }, problems: slips };
}

/**
 * Line and as-written lookups that parse the file with positions the first time either is
 * asked, which only happens for a file with something to point at.
 */
function lazySourceLookups(yamlText: string, firstLine: number): Pick<SourceFile, 'lineOf' | 'writtenAs'> {
  let parsed: { document: Document; lineOf: SourceFile['lineOf'] } | undefined;
  const parse = () => {
    if (!parsed) {
      const counter = new LineCounter();
      // js-yaml has refused repeated keys already; the yaml package's own check is quadratic in the keys of a map.
      const document = parseDocument(yamlText.length <= MAX_LOOKUP_CHARS ? yamlText : '', { lineCounter: counter, uniqueKeys: false });
      parsed = { document, lineOf: lineLookup(document, counter, firstLine) };
    }
    return parsed;
  };
  return {
    lineOf: (path) => parse().lineOf(path),
    writtenAs: (path) => {
      const node = parse().document.getIn(path as unknown[], true);
      return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
    },
  };
}

/** The problems of YAML that cannot be read; never throws, whatever the text. */
function safeYamlProblems(file: string, yamlText: string, firstLine: number, thrown: unknown): Problem[] {
  // js-yaml stops at 100 levels ("nesting exceeded maxDepth"), or overflows its stack on flow nesting.
  if (thrown instanceof RangeError || /maxDepth/.test(String((thrown as Error | null)?.message))) return [{ file, line: firstLine, ...NESTED_TOO_DEEP }];
  try {
    return yamlProblems(file, yamlText, firstLine, thrown);
  } catch {
    return [{ file, line: firstLine, ...NESTED_TOO_DEEP }];
  }
}

const NESTED_TOO_DEEP = {
  zh: 'YAML 嵌套层次太深，无法读取（例如成千上万个 [ 或 {）。内容文件只需几层缩进：请检查文件是否被工具写坏。',
  en: 'the YAML is nested too deep to be read (thousands of [ or {, say): content needs a few levels of indentation; check whether a tool broke the file.',
};

/**
 * The slower line-aware parse (the yaml package) is bounded: it reads YAML that failed only up
 * to this size (above it, js-yaml's own line is used), and points at fields of YAML up to the
 * larger one. Real files are a few kilobytes.
 */
const MAX_DETAIL_CHARS = 64 * 1024;
const MAX_LOOKUP_CHARS = 1024 * 1024;

/** Problems shown per file that cannot be read: the first few say where to start. */
const MAX_YAML_ERRORS = 5;

/** The problems of YAML that cannot be read, each with its line (inside the file) and what to check. */
function yamlProblems(file: string, yamlText: string, firstLine: number, thrown: unknown): Problem[] {
  const counter = new LineCounter();
  const document = parseDocument(yamlText.length <= MAX_DETAIL_CHARS ? yamlText : '', { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // When only js-yaml objects, point at the line it names (its marks count from 0).
  const mark = (thrown as { mark?: { line?: number } } | null)?.mark?.line;
  // The yaml package stops on nesting it cannot follow; js-yaml then overflows its stack.
  if (document.errors.some((error) => error.code === 'RESOURCE_EXHAUSTION')) return [{ file, line: firstLine, ...NESTED_TOO_DEEP }];
  const errors = document.errors.length > 0 ? document.errors.map((error) => ({ code: error.code as string, line: counter.linePos(error.pos[0]).line })) : [{ code: /duplicated mapping key/.test(String((thrown as Error | null)?.message)) ? 'DUPLICATE_KEY' : 'UNREADABLE', line: (mark ?? 0) + 1 }];
  // An error at the end of the text is reported on the line after the last: point at the last.
  const lastLine = yamlText.replace(/\r?\n$/, '').split('\n').length;
  const seen = new Set<string>();
  return errors
    .map((error) => ({ ...error, line: Math.max(1, Math.min(error.line, lastLine)) + firstLine - 1 }))
    .filter((error) => !seen.has(`${error.line}:${error.code}`) && seen.add(`${error.line}:${error.code}`))
    .slice(0, MAX_YAML_ERRORS)
    .map(({ code, line }) => {
      const duplicate = code === 'DUPLICATE_KEY';
      const text = yamlText.split('\n')[line - firstLine] ?? '';
      // A tag (`!!binary`, `!foo`, `!!js/function`): content is plain text, numbers and lists only.
      if (/(^|[\s:\-\[{,])!{1,2}[A-Za-z/]/.test(text)) {
        return { file, line, zh: 'YAML 的类型标记（以 ! 或 !! 开头，如 !!binary、!!js/function）不能用：内容只写文字、数字、日期和列表。请删去这个标记；要写以 ! 开头的文字，请把整段放在引号里。', en: 'YAML tags (starting with ! or !!, such as !!binary or !!js/function) are not allowed: content is text, numbers, dates and lists only. Delete the tag; to write text starting with !, put it in quotes.' };
      }
      if (code === 'MULTIPLE_DOCS') {
        return { file, line, zh: '这一行的 --- 把文件分成了两份内容：一个文件只写一条内容。请删去 ---（或把后一部分移到另一个文件）。', en: 'the --- on this line splits the file into two entries: a file holds one entry. Delete the --- (or move what follows to a file of its own).' };
      }
      const key = /^\s*(?:-\s+)?([^\s:#'"][^:#]*?)\s*:(?:\s|$)/.exec(text)?.[1];
      // The key of the line, unless the repeat is inside a { } or [ ] written on it.
      const opener = key ? /^[^:]*:\s*([{[])/.exec(text)?.[1] : undefined;
      if (duplicate) {
        return key && !opener
          ? { file, line, field: key, zh: `同一个字段写了两次：${key}。请删掉其中一个。`, en: `the same field is written twice: ${key}. Delete one of them.` }
          : { file, line, zh: '同一个字段写了两次。请删掉其中一个。', en: 'the same field is written twice: delete one of them.' };
      }
      // Text that starts with { or [ ({注}…, [注]…) is read as a mapping or a list unless quoted.
      if (key && opener) {
        return {
          file,
          line,
          field: key,
          zh: `字段 ${key} 的值以 ${opener} 开头，YAML 把它读作${opener === '{' ? '映射' : '列表'}，读不通。是一段文字的话，请整段加双引号，如 ${key}: "${opener}…"；是${opener === '{' ? '映射' : '列表'}的话，检查括号和逗号是否成对。`,
          en: `the value of ${key} starts with ${opener}, which YAML reads as a ${opener === '{' ? 'mapping' : 'list'} and cannot: if it is text, put it all in double quotes, e.g. ${key}: "${opener}…"; if it is a ${opener === '{' ? 'mapping' : 'list'}, check its brackets and commas.`,
        };
      }
      return {
        file,
        line,
        zh: `YAML 格式有误（${code}）：检查这一行的缩进、冒号后的空格和引号是否成对。`,
        en: `the YAML cannot be read (${code}): check this line's indentation, the space after each colon, and that quotes are paired.`,
      };
    });
}
