import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAZHONG } from '../helpers/fixture-copy.ts';
import { PROJECT_ROOT, SITES } from '../helpers/sites.ts';

const page = (path: string) => readFileSync(join(SITES.fixture.outDir, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('a site with a central inspection and a municipal one that has no plan yet', () => {
  it('builds an inspection page for each, from the same code', () => {
    expect(text(page('inspections/central-demo/index.html'))).toContain('中央生态环境保护督察（示例省）');
    expect(text(page('inspections/muni-2026/index.html'))).toContain('示例市第一轮市级生态环境保护督察（甲区）');
  });

  it('shows the municipal feedback findings under their headings', () => {
    const html = page('inspections/muni-2026/index.html');
    expect(html).toMatch(/<h3>突出生态环境问题整改不力<\/h3>\s*<ul class="finding-list"[^>]*>\s*<li id="finding-2">\s*<span class="finding-meta">\s*<a href="\/sub\/findings\/muni-2026\/02\/">反馈问题2<\/a>.*?<p class="finding-text">甲区部分污水管网雨污混流。<\/p>/);
    expect(text(html)).toContain('反馈问题（3个）');
  });

  it('says no plan is published yet and when it is due, counted in working days as the feedback sets it', () => {
    const body = text(page('inspections/muni-2026/index.html'));
    expect(body).toContain('自2026年1月5日次日起算30个工作日，计入调休上班的2026年2月14日，截止于2026年2月14日');
    expect(body).toContain('整改方案应于2026年2月14日前报送（反馈后30个工作日内报送整改方案），尚未公布。');
  });

  it('lists the home page inspection without a plan as such', () => {
    expect(text(page('index.html'))).toContain('整改方案应于2026年2月14日前报送（反馈后30个工作日内报送整改方案），尚未公布。');
  });

  it('publishes task URLs under the base path of the configured site address', () => {
    const json = JSON.parse(page('data/tasks.json'));
    expect(json.asOf).toBe('2026-01-15');
    expect(json.tasks.map((task: { url: string }) => task.url)).toEqual([
      'https://ledger.example.test/sub/tasks/demo/01/',
      'https://ledger.example.test/sub/tasks/demo/02/',
    ]);
    expect(page('tasks/index.html')).toContain('href="/sub/tasks/demo/01/"');
  });
});

describe('a second city deploys by its content alone', () => {
  const fixtureAttachments = join(PROJECT_ROOT, SITES.fixture.contentDir, 'attachments');
  // Bazhong's attachments as its deployment holds them (the frozen copy, so this holds whatever content/ is).
  const bazhongAttachments = readdirSync(join(BAZHONG, 'content/attachments'), { recursive: true, encoding: 'utf8' });
  const built = readdirSync(SITES.fixture.outDir, { recursive: true, encoding: 'utf8' }).map((file) => file.replace(/\\/g, '/'));

  it('publishes its own attachment from its content folder, byte for byte, and links it from the document page', () => {
    expect(readFileSync(join(SITES.fixture.outDir, 'documents/muni-feedback.txt'))).toEqual(readFileSync(join(fixtureAttachments, 'muni-feedback.txt')));
    expect(page('documents/muni-feedback/index.html')).toContain('<a href="/sub/documents/muni-feedback.txt">反馈意见全文（示例），纯文本</a>');
  });

  it('publishes none of Bazhong’s attachments, and no file whose text names Bazhong', () => {
    expect(bazhongAttachments.length).toBeGreaterThan(0);
    for (const name of bazhongAttachments) expect(built, name).not.toContain(`documents/${name}`);
    const naming = built.filter((file) => /\.(html|txt|xml|json|csv|js|css|svg|geojson)$/.test(file) && readFileSync(join(SITES.fixture.outDir, file), 'utf8').includes('巴中'));
    expect(naming).toEqual([]);
  });
});
