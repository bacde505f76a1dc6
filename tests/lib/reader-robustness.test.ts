import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type Problem } from '../../src/features/check/index.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';
import { PROJECT_ROOT } from '../helpers/sites.ts';

/**
 * Content that is not even well-formed text: other encodings, binaries, links, unreadable and
 * enormous files, alias bombs and deep nesting. Each is made here (bytes and links do not keep
 * well in the corpus folder) and must end in a problem that names the file, never in an
 * exception or a hang (the test's time limit catches one).
 */

const TASK = `plan: demo
number: 3
title: 示例任务三
finding: 示例问题三。
responsibleUnits: [counties]
supervisingUnits: [ecology]
deadline: 2025年12月
goal: 完成排查，加强生态环境保护督察整改工作。
measures:
  - number: 1
    text: 2025年6月底前，完成排查。
    responsibleUnits: [district-a]
    due: "2025-06"
source:
  document: demo-plan
`;

/** Encodes text in a legacy double-byte encoding, by inverting Node's decoder (Node has no encoder for these). */
function encodeLegacy(text: string, label: 'gbk' | 'big5'): Buffer {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...(table.get(char) ?? (() => { throw new Error(`no ${label} code for ${char}`); })()));
  }
  return Buffer.from(bytes);
}

/**
 * Checks a fixture copy after `mutate`; returns the problems. A check that hangs (on a pipe) or
 * blows up (an alias bomb) fails by the test's own time limit: speed is the benchmark's to measure,
 * not a test's.
 */
function checkAfter(mutate: (content: string) => void): { problems: Problem[] } {
  const { root, content } = copyFixture();
  mutate(content);
  return { problems: checkContent({ projectRoot: root, contentDir: 'content' }).problems };
}

function problemFor(problems: Problem[], file: string): Problem {
  const found = problems.find((problem) => problem.file === `content/${file}`);
  expect(found, formatProblems(problems)).toBeDefined();
  expect(found!.en.length).toBeGreaterThan(10);
  return found!;
}

const isRoot = process.getuid?.() === 0;

describe('content files in other encodings', () => {
  it('names a task saved as GBK and says how to re-save it as UTF-8', () => {
    const { problems } = checkAfter((content) => writeFileSync(join(content, 'tasks/demo/03.yaml'), encodeLegacy(TASK, 'gbk')));
    const problem = problemFor(problems, 'tasks/demo/03.yaml');
    expect(problem.zh).toContain('文件不是 UTF-8 编码，看起来是 GBK');
    expect(problem.zh).toContain('另存为');
    expect(problem.line).toBe(3);
  });

  it('names a file saved as Big5', () => {
    const text = '標題：整改任務，環境保護督察整改工作。責任單位：生態環境局、水務局、農業農村局、住房和城鄉建設局。\n'.repeat(4);
    const { problems } = checkAfter((content) => writeFileSync(join(content, 'tasks/demo/03.yaml'), encodeLegacy(`title: ${text}`, 'big5')));
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('看起来是 Big5');
  });

  it('names UTF-16 with a byte-order mark, and without one', () => {
    for (const withMark of [true, false]) {
      const body = Buffer.from(TASK, 'utf16le');
      const { problems } = checkAfter((content) => writeFileSync(join(content, 'tasks/demo/03.yaml'), withMark ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body));
      expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('看起来是 UTF-16');
    }
  });

  it('accepts UTF-8 with a byte-order mark', () => {
    const { problems } = checkAfter((content) => {
      const path = join(content, 'tasks/demo/01.yaml');
      writeFileSync(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(path)]));
    });
    expect(problems).toEqual([]);
  });

  it('calls a binary file (an image saved as .yaml) not text', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8, 0, 0x10]);
    const { problems } = checkAfter((content) => writeFileSync(join(content, 'tasks/demo/03.yaml'), png));
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('这不是文本文件');
  });

  it('names site.yaml saved as GBK', () => {
    const { problems } = checkAfter((content) => {
      const path = join(content, 'site.yaml');
      writeFileSync(path, encodeLegacy(readFileSync(path, 'utf8'), 'gbk'));
    });
    expect(problemFor(problems, 'site.yaml').zh).toContain('看起来是 GBK');
  });
});

describe('links, odd files and permissions', () => {
  it('refuses a dangling link, a looping link and a link out of the content folder, naming each', () => {
    const { problems } = checkAfter((content) => {
      symlinkSync('/nonexistent/03.yaml', join(content, 'tasks/demo/03.yaml'));
      symlinkSync('loop.yaml', join(content, 'tasks/demo/loop.yaml'));
      symlinkSync('/etc/hostname', join(content, 'units/outside.yaml'));
    });
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('断开的链接');
    expect(problemFor(problems, 'tasks/demo/loop.yaml').zh).toContain('循环指向自己');
    expect(problemFor(problems, 'units/outside.yaml').zh).toContain('指向内容文件夹之外');
  });

  it('does not follow a link even to another content file, nor a linked collection folder', () => {
    const { problems } = checkAfter((content) => {
      symlinkSync(join(content, 'tasks/demo/01.yaml'), join(content, 'tasks/demo/03.yaml'));
      rmSync(join(content, 'news'), { recursive: true });
      symlinkSync(join(content, 'cases'), join(content, 'news'));
    });
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('这是一个符号链接');
    expect(problemFor(problems, 'news/').zh).toContain('这是一个符号链接');
  });

  it('refuses site.yaml when it is a folder or a dangling link', () => {
    for (const make of [(path: string) => mkdirSync(path), (path: string) => symlinkSync('/nonexistent', path)]) {
      const { problems } = checkAfter((content) => {
        rmSync(join(content, 'site.yaml'));
        make(join(content, 'site.yaml'));
      });
      expect(problemFor(problems, 'site.yaml').zh).toMatch(/这是一个文件夹|断开的链接/);
    }
  });

  it('refuses a named pipe instead of waiting on it for ever', () => {
    const { problems } = checkAfter((content) => spawnSync('mkfifo', [join(content, 'tasks/demo/03.yaml')]));
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('这不是普通文件');
  });

  it.skipIf(isRoot)('names a file and a folder it has no permission to read', () => {
    let content = '';
    try {
      const result = checkAfter((dir) => {
        content = dir;
        writeFileSync(join(dir, 'tasks/demo/03.yaml'), TASK);
        chmodSync(join(dir, 'tasks/demo/03.yaml'), 0o000);
        chmodSync(join(dir, 'places'), 0o000);
      });
      expect(problemFor(result.problems, 'tasks/demo/03.yaml').zh).toContain('没有读取此文件');
      expect(problemFor(result.problems, 'places/').zh).toContain('没有读取此文件');
    } finally {
      chmodSync(join(content, 'places'), 0o755);
    }
  });

  it('says so when the content folder does not exist', () => {
    const { root } = copyFixture();
    const { problems } = checkContent({ projectRoot: root, contentDir: 'no-such-content' });
    expect(problems.map((problem) => problem.zh).join('\n')).toContain('找不到内容文件夹');
  });
});

describe('files too large or too deep to be content', () => {
  it('refuses a 50 MB file by its size', () => {
    const { problems } = checkAfter((content) => writeFileSync(join(content, 'tasks/demo/03.yaml'), Buffer.alloc(50 * 1024 * 1024, 'a')));
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('文件太大（50.0 MB');
  });

  it('refuses an alias bomb (a billion values in ten lines)', () => {
    const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const { problems } = checkAfter((content) => writeFileSync(join(content, 'tasks/demo/03.yaml'), `${TASK}${lines.join('\n')}\n`));
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('锚点和别名');
  });

  it('refuses deep nesting, in flow style and in indentation', () => {
    const flow = `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const indented = Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`).join('\n') + ' x\n';
    const { problems } = checkAfter((content) => {
      writeFileSync(join(content, 'tasks/demo/03.yaml'), flow);
      writeFileSync(join(content, 'tasks/demo/04.yaml'), indented);
    });
    expect(problemFor(problems, 'tasks/demo/03.yaml').zh).toContain('嵌套');
    expect(problemFor(problems, 'tasks/demo/04.yaml').zh).toContain('嵌套');
  });

  it('reports a broken file of a few megabytes (300,000 keys, a repeated key, an unclosed quote)', () => {
    const keys = Array.from({ length: 300_000 }, (_, i) => `k${i}: v`).join('\n');
    const { problems } = checkAfter((content) => {
      writeFileSync(join(content, 'tasks/demo/03.yaml'), `${keys}\nk5: again\n`);
      writeFileSync(join(content, 'tasks/demo/04.yaml'), 'a: "x\n'.repeat(500_000));
    });
    const repeated = problemFor(problems, 'tasks/demo/03.yaml');
    expect(repeated.zh).toContain('同一个字段写了两次');
    expect(repeated.line).toBe(300_001);
    expect(problemFor(problems, 'tasks/demo/04.yaml').zh).toContain('YAML 格式有误');
  });

  it('keeps the line of a YAML error inside the file, and at most a few errors per file', () => {
    const { problems } = checkAfter((content) => writeFileSync(join(content, 'tasks/demo/03.yaml'), `${TASK}notes: "unclosed\n${'- x: [\n'.repeat(200)}`));
    const own = problems.filter((problem) => problem.file === 'content/tasks/demo/03.yaml');
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThanOrEqual(5);
    for (const problem of own) expect(problem.line).toBeLessThanOrEqual(TASK.split('\n').length + 200);
  });
});

describe('npm run check on hostile content', () => {
  it('prints messages and exits non-zero, never a stack trace nor a hang', () => {
    const { content } = copyFixture();
    symlinkSync('/nonexistent', join(content, 'tasks/demo/03.yaml'));
    writeFileSync(join(content, 'tasks/demo/04.yaml'), `${'{'.repeat(50_000)}\n`);
    // The time limit only stops a hang; how fast the check is, the benchmark measures.
    const run = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts/staff/check.ts')], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, LEDGER_CONTENT_DIR: content, LEDGER_DEBUG: '' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.error, 'the check hung').toBeUndefined();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('断开的链接');
    expect(run.stderr).toContain('嵌套');
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('turns an unexpected exception into a short 程序错误 line without a stack', () => {
    const script = `import { runCommand } from ${JSON.stringify(resolve(PROJECT_ROOT, 'scripts/lib/cli.ts'))};\nawait runCommand(() => { throw new TypeError('boom'); });\n`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, LEDGER_DEBUG: '' }, timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('程序错误：boom');
    expect(run.stderr).toContain('program error: boom');
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
