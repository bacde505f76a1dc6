import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA, load } from 'js-yaml';
import { editedYamlText, newYamlText } from '../../src/features/sheet/yaml-file.ts';

const TASKS = resolve(import.meta.dirname, '../fixtures/bazhong/content/tasks/bazhong-cei2');

/** The lines removed from `before` and added in `after` (outside a longest common subsequence of lines). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const common = a.map(() => new Array<number>(b.length + 1).fill(0));
  common.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) removed.push(a[i++]!);
    else added.push(b[j++]!);
  }
  return { removed, added };
}

const data = (text: string) => parseDocument(text).toJS() as Record<string, any>;

describe('editing an existing task file', () => {
  const files = readdirSync(TASKS).filter((name) => name.endsWith('.yaml'));

  it.each(files)('changes exactly the line of the one field edited in %s', (name) => {
    const text = readFileSync(join(TASKS, name), 'utf8');
    const edits: [string, (task: Record<string, any>) => void, RegExp][] = [
      ['goal', (task) => (task.goal += '（已修改）'), /^goal: /],
      ['finding', (task) => (task.finding = `修改：${task.finding}`), /^finding: /],
      ['deadline', (task) => (task.deadline = '2030年1月'), /^deadline: /],
      ['measure text', (task) => (task.measures[0].text += '（已修改）'), /^ {4}text: /],
    ];
    for (const [what, edit, line] of edits) {
      const after = structuredClone(data(text));
      edit(after);
      const edited = editedYamlText(text, after)!;
      expect(data(edited), what).toEqual(after);
      const { removed, added } = changedLines(text, edited);
      expect([removed.length, added.length], what).toEqual([1, 1]);
      expect(added[0], what).toMatch(line);
    }
  });

  it('keeps anchors and aliases when the field edited does not hold them', () => {
    const text = readFileSync(join(TASKS, '03.yaml'), 'utf8');
    expect(text).toContain('*geopark');
    const after = data(text);
    after.goal = '新的目标。';
    const edited = editedYamlText(text, after)!;
    expect(changedLines(text, edited)).toEqual({ removed: [text.split('\n').find((l) => l.startsWith('goal:'))], added: ['goal: 新的目标。'] });
  });

  it('keeps the file\'s own layout: items under their key, padded flow maps, comments, block lists', () => {
    const text = [
      '# 手写的任务文件',
      'title: 甲',
      'responsibleUnits:',
      '- bazhong/housing',
      'measures:',
      '- number: 1',
      '  text: 完成排查。 # 备注',
      '  targets:',
      '  - { metric: 排查, unit: 公里, value: 5 }',
      '',
      '- number: 2',
      '  text: 完成整改。',
      '',
    ].join('\n');
    const after = data(text);
    after.measures[1].text = '完成全部整改。';
    after.responsibleUnits = ['bazhong/housing', 'bazhong/ecology'];
    const edited = editedYamlText(text, after)!;
    expect(data(edited)).toEqual(after);
    expect(changedLines(text, edited)).toEqual({ removed: ['  text: 完成整改。'], added: ['- bazhong/ecology', '  text: 完成全部整改。'] });
  });

  it('adds and removes a measure by its own lines only', () => {
    const text = readFileSync(join(TASKS, '07.yaml'), 'utf8');
    const after = data(text);
    const removed = after.measures.pop();
    const edited = editedYamlText(text, after)!;
    expect(data(edited)).toEqual(after);
    expect(changedLines(text, edited).added).toEqual([]);
    expect(changedLines(text, edited).removed).toHaveLength(4);
    after.measures.push(removed);
    expect(editedYamlText(edited, after)).toBe(text);
  });

  it('returns null when nothing differs', () => {
    const text = readFileSync(join(TASKS, '01.yaml'), 'utf8');
    expect(editedYamlText(text, data(text))).toBeNull();
  });
});

describe('texts that look like other values', () => {
  // Numbers, booleans and nulls in the forms of YAML 1.1 and 1.2, which the writer (yaml, 1.2) and
  // the content check's reader (js-yaml, core schema) do not all agree on.
  const LOOK_ALIKES = ['0b101', '0o17', '0x1F', '017', '+12', '-3', '.5', '1e3', '1_000', '.inf', '-.Inf', '.NaN', 'true', 'False', 'null', 'Null', '~', '', 'yes', 'on', '12:30', '2025-01-01', '2025'];

  it('writes each so that the content check reads back the text staff gave, new or edited', () => {
    for (const text of LOOK_ALIKES) {
      expect(load(newYamlText({ summary: text }), { schema: CORE_SCHEMA }), text).toEqual({ summary: text });
      const edited = editedYamlText('summary: 甲区完成排查。\n', { summary: text });
      expect(load(edited!, { schema: CORE_SCHEMA }), text).toEqual({ summary: text });
    }
  });

  it('leaves a number a number and ordinary text unquoted', () => {
    expect(newYamlText({ measure: 2, summary: '甲区完成排查。', note: 'COD<50' })).toBe('measure: 2\nsummary: 甲区完成排查。\nnote: COD<50\n');
  });
});
