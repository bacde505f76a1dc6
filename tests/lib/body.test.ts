import { describe, expect, it } from 'vitest';
import { bodyFindings, bodyTables, isAllowedBodyUrl, renderBody } from '../../src/features/body/markdown.ts';

describe('a body staff write, rendered', () => {
  it('shows a bare < and { as text, as environmental figures write them', () => {
    const { html } = renderBody('出水 COD<50毫克/升，氨氮<5{注}，a < b > c');
    expect(html).toBe('<p>出水 COD&#x3C;50毫克/升，氨氮&#x3C;5{注}，a &#x3C; b > c</p>');
  });

  it('keeps the formatting GitHub allows (sub, tables, emphasis) and gives headings their anchors', () => {
    const { html, headings } = renderBody('## 一、总体要求\n\nPM<sub>2.5</sub> **低于** 27.4\n\n| 县 | 公里 |\n|---|---|\n| 巴州区 | 20 |\n');
    expect(html).toContain('<h2 id="一总体要求">一、总体要求</h2>');
    expect(html).toContain('PM<sub>2.5</sub> <strong>低于</strong> 27.4');
    expect(html).toContain('<td>巴州区</td>');
    expect(headings).toEqual([{ depth: 2, slug: '一总体要求', text: '一、总体要求' }]);
  });

  it('closes bold after Chinese punctuation, as the plan writes its headings (**（一）…到位。**坚持…)', () => {
    expect(renderBody('**（一）督察反馈问题整改到位。**坚持问题导向').html).toBe('<p><strong>（一）督察反馈问题整改到位。</strong>坚持问题导向</p>');
  });

  it.each([
    ['<script>alert(1)</script>', /<script|alert/],
    ['<style>body{display:none}</style>', /<style|display/],
    ['<img src="/a.png" onerror="alert(1)">', /onerror|alert/],
    ['<a href="javascript:alert(1)">x</a>', /javascript/i],
    ['[x](JaVaScRiPt:alert(1))', /javascript/i],
    ['[x](data:text/html,<script>alert(1)</script>)', /data:|script/],
    ['<iframe src="https://example.com"></iframe>', /iframe/],
    ['<p style="position:fixed">x</p>', /style/],
    ['<form action="https://example.com"><input name="q"></form>', /<form|action/],
    ['![x](https://tracker.example.com/p.gif)', /tracker/],
    ['<svg><script>alert(1)</script></svg>', /<svg|script|alert/],
    ['<object data="x.swf"></object>', /<object/],
  ])('publishes nothing that can script, style or call another host: %s', (markdown, forbidden) => {
    expect(renderBody(markdown).html).not.toMatch(forbidden);
  });

  it('keeps links to the web, mail, telephone and the site itself', () => {
    const { html } = renderBody('[通知](https://www.gov.cn/) [信箱](mailto:hb@example.gov.cn) [12369](tel:12369) [任务](/tasks/a/01/)');
    expect(html).toContain('href="https://www.gov.cn/"');
    expect(html).toContain('href="mailto:hb@example.gov.cn"');
    expect(html).toContain('href="tel:12369"');
    expect(html).toContain('href="/tasks/a/01/"');
  });
});

describe('the ids a body brings', () => {
  /** Every id of some HTML, and every in-page link's target. */
  const idsIn = (html: string) => [...html.matchAll(/ id="([^"]*)"/g)].map((match) => match[1] ?? '');
  const targetsIn = (html: string) => [...html.matchAll(/ href="#([^"]*)"/g)].map((match) => match[1] ?? '');

  it('never take one of the page layout’s own (ASCII) ids: a heading `## main` is not the page’s <main id="main">', () => {
    const { html, headings } = renderBody('## main\n\n## cite\n\n<a id="measure-1">x</a>\n\n## 一、总体要求\n');
    expect(idsIn(html)).toEqual(['user-content-main', 'user-content-cite', 'user-content-measure-1', '一总体要求']);
    expect(headings.map((heading) => heading.slug)).toEqual(['user-content-main', 'user-content-cite', '一总体要求']);
  });

  it('give a heading with no letter or digit an anchor of its own', () => {
    expect(renderBody('## ！！！\n\n## ???').headings.map((heading) => heading.slug)).toEqual(['user-content-heading', 'user-content-heading-1']);
  });

  it('are unique in the body, a raw HTML id and a heading alike', () => {
    const { html } = renderBody('<h2 id="main">甲</h2>\n\n## main\n\n## main\n');
    const ids = idsIn(html);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are what the body’s own links point at: footnotes both ways, and an anchor written in HTML', () => {
    const { html } = renderBody('正文[^1]，再引[^1]，另见[^说明]。<a id="x">锚</a>[回到锚](#x)\n\n[^1]: 注一。\n[^说明]: 注二。\n');
    const ids = new Set(idsIn(html));
    expect(targetsIn(html).length).toBe(7);
    // As a browser finds a fragment: as written, then percent-decoded.
    for (const target of targetsIn(html)) expect(ids.has(target) || ids.has(decodeURIComponent(target)), target).toBe(true);
  });

  it('come with footnotes headed and labelled in Chinese, which the page’s contents do not list', () => {
    const { html, headings } = renderBody('## 一、总体要求\n\n正文[^1]\n\n[^1]: 注一。\n');
    expect(html).toContain('>注释</h2>');
    expect(html).toContain('aria-label="返回正文第 1 处引用"');
    expect(html).not.toMatch(/Footnotes|Back to/);
    expect(headings.map((heading) => heading.text)).toEqual(['一、总体要求']);
  });
});

describe('the tables of a body, read before it is parsed', () => {
  it('gives the line of each header, its columns and its rows up to the next blank line', () => {
    const body = '第一段。\n\n| 县 | 公里 |\n|---|---:|\n| 巴州区 | 20 |\n| 通江县 | 30 |\n\n正文 - 不是表格\n\n县 | 公里 | 年\n--- | --- | ---\n甲 | 1 | 2021\n';
    expect(bodyTables(body)).toEqual([
      { line: 3, columns: 2, rows: 3 },
      { line: 10, columns: 3, rows: 2 },
    ]);
  });

  it('finds a table inside a quote or a list item, and runs its rows past a line GFM does not take as blank', () => {
    expect(bodyTables('> |a|b|c|\n> |-|-|-|\n> |1\n> |2\n')).toEqual([{ line: 1, columns: 3, rows: 3 }]);
    expect(bodyTables('- 列表\n\n    | a | b |\n    |---|---|\n    | 1 | 2 |\n')).toEqual([{ line: 3, columns: 2, rows: 2 }]);
    // A line of no-break spaces does not end a table: the rows after it are the table's.
    expect(bodyTables('|a|b|\n|-|-|\n|1|\n\u00a0\n1\n1\n')).toEqual([{ line: 1, columns: 2, rows: 5 }]);
  });
});

describe('the site paths a body links to', () => {
  it('get the base path of a site published under one, and nothing else does', () => {
    const { html } = renderBody('[任务](/tasks/a/01/) ![图](/documents/a.png) [通知](https://www.gov.cn/) [本页](#measure-1)', { base: '/ledger/' });
    expect(html).toContain('href="/ledger/tasks/a/01/"');
    expect(html).toContain('src="/ledger/documents/a.png"');
    expect(html).toContain('href="https://www.gov.cn/"');
    expect(html).toContain('href="#measure-1"');
  });
});

describe('what a body holds that will not be published as written', () => {
  it('names each with its line inside the body', () => {
    const findings = bodyFindings('第一段。\n\n<script>x()</script>\n\n[a](javascript:x)\n\n<b onclick="x()">b</b>\n');
    expect(findings.map((finding) => [finding.line, finding.zh.slice(0, 24)])).toEqual([
      [3, '正文不能使用 HTML 标签 <script>，'],
      [5, '链接“javascript:x”不会发布：正文中'],
      [7, '正文里的 HTML 属性 onclick 不会发'],
    ]);
    expect(findings.every((finding) => finding.en.length > 20)).toBe(true);
  });

  it('names MDX import and export statements, which are text here', () => {
    expect(bodyFindings('import fs from "node:fs"\n\n正文').map((finding) => finding.line)).toEqual([1]);
    expect(bodyFindings('export const a = 1\n').map((finding) => finding.line)).toEqual([1]);
  });

  it('finds nothing in ordinary Markdown with figures, tables and site links', () => {
    expect(bodyFindings('## 标题\n\nCOD<50，{1}，PM<sub>2.5</sub>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[任务](/tasks/a/)\n\n![图](/documents/a.png)')).toEqual([]);
  });
});

describe('the links and images a body may carry', () => {
  it.each([
    ['https://www.gov.cn/', 'href', true],
    ['/tasks/a/', 'href', true],
    ['#measure-1', 'href', true],
    ['tel:12369', 'href', true],
    ['javascript:alert(1)', 'href', false],
    [' java\tscript:alert(1)', 'href', false],
    ['vbscript:x', 'href', false],
    ['//evil.example.com/', 'href', false],
    ['/documents/a.png', 'src', true],
    ['https://example.com/a.png', 'src', false],
    ['\\\\evil.example.com\\a.png', 'src', false],
    // Read as the sanitiser reads it: a colon before any / ? # makes a scheme.
    ['java%09script:alert(4)', 'href', false],
    ['java&#x09;script:alert(4)', 'href', false],
    ['/tasks/a/?q=1:2', 'href', true],
    ['#a:b', 'href', true],
    // Read as a browser reads it: tabs and line breaks inside are removed, so /⇥/host is //host.
    ['/\n/evil.example.com/p.png', 'src', false],
    ['/\t/evil.example.com', 'href', false],
    // A relative path breaks with the page's address.
    ['x/y', 'href', false],
    ['./../../evil', 'href', false],
    ['x.png', 'src', false],
    ['/\\evil.example.com/', 'href', false],
  ] as const)('%s as %s: %s', (url, kind, allowed) => {
    expect(isAllowedBodyUrl(url, kind)).toBe(allowed);
  });
});

describe('what a body is told of a link it may not carry', () => {
  it('says what to write instead: https:// before www., a path from / for a relative one', () => {
    expect(bodyFindings('[国务院](www.gov.cn)')[0]!.zh).toContain('请写成 https://www.gov.cn');
    // A scheme disguised with an escaped tab is a scheme, not a relative path.
    expect(bodyFindings('[js](java&#x09;script:alert(1))')[0]!.zh).toContain('正文中的链接只能是');
    expect(bodyFindings('[相对](../tasks/)')[0]!.zh).toContain('是相对路径');
    expect(bodyFindings('![图](images/a.png)')[0]!.zh).toContain('是相对路径');
    expect(bodyFindings('![图](https://a.example/x.png)')[0]!.zh).toContain('不能引用其他网站');
  });
});
