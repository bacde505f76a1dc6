import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACCEPTED, SITES, type SiteName } from '../helpers/sites.ts';
import { tempDir } from '../helpers/temp-dir.ts';

// The W3C's Nu HTML checker (npm vnu-jar) sees what html-validate does not: ARIA rules of
// "ARIA in HTML" (no role on tr, th or td inside a table) and document structure (nothing after
// </html>). It needs a Java runtime (Debian's default-jre-headless, installed by .ci/run).
const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
const hasJava = java.status === 0;
if (!hasJava) {
  console.warn('Skipping the W3C Nu HTML checker: no `java` on PATH. Install a Java runtime (Debian: apt-get install default-jre-headless) to run it.');
}

/** Every page of every site the tests build, hostile but acceptable content included: 566 pages, about 6 s. */
function allPages(): { file: string; name: string }[] {
  const sites: [string, string][] = [...(Object.keys(SITES) as SiteName[]).map((name): [string, string] => [name, SITES[name].outDir]), ['accepted', ACCEPTED.outDir]];
  return sites.flatMap(([name, outDir]) =>
    readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ file: join(outDir, file), name: `${name} /${file.replace(/\\/g, '/')}` })),
  );
}

interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The errors the checker reports on HTML files, as `name:line message`. */
function nuErrors(files: string[], nameOf: (url: string) => string = (url) => url): string[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The checker writes its JSON report to stderr and exits 1 when it found errors.
  const report = JSON.parse(run.stderr) as { messages: NuMessage[] };
  return report.messages
    .filter((message) => message.type === 'error' || message.type === 'non-document-error')
    .map((message) => `${nameOf(message.url)}:${message.lastLine ?? '?'} ${message.message}`);
}

describe.skipIf(!hasJava)('the W3C Nu HTML checker', () => {
  it('refuses a role on a row or cell of a table and a script after </html>', () => {
    const file = join(tempDir('nu-checker'), 'page.html');
    writeFileSync(
      file,
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>' +
        '<table role="table"><caption>c</caption><tbody><tr role="row"><th scope="row" role="rowheader">a</th><td role="cell">b</td></tr></tbody></table>' +
        '</body></html><script src="x.js"></script>',
    );
    const errors = nuErrors([file]);
    expect(errors.filter((error) => /“role” attribute must not be used on a “(tr|th|td)”/.test(error))).toHaveLength(3);
    expect(errors.some((error) => /script/.test(error))).toBe(true);
  }, 60_000);

  it('reports no error on any page of any built test site', () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(500);
    const nameOf = new Map(pages.map((page) => [pathToFileURL(page.file).href, page.name]));
    expect(nuErrors(pages.map((page) => page.file), (url) => nameOf.get(url) ?? url)).toEqual([]);
  }, 120_000);
});
