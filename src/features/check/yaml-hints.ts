import { COLLECTIONS } from '../../schemas/collections.ts';
import { siteSchema } from '../../schemas/site.ts';
import type { Problem } from './problem.ts';
import { codePointLabel, INVISIBLE_CHARACTERS, invisiblePattern } from '../../core/invisible.ts';

/**
 * Typing slips that YAML either misreads in silence or reports as a vague syntax error: what a
 * Chinese input method or a copy from a web page or Word leaves in a file. Each is named with
 * its line (and column), so staff can see what is invisible on screen.
 */

const INVISIBLE_CHAR = invisiblePattern('g');
const ANY_INVISIBLE = invisiblePattern();
const BLANK_KEY_ANYWHERE = /\n[ \t]*(?:-[ \t]+)?:[ \t\r\n]/;
const KEY_BEFORE = /^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w-]*[ \t]*$/;

/**
 * A few quick scans over the whole text; only a file they flag is read line by line. Most
 * files hold full-width colons in their Chinese text, so each one is looked at where it is.
 */
function mayHoldSlips(text: string, parsed: boolean): boolean {
  if (ANY_INVISIBLE.test(text) || text.includes('\t') || text.includes('\u3000')) return true;
  // A blank key (`: value`) never parses, so only text that failed is searched for one.
  if (!parsed && (BLANK_KEY_ANYWHERE.test(`\n${text.slice(0, 200)}`) || BLANK_KEY_ANYWHERE.test(text))) return true;
  for (let at = text.indexOf('：'); at >= 0; at = text.indexOf('：', at + 1)) {
    if (KEY_BEFORE.test(text.slice(text.lastIndexOf('\n', at) + 1, at))) return true;
  }
  return false;
}

const FULL_WIDTH_COLON_KEY = /^([ \t]*(?:-[ \t]+)?)([A-Za-z_][\w-]*)[ \t]*：/;
const BLANK_KEY = /^[ \t]*(?:-[ \t]+)?:(?:[ \t]|$)/;
const ODD_INDENT = /^( *)([\t\u3000])/;
/** A line that opens a block scalar (`goal: |`, `- >-`): the lines below it, indented more, are text. */
const BLOCK_SCALAR_START = /(?:^|[\s:-])[|>][+-]?\d?[+-]?[ \t]*(?:#.*)?$/;

let fieldNames: Set<string> | undefined;

/** Every field name of every content schema and of site.yaml (`goal`, `responsibleUnits` …). */
function knownFieldNames(): Set<string> {
  if (fieldNames) return fieldNames;
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { def?: Record<string, unknown> }).def;
    if (!def) return;
    for (const [key, value] of Object.entries((def.shape as Record<string, unknown> | undefined) ?? {})) {
      names.add(key);
      visit(value);
    }
    for (const inner of ['innerType', 'in', 'out', 'schema', 'element', 'left', 'right', 'valueType']) visit(def[inner]);
    for (const list of [def.options, def.items]) if (Array.isArray(list)) list.forEach(visit);
  };
  for (const spec of Object.values(COLLECTIONS)) visit(spec.schema);
  visit(siteSchema);
  fieldNames = names;
  return names;
}

function indentOf(line: string): number {
  return /^ */.exec(line)![0].length;
}

/**
 * The typing slips in the YAML of one file (a .yaml file, or a frontmatter starting on
 * `firstLine`): a key followed by a full-width colon, a blank key, indentation by tab or
 * full-width space, an invisible character anywhere. `parsed`: the YAML was read without error,
 * which rules some slips out and saves looking for them.
 */
export function typingProblems(file: string, yamlText: string, firstLine = 1, parsed = false): Problem[] {
  if (!mayHoldSlips(yamlText, parsed)) return [];
  const problems: Problem[] = [];
  const lines = yamlText.split('\n');
  let blockIndent = -1; // inside a block scalar: the indent of the line that opened it
  lines.forEach((raw, index) => {
    const text = raw.replace(/\r$/, '');
    const line = index + firstLine;
    for (const match of text.matchAll(INVISIBLE_CHAR)) {
      const code = match[0].charCodeAt(0);
      const column = match.index + 1;
      problems.push({
        file,
        line,
        zh: `第 ${column} 列有一个看不见的字符 ${codePointLabel(code)}（${INVISIBLE_CHARACTERS.get(code)!.zh}），多半是从网页或 Word 复制带来的。请删除它（可把这一行重新输入一遍）。`,
        en: `column ${column} holds an invisible character ${codePointLabel(code)} (${INVISIBLE_CHARACTERS.get(code)!.en}), usually copied from a web page or Word: delete it (retype the line).`,
      });
    }
    const inBlock = blockIndent >= 0 && (text.trim() === '' || indentOf(text) > blockIndent);
    if (inBlock) return;
    blockIndent = BLOCK_SCALAR_START.test(text.replace(/\s+#.*$/, '')) && /:|^\s*-/.test(text) ? indentOf(text) : -1;
    const colon = FULL_WIDTH_COLON_KEY.exec(text);
    // In YAML that parsed, `COD：100吨` may well be text (a list item, a continued line): there
    // only a real field name before the colon is a slip.
    if (colon && (!parsed || knownFieldNames().has(colon[2]!))) {
      problems.push({
        file,
        line,
        field: colon[2],
        zh: `字段名 ${colon[2]} 后用了全角冒号“：”，请改为半角冒号加空格“: ”（切换到英文输入法再输入）。`,
        en: `the field name ${colon[2]} is followed by a full-width colon "：": write a half-width colon and a space ": " instead (switch the input method to English).`,
      });
    }
    if (BLANK_KEY.test(text)) {
      problems.push({
        file,
        line,
        zh: '冒号前缺少字段名（这一行以“: ”开头）。请在冒号前写上字段名，例如 title: …，或删掉多余的冒号。',
        en: 'a colon with no field name before it (the line starts with ": "): write the field name before the colon, e.g. title: …, or delete the colon.',
      });
    }
    const indent = ODD_INDENT.exec(text);
    if (indent) {
      const tab = indent[2] === '\t';
      problems.push({
        file,
        line,
        zh: tab
          ? '这一行用 Tab 键缩进。YAML 只能用半角空格缩进：请把 Tab 换成空格（与上下行对齐）。'
          : '这一行用全角空格（U+3000）缩进。YAML 只能用半角空格缩进：请切换到英文输入法，用空格键重新缩进。',
        en: tab
          ? 'this line is indented with a tab: YAML is indented with spaces only; replace the tab with spaces aligned with the lines around it.'
          : 'this line is indented with full-width spaces (U+3000): YAML is indented with half-width spaces only; re-indent with the space bar in an English input mode.',
      });
    }
  });
  return problems;
}

/** A folded block scalar (`goal: >`, `- >-`) somewhere in the text: the quick test before the line-by-line one. */
const FOLDED_ANYWHERE = /(?:^|[\s:-])>[+-]?\d?[+-]?[ \t]*(?:#[^\n]*)?\r?$/m;
/** Chinese characters and full-width punctuation, between which a folded line break becomes a stray space. */
const CJK_END = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]$/;
const CJK_START = /^[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Chinese text wrapped in a folded block (`>`): YAML turns each line break between two lines of
 * it into a space, so `2026年6月底前，` and `完成排查。` on two lines are read as
 * `2026年6月底前， 完成排查。`, and a quote of the plan is no longer verbatim. Named once per
 * block, on the first line that would gain a space.
 */
export function foldedChineseProblems(file: string, yamlText: string, firstLine = 1): Problem[] {
  if (!FOLDED_ANYWHERE.test(yamlText)) return [];
  const problems: Problem[] = [];
  const lines = yamlText.split('\n').map((line) => line.replace(/\r$/, ''));
  for (let start = 0; start < lines.length; start++) {
    const opener = lines[start]!;
    // A block scalar's opening line (as typingProblems finds them) whose indicator is > (folded).
    const head = opener.replace(/\s+#.*$/, '');
    if (!BLOCK_SCALAR_START.test(head) || !/>[+-]?\d?[+-]?[ \t]*$/.test(head) || !/:|^\s*-/.test(opener)) continue;
    const openIndent = indentOf(opener);
    let contentIndent = -1;
    let previous: string | null = null;
    for (let index = start + 1; index < lines.length; index++) {
      const text = lines[index]!;
      if (text.trim() === '') {
        previous = null; // a blank line is kept as a line break, not a space
        continue;
      }
      const indent = indentOf(text);
      if (indent <= openIndent) break;
      if (contentIndent < 0) contentIndent = indent;
      // A line indented more than the block's is kept as it is, with its line break.
      if (indent === contentIndent && previous !== null && CJK_END.test(previous) && CJK_START.test(text.trim())) {
        problems.push({
          file,
          line: index + firstLine,
          zh: '这段中文用“>”折行书写：YAML 会把行与行之间的换行读成一个空格，原文中间就多出了空格（照录的原文不再一致）。请把这一段写在一行里，不要折行。',
          en: 'this Chinese text is wrapped in a folded block (">"): YAML reads each line break between its lines as a space, so the text gains spaces the source does not have. Write the passage on one line.',
        });
        break;
      }
      previous = indent === contentIndent ? text.trimEnd() : null;
    }
  }
  return problems;
}
