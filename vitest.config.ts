import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/helpers/sequencer.ts';

// `npm test`: four projects whose files share one pool of workers, longest first. Browser
// tests and builds spend much of their time waiting on other processes, so there is one worker
// more than the machine has cores.
const WORKERS = availableParallelism() + 1;

export default defineConfig({
  test: {
    maxWorkers: WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      // Unit tests build nothing; their list of files is in vitest.unit.config.ts. On a busy
      // machine a test may take longer than it allows alone. (Projects that share the pool
      // share its number of workers.)
      { extends: './vitest.unit.config.ts', test: { name: 'unit', testTimeout: 60_000, maxWorkers: WORKERS } },
      // Tests of the deployment's own content/ (vitest.content.config.ts).
      { extends: './vitest.content.config.ts', test: { name: 'content', testTimeout: 60_000, maxWorkers: WORKERS } },
      // `astro check` over every .astro and .ts file, as a test beside the others.
      { test: { name: 'typecheck', include: ['tests/typecheck/**/*.test.ts'], testTimeout: 300_000 } },
      // Build and browser tests read the sites built once, before their first file, by the global setup.
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-sites.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // Browser checks marked concurrent (tests/e2e/quality.test.ts) run this many pages at a time.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
