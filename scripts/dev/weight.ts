// npm run weight [-- --dist dir]: the weight of each kind of page of a built site (gzipped HTML,
// CSS and JavaScript of its heaviest page). Budgets are checked in the tests
// (tests/build/site-quality.test.ts); this prints the report for a build of your own.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatWeights, weightsByType } from '../../src/features/built-site/index.ts';
import { loadSiteConfig } from '../../src/features/check/index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
if (!existsSync(dist)) {
  console.error(`没有找到构建结果 ${dist}，请先运行 npm run build。\n(No built site at ${dist}: run npm run build first.)`);
  process.exit(2);
}
const basePath = new URL(loadSiteConfig().url).pathname;
console.log(formatWeights(weightsByType(dist, basePath)));
