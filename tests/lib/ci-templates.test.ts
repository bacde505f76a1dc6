import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '../..', file), 'utf8');

describe('the CI templates a deployment can adopt', () => {
  it('GitHub Actions: checks content, then builds, and publishes only a push to main', () => {
    const workflow = parse(read('ci-templates/github-actions.yml'));
    const runs = (job: string) => workflow.jobs[job].steps.flatMap((step: { run?: string }) => (step.run ? [step.run] : []));
    expect(runs('validate')).toEqual(['npm ci --no-audit --no-fund', 'npm run check']);
    expect(runs('build')).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(workflow.jobs.build.needs).toBe('validate');
    expect(workflow.jobs.publish.needs).toBe('build');
    expect(workflow.jobs.publish.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
  });

  it('GitLab CI: the same three stages and a record of the URLs published, pages only on the default branch', () => {
    const pipeline = parse(read('ci-templates/gitlab-ci.yml'));
    expect(pipeline.stages).toEqual(['validate', 'build', 'publish', 'record']);
    expect(pipeline.validate.script).toEqual(['npm ci --no-audit --no-fund', 'npm run check']);
    expect(pipeline.build.script).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(pipeline.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
  });

  it('sits next to the project\'s own .ci/run, which runs the full test suite', () => {
    expect(read('.ci/run')).toContain('npm test');
    expect(read('ci-templates/README.md')).toContain('.ci/run');
  });
});
