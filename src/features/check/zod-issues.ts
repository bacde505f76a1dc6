import type { z } from 'astro/zod';
import { bilingual, fieldPath, type Problem } from './problem.ts';
import type { SourceFile } from './load.ts';
import { ID_PATTERN } from '../../schemas/ref.ts';

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文字', 'text'],
  number: ['数字', 'a number'],
  boolean: ['true 或 false', 'true or false'],
  array: ['列表（每项以 - 开头）', 'a list (one "- " item per line)'],
  object: ['字段组（缩进的 键: 值）', 'a group of indented key: value fields'],
  date: ['日期', 'a date'],
  int: ['整数', 'a whole number'],
};

function typeName(expected: string): [string, string] {
  return TYPE_NAMES[expected] ?? [expected, expected];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A value as staff see it: numbers, true/false and null exactly as written in the file (`2021.10`,
 * which YAML reads as 2021.1), text in quotes.
 */
function describe(value: unknown, written?: string): string {
  // `field:` with nothing after it: YAML reads null, and the text as written is empty.
  if (written !== undefined && written.trim() === '' && value === null) return '空的（冒号后什么也没写）';
  if (written !== undefined && (value === null || typeof value === 'number' || typeof value === 'boolean')) return written;
  if (value === null) return '空值 null';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'string') return `文字“${value.length > 30 ? `${value.slice(0, 30)}…` : value}”`;
  if (typeof value === 'object') return '字段组';
  return String(value);
}

/** Edit distance, to suggest the field a misspelt key was meant to be. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The known name nearest to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function keysOfSchemaAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  // Walk the schema's shape along the path to list the fields allowed where a key was unknown.
  let current: unknown = schema;
  const unwrap = (node: unknown): unknown => {
    let value = node as { def?: Record<string, unknown> } | undefined;
    for (let guard = 0; value?.def && guard < 10; guard++) {
      const def = value.def;
      if (def.type === 'object') return value;
      const inner = def.innerType ?? def.in ?? def.schema ?? (def.type === 'pipe' ? def.out : undefined);
      if (!inner) return value;
      value = inner as typeof value;
    }
    return value;
  };
  for (const key of path) {
    const node = unwrap(current) as { def?: { type?: string; shape?: Record<string, unknown>; element?: unknown } } | undefined;
    if (!node?.def) return [];
    if (typeof key === 'number' && node.def.type === 'array') current = node.def.element;
    else if (node.def.type === 'object' && node.def.shape) current = node.def.shape[String(key)];
    else return [];
  }
  const node = unwrap(current) as { def?: { shape?: Record<string, unknown> } } | undefined;
  return Object.keys(node?.def?.shape ?? {});
}

/** Fields that hold a date or a deadline, by name. */
const DATE_FIELD = /(?:date|deadline|due|asOf|On|received|concluded|published|visit)$/i;

/**
 * A whole number where a date goes that reads as an Excel date serial (days since 1899-12-30:
 * 45291 is 2023-12-31): what a cell formatted as a number, or a copy from Excel, leaves behind.
 */
function excelSerial(value: unknown, written: string | undefined, month: boolean): { zh: string; en: string } | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 20000 || value > 80000) return undefined;
  const day = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  const as = written ?? String(value);
  // A deadline (整改时限) is a month.
  const instead = month ? `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月` : day;
  return {
    zh: `这像是 Excel 的日期序列号 ${as}（即 ${day}）：在 Excel 里把单元格设成“日期”格式就能看到日期。请直接写日期，例如 ${instead}。`,
    en: `this looks like an Excel date serial number ${as} (that is ${day}): write the date itself, e.g. ${instead}.`,
  };
}

/** Turns one zod issue into a problem that says what is wrong and what to write instead. */
export function problemFromIssue(issue: z.core.$ZodIssue, source: SourceFile, schema: z.ZodType): Problem {
  const path = issue.path;
  const field = fieldPath(path);
  const base = { file: source.file, line: source.lineOf(path), field: field || undefined };
  const value = valueAt(source.data, path);
  const written = value === null || typeof value === 'number' || typeof value === 'boolean' ? source.writtenAs?.(path) : undefined;
  const shown = written?.trim() === '' && value === null ? 'empty' : (written ?? JSON.stringify(value));
  const dateLike = DATE_FIELD.test(String(path.at(-1) ?? '')) || /日期|时限/.test(issue.message ?? '');
  const serial = dateLike ? excelSerial(value, written, /deadline|时限/i.test(`${String(path.at(-1) ?? '')}${issue.message ?? ''}`)) : undefined;
  if (serial) return { ...base, ...serial };
  switch (issue.code) {
    case 'invalid_type': {
      const [zhType, enType] = typeName(issue.expected);
      if (value === undefined) {
        return { ...base, zh: `缺少必填字段 ${field}，应填写${zhType}。`, en: `the required field ${field} is missing: it takes ${enType}.` };
      }
      const dotted = dateLike && written && /^\d{4}\.\d{1,2}(?:\.\d{1,2})?$/.test(written) ? written.split('.') : undefined;
      if (dotted) {
        const dashed = [dotted[0], ...dotted.slice(1).map((part) => part.padStart(2, '0'))].join('-');
        // 2025.10 is read as 2025.1: say so; 2025.12 reads as itself, and is still a number, not a date.
        const misread = String(value) !== written ? `（${written} 读成 ${String(value)}）` : '';
        return {
          ...base,
          zh: `${field} 写的是 ${written}，用点分隔的日期会被当作小数${misread}，不是日期。请改为 ${dashed}。`,
          en: `${field} is written ${written}: a date with dots is read as a decimal number${misread ? ` (${String(value)})` : ''}, not a date; write ${dashed}.`,
        };
      }
      // Full-width digits (３０) are a number to a reader and text to YAML: say which number to write.
      const halfWidth = issue.expected === 'number' && typeof value === 'string' ? value.normalize('NFKC').trim() : '';
      if (halfWidth !== '' && halfWidth !== value && Number.isFinite(Number(halfWidth))) {
        return { ...base, zh: `${field} 写的是全角数字“${value}”，请改为半角数字 ${halfWidth}。`, en: `${field} is written in full-width digits ("${value}"): write ${halfWidth}.` };
      }
      // The whole file (no field): a list or a bare value where the fields should be.
      if (!field) return { ...base, zh: `整个文件应为${zhType}，这里写的是${describe(value, written)}。每个内容文件写一条内容：不要以“- ”开头，也不要写成一个值。`, en: `the whole file must be ${enType}, not ${shown}: a content file holds one entry, not a list or a single value.` };
      return { ...base, zh: `${field} 应为${zhType}，这里写的是${describe(value, written)}。`, en: `${field} must be ${enType}, not ${shown}.` };
    }
    case 'unrecognized_keys': {
      const allowed = keysOfSchemaAt(schema, path);
      const at = { line: source.lineOf([...path, issue.keys[0]!]) ?? base.line, field: fieldPath([...path, issue.keys[0]!]) };
      // A schema that explains its own unknown keys (a field retired, and what replaced it).
      if (issue.message && !issue.message.startsWith('Unrecognized key')) return { ...base, ...at, ...bilingual(issue.message) };
      return { ...base, ...at, ...unknownKeys(issue.keys, allowed) };
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (issue.message && !issue.message.startsWith('Invalid')) return { ...base, ...bilingual(issue.message) };
      if (value === undefined) {
        return { ...base, zh: `缺少必填字段 ${field}，只能是以下之一：${options.join('、')}。`, en: `the required field ${field} is missing: it is one of ${options.join(', ')}.` };
      }
      const suggestion = typeof value === 'string' ? closest(value, options) : undefined;
      return {
        ...base,
        zh: `${field} 写的是${describe(value, written)}，只能是以下之一：${options.join('、')}。${suggestion ? `是否想写“${suggestion}”？` : ''}`,
        en: `${field} is ${shown}; it must be one of: ${options.join(', ')}.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`,
      };
    }
    case 'too_small': {
      if (issue.message && !issue.message.startsWith('Too small')) return { ...base, ...bilingual(issue.message) };
      if (issue.origin === 'string') return { ...base, zh: `${field} 不能为空。`, en: `${field} cannot be empty.` };
      if (issue.origin === 'array') {
        return { ...base, zh: `${field} 至少要有 ${issue.minimum} 项。`, en: `${field} needs at least ${issue.minimum} item(s).` };
      }
      if (issue.inclusive === false) return { ...base, zh: `${field} 必须大于 ${issue.minimum}。`, en: `${field} must be more than ${issue.minimum}.` };
      return { ...base, zh: `${field} 不能小于 ${issue.minimum}。`, en: `${field} cannot be less than ${issue.minimum}.` };
    }
    case 'too_big': {
      if (issue.origin === 'string') {
        return { ...base, zh: `${field} 太长，最多 ${issue.maximum} 个字。`, en: `${field} is too long: at most ${issue.maximum} characters.` };
      }
      if (issue.origin === 'array') {
        return { ...base, zh: `${field} 最多只能有 ${issue.maximum} 项，这里有 ${Array.isArray(value) ? value.length : '更多'} 项。`, en: `${field} takes at most ${issue.maximum} item(s)${Array.isArray(value) ? `, not ${value.length}` : ''}.` };
      }
      return { ...base, zh: `${field} 不能大于 ${issue.maximum}。`, en: `${field} cannot be more than ${issue.maximum}.` };
    }
    case 'invalid_key': {
      // A record key the schema refuses (a year in site.yaml's holidays): the key's own message says what it must be.
      const message = issue.issues.map((inner) => inner.message).find((text) => text.includes('\n'));
      const key = String(path.at(-1) ?? '');
      if (message) {
        const { zh, en } = bilingual(message);
        return { ...base, zh: `${field} 的“${key}”不能作为键：${zh}`, en: `"${key}" cannot be a key of ${fieldPath(path.slice(0, -1)) || 'this file'}: ${en}` };
      }
      return {
        ...base,
        zh: `${field || '此文件'} 的值不符合要求：${describe(value, written)}。请对照示例文件修改。`,
        en: `${field || 'this file'} is not valid (${issue.message}): compare it with an example file.`,
      };
    }
    default: {
      // Ids listed with a Chinese separator (`[a、b]`) are one id that is not one: say how a list is written.
      const listed = typeof value === 'string' && /[、，,；;]/.test(value) ? value.split(/\s*[、，,；;]\s*/u).filter(Boolean) : [];
      if (issue.code === 'invalid_format' && listed.length > 1 && listed.every((part) => ID_PATTERN.test(part))) {
        return {
          ...base,
          zh: `${field} 写的是“${value}”：这是${listed.length}个编号，用了中文标点隔开。列表里每个编号要分开写，用英文逗号隔开：[${listed.join(', ')}]。`,
          en: `${field} holds "${value}": ${listed.length} ids joined by Chinese punctuation. Write each id apart in the list, separated by English commas: [${listed.join(', ')}].`,
        };
      }
      if (issue.message && issue.message.includes('\n')) return { ...base, ...bilingual(issue.message) };
      return {
        ...base,
        zh: `${field || '此文件'} 的值不符合要求：${describe(value, written)}。请对照示例文件修改。`,
        en: `${field || 'this file'} is not valid (${issue.message}): compare it with an example file.`,
      };
    }
  }
}

function unknownKeys(keys: readonly string[], allowed: readonly string[]): { zh: string; en: string } {
  const parts = keys.map((key) => ({ key, suggestion: closest(key, allowed) }));
  const zh = parts
    .map(({ key, suggestion }) => `不认识的字段“${key}”${suggestion ? `，是否想写“${suggestion}”？` : '。'}`)
    .join('');
  const en = parts
    .map(({ key, suggestion }) => `unknown field "${key}"${suggestion ? `: did you mean "${suggestion}"?` : '.'}`)
    .join(' ');
  const list = allowed.length > 0 ? allowed.join(', ') : '';
  return {
    zh: `${zh}${list ? `此处可用的字段：${list}。` : ''}`,
    en: `${en}${list ? ` Fields allowed here: ${list}.` : ''}`,
  };
}
