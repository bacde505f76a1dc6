import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { startAstroBuild, type BuildOptions, type BuildResult } from './astro-build.ts';
import { ACCEPTED, acceptedCases, buildLogOf, PROJECT_ROOT, SITES, TWO_CITIES } from './sites.ts';

/**
 * Runs the builds side by side, each started once the one before has finished its sync (see
 * startAstroBuild), as many at a time as the machine has cores and one more (a build also
 * waits on files).
 */
async function buildAll(builds: BuildOptions[]): Promise<BuildResult[]> {
  const results: Promise<BuildResult>[] = [];
  const running = new Set<Promise<BuildResult>>();
  for (const options of builds) {
    while (running.size >= availableParallelism() + 1) await Promise.race(running);
    const { synced, result } = startAstroBuild(options);
    const tracked = result.finally(() => running.delete(tracked));
    running.add(tracked);
    results.push(result);
    await synced;
  }
  return Promise.all(results);
}

/**
 * Builds each shared test site once before the build and browser tests run: the sites of
 * SITES and TWO_CITIES (a failed build fails the run with its output) and the hostile content
 * of ACCEPTED (its result is written for tests/build/untrusted-content.test.ts to judge).
 */
export default async function setup(): Promise<void> {
  rmSync(resolve(ACCEPTED.contentDir, '..'), { recursive: true, force: true });
  rmSync(ACCEPTED.ranCode, { force: true });
  cpSync(resolve(PROJECT_ROOT, SITES.fixture.contentDir), ACCEPTED.contentDir, { recursive: true });
  for (const name of acceptedCases()) cpSync(join(ACCEPTED.cases, name), ACCEPTED.contentDir, { recursive: true });
  rmSync(resolve(TWO_CITIES.contentDir, '..'), { recursive: true, force: true });
  for (const part of TWO_CITIES.parts) cpSync(part, TWO_CITIES.contentDir, { recursive: true, filter: (source) => !source.endsWith('README.md') });

  const sites = Object.entries(SITES);
  const results = await buildAll([
    ...sites.map(([, site]) => ({ contentDir: site.contentDir, outDir: site.outDir, asOf: site.asOf })),
    { contentDir: TWO_CITIES.contentDir, outDir: TWO_CITIES.outDir, asOf: TWO_CITIES.asOf, env: TWO_CITIES.env },
    { contentDir: ACCEPTED.contentDir, outDir: ACCEPTED.outDir },
  ]);
  writeFileSync(ACCEPTED.result, JSON.stringify(results.at(-1)));
  for (const [index, [name, site]] of sites.entries()) {
    const result = results[index]!;
    if (result.status !== 0) throw new Error(`The ${name} site did not build:\n${result.output.slice(-4000)}`);
    // What the build printed, for the tests of what staff see (tests/build/build-output.test.ts).
    writeFileSync(buildLogOf(site.outDir), result.output);
  }
  const twoCities = results.at(-2)!;
  if (twoCities.status !== 0) throw new Error(`The two-city site did not build:\n${twoCities.output.slice(-4000)}`);
}
