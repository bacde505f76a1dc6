import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITES } from '../helpers/sites.ts';

const page = (site: 'bazhong' | 'fixture', path: string) => readFileSync(join(SITES[site].outDir, path, 'index.html'), 'utf8');
// Text as read: table cells and list items apart, inline elements run together.
const text = (html: string) => html.replace(/<\/(td|th|li|p|dt|dd|caption|h\d)>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
const links = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);

describe('the disclosure pages (plan 五(五))', () => {
  it('are each reachable from the home page in two taps: the list, then an item', () => {
    const home = links(page('fixture', ''));
    for (const list of ['/sub/complaints/', '/sub/cases/', '/sub/news/', '/sub/documents/', '/sub/report/']) expect(home, list).toContain(list);
    expect(links(page('fixture', 'cases'))).toContain('/sub/cases/sludge-dumping/');
    expect(links(page('fixture', 'news'))).toContain('/sub/news/first-progress/');
    expect(links(page('fixture', 'documents'))).toContain('/sub/documents/muni-feedback/');
  });

  it('show complaint totals where no case list exists, and statistics where one does', () => {
    const complaints = text(page('fixture', 'complaints'));
    expect(complaints).toContain('示例市第一轮市级生态环境保护督察（甲区）');
    // In the source's own words and units: 家 is not 件, 立案调查 is not 立案处罚.
    expect(complaints).toContain('截至2025年11月公布的办理情况（按发布口径）');
    expect(complaints).toContain('受理群众信访举报 42 件 已办结 30 件 阶段性办结 8 件 责令整改 15 家 立案调查 4 家');
    expect(complaints).toContain('督察期间共受理群众信访举报42件，已办结30件、阶段性办结8件；责令整改15家，立案调查4家。');
    expect(complaints).toContain('尚未公开逐件办理情况');
    expect(complaints).toContain('逐件统计（3件）');
    expect(complaints).toMatch(/按县（区）.*甲区 2 乙县 1 合计 3/);
  });

  it('show the municipal inspection with its findings, complaint totals and plan due date', () => {
    const inspection = text(page('fixture', 'inspections/muni-2026'));
    expect(inspection).toContain('反馈问题（3个）');
    expect(inspection).toContain('截至2025年11月：受理群众信访举报42件，已办结30件，阶段性办结8件，责令整改15家，立案调查4家（按发布口径）');
    expect(inspection).toContain('督察期间共受理群众信访举报42件，已办结30件、阶段性办结8件；责令整改15家，立案调查4家。');
    expect(inspection).toContain('整改方案应于2026年2月14日前报送（反馈后30个工作日内报送整改方案），尚未公布。');
    // The feedback's own parts, verbatim, and the people it names as it names them.
    expect(inspection).toMatch(/督察认为 甲区近年来生态环境质量有所改善。 但对照要求，甲区生态环境保护工作仍有差距。 来源：《[^》]+》，一、总体情况。 反馈问题（3个）/);
    expect(inspection).toContain('督察要求 甲区应在30个工作日内报送整改方案。');
    expect(inspection).toContain('张某某 甲区某局原局长 责任追究问题移交');
  });

  it('show a typical case with its penalties and who was held to account, names only where published', () => {
    const found = text(page('fixture', 'cases/sludge-dumping'));
    expect(found).toContain('罚款 20 万元');
    expect(found).toContain('乙县某局副局长 未公开 诫勉谈话');
    expect(found).toContain('乙县某镇分管负责人 张某某 党内警告');
    expect(links(page('fixture', 'cases/sludge-dumping'))).toContain('/sub/tasks/demo/01/');
    // …and the task links back to the case and to the news that report on it.
    expect(links(page('fixture', 'tasks/demo/01'))).toEqual(expect.arrayContaining(['/sub/cases/sludge-dumping/', '/sub/news/first-progress/']));
  });

  it('list the documents each with the pages that cite them', () => {
    const documentPage = text(page('bazhong', 'documents/sichuan-water-small-hydro-notice'));
    expect(documentPage).toContain('四川省水利厅');
    expect(links(page('bazhong', 'documents/sichuan-water-small-hydro-notice'))).toContain('/tasks/bazhong-cei2/02/');
    expect(links(page('bazhong', 'tasks/bazhong-cei2/02'))).toContain('/documents/sichuan-water-small-hydro-notice/');
  });

  it('publish the news as an Atom feed of their own', () => {
    const feed = readFileSync(join(SITES.fixture.outDir, 'feeds/news.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(feed).toContain('<title type="html"><![CDATA[2025年9月1日 · 示例市整改工作取得阶段性成效]]></title>');
    expect(feed).toContain('https://ledger.example.test/sub/news/first-progress/');
  });

  it('say plainly when a deployment has published no complaints, cases or news', () => {
    expect(text(page('bazhong', 'complaints'))).toContain('本站尚未收录任何督察的信访举报办理情况');
    expect(text(page('bazhong', 'cases'))).toContain('本站尚未收录典型案例');
    expect(text(page('bazhong', 'news'))).toContain('本站尚未收录整改动态文章');
  });

  it('tell every reader how to report a problem: the national channels and the local ones, linked from the main menu and every footer', () => {
    const report = text(page('fixture', 'report'));
    expect(report).toContain('“12369环保举报”微信公众号');
    expect(report).toContain('12345政务服务便民热线');
    expect(report).toContain('本地渠道 示例市生态环境局举报电话');
    const task = page('fixture', 'tasks/demo/01');
    expect(task).toContain('href="/sub/report/"');
    expect(/<nav class="site-nav"[\s\S]*?<\/nav>/.exec(task)![0]).toContain('<a href="/sub/report/">如何举报</a>');
  });

  it('read as complete where a deployment lists no local channel: the national channels are the answer, nothing says a setting is missing', () => {
    const report = text(page('bazhong', 'report'));
    expect(report).toContain('“12369环保举报”微信公众号');
    expect(report).toContain('电话 12345');
    expect(report).not.toMatch(/本地渠道|尚未配置|未配置/);
    // The 12369 hotline was switched off in 2024: the page never offers it as a number to dial.
    expect(page('bazhong', 'report')).not.toContain('tel:12369');
  });
});
