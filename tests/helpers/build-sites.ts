import { astroBuild } from './astro-build.ts';
import { SITES } from './sites.ts';

/** Builds each test site once before the test files run; a failed build fails the run with its output. */
export default function setup(): void {
  for (const [name, site] of Object.entries(SITES)) {
    const result = astroBuild({ contentDir: site.contentDir, outDir: site.outDir, asOf: site.asOf });
    if (result.status !== 0) {
      throw new Error(`The ${name} site did not build:\n${result.output.slice(-4000)}`);
    }
  }
}
