import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit tests: no site is built, nothing is read from content/ (they stand on in-memory ledgers
// and tests/fixtures/), and files run in parallel. They pass whatever city content/ holds.
// Tests about the deployment's own content are tests/content/ (npm run test:content, and npm test).
export default defineConfig({
  test: {
    include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts'],
    // Vitest's default is one worker fewer than the cores: one worker, files one at a time, on
    // these 2-core machines. Many files wait on child processes and the disk, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    // Files share their worker's loaded modules instead of loading them afresh (Vitest's
    // isolation): on these machines loading took more time than the tests themselves (105 s of
    // processor time against 64 s without). The tests keep no state in modules; the one file that
    // mocks a module (new-collection.test.ts) resets the modules it loads.
    isolate: false,
    // Tests that are about speed say so themselves ("within seconds": under 5 or 8 s); Vitest's
    // 5 s default would fail them first on a busy machine. npm test allows 60 s.
    testTimeout: 30_000,
  },
});
