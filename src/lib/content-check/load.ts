import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { entryIdFromPath } from '../../schemas/collections.ts';
import { personalDataProblems } from './privacy.ts';
import type { Problem } from './problem.ts';

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
}

const EXTENSIONS: Record<string, RegExp> = {
  yaml: /\.ya?ml$/i,
  markdown: /\.mdx?$/i,
};

function walk(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
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
): { files: SourceFile[]; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  for (const path of walk(folder)) {
    const file = displayPath(projectRoot, path);
    const id = entryIdFromPath(relative(folder, path));
    if (!EXTENSIONS[kind]!.test(path)) {
      problems.push({
        file,
        zh: `此文件夹只接受 ${kind === 'yaml' ? '.yaml' : '.md/.mdx'} 文件。请改扩展名或移走此文件。`,
        en: `this folder takes ${kind === 'yaml' ? '.yaml' : '.md/.mdx'} files only: rename or move the file.`,
      });
      continue;
    }
    const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
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
        continue;
      }
      yamlText = found.yaml;
      firstLine = found.firstLine;
      body = { body: found.body, bodyLine: found.bodyLine };
    }
    const read = readYamlText(file, yamlText, firstLine);
    problems.push(...personalDataProblems(file, text, read.source), ...read.problems);
    if (read.source) files.push({ ...read.source, id, ...body });
  }
  return { files, problems };
}

/**
 * Reads the YAML of one file (a whole .yaml file, or the frontmatter of a Markdown file that
 * starts on `firstLine`). The one YAML reader of content: collections and site.yaml alike.
 * Problems carry the line inside the file and what to check there.
 */
export function readYamlText(file: string, yamlText: string, firstLine = 1): { source?: Omit<SourceFile, 'id'>; problems: Problem[] } {
  // js-yaml is quick; the slower line-aware parse runs only for a file that has a problem to point at.
  let data: unknown;
  try {
    data = loadYaml(yamlText, { schema: CONTENT_YAML });
  } catch (error) {
    return { problems: yamlProblems(file, yamlText, firstLine, error) };
  }
  return { source: { file, data: data ?? {}, ...lazySourceLookups(yamlText, firstLine) }, problems: [] };
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
      const document = parseDocument(yamlText, { lineCounter: counter });
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

/** The problems of YAML that cannot be read, each with its line and what to check. */
function yamlProblems(file: string, yamlText: string, firstLine: number, thrown: unknown): Problem[] {
  const counter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // When only js-yaml objects, point at the line it names (its marks count from 0).
  const mark = (thrown as { mark?: { line?: number } } | null)?.mark?.line;
  const errors = document.errors.length > 0 ? document.errors.map((error) => ({ code: error.code as string, line: counter.linePos(error.pos[0]).line })) : [{ code: 'UNREADABLE', line: (mark ?? 0) + 1 }];
  return errors.map((error) => {
    const line = error.line + firstLine - 1;
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      file,
      line,
      zh: duplicate ? '同一个字段写了两次。请删掉其中一个。' : `YAML 格式有误（${error.code}）：检查这一行的缩进、冒号后的空格和引号是否成对。`,
      en: duplicate
        ? 'the same field is written twice: delete one of them.'
        : `the YAML cannot be read (${error.code}): check this line's indentation, the space after each colon, and that quotes are paired.`,
    };
  });
}
