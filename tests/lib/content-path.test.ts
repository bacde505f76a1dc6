import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { writeContentFiles } from '../../src/features/check/content-files.ts';
import { contentFilePath } from '../../src/features/check/content-path.ts';
import { scaffold, type ScaffoldKind } from '../../src/features/sheet/scaffold.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const ESCAPES = ['../../x', '../x', '/etc/x', 'a/../../x', './x', 'A/Upper', 'a\\..\\x', 'a//b', 'a/', 'x y', '..'];

describe('paths that tools write under content/', () => {
  it('accepts a path inside the content folder', () => {
    expect(contentFilePath('/site/content', 'units/bazhong/transport.yaml')).toBe(resolve('/site/content/units/bazhong/transport.yaml'));
  });

  it('refuses a path that climbs out, is absolute, or is the folder itself', () => {
    for (const path of ['../x.yaml', 'units/../../x.yaml', '/etc/passwd', '', '.', 'units/\0.yaml']) expect(contentFilePath('/site/content', path), path).toBeNull();
  });

  it('writes nothing when one file of the batch would land outside content/', () => {
    const { root, content } = copyFixture();
    const before = readdirSync(root);
    const result = writeContentFiles({ projectRoot: root, contentDir: content, writes: [{ relative: 'units/../../evil.yaml', text: 'name: x\n' }], asOf: '2026-01-15' });
    expect(result.written).toEqual([]);
    expect(result.problems[0]!.zh).toContain('不在内容目录 content/ 之内');
    expect(readdirSync(root)).toEqual(before);
  });
});

describe('ids given as flags to npm run new', () => {
  const input = () => checkContent({ projectRoot: copyFixture().root, contentDir: 'content' }).input;
  const cases: [ScaffoldKind, string, Record<string, string>][] = [
    ['unit', 'id', { name: '某局', jurisdiction: 'demo-city' }],
    ['unit', 'jurisdiction', { id: 'some-bureau', name: '某局' }],
    ['place', 'id', { kind: 'sewage-plant', name: '某厂', jurisdiction: 'demo-city', task: 'demo/01', precision: 'county', document: 'demo-plan' }],
    ['place', 'task', { id: 'demo/plant', kind: 'sewage-plant', name: '某厂', jurisdiction: 'demo-city', precision: 'county', document: 'demo-plan' }],
    ['place', 'document', { id: 'demo/plant', kind: 'sewage-plant', name: '某厂', jurisdiction: 'demo-city', task: 'demo/01', precision: 'county' }],
    ['update', 'place', { task: '1', status: '序时推进', by: 'ecology', summary: 'x' }],
    ['update', 'evidence-document', { task: '1', status: '序时推进', by: 'ecology', summary: 'x' }],
    ['task', 'plan', { title: 't', finding: 'f', responsible: 'ecology', supervising: 'ecology', deadline: '2026年12月', goal: 'g', measures: '1.m' }],
  ];
  it.each(cases)('refuses a %s whose --%s is not an id, naming the flag in both languages', (kind, flag, rest) => {
    const content = input();
    for (const bad of ESCAPES) {
      const result = scaffold(kind, { ...rest, [flag]: bad }, content);
      expect(result.file, `${kind} --${flag} ${bad}`).toBeUndefined();
      const problem = result.problems.find((found) => found.file === `--${flag}`);
      expect(problem?.zh, `${kind} --${flag} ${bad}`).toContain(`--${flag} 的值`);
      expect(problem?.en).toContain('is not a valid id');
    }
  });

  it('npm run new -- unit --id ../../x writes nothing outside content/ and prints no stack trace', { timeout: 60_000 }, () => {
    const { root } = copyFixture();
    const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/staff/new.ts'), 'unit', '--id', '../../x', '--name', '某局', '--jurisdiction', 'demo-city'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LEDGER_CONTENT_DIR: join(root, 'content'), LEDGER_AS_OF: '2026-01-15' },
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    expect(output).toContain('--id 的值“../../x”不是有效的编号');
    expect(output).toContain('is not a valid id');
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(root, 'x.yaml'))).toBe(false);
    expect(existsSync(join(root, '..', 'x.yaml'))).toBe(false);
  });
});
