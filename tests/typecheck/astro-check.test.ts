import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/sites.ts';

/** `npm run typecheck`, run on this very Node beside the other tests. */
function astroCheck(): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'check'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', fail);
    child.on('close', (status) => done({ status, output }));
  });
}

it('finds no type error in any .astro or .ts file of the project (astro check)', async () => {
  const { status, output } = await astroCheck();
  expect(status, output.slice(-6000)).toBe(0);
  expect(output).toMatch(/Result \(\d+ files\):\s*\n- 0 errors/);
});
