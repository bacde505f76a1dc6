import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, isBlankProblem, writeContentFiles, type CheckResult } from '../../src/features/check/index.ts';
import { QUESTIONS, SCAFFOLD_COLLECTIONS, SCAFFOLD_KINDS, scaffold, type Answers, type ScaffoldContext, type ScaffoldKind } from '../../src/features/sheet/scaffold.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/collections.ts';
import { taskSchema } from '../../src/schemas/task.ts';
import { updateSchema } from '../../src/schemas/update.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const fixture = () => {
  const { root } = copyFixture();
  return { root, input: checkContent({ projectRoot: root, contentDir: 'content' }).input };
};

describe('scaffolding content from answers', () => {
  it('writes an update naming the unit by id when staff give its name, dated as asked', () => {
    const { input } = fixture();
    const result = scaffold('update', { task: '1', measure: '2', date: '2025-09', status: '序时推进', by: '各县(区)党委和人民政府', summary: '排查过半。' }, input);
    expect(result.problems).toEqual([]);
    expect(result.file!.relative).toBe('updates/demo/01-2-2025-09.yaml');
    const data = parse(result.file!.text);
    expect(data).toEqual({ task: 'demo/01', measure: 2, date: '2025-09', status: '序时推进', reportedBy: 'counties', summary: '排查过半。' });
    expect(updateSchema.safeParse(data).success).toBe(true);
    expect(result.file!.text).toContain('date: "2025-09"');
  });

  it('links a new task to the findings it answers, and names a finding that is not there', () => {
    const { input } = fixture();
    const answers = { title: '河道垃圾清理不及时', finding: '示例河道垃圾清理不及时。', responsible: '市环委办', supervising: '市生态环境局', deadline: '2026年12月', goal: '河道无垃圾。', measures: '1.完成清理。' };
    const linked = scaffold('task', { ...answers, findings: 'muni-2026/01、central-demo/03' }, input);
    expect(linked.problems).toEqual([]);
    expect(taskSchema.parse(parse(linked.file!.text)).findings).toEqual(['muni-2026/01', 'central-demo/03']);
    expect(taskSchema.parse(parse(scaffold('task', answers, input).file!.text)).findings).toEqual([]);
    const missing = scaffold('task', { ...answers, findings: 'muni-2026/09' }, input);
    expect(missing.problems).toMatchObject([{ file: '--findings' }]);
    expect(missing.problems[0]!.zh).toContain('找不到编号为“muni-2026/09”的');
  });

  it('says the id when staff give a name where an id goes', () => {
    const { input } = fixture();
    const result = scaffold('finding', { inspection: 'muni-2026', text: '甲区某河道垃圾清理不及时。', jurisdictions: '甲区' }, input);
    expect(result.problems).toMatchObject([{ file: '--jurisdictions' }]);
    expect(result.problems[0]!.zh).toBe('--jurisdictions 要写编号，不写名称：“甲区”的编号是 district-a。');
    expect(result.problems[0]!.en).toBe('--jurisdictions takes an id, not a name: "甲区" is district-a.');
  });

  it('writes a task with the next free number from a few answers', () => {
    const { input } = fixture();
    const result = scaffold(
      'task',
      {
        title: '河道垃圾清理不及时',
        finding: '示例河道垃圾清理不及时。',
        responsible: '市环委办',
        supervising: '市生态环境局',
        deadline: '2026年12月',
        goal: '河道无垃圾。',
        measures: '2026年6月底前，完成清理。（责任单位：市环委办）\n长期巡查。',
      },
      input,
    );
    expect(result.problems).toEqual([]);
    expect(result.file!.relative).toBe('tasks/demo/03.yaml');
    const task = taskSchema.parse(parse(result.file!.text));
    expect(task.measures.map((m) => [m.number, m.due, m.responsibleUnits])).toEqual([
      [1, '2026-06', ['committee-office']],
      [2, undefined, ['committee-office']],
    ]);
  });

  it('names every missing answer by its flag, and refuses a status that is derived', () => {
    const { input } = fixture();
    expect(scaffold('update', { task: '1' }, input).problems.map((p) => p.file)).toEqual(['--status', '--by', '--summary']);
    const derived = scaffold('update', { task: '1', status: '滞后', by: 'ecology', summary: 'x' }, input);
    expect(derived.problems).toMatchObject([{ file: '--status' }]);
    expect(derived.problems[0]!.zh).toContain('“逾期”（滞后）由系统按时限推算');
  });

  it("refuses a place kind site.yaml does not declare, on the --kind flag, with the nearest declared one", () => {
    const { input } = fixture();
    const answers = { id: 'demo/tip', kind: 'landfil', name: '乙县垃圾填埋场', jurisdiction: 'county-b', task: 'demo/01', precision: 'county', document: 'demo-plan' };
    const refused = scaffold('place', answers, { input, placeKinds: ['sewage-plant', 'landfill'] });
    expect(refused.file).toBeUndefined();
    expect(refused.problems).toMatchObject([{ file: '--kind' }]);
    expect(refused.problems[0]!.zh).toContain('是不是 landfill？');
    expect(refused.problems[0]!.zh).toContain('已声明的类别：sewage-plant、landfill');
    expect(scaffold('place', { ...answers, kind: 'landfill' }, { input, placeKinds: ['sewage-plant', 'landfill'] }).problems).toEqual([]);
  });

  it('refuses an unknown unit with the nearest name, and a task number already taken', () => {
    const { input } = fixture();
    const unit = scaffold('update', { task: '1', status: '序时推进', by: '市生态环境厅', summary: 'x' }, input);
    expect(unit.problems[0]).toMatchObject({ file: '--by' });
    expect(unit.problems[0]!.zh).toContain('是否想写“市生态环境局”');
    const taken = scaffold('task', { number: '2', title: 't', finding: 'f', responsible: 'ecology', supervising: 'ecology', deadline: '2026年1月', goal: 'g', measures: '1.m' }, input);
    expect(taken.problems[0]!.zh).toContain('已有第2项任务');
  });

  it('writes a unit and a place that the content check accepts', () => {
    const { input } = fixture();
    const unit = scaffold('unit', { id: 'transport', name: '市交通运输局', jurisdiction: 'demo-city', aliases: '交通局、市交通局' }, input);
    expect(parse(unit.file!.text)).toEqual({ name: '市交通运输局', kind: 'department', jurisdiction: 'demo-city', aliases: ['交通局', '市交通局'] });
    const place = scaffold('place', { id: 'demo/plant', kind: 'sewage-plant', name: '甲区污水处理厂', jurisdiction: 'district-a', task: 'demo/01', precision: 'county', document: 'demo-plan' }, input);
    expect(parse(place.file!.text)).toMatchObject({ location: { precision: 'county', note: '来源未给出坐标。' }, source: { document: 'demo-plan' } });
  });

  it('writes a place measured on the ground with its point, and asks for the point an exact place needs', () => {
    const { input } = fixture();
    const answers = { id: 'demo/plant-b', kind: 'sewage-plant', name: '甲区第二污水处理厂', jurisdiction: 'district-a', task: 'demo/01', precision: 'exact', document: 'demo-plan' };
    for (const point of ['100.2131,30.2571', '100.2131，30.2571', ' 100.2131 30.2571 ']) {
      const place = scaffold('place', { ...answers, point }, input);
      expect(place.problems, point).toEqual([]);
      expect(parse(place.file!.text).location, point).toEqual({ precision: 'exact', point: [100.2131, 30.2571] });
    }
    const without = scaffold('place', answers, input);
    expect(without.problems).toMatchObject([{ file: '--point' }]);
    expect(without.problems[0]!.zh).toContain('--precision exact 要写 --point');
    expect(scaffold('place', { ...answers, point: '东经100度' }, input).problems[0]!.zh).toContain('读不出经纬度');
  });
});

const AS_OF = '2026-01-15';

/** What npm run new hands a scaffold: the checked content, every id, and an entry's file. */
function contextOf(checked: CheckResult, root: string): ScaffoldContext {
  return {
    input: checked.input,
    ids: checked.ids,
    fileOf: (collection: CollectionName, id: string) => {
      const entry = checked.entries[collection].find((candidate) => candidate.id === id);
      if (!entry) return undefined;
      return { relative: relative(join(root, 'content'), join(root, entry.source.file)), text: readFileSync(join(root, entry.source.file), 'utf8') };
    },
  };
}

/**
 * One case of each kind: the answers a staff member gives, and what they write in each blank the
 * file is left with (by field; `正文 (body)` for a Markdown body). Every id is the two-inspection
 * fixture's (as-of 2026-01-15).
 */
const KIND_CASES: Record<ScaffoldKind, { answers: Answers; fills: Record<string, string> }> = {
  jurisdiction: { answers: { id: 'county-c', name: '丙县', kind: 'county', parent: 'demo-city', 'short-name': '丙县' }, fills: {} },
  unit: { answers: { id: 'transport', name: '示例市交通运输局', jurisdiction: 'demo-city', 'short-name': '交通局' }, fills: {} },
  document: {
    answers: { id: 'muni-feedback-rules', title: '甲区督察整改工作办法', kind: 'regulation', issuer: '甲区', date: '2026-01', file: 'muni-feedback.txt', 'file-title': '全文（示例）', url: 'https://example.org/rules', 'url-title': '甲区政府网站（示例）' },
    fills: {},
  },
  inspection: {
    answers: {
      id: 'muni-2026-b',
      name: '示例市第一轮市级生态环境保护督察（乙县）',
      level: 'municipal',
      round: '1',
      body: '示例市第二生态环境保护督察组',
      jurisdiction: 'county-b',
      'visit-start': '2025-11-01',
      'visit-end': '2025-11-30',
      'feedback-date': '2026-01-06',
      'plan-due-days': '30',
      'plan-due-rule': '反馈后30个工作日内报送整改方案',
      documents: 'muni-feedback',
    },
    fills: {},
  },
  'complaint-totals': {
    answers: { inspection: 'central-demo', 'as-of': '2025-02', figures: '受理群众信访举报100件、办结80件、责令整改12家、立案处罚3家', document: 'demo-plan', locator: '附表 信访件办理情况' },
    fills: { 'complaintTotals[0].source.quote': '共受理群众信访举报100件，办结80件；责令整改12家，立案处罚3家。' },
  },
  finding: { answers: { inspection: 'muni-2026', heading: '突出生态环境问题整改不力', jurisdictions: 'district-a' }, fills: { text: '甲区部分河道垃圾清理不及时。' } },
  plan: {
    answers: { id: 'muni-2026', title: '甲区贯彻落实市级生态环境保护督察反馈意见整改方案', 'short-title': '甲区整改方案', issuer: '甲区', jurisdiction: 'district-a', date: '2026-01', inspection: 'muni-2026', document: 'muni-feedback' },
    fills: { '正文 (body)': '## 一、总体要求' },
  },
  task: {
    answers: { title: '河道垃圾清理不及时', finding: '示例河道垃圾清理不及时。', responsible: '市环委办', supervising: '市生态环境局', deadline: '2026年12月', goal: '河道无垃圾。', measures: '2026年6月底前，完成清理。' },
    fills: {},
  },
  update: { answers: { task: 'demo/01', measure: '2', date: '2025-10-08', status: '序时推进', by: 'district-a', summary: '排查过半。' }, fills: {} },
  reopening: {
    answers: { task: 'demo/01', measure: '1', date: '2025-12-10', by: 'ecology', inspection: 'muni-2026', summary: '市级督察发现，已完成的甲区管网仍有2公里未接通。', 'evidence-url': 'https://example.org/muni-2026/feedback', 'evidence-title': '市级督察反馈意见（示例）' },
    fills: {},
  },
  place: { answers: { id: 'demo/plant-b', kind: 'sewage-plant', name: '乙县污水处理厂', jurisdiction: 'county-b', task: 'demo/01', precision: 'county', document: 'demo-plan' }, fills: {} },
  complaint: {
    answers: { id: 'central-demo/d004', inspection: 'central-demo', received: '2025-05-10', jurisdiction: 'county-b', kinds: '大气、噪声', outcome: '未办结', document: 'demo-plan', tasks: 'demo/01' },
    fills: { summary: '乙县某工地夜间施工噪声扰民。' },
  },
  case: {
    answers: { id: 'dust-fine', title: '甲区某工地扬尘污染案', published: '2025-12-20', jurisdiction: 'district-a', inspection: 'muni-2026', findings: 'muni-2026/03', document: 'muni-feedback' },
    fills: { summary: '某工地未落实扬尘防治措施，被责令整改并罚款。（测试用示例）', '正文 (body)': '督察期间现场检查发现该工地裸土未覆盖。' },
  },
  news: {
    answers: { id: 'pipes-half-done', title: '示例市管网排查过半', date: '2025-10-10', topic: '工作动态', publisher: '示例市生态环境局', tasks: 'demo/01' },
    fills: { summary: '截至9月底，管网排查过半。（测试用示例）', '正文 (body)': '示例市按照整改方案序时推进管网排查。' },
  },
  indicator: {
    answers: { id: 'demo/air-good-days', title: '空气质量优良天数率', unit: '%', direction: 'atLeast', target: '97', year: '2027', jurisdiction: 'demo-city', group: '大气', document: 'demo-plan', locator: '三、主要目标' },
    fills: { metric: '全市空气质量优良天数率', since: '2024', 'source.quote': '到2027年，全市空气质量优良天数率达到97%以上。' },
  },
};

/** Writes each blank's fill in place of the blank, on the line the check named. */
function fillBlanks(path: string, blanks: readonly { line?: number; field?: string }[], fills: Record<string, string>): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const found of blanks) {
    const index = found.line! - 1;
    lines[index] = lines[index]!.replace(/【待填写】.*$/, fills[found.field!]!);
  }
  writeFileSync(path, lines.join('\n'));
}

describe('npm run new makes every kind of content', () => {
  it('has a kind for every collection of the registry, and a reopening', () => {
    expect(new Set(Object.values(SCAFFOLD_COLLECTIONS))).toEqual(new Set(COLLECTION_NAMES));
    expect(SCAFFOLD_KINDS).toContain('complaint-totals');
    expect(SCAFFOLD_KINDS).toContain('reopening');
    expect(Object.keys(KIND_CASES).sort()).toEqual([...SCAFFOLD_KINDS].sort());
  });

  it.each(SCAFFOLD_KINDS.map((kind) => [kind] as const))('%s: writes a file the check names each blank of, by line and field, and accepts once they are filled', (kind) => {
    const { root, content } = copyFixture();
    const checked = checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF });
    const { answers, fills } = KIND_CASES[kind];
    const result = scaffold(kind, answers, contextOf(checked, root));
    expect(result.problems).toEqual([]);
    const file = result.file!;
    expect(existsSync(join(content, file.relative))).toBe(kind === 'complaint-totals');

    const written = writeContentFiles({ projectRoot: root, contentDir: content, writes: [file], asOf: AS_OF, blanks: true });
    expect(written.problems).toEqual([]);
    const blanks = checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF }).problems;
    // Nothing is wrong with the new file but its blanks, and each one says what to write, on its line.
    expect(blanks.filter((found) => !isBlankProblem(found))).toEqual([]);
    expect(blanks.map((found) => [found.file, found.field])).toEqual(Object.keys(fills).map((field) => [`content/${file.relative}`, field]));
    for (const found of blanks) {
      expect(found.zh).toMatch(/^尚未填写：.+。请把“【待填写】…”整个换成实际内容/);
      expect(readFileSync(join(content, file.relative), 'utf8').split('\n')[found.line! - 1]).toContain('【待填写】');
    }

    fillBlanks(join(content, file.relative), blanks, fills);
    expect(formatProblems(checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF }).problems)).toBe('');
  });

  it('adds complaint totals to their inspection, leaving every other line of it as it was', () => {
    const { root, content } = copyFixture();
    const before = readFileSync(join(content, 'inspections/muni-2026.yaml'), 'utf8');
    const checked = checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF });
    const result = scaffold('complaint-totals', { inspection: 'muni-2026', 'as-of': '2025-12', figures: '已办结36件', document: 'muni-feedback', quote: '已办结36件。' }, contextOf(checked, root));
    expect(result.file!.edits).toBe(true);
    expect(result.file!.text.startsWith(before.trimEnd())).toBe(true);
    expect(parse(result.file!.text).complaintTotals[1]).toEqual({ asOf: '2025-12', figures: [{ term: '已办结', value: 36, unit: '件' }], source: { document: 'muni-feedback', quote: '已办结36件。' } });
    const again = scaffold('complaint-totals', { inspection: 'muni-2026', 'as-of': '2025-11', figures: '已办结36件', document: 'muni-feedback' }, contextOf(checked, root));
    expect(again.problems[0]!.zh).toContain('已有截至 2025-11 的信访举报汇总');
    const unreadable = scaffold('complaint-totals', { inspection: 'muni-2026', 'as-of': '2025-12', figures: '已办结三十六件', document: 'muni-feedback' }, contextOf(checked, root));
    expect(unreadable.problems).toMatchObject([{ file: '--figures', zh: expect.stringContaining('“已办结三十六件”读不出数字') }]);
  });

  it('refuses, by flag, an id that is not one, an entry that does not exist (with the nearest), a choice not offered, a date or number that is not one', () => {
    const { root } = copyFixture();
    const context = contextOf(checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF }), root);
    const problemsOf = (kind: ScaffoldKind, answers: Answers) => scaffold(kind, answers, context).problems;
    for (const id of ['../../evil', '/etc/passwd', 'Bad Id', 'a/../b', '.hidden', 'C:\\x']) {
      for (const kind of SCAFFOLD_KINDS.filter((candidate) => QUESTIONS[candidate].some((question) => question.id === 'new'))) {
        const found = problemsOf(kind, { ...KIND_CASES[kind].answers, id });
        expect(found.map((problem) => problem.file), `${kind} --id ${id}`).toEqual(['--id']);
        expect(found[0]!.zh).toContain('不是有效的编号');
      }
    }
    expect(problemsOf('finding', { inspection: 'muni-2025' })).toMatchObject([{ file: '--inspection', zh: '找不到编号为“muni-2025”的督察（content/inspections/ 下）。是否想写“muni-2026”？' }]);
    expect(problemsOf('finding', { inspection: 'muni-2026', jurisdictions: 'district-a、county-z' })).toMatchObject([{ file: '--jurisdictions', zh: expect.stringContaining('“county-z”的行政区划') }]);
    expect(problemsOf('inspection', { ...KIND_CASES.inspection.answers, level: '市级' })[0]!.zh).toBe('--level 的值“市级”不可用，只能是：central、provincial、municipal。');
    expect(problemsOf('complaint', { ...KIND_CASES.complaint.answers, kinds: '大气、光污染' })[0]!.zh).toContain('“光污染”不可用');
    expect(problemsOf('news', { ...KIND_CASES.news.answers, date: '2025-02-30' })[0]!.zh).toContain('--date 的日期写成 2022-06-30，且必须真实存在');
    expect(problemsOf('indicator', { ...KIND_CASES.indicator.answers, target: '九十七' })[0]!.zh).toContain('--target 应为数字');
    expect(problemsOf('inspection', { ...KIND_CASES.inspection.answers, 'visit-end': undefined })).toMatchObject([{ file: '--visit-end' }]);
    expect(problemsOf('reopening', { ...KIND_CASES.reopening.answers, 'evidence-url': undefined })).toMatchObject([{ file: '--evidence-url', zh: expect.stringContaining('重新整改必须附证据') }]);
    expect(problemsOf('news', { ...KIND_CASES.news.answers, summary: '联系人 13812345678' })).toMatchObject([{ file: '--summary', zh: expect.stringContaining('手机号码') }]);
  });

  it('asks a reopening by a responsible unit for the inspection that found the problem, through the check', () => {
    const { root, content } = copyFixture();
    const checked = checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF });
    const result = scaffold('reopening', { ...KIND_CASES.reopening.answers, by: 'district-a', inspection: undefined }, contextOf(checked, root));
    const written = writeContentFiles({ projectRoot: root, contentDir: content, writes: [result.file!], asOf: AS_OF, blanks: true });
    expect(written.problems).toMatchObject([{ field: 'reportedBy', zh: expect.stringContaining('或写明发现问题的督察（inspection') }]);
  });

  it('names an attachment file that is not in content/attachments/', () => {
    const { root, content } = copyFixture();
    const checked = checkContent({ projectRoot: root, contentDir: 'content', asOf: AS_OF });
    const result = scaffold('document', { ...KIND_CASES.document.answers, file: 'muni-feedbak.txt' }, contextOf(checked, root));
    const written = writeContentFiles({ projectRoot: root, contentDir: content, writes: [result.file!], asOf: AS_OF, blanks: true });
    expect(written.problems).toMatchObject([{ field: 'attachments[0].file', zh: expect.stringContaining('是否想写 file: muni-feedback.txt？') }]);
  });
});

/** Runs an npm-script command the way CI does: no terminal, no standard input. */
function run(script: string, args: string[], root: string) {
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/staff', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LEDGER_CONTENT_DIR: join(root, 'content'), LEDGER_AS_OF: '2026-01-15' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('the command-line tools without a terminal', { timeout: 60_000 }, () => {
  it('npm run new writes a checked update, then refuses to overwrite it', () => {
    const { root } = copyFixture();
    const args = ['update', '--task', 'demo/01', '--measure', '2', '--date', '2025-10-08', '--status', '序时推进', '--by', 'district-a', '--summary', '排查过半。'];
    const first = run('new.ts', args, root);
    expect(first.output).toContain('已新建 content/updates/demo/01-2-2025-10-08.yaml');
    expect(first.status).toBe(0);
    const path = join(root, 'content/updates/demo/01-2-2025-10-08.yaml');
    const written = readFileSync(path, 'utf8');
    const second = run('new.ts', [...args.slice(0, -1), '改了。'], root);
    expect(second.status).toBe(1);
    expect(second.output).toContain('已存在，不会覆盖');
    expect(readFileSync(path, 'utf8')).toBe(written);
  });

  it('npm run new creates the place a task already names, and refuses content with any other problem', () => {
    const { root } = copyFixture();
    const task = join(root, 'content/tasks/demo/01.yaml');
    writeFileSync(task, readFileSync(task, 'utf8').replace('    due: "2025-06"\n', '    due: "2025-06"\n    items:\n      - { label: (1), text: 示例小项。, places: [demo/new-plant] }\n'));
    const args = ['place', '--id', 'demo/new-plant', '--kind', 'sewage-plant', '--name', '甲区示例污水处理厂', '--jurisdiction', 'district-a', '--task', 'demo/01', '--precision', 'county', '--document', 'demo-plan'];
    const created = run('new.ts', args, root);
    expect(created.output).toContain('已新建 content/places/demo/new-plant.yaml');
    expect(created.status).toBe(0);
    // A problem the new file does not resolve: refused as before, with that problem named.
    writeFileSync(task, readFileSync(task, 'utf8').replace('places: [demo/new-plant]', 'places: [demo/new-plant, demo/other-plant]'));
    const refused = run('new.ts', [...args.slice(0, 2), 'demo/third-plant', ...args.slice(3)], root);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('demo/other-plant');
    expect(refused.output).toContain('现有内容的问题');
    expect(existsSync(join(root, 'content/places/demo/third-plant.yaml'))).toBe(false);
  });

  it('npm run new creates a place a finding names before any task has it, without --task, and refuses one no finding names', () => {
    const { root } = copyFixture();
    const findingFile = join(root, 'content/findings/muni-2026/02.yaml');
    writeFileSync(findingFile, `${readFileSync(findingFile, 'utf8')}places:\n  - demo/early-pipes\n`);
    const args = ['place', '--id', 'demo/early-pipes', '--kind', 'pipeline-programme', '--name', '甲区示例管网', '--jurisdiction', 'district-a', '--precision', 'county', '--document', 'muni-feedback'];
    const created = run('new.ts', args, root);
    expect(created.output).toContain('已新建 content/places/demo/early-pipes.yaml');
    expect(created.status).toBe(0);
    expect(parse(readFileSync(join(root, 'content/places/demo/early-pipes.yaml'), 'utf8'))).not.toHaveProperty('task');
    // No finding names this one: the content check's words on the missing task.
    const refused = run('new.ts', [...args.slice(0, 2), 'demo/stray-pipes', ...args.slice(3)], root);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('缺少 task');
    expect(existsSync(join(root, 'content/places/demo/stray-pipes.yaml'))).toBe(false);
    // A measure belongs to a task.
    const measureOnly = run('new.ts', [...args.slice(0, 2), 'demo/measured-pipes', ...args.slice(3), '--measure', '2'], root);
    expect(measureOnly.status).toBe(1);
    expect(measureOnly.output).toContain('--measure needs --task');
  });

  it('npm run new writes a finding with its blank marked, npm run check names the blank until it is filled', () => {
    const { root, content } = copyFixture();
    const created = run('new.ts', ['finding', '--inspection', 'muni-2026', '--heading', '突出生态环境问题整改不力'], root);
    expect(created.status).toBe(0);
    expect(created.output).toContain('已新建 content/findings/muni-2026/04.yaml');
    expect(created.output).toContain('还有 1 处待填写');
    const checked = run('check.ts', [], root);
    expect(checked.status).toBe(1);
    expect(checked.output).toContain('content/findings/muni-2026/04.yaml:6 · text\n  尚未填写：反馈问题原文，一字不差地照录。');
    // Another kind can be added meanwhile: a blank is work in progress, not a broken content folder.
    expect(run('new.ts', ['finding', '--inspection', 'muni-2026', '--text', '甲区某河道垃圾清理不及时。'], root).output).toContain('已新建 content/findings/muni-2026/05.yaml');
    const path = join(content, 'findings/muni-2026/04.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/【待填写】.*/, '甲区部分河道垃圾清理不及时。'));
    const filled = run('check.ts', [], root);
    expect(filled.output).toContain('内容检查通过');
    expect(filled.status).toBe(0);
  });

  it('npm run new never overwrites an existing entry of any kind, and refuses a flag the kind does not take', () => {
    const { root, content } = copyFixture();
    const path = join(content, 'jurisdictions/district-a.yaml');
    const before = readFileSync(path, 'utf8');
    const again = run('new.ts', ['jurisdiction', '--id', 'district-a', '--name', '甲区', '--kind', 'district', '--parent', 'demo-city'], root);
    expect(again.status).toBe(1);
    expect(again.output).toContain('已存在，不会覆盖');
    expect(readFileSync(path, 'utf8')).toBe(before);
    const foreign = run('new.ts', ['news', '--id', 'x', '--status', '已完成'], root);
    expect(foreign.status).toBe(1);
    expect(foreign.output).toContain('news 没有 --status 这一项');
    const traversal = run('new.ts', ['plan', '--id', '../../../tmp/evil', '--title', 't', '--issuer', 'i', '--jurisdiction', 'demo-city', '--date', '2025', '--inspection', 'central-demo', '--document', 'demo-plan'], root);
    expect(traversal.status).toBe(1);
    expect(traversal.output).toContain('--id 的值“../../../tmp/evil”不是有效的编号');
    noStackTrace(traversal.output);
  });

  it('npm run new asks nothing without a terminal: it names the missing flags and exits non-zero', () => {
    const { root } = copyFixture();
    const result = run('new.ts', ['update', '--task', 'demo/01'], root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('缺少 --status');
    noStackTrace(result.output);
  });

  it('npm run new writes nothing when the new file breaks a rule', () => {
    const { root } = copyFixture();
    const result = run('new.ts', ['update', '--task', 'demo/01', '--date', '2025-12-01', '--status', '已验收销号', '--by', 'district-a', '--summary', '验收。'], root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('只有整改验收单位');
    expect(existsSync(join(root, 'content/updates/demo/01-2025-12-01.yaml'))).toBe(false);
  });

  it('npm run check names file, line, field and fix in Chinese then English, and exits non-zero', () => {
    const { root, content } = copyFixture();
    cpSync(join(PROJECT, 'tests/fixtures/bad-content/wrong-sum'), content, { recursive: true });
    const result = run('check.ts', [], root);
    expect(result.status).toBe(1);
    expect(result.output).toContain('content/tasks/demo/03.yaml:19 · measures[0].targets[0].breakdown\n  各地合计 30 公里，与总数 40 公里不符。请核对各地数值或总数。\n  (the breakdown sums to 30 公里');
    noStackTrace(result.output);
  });

  it('npm run export then npm run import round-trips through the command line', () => {
    const { root } = copyFixture();
    const exported = run('export.ts', ['--out', join(root, 'out')], root);
    expect(exported.status).toBe(0);
    const imported = run('import.ts', [join(root, 'out/demo.csv')], root);
    expect(imported.output).toContain('导入完成：已写入 0 个文件，2 项任务无变化。');
    expect(imported.status).toBe(0);
    const refused = run('import.ts', [join(root, 'missing.xlsx')], root);
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('找不到这个文件');
    noStackTrace(refused.output);
    expect(formatProblems(checkContent({ projectRoot: root, contentDir: 'content' }).problems)).toBe('');
  });
});
