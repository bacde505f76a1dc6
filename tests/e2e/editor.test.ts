import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/features/check/index.ts';
import { loadSiteConfig } from '../../src/features/check/site-config.ts';
import { astroBuild } from '../helpers/astro-build.ts';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { copyFixture } from '../helpers/fixture-copy.ts';
import { offerLocalRepository, readLocalRepository, repositoryFiles } from '../helpers/local-repository.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * A staff member adds a progress update (整改进展) through the web editor at /admin/: the real
 * Sveltia CMS of a built site, in Chromium, in Chinese. No forge is reachable here, so the editor
 * works as on a staff member's computer with "使用本地仓库" (its local repository mode); the
 * repository is a copy of the two-inspection fixture. The file it saves must pass the content
 * check and show on the site rebuilt from it.
 */

type ServedSite = Awaited<ReturnType<typeof serveSite>>;

const SUMMARY = '甲区已完成排查任务的三分之一，余下部分按计划推进。';
let browser: Browser;
let editorSite: ServedSite;
let root: string;
let content: string;
/** The update the editor saved, as a content id (`demo/2026-…`), once the first test has run. */
let savedId: string | undefined;

beforeAll(async () => {
  ({ root, content } = copyFixture());
  // A self-hosted Forgejo with its OAuth application, as a government unit would run: the editor's policy then names only that host.
  appendFileSync(join(content, 'site.yaml'), 'cms:\n  backend: gitea\n  repo: eco/ledger\n  branch: main\n  baseUrl: https://git.example.test\n  appId: ledger-editor\n');
  const dist = join(root, 'dist');
  const build = astroBuild({ contentDir: content, outDir: dist });
  if (build.status !== 0) throw new Error(`The editor's test site did not build:\n${build.output.slice(-4000)}`);
  editorSite = await serveSite(dist, new URL(loadSiteConfig(content).url).pathname);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await editorSite?.close();
});

/** What the page did that staff would never see: console errors and warnings, script errors, blocked or outside requests. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  // The console says only "Failed to load resource"; name what failed.
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) outside.push(url);
  });
  return { problems, outside };
}

/**
 * Types into a field as staff do: click into it first. The click waits until nothing covers the
 * field (the editor opens a passing popup as it lays out its panes, which makes the form inert
 * for a moment, and text filled in then would be lost), so no pause is needed.
 */
async function type(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill(text);
}

describe('a staff member in the web editor (/admin/)', () => {
  it('adds an update to a measure of a task in the Chinese form, and saves one file that passes the content check', async () => {
    const before = repositoryFiles(root);
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    await offerLocalRepository(context, before);
    const page = await context.newPage();
    const seen = watch(page, editorSite.origin);

    await page.goto(editorSite.url('/admin/'));
    await page.getByRole('button', { name: '使用本地仓库' }).click();
    await page.getByRole('treeitem', { name: '整改进展 · demo' }).click();
    await page.getByRole('button', { name: '创建新条目' }).click();
    await type(page.getByRole('textbox', { name: '任务' }), 'demo/01');
    await type(page.getByRole('spinbutton', { name: '措施序号' }), '2');
    await type(page.getByRole('textbox', { name: '日期' }), '2026-01-10');
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.getByRole('option', { name: '序时推进' }).click();
    await type(page.getByRole('textbox', { name: '报告单位' }), 'district-a');
    await type(page.getByRole('textbox', { name: '进展内容' }), SUMMARY);
    await page.getByRole('button', { name: '保存' }).click();
    // Saved, the editor says so and lists the new entry in the collection.
    await page.getByRole('status').filter({ hasText: '条目已保存' }).waitFor();
    await page.getByRole('row', { name: SUMMARY }).waitFor();

    // One new file in the update folder, named as the configuration says; nothing else touched.
    const after = await readLocalRepository(page);
    const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
    expect(changed).toHaveLength(1);
    expect(Object.keys(before).filter((path) => !(path in after))).toEqual([]);
    const [path] = changed as [string];
    expect(path).toMatch(/^content\/updates\/demo\/\d{4}-\d{2}-\d{2}-[0-9a-f]{12}\.yaml$/);
    const saved = Buffer.from(after[path]!, 'base64');
    // Exactly what staff typed, and no empty optional field (`place: ''`, `evidence: null`) that the check refuses.
    expect(parse(saved.toString('utf8'))).toStrictEqual({ task: 'demo/01', measure: 2, date: '2026-01-10', status: '序时推进', reportedBy: 'district-a', summary: SUMMARY });

    writeFileSync(join(root, path), saved);
    const checked = checkContent({ projectRoot: root, contentDir: 'content' });
    expect(checked.problems).toEqual([]);
    const id = path.replace(/^content\/updates\//, '').replace(/\.yaml$/, '');
    expect(checked.input.updates.map((entry) => entry.id)).toContain(id);

    // The editor's own security policy let it do all that: nothing blocked, nothing asked of any other host.
    expect(seen.problems).toEqual([]);
    expect(seen.outside).toEqual([]);
    await context.close();
    savedId = id;
  });

  it('shows that update on the task page of the site rebuilt from the saved content', async () => {
    expect(savedId, 'the first test saves the update').toBeDefined();
    const dist = tempDir('editor-rebuilt');
    const build = astroBuild({ contentDir: content, outDir: dist });
    expect(build.status, build.output).toBe(0);

    const site = await serveSite(dist, new URL(loadSiteConfig(content).url).pathname);
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(site.url('/tasks/demo/01/'));
    const update = page.locator(`#update-${savedId!.replace(/\//g, '-')}`);
    expect(await update.innerText()).toBe(`2026年1月10日 · 序时推进 · 第2条措施 · 报告单位：甲区党委和人民政府\n\n${SUMMARY}`);
    await context.close();
    await site.close();
  }, 120_000);
});
