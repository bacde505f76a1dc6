import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { Parser } from 'htmlparser2';
import { xml2js, type Element } from 'xml-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { astroBuild, buildCommand, type BuildResult } from '../helpers/astro-build.ts';
import { copyFixture, edit } from '../helpers/fixture-copy.ts';
import { ACCEPTED, acceptedBuildResult, acceptedCases, PROJECT_ROOT, SITES } from '../helpers/sites.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** The elements a feed may hold: Atom's, and those of the page it carries for browsers (src/features/publish/feed-page.ts). */
const FEED_ELEMENTS = new Set(['feed', 'id', 'title', 'updated', 'generator', 'author', 'name', 'link', 'rights', 'entry', 'summary', 'div', 'main', 'p', 'h1', 'h2', 'h3', 'section', 'ol', 'li', 'code', 'a', 'meta']);

/**
 * Content is untrusted input. Hostile but acceptable content (tests/fixtures/accepted-content/)
 * passes the check, so it must build, and nothing in it may run or be published as markup; a
 * build that fails, at any step, leaves the last good site exactly as it was. The hostile
 * content is built once for all build tests, by tests/helpers/build-sites.ts (ACCEPTED).
 */
const CASES = acceptedCases();
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/**
 * What a page holds that can run script, as a browser parses it: event-handler attributes,
 * `javascript:` links, and scripts other than the site's own files and JSON data blocks.
 */
function scriptingIn(html: string): string[] {
  const found: string[] = [];
  let inScript = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}="${value}">`);
        if (/^(href|src|action|formaction)$/i.test(attribute) && /^\s*javascript:/i.test(value)) found.push(`<${name} ${attribute}="${value}">`);
      }
      inScript = name === 'script' && !attributes.src && attributes.type !== 'application/json';
    },
    ontext(text) {
      if (inScript && text.trim()) found.push(`<script>${text.slice(0, 60)}</script>`);
    },
    onclosetag() {
      inScript = false;
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** Staging folders a build left beside an output folder. */
function stagingLeftBeside(out: string): string[] {
  return readdirSync(dirname(out)).filter((name) => name.startsWith(`.${basename(out)}-staging-`));
}

/** Every file of a folder with the hash of its bytes: equal fingerprints, equal sites. */
function fingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesOf(dir)) hash.update(`${file}\0`).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

describe('the detector of scripting in a page', () => {
  it('finds handlers, javascript: links and inline scripts, and nothing in text or JSON data', () => {
    expect(scriptingIn('<p onclick="x()">a</p><a href=" javascript:x">b</a><script>alert(1)</script>')).toHaveLength(3);
    expect(scriptingIn('<meta content="<img onerror=alert(1)>"><p>&lt;script&gt;</p><script type="application/json">{"a":1}</script><script src="/a.js"></script>')).toEqual([]);
  });
});

describe('hostile content that the check accepts', () => {
  it.each(CASES)('passes the check on its own: %s', (name) => {
    const { root, content } = copyFixture();
    cpSync(join(ACCEPTED.cases, name), content, { recursive: true });
    expect(formatProblems(checkContent({ projectRoot: root, contentDir: 'content' }).problems)).toBe('');
  });

  describe('built all together', () => {
    let build: BuildResult;
    let out: string;
    let pages: Map<string, string>;

    beforeAll(() => {
      // All the cases in one copy of the fixture, built into an output folder whose parent did
      // not exist yet, as on a first build.
      expect(formatProblems(checkContent({ projectRoot: dirname(ACCEPTED.contentDir), contentDir: 'content' }).problems)).toBe('');
      out = ACCEPTED.outDir;
      build = acceptedBuildResult();
      pages = new Map(
        existsSync(out)
          ? filesOf(out)
              .filter((file) => /\.(html|xml|csv|json|js)$/.test(file))
              .map((file) => [file, readFileSync(join(out, file), 'utf8')])
          : [],
      );
    });

    it('builds, because the check passed', () => {
      expect(build.status, build.output.slice(-3000)).toBe(0);
      expect(build.output).not.toMatch(STACK_LINE);
    });

    it('runs nothing a body or a field holds', () => {
      expect(existsSync(ACCEPTED.ranCode)).toBe(false);
      const news = pages.get('news/figures/index.html')!;
      expect(news).toContain('{require("node:fs").writeFileSync("/tmp/ledger-body-ran-code", "ran")}');
      expect(news).toContain('{process.exit(7)}');
    });

    it('shows a bare < as text, and keeps the formatting staff may use', () => {
      const news = pages.get('news/figures/index.html')!;
      expect(news).toMatch(/出水 COD(&#x3C;|&lt;)50毫克\/升/);
      expect(news).toContain('PM<sub>2.5</sub>');
      expect(news).toMatch(/<td>(&#x3C;|&lt;)50毫克\/升<\/td>/);
      expect(news).toContain('<summary>监测方法</summary>');
      expect(news).toContain('href="tel:12369"');
      expect(news).toContain('href="/sub/tasks/demo/01/"');
    });

    it('publishes no markup that content wrote, in any page or feed', () => {
      expect([...pages.keys()].filter((name) => /\.html$/.test(name)).length).toBeGreaterThan(20);
      expect([...pages.keys()].filter((name) => /^feeds\/.+\.xml$/.test(name)).length).toBeGreaterThan(3);
      for (const [file, text] of [...pages].filter(([name]) => /\.html$/.test(name))) {
        expect(scriptingIn(text), file).toEqual([]);
      }
      for (const [file, text] of [...pages].filter(([name]) => /\.xml$/.test(name) && !name.startsWith('feeds/'))) {
        expect(text, file).not.toMatch(/<(script|img|a)[\s>]/i);
      }
      for (const [file, text] of [...pages].filter(([name]) => /^feeds\/.+\.xml$/.test(name))) {
        // Feeds carry text: an element written in content arrives escaped, never as markup. The
        // only elements are Atom's and those of the page a browser shows (feed-page.ts), whose
        // links all lead into the site.
        const elements: { name: string; href?: string }[] = [];
        const walk = (node: Element) => {
          if (node.type === 'element') elements.push({ name: String(node.name), href: node.name === 'a' ? String(node.attributes?.href) : undefined });
          node.elements?.forEach(walk);
        };
        walk(xml2js(text) as Element);
        expect(elements.length, file).toBeGreaterThan(10);
        expect(elements.filter((element) => !FEED_ELEMENTS.has(element.name)), file).toEqual([]);
        expect(elements.filter((element) => element.name === 'a' && !element.href!.startsWith('https://ledger.example.test/sub/')), file).toEqual([]);
        expect(text, file).not.toMatch(/<(script|img|iframe|style)[\s>/]/i);
      }
      const task = pages.get('tasks/demo/03/index.html')!;
      expect(task).toContain('=A1&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('neutralises text a spreadsheet would run as a formula in the downloads', () => {
      const tasksCsv = pages.get('data/tasks.csv')!;
      expect(tasksCsv).toContain(`,'=A1<script>alert(1)</script>,`);
      expect(tasksCsv).not.toMatch(/(^|,)"?[=+@]/m);
      const ledgerCsv = pages.get('data/ledger-tasks.csv')!;
      expect(ledgerCsv).toContain(`,'=A1<script>alert(1)</script>,`);
      expect(ledgerCsv).toContain(`,"'+cmd|"" /C calc""!A0",`);
      expect(ledgerCsv).not.toMatch(/(^|,)"?[=+@]/m);
    });

    it('writes text a spreadsheet would run as a formula into the public ledger workbook as text, as written, never a formula', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(out, 'data/ledger.xlsx'));
      const tasks = workbook.getWorksheet('整改任务')!;
      const titles = tasks.getColumn((tasks.getRow(1).values as string[]).indexOf('任务简称')).values;
      expect(titles).toContain('=A1<script>alert(1)</script>');
      const column = (tasks.getRow(1).values as string[]).indexOf('任务简称');
      tasks.eachRow((row, number) => {
        if (number > 1) expect(row.getCell(column).numFmt, `任务简称 of row ${number}`).toBe('@');
      });
      for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula)));
    });

    it('keeps a renamed page at its old address through its redirect, and a renamed feed as a copy', () => {
      expect(pages.get('tasks/demo/2/index.html')).toContain('/sub/tasks/demo/02/');
      expect(pages.get('feeds/tasks/demo/2.xml')).toBe(pages.get('feeds/tasks/demo/02.xml'));
    });
  });
});

describe('a build that fails', () => {
  let published: string;
  let content: string;
  let before: string;

  beforeAll(() => {
    // The last good site: the two-inspection fixture as the global setup built it.
    ({ content } = copyFixture());
    published = join(tempDir('published'), 'dist');
    cpSync(SITES.fixture.outDir, published, { recursive: true });
    before = fingerprint(published);
  });

  it('at the content check leaves the last good site exactly as it was, and says so', () => {
    const broken = copyFixture().content;
    edit(broken, 'tasks/demo/01.yaml', 'document: demo-plan', 'document: demo-plann');
    const result = astroBuild({ contentDir: broken, outDir: published });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('content/tasks/demo/01.yaml');
    expect(result.output).toContain('demo-plann');
    // Astro's advice for browser code must not replace ours because a message says "document".
    expect(result.output).not.toContain('Browser APIs');
    expect(result.output).toContain('运行 npm run check 可只检查内容');
    expect(result.output).toContain('上次成功生成的网站保持原样');
    expect(result.output).not.toMatch(STACK_LINE);
    expect(fingerprint(published)).toBe(before);
    expect(stagingLeftBeside(published)).toEqual([]);
  });

  it('after every page is written leaves the last good site exactly as it was, and says so', () => {
    // Content the check passes cannot fail the build, so a failure of another kind (a full disk,
    // a crashed step) is staged: the project's own configuration with one more step that throws,
    // placed just before the step that publishes.
    // Astro takes --config relative to the project, so the file lives in the tests' build folder.
    const config = 'node_modules/.test-builds/late-failure.config.mjs';
    mkdirSync(join(PROJECT_ROOT, 'node_modules/.test-builds'), { recursive: true });
    writeFileSync(
      join(PROJECT_ROOT, config),
      `import config from ${JSON.stringify(join(PROJECT_ROOT, 'astro.config.mjs'))};
const failing = { name: 'test:late-failure', hooks: { 'astro:build:done': () => { throw new Error('the disk is full (a test)'); } } };
const integrations = [...config.integrations];
integrations.splice(integrations.length - 1, 0, failing);
export default { ...config, integrations };
`,
    );
    const result = astroBuild({ contentDir: content, outDir: published, config });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('the disk is full (a test)');
    expect(result.output).toMatch(/generating static routes|Completed/);
    expect(result.output).toContain('上次成功生成的网站保持原样');
    expect(fingerprint(published)).toBe(before);
    expect(stagingLeftBeside(published)).toEqual([]);
  });

  it('stopped by Ctrl-C while it writes pages leaves the last good site exactly as it was, and no staging folder', async () => {
    // Inside the project, so that Astro runs without the lock that builds outside it take turns by.
    const stopped = join(PROJECT_ROOT, 'node_modules/.test-builds/interrupted/dist');
    rmSync(dirname(stopped), { recursive: true, force: true });
    mkdirSync(dirname(stopped), { recursive: true });
    cpSync(SITES.fixture.outDir, stopped, { recursive: true });
    const { command, args, cwd, env } = buildCommand({ contentDir: content, outDir: stopped });
    expect(command).toBe(process.execPath);
    // Its own process group, which Ctrl-C in a terminal signals whole.
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let interrupted = false;
    const ended = new Promise<number | null>((done) => child.on('close', done));
    const take = (chunk: string) => {
      output += chunk;
      if (!interrupted && /generating static routes[\s\S]*index\.html/.test(output)) {
        interrupted = true;
        process.kill(-child.pid!, 'SIGINT');
      }
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    const status = await ended;
    expect(interrupted, output.slice(-2000)).toBe(true);
    expect(status).toBe(130);
    expect(output).toContain('上次成功生成的网站保持原样');
    expect(fingerprint(stopped)).toBe(fingerprint(SITES.fixture.outDir));
    expect(stagingLeftBeside(stopped)).toEqual([]);
  });
});
