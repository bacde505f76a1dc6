import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, snapshot } from '../helpers/fixture-copy.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

/** Runs one staff command in a copy of the fixture, with no terminal, and what it left behind. */
function run(command: string, args: string[]) {
  const { root, content } = copyFixture();
  const before = snapshot(root);
  const result = spawnSync(process.execPath, [join(PROJECT, 'scripts/staff', command), ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LEDGER_CONTENT_DIR: content, LEDGER_AS_OF: '2026-01-15', LEDGER_DEBUG: '' },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, changed: JSON.stringify(snapshot(root)) !== JSON.stringify(before) };
}

describe('the staff commands answer --help', () => {
  it.each([
    ['check.ts', 'npm run check', 'LEDGER_CONTENT_DIR'],
    ['export.ts', 'npm run export', '--out'],
    ['import.ts', 'npm run import', '--dry-run'],
    ['record-urls.ts', 'npm run urls:record', 'published-urls.txt'],
    ['new.ts', 'npm run new', 'reopening'],
  ])('%s --help says what it does, does nothing and ends well', { timeout: 60_000 }, (command, usage, detail) => {
    for (const flag of ['--help', '-h']) {
      if (command === 'new.ts' && flag === '-h') continue;
      const result = run(command, [flag]);
      expect(result.status, `${command} ${flag}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toContain(usage);
      expect(result.stdout).toContain(detail);
      expect(result.stderr).toBe('');
      expect(result.changed, `${command} ${flag} wrote files`).toBe(false);
    }
  });

  it('new place --help lists the place kinds site.yaml declares', { timeout: 60_000 }, () => {
    const result = run('new.ts', ['place', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--kind');
    expect(result.stdout).toMatch(/^ {2}mining-right {2}矿业权$/m);
    expect(result.stdout).toMatch(/^ {2}sewage-plant {2}污水处理厂$/m);
  });

  it('check refuses an argument instead of checking something else than asked', { timeout: 60_000 }, () => {
    const result = run('check.ts', ['content/tasks']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run check 不接受参数（收到“content/tasks”）');
    expect(result.stderr).toContain('LEDGER_CONTENT_DIR');
  });

  it('an unknown flag is still refused with the usage line', { timeout: 60_000 }, () => {
    const result = run('export.ts', ['--ouput', 'x']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--ouput'");
    expect(result.stderr).toContain('用法：npm run export');
    expect(result.changed).toBe(false);
  });
});
