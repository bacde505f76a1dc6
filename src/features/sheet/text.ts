import * as OpenCC from 'opencc-js';
import { invisibleName, invisiblePattern } from '../../core/invisible.ts';

/**
 * Cell text as staff type or paste it, brought to the form content files use: full-width
 * digits and letters (１２, Ａ) to ASCII, traditional characters (責任單位) to simplified,
 * Windows line ends to `\n`, invisible characters (zero-width spaces, direction marks) removed,
 * blanks at both ends trimmed. Full-width punctuation (（）、，：)
 * stays: it is how the plan writes.
 */

// OpenCC's standard traditional → mainland simplified, character by character (no phrase
// rewriting such as 軟體 → 软件, which would change the wording of a verbatim text).
// Built on first use: its dictionaries take a moment to load, and most tools never need them.
let converter: ((text: string) => string) | undefined;
const toSimplified = (text: string) => (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }))(text);

/** Characters that show as nothing (or change the direction of text) and that a sheet's cell may carry from a paste (src/core/invisible.ts). */
const INVISIBLE = invisiblePattern('g');

export interface NormalisedText {
  text: string;
  /** Invisible characters removed, named (`零宽空格 U+200B`), for the import report. */
  invisible: string[];
  /** Traditional characters replaced, as `責→责` pairs, for the import report. */
  traditional: string[];
  /** True when full-width digits or letters were replaced. */
  fullWidth: boolean;
}

const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

export function normaliseCellText(input: string): NormalisedText {
  const invisible = [...new Set(input.match(INVISIBLE) ?? [])].map(invisibleName);
  const unified = input.replace(INVISIBLE, '').replace(/\r\n?/g, '\n').trim();
  const halfWidth = unified.replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
  const simplified = toSimplified(halfWidth);
  const traditional = new Set<string>();
  if (simplified !== halfWidth) {
    const from = [...halfWidth];
    const to = [...simplified];
    // Character-level conversion keeps lengths equal, so the pairs line up.
    if (from.length === to.length) from.forEach((char, index) => char !== to[index] && traditional.add(`${char}→${to[index]}`));
  }
  return { text: simplified, invisible, traditional: [...traditional], fullWidth: halfWidth !== unified };
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a task number as staff write it: `6`, `06`, `六`, `十六`, `四十八`, `（六）`, `6.`; null otherwise. */
export function parseTaskNumber(text: string): number | null {
  const bare = text.replace(/^[（(]\s*|\s*[)）]$/g, '').replace(/[、.．]$/, '').trim();
  // A plan numbers its tasks in the tens or hundreds; a longer run of digits is not a 序号.
  if (/^\d+$/.test(bare)) return bare.length <= 4 && Number(bare) > 0 ? Number(bare) : null;
  const match = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(bare);
  if (!match || bare === '') return null;
  const [, first = '', ten, last = ''] = match;
  if (!ten) return first && !last ? DIGITS[first]! : null;
  return (first ? DIGITS[first]! : 1) * 10 + (last ? DIGITS[last]! : 0);
}
