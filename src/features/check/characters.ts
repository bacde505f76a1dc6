import type { SourceFile } from './load.ts';
import { fieldPath, type Problem } from './problem.ts';
import { codePointLabel, INVISIBLE_CHARACTERS, invisiblePattern } from '../../core/invisible.ts';

/**
 * Characters that corrupt what is published: control characters and non-characters, which make
 * every feed and XML download unreadable, and direction overrides, which make text read
 * differently from what it says. In YAML values only a YAML escape (`"\x0b"`, `"\u202e"`) can put
 * them there (typed ones are named by the YAML reader and yaml-hints.ts); in a body (the
 * Markdown after a file's frontmatter) they are named as typed, by line and column.
 */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Characters a reader does not see (src/core/invisible.ts): in YAML, typed ones are named by
// yaml-hints.ts with their column, so only those an escape wrote (in no line of the file) are
// named here; in a body, every one (bodyCharacterProblems).
const INVISIBLE = invisiblePattern('g');

function describe(code: number): { zh: string; en: string } {
  if (code >= 0x202a && code <= 0x2069 && !(code >= 0x2060 && code <= 0x2064)) return { zh: '文字方向控制符', en: 'a text-direction control' };
  if (code === 0x200e || code === 0x200f || code === 0x061c) return { zh: '文字方向标记', en: 'a text-direction mark' };
  if (code >= 0xd800 && code <= 0xdfff) return { zh: '不成对的代理字符', en: 'an unpaired surrogate' };
  if (code === 0xfffe || code === 0xffff) return { zh: '非字符', en: 'a non-character' };
  if (code > 0x9f) return { zh: '看不见的字符', en: 'an invisible character' };
  return { zh: '控制字符', en: 'a control character' };
}

/** The first character of `value` to name: an unsafe one, or an invisible one the file's text does not hold as typed. */
function firstNamed(value: string, typed: string | undefined): string | undefined {
  const unsafe = UNSAFE.exec(value)?.[0];
  if (unsafe) return unsafe;
  for (const [char] of value.matchAll(INVISIBLE)) if (typed === undefined || !typed.includes(char)) return char;
  return undefined;
}

/** Each value (or key) holding such a character, with its field and line. */
export function unsafeCharacterProblems(source: Pick<SourceFile, 'file' | 'data' | 'lineOf'>, typed?: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: source.data, path: [] }];
  while (stack.length > 0 && problems.length < 20) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = firstNamed(value, typed);
      if (!found) continue;
      const code = found.codePointAt(0)!;
      const hex = codePointLabel(code);
      const kind = describe(code);
      problems.push({
        file: source.file,
        line: source.lineOf(path),
        field: path.length > 0 ? fieldPath(path) : undefined,
        zh: `这里有一个${kind.zh} ${hex}（多半写成了转义，如 "\\x0b" 或 "\\u202e"），它会使订阅源无法读取或让文字显示得与原意不同。请删除它。`,
        en: `this value holds ${kind.en} ${hex} (probably written as an escape such as "\\x0b" or "\\u202e"), which breaks the feeds or makes the text read differently: delete it.`,
      });
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [key, child] of Object.entries(value)) {
        const at = [...path, Array.isArray(value) ? Number(key) : key];
        if (firstNamed(key, typed)) stack.push({ value: key, path: at });
        stack.push({ value: child, path: at });
      }
    }
  }
  return problems;
}

/**
 * The characters of a body (the Markdown after a file's frontmatter) that a reader does not see
 * or that corrupt what is published: control characters, direction overrides, non-characters
 * and invisible ones, each named once with its line and column (a body has no YAML reader to
 * name them). `firstLine` is the file's line of the body's first line.
 */
export function bodyCharacterProblems(file: string, body: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  for (let index = 0; index < lines.length && problems.length < 20; index++) {
    const line = lines[index]!.replace(/\r$/, '');
    const unsafe = UNSAFE.exec(line.replace(/\t/g, ' '));
    const invisible = [...line.matchAll(INVISIBLE)].find((match) => !inEmoji(line, match.index))?.index ?? -1;
    const at = unsafe ? unsafe.index : invisible;
    if (at < 0) continue;
    // Counted in characters as an editor counts them, not in UTF-16 units.
    const column = [...line.slice(0, at)].length + 1;
    const code = line.codePointAt(at)!;
    const name = INVISIBLE_CHARACTERS.get(code);
    const category = unsafe ? describe(code) : { zh: '看不见的字符', en: 'an invisible character' };
    const kind = name ? { zh: `${category.zh}（${name.zh}）`, en: `${category.en} (${name.en})` } : category;
    problems.push({
      file,
      line: firstLine + index,
      field: '正文 (body)',
      zh: `正文第 ${column} 列有一个${kind.zh} ${codePointLabel(code)}，多半是从网页或 Word 复制带来的；它会让发布的文字与看到的不同，或让订阅源无法读取。请删除它（可把这一行重新输入一遍）。`,
      en: `column ${column} of the body holds ${kind.en} ${codePointLabel(code)}, usually copied from a web page or Word; it makes the published text differ from what is seen, or breaks the feeds: delete it (retype the line).`,
    });
  }
  return problems;
}
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/** Whether the character at `at` is the zero-width joiner of an emoji sequence (👨‍👩‍👧), which is how the emoji is written. */
function inEmoji(line: string, at: number): boolean {
  if (line.charCodeAt(at) !== 0x200d) return false;
  // The code points either side, read in place: an emoji may carry its presentation selector (U+FE0F) before the joiner.
  let end = at;
  if (line.charCodeAt(end - 1) === 0xfe0f) end--;
  const low = line.charCodeAt(end - 1);
  const before = low >= 0xdc00 && low <= 0xdfff ? line.codePointAt(end - 2) : line.codePointAt(end - 1);
  const after = line.codePointAt(at + 1);
  return before !== undefined && after !== undefined && PICTOGRAPH.test(String.fromCodePoint(before)) && PICTOGRAPH.test(String.fromCodePoint(after));
}
