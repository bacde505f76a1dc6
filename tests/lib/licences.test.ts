import { describe, expect, it } from 'vitest';
import { OPEN_LICENCES, openLicence } from '../../src/core/licences.ts';
import { edit, problemsAfter } from '../helpers/fixture-copy.ts';

describe('the data licence of site.yaml', () => {
  it('is read however staff write it, and named by its Open Definition id', () => {
    for (const text of ['CC BY 4.0', 'CC-BY-4.0', 'cc by 4.0', 'ＣＣ ＢＹ ４.０', 'CC BY 4.0 International', '知识共享署名 4.0 国际许可协议', 'Creative Commons Attribution 4.0']) {
      expect(openLicence(text)?.id, text).toBe('CC-BY-4.0');
    }
    expect(openLicence('CC BY-SA 4.0')?.id).toBe('CC-BY-SA-4.0');
    expect(openLicence('CC0')?.id).toBe('CC0-1.0');
    expect(openLicence('ODbL')?.id).toBe('ODbL-1.0');
  });

  it('knows no licence it cannot name: a version, a variant or a word is not guessed', () => {
    for (const text of ['CC BY 3.0', 'CC BY-NC 4.0', 'CC BY', '开放许可', '公开', '']) expect(openLicence(text), text).toBeUndefined();
  });

  it('gives every licence an id the Data Package profile accepts and the address of its text', () => {
    for (const licence of OPEN_LICENCES) {
      expect(licence.id).toMatch(/^([-a-zA-Z0-9._])+$/);
      expect(licence.path).toMatch(/^https:\/\//);
      expect(openLicence(licence.id)).toBe(licence);
    }
  });

  it('refuses a licence it does not know, saying which to write, in Chinese and English', () => {
    const problems = problemsAfter((content) => edit(content, 'site.yaml', /^dataLicence: .*$/m, 'dataLicence: 开放许可'));
    const problem = problems.find((found) => found.field === 'dataLicence');
    expect(problem).toMatchObject({ file: 'content/site.yaml', line: expect.any(Number) });
    expect(`${problem!.zh}\n${problem!.en}`).toMatchInlineSnapshot(`
      "不认识这个数据许可。请写以下之一（空格、大小写不限，如 CC BY 4.0）：CC-BY-4.0（知识共享署名 4.0 国际许可协议）、CC-BY-SA-4.0（知识共享署名—相同方式共享 4.0 国际许可协议）、CC0-1.0（CC0 1.0 通用公有领域贡献）、ODC-BY-1.0（开放数据共享署名许可协议 1.0）、ODbL-1.0（开放数据库许可协议 1.0）、ODC-PDDL-1.0（开放数据共享公有领域贡献和许可协议 1.0）。开放数据的说明文件 datapackage.json 要写出许可的标准编号；要用其他许可，请网站维护人员先把它加进 src/core/licences.ts。
      Unknown data licence: write one of CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0, ODC-BY-1.0, ODbL-1.0, ODC-PDDL-1.0 (any spacing or case, e.g. CC BY 4.0); datapackage.json names the licence by its Open Definition id, so another licence must first be added to src/core/licences.ts."
    `);
  });
});
