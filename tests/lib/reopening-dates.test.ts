import { describe, expect, it } from 'vitest';
import { problemsAfter, write } from '../helpers/fixture-copy.ts';

// The fixture's measure demo/01 #1 is reported completed on 2025-05-20; muni-2026 visited 2025-11-01 to 2025-11-30.
const reopening = (date: string) =>
  `task: demo/01\nmeasure: 1\ndate: "${date}"\nstatus: 重新整改\nreportedBy: district-a\ninspection: muni-2026\nsummary: 市级督察发现问题没有整改到位。\nevidence:\n  links: [{ url: "https://example.org/a", title: 示例报道 }]\n`;

describe('a reopening found by an inspection', () => {
  it('is refused when dated before the inspection began, since that inspection cannot have found it', () => {
    const problems = problemsAfter((content) => write(content, 'updates/demo/01-1-reopen.yaml', reopening('2025-09-01')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/updates/demo/01-1-reopen.yaml', line: 3, field: 'date' });
    expect(problems[0]!.zh).toContain('2025年11月1日');
    expect(problems[0]!.en).toContain('muni-2026');
  });

  it('is accepted once the inspection has begun', () => {
    expect(problemsAfter((content) => write(content, 'updates/demo/01-1-reopen.yaml', reopening('2025-11-20')))).toEqual([]);
  });
});
