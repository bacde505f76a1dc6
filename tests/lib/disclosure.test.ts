import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { personalDataProblems } from '../../src/features/check/privacy.ts';
import { complaintStatistics } from '../../src/features/views/complaints.ts';
import { copyFixture, edit, problemsAfter } from '../helpers/fixture-copy.ts';


describe('the privacy check', () => {
  it('catches an ID-card number hidden in a news article, with its line, and masks it in the message', () => {
    const problems = problemsAfter((content) =>
      edit(content, 'news/first-progress.md', '序时推进管网建设。', '序时推进管网建设。举报人身份证号 51190219800101123X 已核实。'),
    );
    expect(problems).toHaveLength(1);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/news/first-progress.md:10
        这里有一个身份证号码（511…3X，校验位不符，可能是输错的号码）。为保护个人信息，网站内容不得出现身份证号码：请删除，必要时改写为“某某”。
        (there is an ID-card number here (511…3X; its check digit is wrong, probably a mistyped number): personal data may not appear in content; delete it.)"
    `);
  });

  it('catches a mobile number in any field, however it is written', () => {
    for (const written of ['13812345678', '138-1234-5678', '138 1234 5678', '+86 13812345678']) {
      const problems = personalDataProblems('x.yaml', `summary: 联系人电话${written}。\n`);
      expect(problems, written).toHaveLength(1);
      expect(problems[0]!.zh).toContain('手机号码');
    }
  });

  it('leaves hotlines, office landlines, dates, coordinates and long amounts alone', () => {
    const text = [
      'phone: 12369',
      'phone: 0827-5261234',
      'date: "2021-12-13"',
      'coordinates: [106.75345234567891, 31.867485190123456]',
      'value: 13812345678901234567',
      'number: 巴委办〔2022〕1号',
    ].join('\n');
    expect(personalDataProblems('x.yaml', text)).toEqual([]);
  });

  it('refuses a complaint that names its complainant, because the schema has no such field', () => {
    const problems = problemsAfter((content) => edit(content, 'complaints/central-demo/d002.yaml', 'outcome: 阶段性办结', 'outcome: 阶段性办结\ncomplainant: 王某'));
    expect(problems).toMatchObject([{ file: 'content/complaints/central-demo/d002.yaml', field: 'complainant' }]);
  });
});

describe('disclosure content rules', () => {
  it('refuses complaint totals that give one figure twice, naming its line', () => {
    const problems = problemsAfter((content) => edit(content, 'inspections/muni-2026.yaml', '{ term: 阶段性办结,', '{ term: 已办结,'));
    expect(problems).toHaveLength(1);
    const line = readFileSync('tests/fixtures/content-two-inspections/inspections/muni-2026.yaml', 'utf8').split('\n').findIndex((text) => text.includes('{ term: 阶段性办结,')) + 1;
    expect(problems[0]).toMatchObject({ file: 'content/inspections/muni-2026.yaml', line, field: 'complaintTotals[0].figures[2].term' });
    expect(problems[0]!.zh).toBe('“已办结”在同一次汇总里写了两次。请核对原文，删去重复的一项。');
  });

  it('explains the figures that replaced the old fixed fields of complaint totals, and asks for the quoted passage', () => {
    const problems = problemsAfter((content) => {
      edit(content, 'inspections/muni-2026.yaml', '    figures:\n', '    transferred: 42\n    figures:\n');
      edit(content, 'inspections/muni-2026.yaml', '      quote: 督察期间共受理群众信访举报42件，已办结30件、阶段性办结8件；责令整改15家，立案调查4家。\n', '');
    });
    const byField = new Map(problems.map((problem) => [problem.field, problem.zh]));
    expect([...byField.keys()].sort()).toEqual(['complaintTotals[0].source.quote', 'complaintTotals[0].transferred']);
    expect(byField.get('complaintTotals[0].transferred')).toContain('请把原文的每个数字写成 figures 的一项');
    expect(byField.get('complaintTotals[0].source.quote')).toBe('缺少必填字段 complaintTotals[0].source.quote，应填写文字。');
  });

  it('takes complaint totals dated to the month when that is all the source gives', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  it('refuses a case or a news article linked to a task that does not exist, suggesting the nearest', () => {
    const problems = problemsAfter((content) => {
      edit(content, 'cases/sludge-dumping.md', 'tasks: [demo/01]', 'tasks: [demo/09]');
      edit(content, 'news/first-progress.md', 'tasks: [demo/01]', 'tasks: [demo/1]');
    });
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      'content/cases/sludge-dumping.md tasks[0]',
      'content/news/first-progress.md tasks[0]',
    ]);
    expect(problems[0]!.zh).toContain('找不到编号为“demo/09”的整改任务');
  });

  it('refuses a complaint concluded before it was received', () => {
    const problems = problemsAfter((content) => edit(content, 'complaints/central-demo/d001.yaml', 'concluded: "2025-06-20"', 'concluded: "2025-04-20"'));
    expect(problems).toMatchObject([{ field: 'concluded' }]);
  });
});

describe('complaint statistics', () => {
  it('counts by county, kind (each kind of a complaint once), outcome and month, and adds up what was done', () => {
    const { root } = copyFixture();
    const { input } = checkContent({ projectRoot: root, contentDir: 'content' });
    const statistics = complaintStatistics(input.complaints);
    expect(statistics.total).toBe(3);
    expect(statistics.byJurisdiction).toEqual([
      { key: 'district-a', count: 2 },
      { key: 'county-b', count: 1 },
    ]);
    expect(statistics.byKind).toEqual([
      { key: '大气', count: 1 },
      { key: '水', count: 1 },
      { key: '噪声', count: 1 },
      { key: '固体废物', count: 1 },
    ]);
    expect(statistics.byOutcome).toEqual([
      { key: '已办结', count: 2 },
      { key: '阶段性办结', count: 1 },
    ]);
    expect(statistics.byMonth).toEqual([
      { key: '2025-05', count: 2 },
      { key: '2025-06', count: 1 },
    ]);
    // Only what some record states: no record gives a detention, so no 拘留 0 人.
    expect(statistics.actions).toEqual([
      { term: '责令整改', value: 2, unit: '件', stated: 2 },
      { term: '立案处罚', value: 1, unit: '件', stated: 1 },
      { term: '罚款', value: 12.5, unit: '万元', stated: 1 },
      { term: '问责', value: 1, unit: '人', stated: 1 },
    ]);
  });
});
