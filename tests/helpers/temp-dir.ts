import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

/** A fresh temporary folder (`<tmp>/ledger-<name>-XXXXXX`), removed when the test file has finished. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `ledger-${name}-`));
  made.push(dir);
  return dir;
}

// Registered for each test file that imports this module.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
