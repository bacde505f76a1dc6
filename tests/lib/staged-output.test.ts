import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeAbandonedStaging } from '../../src/integrations/staged-output.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** The id of a process that has ended. */
function endedProcess(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('staging folders that stopped builds left', () => {
  it('removes those of builds no longer running, keeps those of running builds, the site and any other folder', () => {
    const root = tempDir('staging');
    const dist = join(root, 'dist');
    const ended = endedProcess();
    for (const name of ['dist/index.html', `.dist-staging-${ended}-aB3xYz/index.html`, `.dist-staging-${process.pid}-Qw12er/index.html`, '.dist-staging-Zx98cv/index.html', `.docs-staging-${ended}-aB3xYz/index.html`, 'notes/index.html']) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), name);
    }
    expect(removeAbandonedStaging(dist)).toEqual([`.dist-staging-${ended}-aB3xYz`]);
    // A folder without a process id (from a build before ids were written) cannot be judged: it stays.
    expect(readdirSync(root).sort()).toEqual([`.dist-staging-${process.pid}-Qw12er`, '.dist-staging-Zx98cv', `.docs-staging-${ended}-aB3xYz`, 'dist', 'notes'].sort());
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('dist/index.html');
  });

  it('puts the last good site back when a build was killed between taking it away and putting the new one in place', () => {
    const root = tempDir('staging-previous');
    const dist = join(root, 'dist');
    mkdirSync(join(root, '.dist-staging-4000000-aB3xYz-previous'), { recursive: true });
    writeFileSync(join(root, '.dist-staging-4000000-aB3xYz-previous/index.html'), 'last good site');
    expect(removeAbandonedStaging(dist, () => false)).toEqual(['.dist-staging-4000000-aB3xYz-previous']);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good site');
    expect(existsSync(join(root, '.dist-staging-4000000-aB3xYz-previous'))).toBe(false);
  });

  it('does nothing where the output folder’s parent does not exist yet', () => {
    expect(removeAbandonedStaging(join(tempDir('staging-none'), 'new/dist'))).toEqual([]);
  });
});
