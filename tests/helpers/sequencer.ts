import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files that run longest, started first on a machine that has not run the tests before. */
const LONGEST = ['tests/e2e/quality.test.ts', 'tests/typecheck/astro-check.test.ts'];

/**
 * Longest first, across all projects (Vitest's own order runs one project after another): the
 * last file to finish is then a short one, and every worker stays busy to the end. Durations
 * come from the last run's cache; files it does not know run first, the known long ones ahead.
 */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const path = (spec: TestSpecification) => relative(root, spec.moduleId);
    const duration = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`)?.duration ?? Infinity;
    const listed = (spec: TestSpecification) => {
      const index = LONGEST.indexOf(path(spec));
      return index < 0 ? LONGEST.length : index;
    };
    return [...files].sort((a, b) => listed(a) - listed(b) || duration(b) - duration(a));
  }
}
