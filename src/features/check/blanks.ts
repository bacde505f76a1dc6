import type { SourceFile } from './load.ts';
import { fieldPath, type Problem } from './problem.ts';

/**
 * Blanks (待填写): what `npm run new` cannot know from its answers (a passage to quote, a body to
 * write) it writes as `【待填写】` and what to write there, so that a new file is complete but for
 * its marked places. The check names each blank left with its line and field, and keeps the
 * entry out of the site until every one is filled.
 */
export const BLANK_MARK = '【待填写】';

/** A blank asking for `what`: `blank('反馈问题原文，一字不差')`. */
export function blank(what: string): string {
  return `${BLANK_MARK}${what}`;
}

/** A problem that is a blank still to fill: `npm run new` writes files with blanks, nothing else does. */
export function isBlankProblem(problem: Problem): boolean {
  return problem.blank === true;
}

function blankProblem(source: SourceFile, at: { line?: number; field: string }, text: string): Problem {
  const what = text.slice(text.indexOf(BLANK_MARK) + BLANK_MARK.length).trim();
  return {
    file: source.file,
    ...at,
    zh: `尚未填写：${what || '这一项'}。请把“${BLANK_MARK}…”整个换成实际内容；来源没有的就删去这一项（必填项除外）。`,
    en: `not filled in yet: replace the whole placeholder "${BLANK_MARK}…" with what it asks for (${at.field}); leave out what the source does not give, unless the field is required.`,
    blank: true,
  };
}

/**
 * The blanks left in a content file, each a problem naming its line and field, and the fields
 * they stand in (a blank where a number or a date goes also fails the schema: that failure is
 * the blank's, and is not named again).
 */
export function blankProblems(source: SourceFile): { problems: Problem[]; fields: Set<string> } {
  const problems: Problem[] = [];
  const fields = new Set<string>();
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (typeof value === 'string') {
      if (!value.includes(BLANK_MARK)) return;
      const field = fieldPath(path);
      fields.add(field);
      problems.push(blankProblem(source, { line: source.lineOf(path), field }, value));
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(source.data, []);
  source.body?.split('\n').forEach((line, index) => {
    if (line.includes(BLANK_MARK)) problems.push(blankProblem(source, { line: (source.bodyLine ?? 1) + index, field: '正文 (body)' }, line));
  });
  return { problems, fields };
}
