import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { BAZHONG, problemsAfter, write } from '../helpers/fixture-copy.ts';

describe('names of units and jurisdictions are unique within their collection', () => {
  it('refuses a second unit with the same name, naming both files', () => {
    const problems = problemsAfter((content) => write(content, 'units/ecology-bureau.yaml', 'name: 市生态环境局\nkind: department\njurisdiction: demo-city\n'));
    expect(problems).toMatchObject([{ file: 'content/units/ecology.yaml', field: 'name', line: 1 }]);
    expect(problems[0]!.zh).toContain('单位名称“市生态环境局”已被 content/units/ecology-bureau.yaml（name）使用');
  });

  it('refuses an alias or short name that is another entry’s name, even written with full-width brackets or spaces', () => {
    const problems = problemsAfter((content) => {
      write(content, 'units/zone-office.yaml', 'name: 经开区管委会\nshortName: 市 生态环境局\nkind: zone-administration\njurisdiction: demo-city\n');
      write(content, 'units/counties-all.yaml', 'name: 各县(区)党委和人民政府\nkind: group\njurisdiction: demo-city\nmembers: [district-a]\n');
      write(content, 'jurisdictions/demo-zone.yaml', 'name: 示例经开区\naliases: [甲区老城, 甲区]\nkind: functional-zone\nparent: demo-city\n');
    });
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/units/counties.yaml', 'name'],
      ['content/units/zone-office.yaml', 'shortName'],
      ['content/jurisdictions/district-a.yaml', 'name'],
    ]);
    expect(problems[2]!.zh).toContain('行政区划名称“甲区”已被 content/jurisdictions/demo-zone.yaml（aliases[1]）使用');
  });

  it('lets an entry repeat its own name, and a unit share a name with a jurisdiction', () => {
    const problems = problemsAfter((content) => {
      write(content, 'units/ecology.yaml', 'name: 市生态环境局\nshortName: 市生态环境局\naliases: [市生态环境局]\nkind: department\njurisdiction: demo-city\n');
      write(content, 'units/city.yaml', 'name: 示例市\nkind: party-and-government\njurisdiction: demo-city\n');
    });
    expect(problems).toEqual([]);
  });

  it('finds no shared name in the Bazhong content', () => {
    expect(checkContent({ projectRoot: BAZHONG, asOf: '2026-01-15' }).problems.filter((problem) => problem.zh.includes('名称“'))).toEqual([]);
  });
});
