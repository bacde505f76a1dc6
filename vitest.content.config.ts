import { defineConfig } from 'vitest/config';

// Tests about the deployment's own content/ (Bazhong's: faithful to the source, its figures).
// Another city's content fails them by design; it replaces them with tests of its own.
export default defineConfig({ test: { include: ['tests/content/**/*.test.ts'] } });
