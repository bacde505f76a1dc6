import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './sites.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` on a content folder into outDir, as a user would, and returns its output. */
export function astroBuild(options: { contentDir: string; outDir: string; asOf?: string; cwd?: string; config?: string }): BuildResult {
  const cwd = options.cwd ?? PROJECT_ROOT;
  // Run Astro on this very Node (22, from the `node` dev dependency), whatever PATH says.
  const result = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', options.outDir, ...(options.config ? ['--config', options.config] : [])], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      LEDGER_CONTENT_DIR: options.contentDir,
      ...(options.asOf ? { LEDGER_AS_OF: options.asOf } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
