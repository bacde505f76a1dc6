import { describe, expect, it } from 'vitest';
import { codePointLabel, INVISIBLE_CHARACTERS } from '../../src/core/invisible.ts';
import { typingProblems } from '../../src/features/check/yaml-hints.ts';
import { bodyCharacterProblems, unsafeCharacterProblems } from '../../src/features/check/characters.ts';
import { normaliseCellText } from '../../src/features/sheet/text.ts';

const CHARACTERS = [...INVISIBLE_CHARACTERS.keys()].map((code) => [codePointLabel(code), String.fromCodePoint(code)] as const);

describe('a character a reader does not see, from the one list', () => {
  it.each(CHARACTERS)('%s typed in a content file is named with its line and column', (label, char) => {
    const problems = typingProblems('units/a.yaml', `name: 市生态${char}环境局\n`, 1, true);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'units/a.yaml', line: 1 });
    expect(problems[0]!.zh).toContain(`第 10 列有一个看不见的字符 ${label}`);
  });

  it.each(CHARACTERS)('%s written as an escape in a content file is named on its field', (label, char) => {
    const problems = unsafeCharacterProblems({ file: 'units/a.yaml', data: { name: `市生态${char}环境局` }, lineOf: () => 1 }, `name: "市生态\\u${label.slice(2).toLowerCase()}环境局"\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'units/a.yaml', field: 'name' });
  });

  it.each(CHARACTERS)('%s in a sheet cell is removed and named in the import report', (label, char) => {
    expect(normaliseCellText(`市生态${char}环境局`)).toMatchObject({ text: '市生态环境局', invisible: [`${INVISIBLE_CHARACTERS.get(char.codePointAt(0)!)!.zh} ${label}`] });
  });
});

describe('a body’s characters', () => {
  it('names one a reader does not see by its column, counted in characters as an editor counts them', () => {
    expect(bodyCharacterProblems('news/a.md', '𠀀😀零\u200b宽', 9)).toMatchObject([{ file: 'news/a.md', line: 9, field: '正文 (body)' }]);
    expect(bodyCharacterProblems('news/a.md', '𠀀😀零\u200b宽', 9)[0]!.zh).toContain('正文第 4 列有一个看不见的字符（零宽空格） U+200B');
  });

  it('leaves the joiner inside an emoji, which is how the emoji is written', () => {
    expect(bodyCharacterProblems('news/a.md', '家庭👨‍👩‍👧出游，❤️‍🔥', 9)).toEqual([]);
    expect(bodyCharacterProblems('news/a.md', '整改\u200d完成', 9)).toHaveLength(1);
  });
});
