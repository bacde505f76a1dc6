import { describe, expect, it } from 'vitest';
import { readYamlText } from '../../src/features/check/load.ts';

/** What readYamlText says about each line of a text: `line message-start`. */
function said(text: string, firstLine = 1): string[] {
  return readYamlText('content/x.yaml', text, firstLine).problems.map((problem) => `${problem.line} ${problem.zh.slice(0, 12)}`);
}

describe('typing slips in YAML', () => {
  it('names a field name followed by a full-width colon, whether or not the YAML parses', () => {
    expect(said('title: 示例\ngoal：完成排查\n')).toEqual(['2 字段名 goal 后用了']);
    expect(said('title: 示例\n  goal：完成排查\n')).toEqual(['2 字段名 goal 后用了']);
  });

  it('leaves full-width colons in text alone: a continued line, a list item, a block of text', () => {
    expect(said('text: 主要污染物排放量：\n  COD：100吨\n')).toEqual([]);
    expect(said('items:\n  - pH：6-9\n')).toEqual([]);
    expect(said('summary: |\n  goal：这是正文里的一行\n  \t缩进的正文\n')).toEqual([]);
  });

  it('counts lines from where a frontmatter starts', () => {
    expect(said('title: 示例\n\u3000\u3000date: "2025-01-01"\n', 2)).toEqual(['3 这一行用全角空格（U+3']);
  });

  it('names each invisible character with its column, and only those', () => {
    expect(said('title: 示\u200b例\u2060\n')).toEqual(['1 第 9 列有一个看不见的', '1 第 11 列有一个看不见']);
    expect(said('title: 示例 ——「引号」\n')).toEqual([]);
  });
});

describe('YAML that cannot be read, explained', () => {
  const problems = (text: string) => readYamlText('content/x.yaml', text).problems;

  it('names the field written twice', () => {
    expect(problems('url: a\ntitle: t\nurl: b\n')).toMatchObject([{ line: 3, field: 'url', zh: '同一个字段写了两次：url。请删掉其中一个。' }]);
    // A key repeated inside a { } on the line is not the line's field.
    const [inside] = problems('x: {a: 1, a: 2}\n');
    expect(inside!.zh).toBe('同一个字段写了两次。请删掉其中一个。');
  });

  it('says to quote text that starts with { or [, which YAML reads as a mapping or a list', () => {
    const [brace] = problems('title: 示例\nsummary: {濂溪区}改造过半: 已完成3个片区\n');
    expect(brace).toMatchObject({ line: 2, field: 'summary' });
    expect(brace!.zh).toBe('字段 summary 的值以 { 开头，YAML 把它读作映射，读不通。是一段文字的话，请整段加双引号，如 summary: "{…"；是映射的话，检查括号和逗号是否成对。');
    expect(brace!.en).toMatch(/^the value of summary starts with \{/);
    const [bracket] = problems('- from: /a/\n  note: [旧]编号\n');
    expect(bracket).toMatchObject({ line: 2, field: 'note' });
    expect(bracket!.zh).toContain('YAML 把它读作列表');
    // Quoted, the same text is read.
    expect(problems('summary: "{濂溪区}改造过半: 已完成3个片区"\n')).toEqual([]);
  });
});
