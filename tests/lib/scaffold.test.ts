import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { scaffold } from '../../src/features/sheet/scaffold.ts';
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
    expect(derived.problems[0]!.zh).toContain('“滞后”由系统推算');
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
