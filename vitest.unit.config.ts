import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['tests/lib/**/*.test.ts', 'tests/schemas/**/*.test.ts', 'tests/content/**/*.test.ts'] } });
