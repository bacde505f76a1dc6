import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { astroBuildAsync, type BuildOptions, type BuildResult } from './astro-build.ts';
import { ACCEPTED, acceptedCases, PROJECT_ROOT, SITES } from './sites.ts';

/** Runs the builds, as many at a time as the machine has cores, and one more (a build also waits on files). */
async function buildAll(builds: BuildOptions[]): Promise<BuildResult[]> {
  const results: BuildResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < builds.length) {
      const index = next++;
      results[index] = await astroBuildAsync(builds[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism() + 1, builds.length) }, worker));
  return results;
}

/**
 * Builds each shared test site once before the build and browser tests run: the sites of
 * SITES (a failed build fails the run with its output) and the hostile content of ACCEPTED
 * (its result is written for tests/build/untrusted-content.test.ts to judge).
 */
export default async function setup(): Promise<void> {
  rmSync(resolve(ACCEPTED.contentDir, '..'), { recursive: true, force: true });
  rmSync(ACCEPTED.ranCode, { force: true });
  cpSync(resolve(PROJECT_ROOT, SITES.fixture.contentDir), ACCEPTED.contentDir, { recursive: true });
  for (const name of acceptedCases()) cpSync(join(ACCEPTED.cases, name), ACCEPTED.contentDir, { recursive: true });

  const sites = Object.entries(SITES);
  const results = await buildAll([
    ...sites.map(([, site]) => ({ contentDir: site.contentDir, outDir: site.outDir, asOf: site.asOf })),
    { contentDir: ACCEPTED.contentDir, outDir: ACCEPTED.outDir },
  ]);
  writeFileSync(ACCEPTED.result, JSON.stringify(results.at(-1)));
  for (const [index, [name]] of sites.entries()) {
    const result = results[index]!;
    if (result.status !== 0) throw new Error(`The ${name} site did not build:\n${result.output.slice(-4000)}`);
  }
}
