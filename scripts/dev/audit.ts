// npm run audit [-- --dist dir] [--no-build]: builds the site, serves it on localhost and runs
// Lighthouse (mobile) on one page of every page route (each page file of src/pages that built a
// page: its largest page, so the audit meets as much as the route can show); prints the four
// scores of each. Slow, so not part of npm test; the figures go in the README.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { listPages, pageRoutes, routeOf } from '../../src/features/built-site/index.ts';
import { loadSiteConfig } from '../../src/features/check/index.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, 'no-build': { type: 'boolean', default: false } } });
const project = resolve(import.meta.dirname, '../..');
const dist = resolve(values.dist);
if (!values['no-build']) {
  // The same build as npm run build, on this very Node (22).
  execFileSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const basePath = new URL(loadSiteConfig().url).pathname;
const routes = pageRoutes();
// The largest page each route built (redirect pages aside: no page file of ours made them).
const chosen = new Map<string, { path: string; bytes: number }>();
for (const page of listPages(dist, basePath)) {
  if (/<meta http-equiv="refresh"/i.test(readFileSync(page.file, 'utf8').slice(0, 2000))) continue;
  const route = routeOf(`/${page.path.slice(basePath.length)}`, routes);
  if (!route) continue;
  const bytes = statSync(page.file).size;
  const known = chosen.get(route.file);
  if (!known || bytes > known.bytes) chosen.set(route.file, { path: page.path, bytes });
}

const prefix = basePath.replace(/\/$/, '');
const files = sirv(dist, { dev: false, extensions: ['html'] });
const server = createServer((request, response) => {
  request.url = (request.url ?? '/').slice(prefix.length) || '/';
  files(request, response, () => {
    response.statusCode = 404;
    response.end();
  });
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const profile = mkdtempSync(join(tmpdir(), 'ledger-audit-'));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  userDataDir: profile,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const rows: string[] = [];
try {
  for (const [type, { path }] of [...chosen].sort(([a], [b]) => a.localeCompare(b))) {
    const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const categories = result?.lhr.categories ?? {};
    const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(5);
    rows.push(`${type.padEnd(34)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}  ${path}`);
    // Say what cost the points: every weighted audit of a category below 100 that did not pass.
    for (const category of Object.values(categories)) {
      if ((category.score ?? 1) >= 1) continue;
      for (const ref of category.auditRefs) {
        const audit = result?.lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 0.9) {
          rows.push(`    ${category.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`Lighthouse (mobile), ${new Date().toISOString().slice(0, 10)}\n${'page route (src/pages/)'.padEnd(34)}  perf  a11y  best   seo\n${rows.join('\n')}`);
