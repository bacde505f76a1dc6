import { defineConfig } from 'vitest/config';

// Unit tests: no site is built, nothing is read from content/ (they stand on in-memory ledgers
// and tests/fixtures/), and files run in parallel. They pass whatever city content/ holds.
// Tests about the deployment's own content are tests/content/ (npm run test:content, and npm test).
export default defineConfig({ test: { include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts'] } });
