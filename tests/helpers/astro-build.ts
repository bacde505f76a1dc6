import { spawn, spawnSync } from 'node:child_process';
import { resolve, sep } from 'node:path';
import { PROJECT_ROOT } from './sites.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  asOf?: string;
  cwd?: string;
  config?: string;
  /** More of the build's environment (LEDGER_SEARCH_PAGES_PER_PART…). */
  env?: Record<string, string>;
}

/** The command line and environment of `astro build` on a content folder, as a user would run it. */
export function buildCommand(options: BuildOptions) {
  // Run Astro on this very Node (22, from the `node` dev dependency), whatever PATH says.
  const args = [resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', options.outDir, ...(options.config ? ['--config', options.config] : [])];
  const env = {
    ...process.env,
    LEDGER_CONTENT_DIR: options.contentDir,
    ...(options.asOf ? { LEDGER_AS_OF: options.asOf } : {}),
    ...options.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  const cwd = options.cwd ?? PROJECT_ROOT;
  // Astro writes a build's prerender chunks under its output folder, or, when that lies outside
  // the working folder (a test's temporary folder), under `./.astro/.prerender/` of the working
  // folder: one place for every such build, so two at once removed each other's chunks ("Cannot
  // find module … .prerender/chunks"). Those builds take turns (flock, util-linux).
  if (!resolve(options.outDir).startsWith(`${resolve(cwd)}${sep}`)) {
    return { command: 'flock', args: [resolve(PROJECT_ROOT, 'node_modules/.astro-outside-build.lock'), process.execPath, ...args], cwd, env };
  }
  return { command: process.execPath, args, cwd, env };
}

/** Runs `astro build` on a content folder into outDir, as a user would, and returns its output. */
export function astroBuild(options: BuildOptions): BuildResult {
  const { command, args, cwd, env } = buildCommand(options);
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/**
 * Astro's sync writes the project's own `.astro/` folder (types, content imports) through
 * temporary files of fixed names, so two builds syncing at once can fail each other; the line
 * that ends the sync is what a build started beside another must wait for.
 */
const SYNC_DONE = /\[types\] Generated/;

/**
 * astroBuild() without blocking, so that several builds can share the machine's cores:
 * `synced` settles when the build has written `.astro/` (or has ended), `result` when it ends.
 */
export function startAstroBuild(options: BuildOptions): { synced: Promise<void>; result: Promise<BuildResult> } {
  const { command, args, cwd, env } = buildCommand(options);
  let markSynced = () => {};
  const synced = new Promise<void>((done) => (markSynced = done));
  const result = new Promise<BuildResult>((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk: string) => {
      output += chunk;
      if (SYNC_DONE.test(output)) markSynced();
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('error', (error) => (markSynced(), fail(error)));
    child.on('close', (status) => (markSynced(), done({ status, output })));
  });
  return { synced, result };
}
