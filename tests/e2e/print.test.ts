import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserOnSite } from '../helpers/browser-suite.ts';
import { SITES, TEST_OUT } from '../helpers/sites.ts';

const env = browserOnSite(SITES.bazhong.outDir);
const PDFS = resolve(TEST_OUT, 'print');

/** The text of a PDF, or of one of its pages, as poppler's pdftotext reads it, without spaces or line breaks. */
function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** A page printed to A4 by Chromium, as a reader's browser prints it: the file and its number of sheets. */
async function printed(path: string, { large = false } = {}): Promise<{ file: string; pages: number }> {
  mkdirSync(PDFS, { recursive: true });
  const page = await env.browser.newPage();
  await page.goto(env.site.url(path), { waitUntil: 'networkidle' });
  // 长辈模式, switched on as a reader does, by its checkbox.
  if (large) await page.getByLabel('长辈模式').check();
  const file = resolve(PDFS, `${path.replace(/\W+/g, '-')}${large ? '-large' : ''}.pdf`);
  await page.pdf({ path: file, format: 'A4' });
  await page.close();
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { file, pages };
}

describe('a task on paper', () => {
  // Task 六 is Bazhong's longest: ten measures, nine tables of targets by county, thirteen places.
  // It printed on 14 sheets, a measure a sheet, with the map's buttons and without the site's name.
  it('prints the longest Bazhong task on at most 7 A4 sheets, with the site, status, address and QR code on the first', async () => {
    const { file, pages } = await printed('/tasks/bazhong-cei2/06/');
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(7);
    const first = pdfText(file, 1);
    expect(first).toContain('巴中市生态环境保护督察整改台账');
    expect(first).toContain('整改任务六：污水收集处理能力不足');
    expect(first).toMatch(/状态：.?序时推进/);
    // The follow block prints the permanent link and the QR code, though closed on screen.
    expect(first).toContain('永久链接：https://example.org/tasks/bazhong-cei2/06/');
    expect(first).toContain('用手机扫码打开本页');
  });

  it('prints nothing to click: no menu, reading switch, map buttons, keyboard hints, chart links or copy buttons', async () => {
    const { file } = await printed('/tasks/bazhong-cei2/05/');
    const text = pdfText(file);
    expect(text).toContain('整改任务五：自然保护区违规设置矿业权问题突出');
    for (const control of ['菜单', '长辈模式', '搜索', '地图可用键盘操作', '复制GB/T7714格式', '图表：']) expect(text, control).not.toContain(control);
    // Every place is still on paper, in the table.
    expect(text).toContain('平昌县坦溪镇俱兴砖厂页岩矿');
  });

  it('prints the task list without its filter form, a control like the others', async () => {
    const text = pdfText((await printed('/tasks/')).file);
    expect(text).toContain('思想认识还不到位');
    expect(text).not.toContain('筛选整改任务');
  });

  it('prints a short task on at most 3 sheets', async () => {
    const { pages } = await printed('/tasks/bazhong-cei2/07/');
    expect(pages).toBeLessThanOrEqual(3);
  });

  it('prints in 长辈模式 as without it: the larger type and the tables turned cards are for the screen', async () => {
    // A county's tables of targets turned cards on paper too (5 sheets became 11).
    const [normal, large] = [await printed('/counties/nanjiang/'), await printed('/counties/nanjiang/', { large: true })];
    expect(large.pages).toBe(normal.pages);
    expect(pdfText(large.file)).toBe(pdfText(normal.file));
  });
});
