import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, edit, problemsAfter, write } from '../helpers/fixture-copy.ts';


describe('formatProblems', () => {
  const problem = (n: number) => ({ file: `content/updates/${n}.yaml`, line: 4, field: 'status', zh: `第${n}个`, en: `number ${n}` });

  it('lists every problem unless given a limit', () => {
    const text = formatProblems([1, 2, 3].map(problem));
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).not.toContain('未列出');
  });

  it('lists only the first problems up to the limit and says how many more npm run check would list', () => {
    const text = formatProblems([1, 2, 3, 4, 5].map(problem), { limit: 2 });
    expect(text).toContain('content/updates/2.yaml:4 · status');
    expect(text).not.toContain('content/updates/3.yaml');
    expect(text).toContain('另有 3 个问题未列出');
    expect(text).toContain('and 3 more not listed here: npm run check lists them all');
  });
});

describe('content check on the two-inspection fixture', () => {
  it('passes the fixture as it is', () => {
    const { root } = copyFixture();
    const result = checkContent({ projectRoot: root, contentDir: 'content' });
    expect(formatProblems(result.problems)).toBe('');
    expect(result.input.tasks).toHaveLength(2);
    expect(result.asOf).toBe('2026-01-15');
  });

  it('counts a file it cannot read once, however many faults it names in it', () => {
    const { root, content } = copyFixture();
    const passed = checkContent({ projectRoot: root, contentDir: 'content' });
    write(content, 'updates/demo/zz-broken.yaml', 'task: demo/01\nmeasure: 1\n date: "2025-05"\nstatus: [已完成\n');
    const result = checkContent({ projectRoot: root, contentDir: 'content' });
    expect(result.problems.filter((problem) => problem.file.endsWith('zz-broken.yaml')).length).toBeGreaterThan(1);
    expect(result.fileCount).toBe(passed.fileCount + 1);
  });

  it('reports a file it cannot read once, and not every reference to it as an id that does not exist', () => {
    // A tab where YAML takes spaces: the task file cannot be read, while updates and places name it.
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', /^goal: /m, '\tgoal: '));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((problem) => problem.file !== 'content/tasks/demo/01.yaml').map((problem) => `${problem.file}: ${problem.zh}`)).toEqual([]);
  });

  it('blames a refused file alone, not the entries that rest on it through others, nor the addresses and links it would give', () => {
    // The group of counties refused (a mistyped kind): the task names the group, the update its
    // task, and the county reporting on it would be "neither responsible nor supervising".
    const group = problemsAfter((content) => edit(content, 'units/counties.yaml', 'kind: group', 'kind: grop'));
    expect(group.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/units/counties.yaml kind']);
    // The task refused, with addresses promised and a news body linking to its page: neither
    // the promise nor the link is said to break for it.
    const task = problemsAfter((content) => {
      write(content, 'published-urls.txt', '/tasks/demo/01/\n/charts/progress/counties/county-b/\n');
      write(content, 'news/link-to-task.md', '---\ntitle: 示例动态\ndate: "2025-06-01"\ntopic: 整改成效\npublisher: 示例市生态环境局\nsummary: 示例。\n---\n\n见[任务一](/sub/tasks/demo/01/)。\n');
      edit(content, 'tasks/demo/01.yaml', 'number: 1\n', 'number: 一\n');
    });
    expect(task.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/tasks/demo/01.yaml number']);
  });

  it('keeps a promise of a file the product retired without a redirect, and no other', () => {
    // /feeds/feed.xsl, the XSLT stylesheet feeds named until browsers dropped XSLT (RETIRED_FILES).
    const problems = problemsAfter((content) => write(content, 'published-urls.txt', '/feeds/feed.xsl\n/feeds/feed.css\n/feeds/other.xsl\n'));
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.zh.slice(0, 30)}`)).toEqual(['content/published-urls.txt:3 网址 /feeds/other.xsl 曾经发布，现在的内容']);
  });

  it('still judges what each file says alone, and whatever rests on no refused file, while a file is refused', () => {
    // Faults of their own in a place, an update and a task, beside a refused jurisdiction everything rests on.
    const faults = (content: string) => {
      edit(content, 'places/demo/mine-a.yaml', 'kind: mining-right', 'kind: landfil');
      edit(content, 'updates/demo/01-1-2025-05.yaml', '2025-05-20', '2027-05-20');
    };
    const alone = problemsAfter(faults).map((problem) => `${problem.file} ${problem.field}`);
    expect(alone).toEqual(['content/places/demo/mine-a.yaml kind', 'content/updates/demo/01-1-2025-05.yaml date']);
    const beside = problemsAfter((content) => {
      faults(content);
      edit(content, 'jurisdictions/demo-province.yaml', /^name:/m, '\tname:');
    }).map((problem) => `${problem.file} ${problem.field}`);
    expect(beside).toEqual(expect.arrayContaining(alone));
  });

  it('does not judge the order of a task\'s updates while one update file is refused, nor links to maps while site.yaml is', () => {
    const close = 'task: demo/02\ndate: "2025-06-10"\nstatus: 已验收销号\nreportedBy: ecology\nsummary: 验收通过。\nevidence:\n  documents:\n    - document: demo-plan\n';
    const reopen = 'task: demo/02\ndate: "2025-08-10"\nstatus: 重新整改\nreportedBy: ecology\nsummary: 发现反弹，重新整改。\nevidence:\n  documents:\n    - document: demo-plan\n';
    const progress = 'task: demo/02\nmeasure: 1\ndate: "2025-10-10"\nstatus: 序时推进\nreportedBy: district-a\nsummary: 推进中。\n';
    const three = (content: string) => {
      write(content, 'updates/demo/02-close.yaml', close);
      write(content, 'updates/demo/02-reopen.yaml', reopen);
      write(content, 'updates/demo/02-progress.yaml', progress);
    };
    expect(problemsAfter(three)).toEqual([]);
    const reopeningRefused = problemsAfter((content) => {
      three(content);
      edit(content, 'updates/demo/02-reopen.yaml', 'status:', '\tstatus:');
    });
    expect(reopeningRefused.map((problem) => problem.file)).toEqual(['content/updates/demo/02-reopen.yaml']);
    // A refused site.yaml: the maps' addresses are unknown, so a body's link to one is not blamed.
    const siteRefused = problemsAfter((content) => {
      edit(content, 'news/first-progress.md', /\n*$/, '\n\n见[污水地图](/maps/sewage/)。\n');
      edit(content, 'site.yaml', /^title:/m, '\ttitle:');
    });
    expect(siteRefused.map((problem) => problem.file)).toEqual(['content/site.yaml']);
  });

  it('refuses a sub-item listing a place of another measure or task, and a report naming a place under another measure', () => {
    const item = (places: string) => (content: string) =>
      edit(content, 'tasks/demo/01.yaml', '    due: "2025-06"\n', `    due: "2025-06"\n    items:\n      - { label: (1), text: 示例小项。, places: [${places}] }\n`);
    // mine-a is measure 2's by its file; this lists it under measure 1.
    expect(problemsAfter(item('demo/mine-a'))).toMatchObject([{ file: 'content/tasks/demo/01.yaml', field: 'measures[0].items[0].places[0]' }]);
    const report = problemsAfter((content) => write(content, 'updates/demo/01-mine.yaml', 'task: demo/01\nmeasure: 1\nplace: demo/mine-a\ndate: "2025-05-21"\nstatus: 序时推进\nreportedBy: district-a\nsummary: 推进中。\n'));
    expect(report).toMatchObject([{ file: 'content/updates/demo/01-mine.yaml', field: 'measure' }]);
    expect(report[0]!.zh).toContain('点位 demo/mine-a 属于第2条措施');
  });

  it('names the file, line and field of a missing required field, in Chinese and English', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', /^goal: .*\n/m, ''));
    expect(problems).toHaveLength(1);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/tasks/demo/01.yaml:1 · goal
        缺少必填字段 goal，应填写文字。
        (the required field goal is missing: it takes text.)"
    `);
  });

  it('says what type a mistyped field needs', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'number: 1\nprovincial', 'number: 一\nprovincial'));
    expect(problems).toMatchObject([{ file: 'content/tasks/demo/01.yaml', line: 2, field: 'number' }]);
    expect(problems[0]!.zh).toContain('应为数字');
  });

  it('suggests the field a misspelt key was meant to be', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'supervisingUnits:', 'supervisingUnit:'));
    const unknown = problems.find((problem) => problem.zh.includes('不认识的字段'));
    expect(unknown).toMatchObject({ field: 'supervisingUnit', line: 7 });
    expect(unknown!.zh).toContain('是否想写“supervisingUnits”');
    expect(unknown!.en).toContain('did you mean "supervisingUnits"');
  });

  it('refuses an unknown unit and suggests the nearest id', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'supervisingUnits: [committee-office, ecology]', 'supervisingUnits: [committee-office, ecolgy]'));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/tasks/demo/01.yaml:7 · supervisingUnits[1]
        找不到编号为“ecolgy”的单位。是否想写“ecology”？编号就是 content/units/ 下的文件路径（不含扩展名）；如果是新的单位，请先在 content/units/ 下建立它。
        (no unit has the id "ecolgy". Did you mean "ecology"? An id is the file's path under content/units/ without its extension; add a new unit there first.)"
    `);
  });

  it('refuses an unknown jurisdiction in a target breakdown', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'jurisdiction: county-b, value', 'jurisdiction: county-c, value'));
    expect(problems).toMatchObject([{ field: 'measures[0].targets[0].breakdown[1].jurisdiction', line: 23 }]);
    expect(problems[0]!.zh).toContain('找不到编号为“county-c”的行政区划');
  });

  it('refuses an impossible date', () => {
    const problems = problemsAfter((content) => edit(content, 'updates/demo/01-1-2025-05.yaml', '2025-05-20', '2025-02-30'));
    expect(problems).toMatchObject([{ file: 'content/updates/demo/01-1-2025-05.yaml', field: 'date', line: 3 }]);
    expect(problems[0]!.zh).toContain('2025年2月没有30日（原文“2025-02-30”）：请核对日期');
  });

  it('names an empty file as empty, once, instead of every field it lacks', () => {
    for (const text of ['', '\n\n', '# 待填写\n   \n', '---\n']) {
      const problems = problemsAfter((content) => write(content, 'updates/demo/01-1-2025-09.yaml', text));
      expect(problems, JSON.stringify(text)).toMatchObject([{ file: 'content/updates/demo/01-1-2025-09.yaml', line: 1 }]);
      expect(problems[0]!.zh).toMatch(/^文件是空的：.*删除这个文件。$/);
      expect(problems[0]!.en).toMatch(/^The file is empty: /);
    }
    const markdown = problemsAfter((content) => write(content, 'news/empty.md', '---\n\n---\n'));
    expect(markdown).toMatchObject([{ file: 'content/news/empty.md', line: 2 }]);
    expect(markdown[0]!.zh).toContain('文件是空的（信息块里没有内容）');
    // With a body it is not empty: its missing fields are named.
    const withBody = problemsAfter((content) => write(content, 'news/no-fields.md', '---\n\n---\n\n正文。\n'));
    expect(withBody.length).toBeGreaterThan(1);
    expect(withBody.map((problem) => problem.zh).join('')).not.toContain('文件是空的');
  });

  it('refuses a deadline that is neither a month nor 立行立改，长期坚持', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'deadline: 2025年12月', 'deadline: 2025年13月'));
    expect(problems).toMatchObject([{ field: 'deadline' }]);
    expect(problems[0]!.zh).toContain('不是有效的整改时限');
  });

  it('refuses a breakdown that does not add up to the total the text states', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'jurisdiction: county-b, value: 20', 'jurisdiction: county-b, value: 12'));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/tasks/demo/01.yaml:21 · measures[0].targets[0].breakdown
        各地合计 22 公里，与总数 30 公里不符。请核对各地数值或总数。
        (the breakdown sums to 22 公里, but the total says 30 公里: check the figures.)"
    `);
  });

  it('refuses two files that claim the same id', () => {
    const problems = problemsAfter((content) => write(content, 'units/ecology.yml', 'name: 市生态环境局\nkind: department\njurisdiction: demo-city\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.zh).toContain('已被 content/units/ecology.yaml 使用');
  });

  it('refuses two tasks with the same number in one plan', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/02.yaml', 'number: 2', 'number: 1'));
    expect(problems).toMatchObject([{ file: 'content/tasks/demo/02.yaml', field: 'number' }]);
  });

  it('refuses YAML it cannot read, with the line', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/02.yaml', 'goal: 长期坚持。', 'goal: "长期坚持。'));
    expect(problems[0]).toMatchObject({ file: 'content/tasks/demo/02.yaml' });
    expect(problems[0]!.zh).toContain('YAML 格式有误');
  });

  it('refuses an update dated after the as-of day', () => {
    const problems = problemsAfter((content) => edit(content, 'updates/demo/01-1-2025-05.yaml', '2025-05-20', '2026-03-01'));
    expect(problems).toMatchObject([{ field: 'date' }]);
    expect(problems[0]!.zh).toContain('晚于截至日期');
  });

  it('refuses a close-out by a unit that is not the acceptance unit, or without evidence', () => {
    const problems = problemsAfter((content) =>
      write(content, 'updates/demo/01-close.yaml', 'task: demo/01\ndate: "2026-01-10"\nstatus: 已验收销号\nreportedBy: district-a\nsummary: 验收。\n'),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['reportedBy', 'evidence']);
    // The first supervising unit is 市环委办, a coordination office hosted by 市生态环境局 (plan 五(三)).
    expect(problems[0]!.zh).toContain('第一个督导单位 ecology');
  });

  it('refuses a written 滞后: behind schedule is derived, never typed', () => {
    const problems = problemsAfter((content) => edit(content, 'updates/demo/01-1-2025-05.yaml', 'status: 已完成', 'status: 滞后'));
    expect(problems[0]!.zh).toContain('由系统按时限推算');
  });

  it('refuses a measure due after its task deadline', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'due: "2025-06"\n    targets', 'due: "2026-06"\n    targets'));
    expect(problems).toMatchObject([{ field: 'measures[0].due' }]);
  });

  it('asks for due when a measure’s own words name another month than its task’s deadline, as the sheet import writes it', () => {
    const earlier = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', '2025年12月底前，完成排查。', '2025年9月底前，完成排查。'));
    expect(earlier).toMatchObject([{ file: 'content/tasks/demo/01.yaml', line: 25, field: 'measures[1].due' }]);
    expect(earlier[0]!.zh).toContain('请在这条措施下加上 due: "2025-09"');
    // Later than the task's deadline: one of the two is wrong, and adding due alone would not do.
    const later = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', '2025年12月底前，完成排查。', '2026年6月底前，完成排查。'));
    expect(later).toMatchObject([{ field: 'measures[1].due' }]);
    expect(later[0]!.zh).toContain('晚于任务整改时限 2025年12月');
    // A date that is not a deadline (progress, a law it cites) asks for nothing.
    expect(problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', '2025年12月底前，完成排查。', '2025年9月，已完成排查；严格执行《长江保护法》（2021年3月1日起施行）。'))).toEqual([]);
    // Written as due, or the same month as the task's deadline: nothing to ask.
    expect(problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', '2025年12月底前，完成排查。', '2025年9月底前，完成排查。\n    due: "2025-09"'))).toEqual([]);
  });

  it('refuses an update from a unit that neither carries nor supervises what it updates', () => {
    const update = 'task: demo/02\nmeasure: 1\ndate: "2025-06-01"\nstatus: 序时推进\nreportedBy: district-a\nsummary: 推进中。\n';
    // district-a belongs to the group 各县（区）党委和人民政府 that carries demo/02: it may report.
    expect(problemsAfter((content) => write(content, 'updates/demo/02-1.yaml', update))).toEqual([]);
    const problems = problemsAfter((content) => {
      write(content, 'updates/demo/02-1.yaml', update);
      edit(content, 'units/counties.yaml', 'members: [district-a, county-b]', 'members: [county-b]');
    });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/updates/demo/01-1-2025-05.yaml:5 · reportedBy
        报告单位 district-a 既不是该任务（措施）的责任单位，也不是督导单位，不能报告其进展。请改为责任单位或督导单位。
        (district-a is neither responsible for nor supervising this task or measure, so it cannot report on it: name one that is.)

      content/updates/demo/02-1.yaml:5 · reportedBy
        报告单位 district-a 既不是该任务（措施）的责任单位，也不是督导单位，不能报告其进展。请改为责任单位或督导单位。
        (district-a is neither responsible for nor supervising this task or measure, so it cannot report on it: name one that is.)"
    `);
  });

  it('lets the unit a sub-item names report on that sub-item\'s place', () => {
    const place = 'kind: sewage-plant\nname: 示例污水处理厂\njurisdiction: district-a\ntask: demo/02\nmeasure: 1\nlocation:\n  precision: county\n  note: 示例。\nsource:\n  document: demo-plan\n';
    const update = 'task: demo/02\nmeasure: 1\nplace: demo/plant\ndate: "2025-06-01"\nstatus: 序时推进\nreportedBy: committee-office\nsummary: 推进中。\n';
    const setUp = (content: string, withItem: boolean) => {
      mkdirSync(join(content, 'places/demo'), { recursive: true });
      write(content, 'places/demo/plant.yaml', place);
      write(content, 'updates/demo/02-1-plant.yaml', update);
      if (withItem) edit(content, 'tasks/demo/02.yaml', '    responsibleUnits: [counties]\n', '    responsibleUnits: [counties]\n    items:\n      - { label: (1), text: 示例小项。, responsibleUnits: [committee-office], places: [demo/plant] }\n');
    };
    expect(problemsAfter((content) => setUp(content, true))).toEqual([]);
    expect(problemsAfter((content) => setUp(content, false))).toMatchObject([{ file: 'content/updates/demo/02-1-plant.yaml', field: 'reportedBy' }]);
  });
});

describe('kinds of place, which each deployment declares in site.yaml', () => {
  const landfill = (kind: string) => `kind: ${kind}\nname: 乙县示例垃圾填埋场\njurisdiction: county-b\ntask: demo/01\nlocation:\n  precision: county\n  note: 示例。\nsource:\n  document: demo-plan\n`;

  it('accepts a place of a kind placeLayers declares, and names the file, line and field of one it does not, with the nearest declared kind', () => {
    // The fixture's site.yaml declares landfill (layer landfills) besides Bazhong's four kinds.
    expect(problemsAfter((content) => write(content, 'places/demo/landfill.yaml', landfill('landfill')))).toEqual([]);
    const [problem, ...others] = problemsAfter((content) => write(content, 'places/demo/landfill.yaml', landfill('landfil')));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/places/demo/landfill.yaml', line: 1, field: 'kind' });
    expect(problem!.zh).toContain('点位类别“landfil”没有在 site.yaml 的 placeLayers 中声明');
    expect(problem!.zh).toContain('是不是 landfill？');
    expect(problem!.zh).toContain('landfill（垃圾填埋场）');
    expect(problem!.en).toContain('Did you mean landfill?');
  });

  it('says which declared kind a place means when its kind is written as the label, in capitals or in full-width letters', () => {
    for (const written of ['矿业权', 'Mining-Right', 'ｍｉｎｉｎｇ-ｒｉｇｈｔ']) {
      const problems = problemsAfter((content) => edit(content, 'places/demo/mine-a.yaml', 'kind: mining-right', `kind: ${written}`));
      expect(problems).toMatchObject([{ file: 'content/places/demo/mine-a.yaml', field: 'kind' }]);
      expect(problems[0]!.zh, written).toContain('是不是 mining-right？');
    }
  });

  it('says a field left empty is empty, not what it holds', () => {
    const problems = problemsAfter((content) => edit(content, 'site.yaml', /^placeLayers:[\s\S]*$/m, 'placeLayers:\n'));
    expect(problems.filter((problem) => problem.file === 'content/site.yaml')).toMatchObject([{ field: 'placeLayers' }]);
    const [problem] = problems.filter((each) => each.file === 'content/site.yaml');
    expect(problem!.zh).toContain('空的（冒号后什么也没写）');
    expect(problem!.en).toContain('not empty');
  });

  it('refuses every place when site.yaml declares no kind, saying so, since the kinds and their labels are the deployment\'s own', () => {
    const problems = problemsAfter((content) => edit(content, 'site.yaml', /^placeLayers:[\s\S]*$/m, ''));
    expect(problems.map((problem) => `${problem.file} ${problem.field}`).sort()).toEqual(['content/places/demo/mine-a.yaml kind', 'content/places/demo/pipes-b.yaml kind', 'content/places/demo/plant-a.yaml kind']);
    expect(problems[0]!.zh).toContain('site.yaml 还没有 placeLayers');
  });

  it('blames site.yaml alone when it cannot be read, not every place for an undeclared kind', () => {
    const problems = problemsAfter((content) => edit(content, 'site.yaml', 'title:', 'title: [unclosed\ntitle:'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((problem) => !problem.file.endsWith('site.yaml'))).toEqual([]);
  });

  it('refuses a kind listed under two layers, and a layer id used twice, naming where', () => {
    const problems = problemsAfter((content) =>
      edit(content, 'site.yaml', /$/, '  - id: landfills\n    title: 另一图层\n    kinds:\n      - id: sewage-plant\n        label: 污水厂\n'),
    );
    expect(problems.map((problem) => problem.field)).toEqual(['placeLayers[3].id', 'placeLayers[3].kinds[0].id']);
    expect(problems[1]!.zh).toContain('点位类别 sewage-plant 已列在图层 sewage 中');
  });

  it('refuses the layer id outlines, whose GeoJSON address is the county outlines, on its line in site.yaml', () => {
    const problems = problemsAfter((content) => edit(content, 'site.yaml', /^  - id: sewage$/m, '  - id: outlines'));
    expect(problems).toMatchObject([{ file: 'content/site.yaml', field: 'placeLayers[1].id' }]);
    expect(problems[0]!.line).toBeGreaterThan(1);
  });
});

/** The fixture's acceptance unit for demo/01 is ecology (host of committee-office): a close-out it may publish. */
const CLOSE_OUT = 'task: demo/01\ndate: "2025-12-20"\nstatus: 已验收销号\nreportedBy: ecology\nsummary: 验收通过，予以销号。\nevidence:\n  text: 验收意见\n  documents:\n    - document: demo-plan\n';

describe('progress the plan itself states, which no unit reported', () => {
  // Dated before the plan (2025-03), which says it was done.
  const planStated = (fields: string) => `task: demo/01\nmeasure: 1\ndate: "2025-02"\nsummary: 全市已完成10公里。\n${fields}`;
  const quote = 'evidence:\n  documents:\n    - document: demo-plan\n      quote: 2025年2月，全市已完成10公里。\n';

  it('may leave out reportedBy when its evidence quotes the task’s plan document', () => {
    expect(formatProblems(problemsAfter((content) => write(content, 'updates/demo/01-1-2025-05b.yaml', planStated(`status: 已完成\n${quote}`))))).toBe('');
  });

  it('needs a reporting unit otherwise, and always for a close-out or a reopening', () => {
    const without = problemsAfter((content) => write(content, 'updates/demo/01-1-2025-05b.yaml', planStated('status: 已完成\n')));
    expect(without).toEqual([expect.objectContaining({ file: 'content/updates/demo/01-1-2025-05b.yaml', field: 'reportedBy', line: 5, zh: expect.stringContaining('缺少报告单位 reportedBy：进展要写明由哪个单位报告。只有整改方案原文自己载明的进展') })]);
    expect(without[0]!.en).toContain('the plan document demo-plan under documents');
    const closeOut = problemsAfter((content) => write(content, 'updates/demo/01-close-b.yaml', `task: demo/01\ndate: "2025-12-01"\nsummary: 验收。\nstatus: 已验收销号\n${quote}`));
    expect(closeOut).toContainEqual(expect.objectContaining({ field: 'reportedBy', zh: expect.stringContaining('“已验收销号”总是由单位作出的') }));
    // A reopening an inspection found is still reported by a unit: without one, pages would say the plan found it.
    const reopening = problemsAfter((content) => {
      write(content, 'updates/demo/01-1-2025-05b.yaml', planStated(`status: 已完成\n${quote}`));
      write(content, 'updates/demo/01-1-2025-12.yaml', `task: demo/01\nmeasure: 1\ndate: "2025-12-01"\nsummary: 督察发现未整改到位。\nstatus: 重新整改\ninspection: central-demo\n${quote}`);
    });
    expect(reopening).toContainEqual(expect.objectContaining({ file: 'content/updates/demo/01-1-2025-12.yaml', field: 'reportedBy', zh: expect.stringContaining('“重新整改”总是由单位作出的') }));
  });

  it('must quote the plan, and cannot be dated after the plan was issued', () => {
    const unquoted = problemsAfter((content) => write(content, 'updates/demo/01-1-2025-05b.yaml', planStated('status: 已完成\nevidence:\n  documents:\n    - document: demo-plan\n')));
    expect(unquoted).toEqual([expect.objectContaining({ field: 'reportedBy', zh: expect.stringContaining('并用 quote 摘录原文') })]);
    const later = problemsAfter((content) => write(content, 'updates/demo/01-1-2025-05b.yaml', planStated(`status: 已完成\n${quote}`).replace('date: "2025-02"', 'date: "2025-12"')));
    expect(later).toEqual([expect.objectContaining({ field: 'reportedBy', zh: expect.stringContaining('晚于方案文件 demo-plan 的日期') })]);
  });
});

describe('a place without a task', () => {
  const early = 'kind: sewage-plant\nname: 甲区第二污水处理厂\njurisdiction: district-a\nlocation:\n  precision: county\nsource:\n  document: muni-feedback\n  quote: 甲区第二污水处理厂超标排放。\n';

  it('is accepted when a finding names it, before any task does', () => {
    expect(formatProblems(problemsAfter((content) => {
      write(content, 'places/demo/plant-new.yaml', early);
      edit(content, 'findings/muni-2026/02.yaml', /$/, 'places: [demo/plant-new]\n');
    }))).toBe('');
  });

  it('is refused when no finding names it, with a measure but no task, and when progress is reported on it', () => {
    const alone = problemsAfter((content) => write(content, 'places/demo/plant-new.yaml', early));
    expect(alone).toEqual([expect.objectContaining({ file: 'content/places/demo/plant-new.yaml', field: 'task', zh: expect.stringContaining('只有督察反馈问题点到、还没有整改任务的点位可以不写') })]);
    const reported = problemsAfter((content) => {
      write(content, 'places/demo/plant-new.yaml', `${early}measure: 1\n`);
      edit(content, 'findings/muni-2026/02.yaml', /$/, 'places: [demo/plant-new]\n');
      write(content, 'updates/demo/01-plant-new.yaml', 'task: demo/01\nplace: demo/plant-new\ndate: "2026-01-10"\nstatus: 序时推进\nreportedBy: district-a\nsummary: 开始整改。\n');
    });
    expect(reported).toContainEqual(expect.objectContaining({ field: 'measure', zh: expect.stringContaining('写了 measure 却没有写 task') }));
    expect(reported).toContainEqual(expect.objectContaining({ file: 'content/updates/demo/01-plant-new.yaml', field: 'place', zh: expect.stringContaining('还没有整改任务（只有督察反馈问题点到它）') }));
  });
});

describe('rules on the order of status updates', () => {
  it('accepts a close-out by the acceptance unit with evidence', () => {
    expect(problemsAfter((content) => write(content, 'updates/demo/01-close.yaml', CLOSE_OUT))).toEqual([]);
  });

  it('refuses progress reported on a task after it was closed out', () => {
    const problems = problemsAfter((content) => {
      write(content, 'updates/demo/01-close.yaml', CLOSE_OUT);
      write(content, 'updates/demo/01-2-2026-01.yaml', 'task: demo/01\nmeasure: 2\ndate: "2026-01-05"\nstatus: 序时推进\nreportedBy: district-a\nsummary: 继续排查。\n');
    });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/updates/demo/01-2-2026-01.yaml:3 · date
        任务 demo/01 已于2025年12月20日验收销号（content/updates/demo/01-close.yaml），此后不能再报告第2条措施的进展（这里是2026年1月5日的“序时推进”）。请核对日期；回头看、督察或督导单位发现问题没有整改到位的，先对整项任务录入“重新整改”（不写 measure、place），之后才能报告进展和再次销号。
        (task demo/01 was closed out on 2025-12-20 (content/updates/demo/01-close.yaml); nothing is reported on measure 2 after that (this says 序时推进 on 2026-01-05): check the date; when a look-back review, an inspection or a supervising unit finds it not rectified, enter a reopening (重新整改) of the whole task first, then progress and a new close-out may follow.)"
    `);
  });

  it('refuses a second close-out of the same task', () => {
    const problems = problemsAfter((content) => {
      write(content, 'updates/demo/01-close.yaml', CLOSE_OUT);
      write(content, 'updates/demo/01-close-again.yaml', CLOSE_OUT.replace('2025-12-20', '2026-01-10'));
    });
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([['content/updates/demo/01-close-again.yaml', 'status']]);
    expect(problems[0]!.zh).toContain('只能销号一次');
  });

  it('refuses 未启动 reported after the same measure was reported done', () => {
    const problems = problemsAfter((content) =>
      write(content, 'updates/demo/01-1-2025-09.yaml', 'task: demo/01\nmeasure: 1\ndate: "2025-09"\nstatus: 未启动\nreportedBy: district-a\nsummary: 尚未开工。\n'),
    );
    expect(problems).toMatchObject([{ file: 'content/updates/demo/01-1-2025-09.yaml', field: 'status', line: 4 }]);
    expect(problems[0]!.zh).toBe('第1条措施已于2025年5月20日报告“已完成”（content/updates/demo/01-1-2025-05.yaml），之后不能再报告“未启动”。请核对状态或日期。');
  });

  it('lets 未启动 stand before progress on the same measure, and on another measure after it', () => {
    const problems = problemsAfter((content) => {
      write(content, 'updates/demo/01-1-2025-01.yaml', 'task: demo/01\nmeasure: 1\ndate: "2025-01"\nstatus: 未启动\nreportedBy: district-a\nsummary: 尚未开工。\n');
      write(content, 'updates/demo/01-2-2025-09.yaml', 'task: demo/01\nmeasure: 2\ndate: "2025-09"\nstatus: 未启动\nreportedBy: district-a\nsummary: 尚未开工。\n');
    });
    expect(problems).toEqual([]);
  });
});

describe('content check of places', () => {
  it('refuses a place whose point lies outside its county outline, and says how to fix it', () => {
    const problems = problemsAfter((content) => edit(content, 'places/demo/plant-a.yaml', 'point: [100.2123, 30.2567]', 'point: [101.5123, 30.4567]'));
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "content/places/demo/plant-a.yaml:9 · location.point
        坐标 [101.5123, 30.4567] 不在甲区的界线内。请核对经纬度（先写经度、后写纬度）或所在县区 jurisdiction。
        (the point [101.5123, 30.4567] lies outside the outline of 甲区: check the coordinates (longitude first, then latitude) or the jurisdiction.)"
    `);
  });

  it('refuses an exact precision written with coarse coordinates', () => {
    const problems = problemsAfter((content) => edit(content, 'places/demo/plant-a.yaml', 'point: [100.2123, 30.2567]', 'point: [100.5, 30.46]'));
    expect(problems).toMatchObject([{ file: 'content/places/demo/plant-a.yaml', field: 'location.precision', line: 8 }]);
    expect(problems[0]!.zh).toContain('与“实测”矛盾');
  });

  it('counts the decimals as written, so a measured point ending in 0 is still exact', () => {
    expect(problemsAfter((content) => edit(content, 'places/demo/plant-a.yaml', 'point: [100.2123, 30.2567]', 'point: [100.2120, 30.2500]'))).toEqual([]);
    expect(problemsAfter((content) => edit(content, 'places/demo/plant-a.yaml', 'point: [100.2123, 30.2567]', 'point:\n    - 100.2120\n    - 30.25'))).toMatchObject([{ field: 'location.precision' }]);
  });

  it('refuses an exact precision without a point', () => {
    const problems = problemsAfter((content) => edit(content, 'places/demo/plant-a.yaml', /\n  point: .*/, ''));
    expect(problems).toMatchObject([{ field: 'location.precision' }]);
    expect(problems[0]!.en).toContain('add the measured [longitude, latitude]');
  });

  it('refuses a township precision that names no township', () => {
    const problems = problemsAfter((content) => edit(content, 'places/demo/mine-a.yaml', 'township: 丙镇\n', ''));
    expect(problems).toMatchObject([{ field: 'location.precision' }]);
  });

  it('refuses a place linked to a task that does not exist, or to a measure its task lacks', () => {
    const problems = problemsAfter((content) => {
      edit(content, 'places/demo/plant-a.yaml', 'task: demo/01', 'task: demo/09');
      edit(content, 'places/demo/mine-a.yaml', 'measure: 2', 'measure: 7');
    });
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/places/demo/plant-a.yaml', 'task'],
      ['content/places/demo/mine-a.yaml', 'measure'],
    ]);
    expect(problems[0]!.zh).toContain('找不到编号为“demo/09”的整改任务');
  });

  it('refuses a programme whose metric its task does not set', () => {
    const problems = problemsAfter((content) => edit(content, 'places/demo/pipes-b.yaml', 'metric: 新建污水管网', 'metric: 新建管网'));
    expect(problems).toMatchObject([{ field: 'programme.metric' }]);
    expect(problems[0]!.zh).toContain('有：新建污水管网');
  });

  it('names site.yaml when the outline file is missing', () => {
    const problems = problemsAfter((content) => edit(content, 'site.yaml', 'geo/demo-counties.geojson', 'geo/none.geojson'));
    expect(problems).toMatchObject([{ file: 'content/site.yaml', field: 'map.outlines.file' }]);
  });
});

describe('the site address', () => {
  it('carries no user name or password, and stays short enough for every page’s QR code', async () => {
    const { siteSchema, MAX_SITE_URL_LENGTH } = await import('../../src/schemas/site.ts');
    const url = siteSchema.shape.url;
    expect(url.safeParse('https://zhenggai.example.gov.cn/ledger/').success).toBe(true);
    expect(url.safeParse('https://user:pw@ledger.example.test/sub/').success).toBe(false);
    expect(url.safeParse(`https://example.gov.cn/${'a'.repeat(MAX_SITE_URL_LENGTH)}/`).success).toBe(false);
  });
});
