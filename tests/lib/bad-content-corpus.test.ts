import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';

/**
 * The corpus of malformed content (tests/fixtures/bad-content/<case>/): each case is files
 * added to a copy of the two-inspection fixture. Every case is refused with a message naming
 * the file and field in Chinese with an English line, never a stack trace.
 *
 * A case states what it must produce either in the table below or, for cases added since, in
 * its own `expect.json` (`{ "file": "tasks/demo/03.yaml", "field": "goal", "says": "…", "line": 4 }`),
 * which is not copied into the content.
 */
const CORPUS = resolve(import.meta.dirname, '../fixtures/bad-content');

const EXPECTED: Record<string, { file: string; field?: string; says: string }> = {
  'missing-field': { file: 'tasks/demo/03.yaml', field: 'goal', says: '缺少必填字段 goal' },
  'wrong-type': { file: 'tasks/demo/03.yaml', field: 'number', says: '应为数字' },
  'unknown-field': { file: 'tasks/demo/03.yaml', field: 'supervisingUnit', says: '是否想写“supervisingUnits”' },
  'unknown-unit': { file: 'tasks/demo/03.yaml', field: 'supervisingUnits[0]', says: '这里要写编号，不写名称：单位“市生态环境局”的编号是 ecology。' },
  'unknown-unit-id': { file: 'updates/demo/01-1-2025-09.yaml', field: 'reportedBy', says: '找不到编号为“district-c”的单位。是否想写“district-a”' },
  'impossible-date': { file: 'updates/demo/01-1-2025-02.yaml', field: 'date', says: '2025年2月没有30日（原文“2025-02-30”）' },
  'impossible-deadline': { file: 'tasks/demo/03.yaml', field: 'deadline', says: '“2025年13月”不是有效的整改时限' },
  'wrong-sum': { file: 'tasks/demo/03.yaml', field: 'measures[0].targets[0].breakdown', says: '各地合计 30 公里，与总数 40 公里不符' },
  'wrong-includes': { file: 'tasks/demo/03.yaml', field: 'measures[1].targets[0].includes', says: '推算2025年为 12 公里，但第1条措施的目标是 10 公里' },
  'duplicate-id': { file: 'units/ecology.yml', says: '编号“ecology”已被 content/units/ecology.yaml 使用' },
  'duplicate-task-number': { file: 'tasks/demo/03.yaml', field: 'number', says: '已有第2项任务' },
  'acceptance-by-wrong-unit': { file: 'updates/demo/01-close.yaml', field: 'reportedBy', says: '只有整改验收单位（第一个督导单位 ecology）才能验收销号' },
  'acceptance-without-evidence': { file: 'updates/demo/01-close.yaml', field: 'evidence', says: '验收销号必须附证据' },
  'acceptance-of-a-measure': { file: 'updates/demo/01-close.yaml', field: 'status', says: '验收销号针对整项任务' },
  'update-in-the-future': { file: 'updates/demo/01-1-2026-03.yaml', field: 'date', says: '晚于截至日期 2026年1月15日' },
  'reporter-not-responsible': { file: 'updates/demo/02-1-2025-09.yaml', field: 'reportedBy', says: '既不是该任务（措施）的责任单位，也不是督导单位' },
  'update-after-close-out': { file: 'updates/demo/01-2-2026-01.yaml', field: 'date', says: '已于2025年12月20日验收销号' },
  'second-close-out': { file: 'updates/demo/01-close-again.yaml', field: 'status', says: '只能销号一次' },
  'not-started-after-done': { file: 'updates/demo/01-1-2025-09.yaml', field: 'status', says: '之后不能再报告“未启动”' },
  'written-behind-schedule': { file: 'updates/demo/01-1-2025-09.yaml', field: 'status', says: '“滞后”和“逾期”由系统按时限推算' },
  'measure-due-after-deadline': { file: 'tasks/demo/03.yaml', field: 'measures[0].due', says: '晚于任务整改时限 2025年12月' },
  'unknown-measure': { file: 'updates/demo/01-9-2025-09.yaml', field: 'measure', says: '没有第9条措施' },
  'bad-yaml': { file: 'tasks/demo/03.yaml', says: 'YAML 格式有误' },
  'wrong-extension': { file: 'tasks/demo/03.json', says: '此文件夹只接受 .yaml 文件' },
};

interface Expected {
  file: string;
  field?: string;
  says: string;
  line?: number;
}

const EXPECT_FILE = 'expect.json';

/** What a case must produce: its own expect.json, else its row of the table above. */
function expectedOf(name: string): Expected | undefined {
  const own = join(CORPUS, name, EXPECT_FILE);
  return existsSync(own) ? (JSON.parse(readFileSync(own, 'utf8')) as Expected) : EXPECTED[name];
}

describe('the corpus of malformed content files', () => {
  const cases = readdirSync(CORPUS).sort();

  it('has an expected message for every case, and at least 20 cases', () => {
    expect(cases.filter((name) => !expectedOf(name))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((name) => !cases.includes(name))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases)('refuses %s with its file, field and message', (name) => {
    const { root, content } = copyFixture();
    cpSync(join(CORPUS, name), content, { recursive: true });
    rmSync(join(content, EXPECT_FILE), { force: true });
    const problems = checkContent({ projectRoot: root, contentDir: 'content' }).problems;
    const expected = expectedOf(name)!;
    const match = problems.find((problem) => problem.file === `content/${expected.file}` && problem.zh.includes(expected.says));
    expect(match, formatProblems(problems)).toBeDefined();
    if (expected.field) expect(match!.field).toBe(expected.field);
    if (expected.line) expect(match!.line).toBe(expected.line);
    expect(match!.en.length).toBeGreaterThan(10);
    // A problem with a field of a YAML or Markdown file names its line, a line that exists (1 or
    // more); one with a whole file or folder (its name, its extension), or in a GeoJSON outline, may name none.
    if (match!.field && /\.(ya?ml|md)$/.test(match!.file)) expect(match!.line, 'line').toBeGreaterThanOrEqual(1);
    if (match!.line !== undefined) expect(Number.isInteger(match!.line) && match!.line >= 1, `line ${match!.line}`).toBe(true);
    expect(formatProblems(problems)).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
