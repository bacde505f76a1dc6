import { describe, expect, it } from 'vitest';
import { edit, problemsAfter, write } from '../helpers/fixture-copy.ts';

/** Findings and the tasks that name them, as the content check sees them on the two-inspection fixture. */
describe('content check of findings', () => {
  it('refuses a finding filed under another inspection than the one it names, since its address names the folder', () => {
    const problems = problemsAfter((content) => edit(content, 'findings/muni-2026/01.yaml', 'inspection: muni-2026', 'inspection: central-demo'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/findings/muni-2026/01.yaml', line: 1, field: 'inspection' });
    expect(problems[0]!.zh).toContain('muni-2026');
    expect(problems[0]!.en).toContain('central-demo');
  });

  it('refuses a finding whose file name is not its number', () => {
    const problems = problemsAfter((content) => edit(content, 'findings/muni-2026/03.yaml', 'number: 3', 'number: 4'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/findings/muni-2026/03.yaml', line: 2, field: 'number' });
    expect(problems[0]!.zh).toContain('04.yaml');
  });

  it('refuses two findings of one inspection with the same number, naming the other file', () => {
    const problems = problemsAfter((content) => write(content, 'findings/muni-2026/1.yaml', 'inspection: muni-2026\nnumber: 1\ntext: 另一个问题。\n'));
    const same = problems.filter((problem) => problem.field === 'number');
    expect(same).toHaveLength(1);
    expect(same[0]!.zh).toContain('findings/muni-2026/01.yaml');
    expect(same[0]!.en).toContain('number 1');
  });

  it('refuses a task naming the same finding twice, at the repeated item', () => {
    const problems = problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', 'findings: [central-demo/03]', 'findings: [central-demo/03, central-demo/03]'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/tasks/demo/01.yaml', field: 'findings[1]' });
    expect(problems[0]!.zh).toContain('central-demo/03');
  });
});

describe('content check of a plan\'s date', () => {
  it('refuses a plan dated after the as-of day: the site would publish its tasks while calling it not yet out', () => {
    const problems = problemsAfter((content) => edit(content, 'plans/demo.md', 'date: "2025-03"', 'date: "2026-06"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/plans/demo.md', line: 6, field: 'date' });
    expect(problems[0]!.zh).toContain('2026年6月');
    expect(problems[0]!.en).toContain('2026-01-15');
  });

  it('accepts a plan dated only to the year or month of the as-of day', () => {
    expect(problemsAfter((content) => edit(content, 'plans/demo.md', 'date: "2025-03"', 'date: "2026"'))).toEqual([]);
    expect(problemsAfter((content) => edit(content, 'plans/demo.md', 'date: "2025-03"', 'date: "2026-01"'))).toEqual([]);
  });
});
