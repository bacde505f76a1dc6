import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseUrlList } from '../../src/features/site/permalinks.ts';
import { tempDir } from '../helpers/temp-dir.ts';

// The deployment flow keeps content/published-urls.txt current: after a publish, each CI template
// records the URLs that build published and commits the list. These tests run the templates' own
// record steps (all but `npm ci`) against a local repository standing in for the git host.

const PROJECT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(PROJECT, file), 'utf8');
const HOST = 'git.example.gov.cn';
const PROJECT_PATH = 'city/ledger';
const TOKEN = 'glpat-test';

// A git configuration of the test's own (made by deployment()): an author, and the host's HTTPS
// address with the token leading to the local stand-in.
let gitConfig = '';
const gitEnv = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_CONFIG_GLOBAL: gitConfig, GIT_CONFIG_NOSYSTEM: '1' });

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: gitEnv() }).trim();
}

/** A deployment's repository on the "host" (a bare repository) and a runner's checkout of it at its first commit. */
function deployment() {
  const root = tempDir('record-urls');
  const origin = join(root, 'origin.git');
  const seed = join(root, 'seed');
  gitConfig = join(root, 'gitconfig');
  writeFileSync(
    gitConfig,
    `[user]\n\tname = staff\n\temail = staff@example.org\n[init]\n\tdefaultBranch = main\n` +
      `[url "${origin}"]\n\tinsteadOf = https://ledger-bot:${TOKEN}@${HOST}/${PROJECT_PATH}.git\n`,
  );
  mkdirSync(join(seed, 'content'), { recursive: true });
  git(root, 'init', '-q', '--bare', origin);
  git(root, 'init', '-q', seed);
  // The record script is the project's own; the deployment's package.json runs it with this Node.
  writeFileSync(join(seed, 'package.json'), JSON.stringify({ scripts: { 'urls:record': `node ${join(PROJECT, 'scripts/staff/record-urls.ts')}` } }));
  writeFileSync(join(seed, '.gitignore'), 'dist/\n');
  writeFileSync(join(seed, 'content/published-urls.txt'), '# promised\n/\n/tasks/demo/01/\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'first');
  git(seed, 'remote', 'add', 'origin', origin);
  git(seed, 'push', '-q', 'origin', 'main');
  const runner = join(root, 'runner');
  git(root, 'clone', '-q', origin, runner);
  // While the pipeline runs, staff push another change: the branch has moved on.
  writeFileSync(join(seed, 'content/note.yaml'), 'title: 新的内容\n');
  git(seed, 'add', '.');
  git(seed, 'commit', '-q', '-m', 'staff edit');
  git(seed, 'push', '-q', 'origin', 'main');
  // This pipeline's build published one URL more than the list has.
  mkdirSync(join(runner, 'dist'));
  writeFileSync(join(runner, 'dist/published-urls.txt'), '# built\n/\n/tasks/demo/01/\n/tasks/demo/02/\n');
  return { root, origin, runner };
}

function runScript(cwd: string, script: string, env: Record<string, string>) {
  execFileSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...gitEnv(), ...env, PATH: `${dirname(process.execPath)}:${process.env.PATH}` },
  });
}

const listOn = (origin: string) => parseUrlList(git(origin, 'show', 'main:content/published-urls.txt'));

describe('the deployment flow records each publish’s URLs', () => {
  it('GitLab CI: after pages, commits the newly published URLs onto the branch as it now is, once', () => {
    const job = parse(read('ci-templates/gitlab-ci.yml'))['record-urls'];
    expect(job.needs).toEqual(['build', 'pages']);
    expect(job.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $LEDGER_PUSH_TOKEN' }]);
    const script = (job.script as string[]).filter((line) => !line.startsWith('npm ci')).join('\n');
    const { origin, runner } = deployment();
    const env = { CI_SERVER_HOST: HOST, CI_PROJECT_PATH: PROJECT_PATH, CI_COMMIT_BRANCH: 'main', LEDGER_PUSH_TOKEN: TOKEN };
    runScript(runner, script, env);
    expect(listOn(origin)).toEqual(['/', '/tasks/demo/01/', '/tasks/demo/02/']);
    // The staff's change pushed meanwhile is kept, and the commit starts no pipeline of its own.
    expect(git(origin, 'show', 'main:content/note.yaml')).toBe('title: 新的内容');
    expect(git(origin, 'log', '-1', '--format=%s', 'main')).toContain('[skip ci]');
    const commits = git(origin, 'rev-list', '--count', 'main');
    // Run again with nothing new: no empty commit.
    runScript(runner, script, env);
    expect(git(origin, 'rev-list', '--count', 'main')).toBe(commits);
  });

  it('GitHub Actions: after publish, the record job commits the newly published URLs, once', () => {
    const workflow = parse(read('ci-templates/github-actions.yml'));
    const job = workflow.jobs['record-urls'];
    expect(job.needs).toBe('publish');
    expect(job.permissions).toEqual({ contents: 'write' });
    // The list the build uploaded is the one the job downloads, into dist/.
    const upload = workflow.jobs.build.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/upload-artifact'));
    const download = job.steps.find((step: { uses?: string }) => step.uses?.startsWith('actions/download-artifact'));
    expect(upload.with).toEqual({ name: 'published-urls', path: 'dist/published-urls.txt' });
    expect(download.with).toEqual({ name: 'published-urls', path: 'dist' });
    expect(job.steps[0].with.ref).toBe('${{ github.ref_name }}');
    const script = job.steps
      .flatMap((step: { run?: string }) => (step.run && !step.run.startsWith('npm ci') ? [step.run] : []))
      .join('\n');
    const { origin, runner } = deployment();
    // actions/checkout with ref: the branch's tip, pushing back to the host.
    git(runner, 'pull', '-q', '--ff-only');
    runScript(runner, script, {});
    expect(listOn(origin)).toEqual(['/', '/tasks/demo/01/', '/tasks/demo/02/']);
    expect(git(origin, 'show', 'main:content/note.yaml')).toBe('title: 新的内容');
    const commits = git(origin, 'rev-list', '--count', 'main');
    runScript(runner, script, {});
    expect(git(origin, 'rev-list', '--count', 'main')).toBe(commits);
  });
});
