import type { SourceFile } from './load.ts';
import { DISGUISE_LABELS, findPersonalNumbers, type PersonalNumber } from './personal-numbers.ts';
import { fieldPath, type Problem } from './problem.ts';

/**
 * No complainant may ever be identifiable (plan 五(五) disclosure, and the law on personal
 * information): content may not carry a mainland resident ID-card number or a mobile phone
 * number anywhere, in any field, comment or body text, however it is written. Office landlines
 * and hotlines (12369, 0827-1234567) are public and allowed.
 *
 * Both texts of a file are searched: the file as written (for the line, and for Markdown
 * bodies and comments) and every key and value of its parsed data (for what a reader sees
 * once YAML escapes and folded lines are read). A number found in a field is reported once,
 * naming the field.
 */

const KIND = {
  idCard: { zh: '身份证号码', en: 'an ID-card number', noun: '身份证号码', nounEn: 'ID-card numbers' },
  oldIdCard: { zh: '旧式15位身份证号码', en: 'an old 15-digit ID-card number', noun: '身份证号码', nounEn: 'ID-card numbers' },
  mobile: { zh: '手机号码', en: 'a mobile phone number', noun: '手机号码', nounEn: 'mobile numbers' },
} as const;

/** First three and last two digits: enough to find the number, not enough to publish it. */
function mask(digits: string): string {
  return `${digits.slice(0, 3)}…${digits.slice(-2)}`;
}

/** The message for one number found: what it is (masked), how it was written, and what to do. */
export function personalDataMessage(found: Pick<PersonalNumber, 'kind' | 'digits' | 'checkDigitValid' | 'disguises'>): { zh: string; en: string } {
  const kind = KIND[found.kind];
  const zh = [mask(found.digits)];
  const en = [mask(found.digits)];
  if (found.disguises.length > 0) {
    zh.push(`写法：${found.disguises.map((disguise) => DISGUISE_LABELS[disguise].zh).join('、')}`);
    en.push(`written with ${found.disguises.map((disguise) => DISGUISE_LABELS[disguise].en).join(', ')}`);
  }
  if (found.checkDigitValid !== undefined) {
    zh.push(found.checkDigitValid ? '校验位正确' : '校验位不符，可能是输错的号码');
    en.push(found.checkDigitValid ? 'its check digit is valid' : 'its check digit is wrong, probably a mistyped number');
  }
  const anyForm = found.disguises.length > 0 ? '，无论怎样书写' : '';
  const anyFormEn = found.disguises.length > 0 ? ', in any form' : '';
  const fix =
    found.kind === 'mobile'
      ? { zh: '请删除；公开举报渠道请写单位座机或 12345。', en: 'delete it (publish office landlines or 12345 instead).' }
      : { zh: '请删除，必要时改写为“某某”。', en: 'delete it.' };
  return {
    zh: `这里有一个${kind.zh}（${zh.join('，')}）。为保护个人信息，网站内容不得出现${kind.noun}${anyForm}：${fix.zh}`,
    en: `there is ${kind.en} here (${en.join('; ')}): personal data may not appear in content${anyFormEn}; ${fix.en}`,
  };
}

/** The personal numbers in one text that is not a file (a sheet cell, a command-line flag). */
export function personalNumbersIn(text: string): PersonalNumber[] {
  return findPersonalNumbers(text);
}

/** A parsed file as the check has it: its data, and the line of a field. */
type ParsedFile = Pick<SourceFile, 'data' | 'lineOf'>;

/**
 * The personal numbers of one file, each as a problem with its line, and its field when found
 * in the parsed data. `text` is the whole file as written; `parsed` its data when it could be read.
 */
export function personalDataProblems(file: string, text: string, parsed?: ParsedFile): Problem[] {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const written = findPersonalNumbers(text).map((found) => ({ found, line: lineAt(found.start), reported: false }));
  const problems: Problem[] = [];
  for (const { found, path, notText } of parsed ? numbersInData(parsed.data) : []) {
    const fieldLine = parsed!.lineOf(path);
    const region = fieldLine === undefined ? undefined : linesOfField(text, lineStarts, fieldLine);
    const same = region && written.find((entry) => !entry.reported && entry.found.digits === found.digits && entry.line >= region.first && entry.line <= region.last);
    let disguises = found.disguises;
    let line = fieldLine;
    if (same) {
      // Also in the text as written: say how it was written there (full-width, grouped …).
      same.reported = true;
      disguises = [...new Set([...found.disguises, ...same.found.disguises])];
      line = same.line;
    } else {
      // Only the parsed value shows it: a YAML escape, a number in another notation, or lines
      // that YAML folds into one.
      const extra = region?.text.includes('\\') || notText || !region || region.first === region.last ? 'escaped' : 'multiLine';
      disguises = [...new Set([...found.disguises, extra] as const)];
    }
    const order = Object.keys(DISGUISE_LABELS) as (typeof disguises)[number][];
    problems.push({
      file,
      ...(line === undefined ? {} : { line }),
      field: fieldPath(path),
      ...personalDataMessage({ ...found, disguises: order.filter((disguise) => disguises.includes(disguise)) }),
    });
  }
  for (const entry of written) {
    if (!entry.reported) problems.push({ file, line: entry.line, ...personalDataMessage(entry.found) });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The lines of a field in YAML: its own line, and the lines under it that are indented deeper. */
function linesOfField(text: string, lineStarts: number[], line: number): { first: number; last: number; text: string } {
  const lineText = (number: number) => text.slice(lineStarts[number - 1], (lineStarts[number] ?? text.length + 1) - 1);
  const indent = (value: string) => /^[ \t-]*/.exec(value)![0].length;
  const own = indent(lineText(line));
  let last = line;
  for (let next = line + 1; next <= lineStarts.length; next++) {
    const value = lineText(next);
    if (value.trim() === '') continue;
    if (indent(value) <= own || /^(?:---|\.\.\.)\s*$/.test(value)) break;
    last = next;
  }
  return { first: line, last, text: text.slice(lineStarts[line - 1], (lineStarts[last] ?? text.length + 1) - 1) };
}

const MAX_NODES = 200_000;
const MAX_DEPTH = 100;

/**
 * Every personal number in the keys and values of parsed data, with the path of its field.
 * Each object is visited once (YAML aliases share objects), within a bound on size and depth.
 */
function numbersInData(data: unknown): { found: PersonalNumber; path: PropertyKey[]; notText: boolean }[] {
  const results: { found: PersonalNumber; path: PropertyKey[]; notText: boolean }[] = [];
  const seen = new WeakSet<object>();
  let nodes = 0;
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (++nodes > MAX_NODES || path.length > MAX_DEPTH) return;
    if (typeof value === 'string') {
      for (const found of findPersonalNumbers(value)) results.push({ found, path, notText: false });
    } else if (typeof value === 'number' || typeof value === 'bigint') {
      // A number value written as 0x… or 1.38e10 reads as digits once published.
      if (Number.isSafeInteger(value) || typeof value === 'bigint') {
        for (const found of findPersonalNumbers(String(value))) results.push({ found, path, notText: true });
      }
    } else if (value && typeof value === 'object' && !(value instanceof Date)) {
      if (seen.has(value)) return;
      seen.add(value);
      if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
      else {
        for (const [key, item] of Object.entries(value)) {
          for (const found of findPersonalNumbers(key)) results.push({ found, path: [...path, key], notText: false });
          visit(item, [...path, key]);
        }
      }
    }
  };
  visit(data, []);
  return results;
}
