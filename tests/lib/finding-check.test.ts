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

  it('lets one finding become several tasks, each quoting only the part it answers', () => {
    // Changing the task's quotation, not the finding: the check does not hold a task to the finding's whole text.
    expect(problemsAfter((content) => edit(content, 'tasks/demo/01.yaml', '示例市污水管网建设滞后。', '示例市污水管网建设滞后（部分）。'))).toEqual([]);
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

describe('content check of an inspection\'s dates', () => {
  const inspection = 'inspections/muni-2026.yaml';

  it('refuses a feedback dated after the as-of day: its findings would be published before it is given', () => {
    const problems = problemsAfter((content) => edit(content, inspection, 'feedbackDate: "2026-01-05"', 'feedbackDate: "2026-03-02"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/${inspection}`, line: 7, field: 'feedbackDate' });
    expect(problems[0]!.zh).toContain('2026年3月2日');
    expect(problems[0]!.en).toContain('2026-01-15');
  });

  it('refuses a feedback dated before the visit ended', () => {
    const problems = problemsAfter((content) => edit(content, inspection, 'feedbackDate: "2026-01-05"', 'feedbackDate: "2025-11-05"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'feedbackDate', line: 7 });
    expect(problems[0]!.zh).toContain('2025年11月30日');
  });

  it('refuses working days counted from a day before the feedback', () => {
    const problems = problemsAfter((content) => edit(content, inspection, '  workingDays: 30\n', '  workingDays: 30\n  from: "2025-12-01"\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'planDue.from', line: 10 });
    expect(problems[0]!.zh).toContain('2026年1月5日');
  });

  it('accepts working days counted from a day after the feedback, and a feedback given in the month the visit ended', () => {
    expect(problemsAfter((content) => edit(content, inspection, '  workingDays: 30\n', '  workingDays: 30\n  from: "2026-01-06"\n'))).toEqual([]);
    expect(problemsAfter((content) => edit(content, inspection, 'feedbackDate: "2026-01-05"\nplanDue:\n  workingDays: 30', 'feedbackDate: "2025-11"\nplanDue:\n  date: "2026-01-10"'))).toEqual([]);
  });

  it('refuses complaint totals dated after the as-of day', () => {
    const problems = problemsAfter((content) => edit(content, inspection, '  - asOf: "2025-11"', '  - asOf: "2027-11"'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'complaintTotals[0].asOf', line: 32 });
    expect(problems[0]!.zh).toContain('2027年11月');
    expect(problems[0]!.en).toContain('2026-01-15');
  });
});

describe('a number written in full-width digits', () => {
  it('is refused with the half-width number to write instead', () => {
    const problems = problemsAfter((content) => edit(content, 'inspections/muni-2026.yaml', 'workingDays: 30', 'workingDays: ３０'));
    expect(problems).toMatchObject([{ file: 'content/inspections/muni-2026.yaml', field: 'planDue.workingDays' }]);
    expect(problems[0]!.zh).toBe('planDue.workingDays 写的是全角数字“３０”，请改为半角数字 30。');
  });
});
