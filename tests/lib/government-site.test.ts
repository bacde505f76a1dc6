import { describe, expect, it } from 'vitest';
import { articleIndex, errorReportLink, pageTags, publicSecurityRecordLink, siteIdentity } from '../../src/features/views/index.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { edit, problemsAfter } from '../helpers/fixture-copy.ts';
import { DEFAULTS, ledgerOf, task } from '../helpers/ledger-builder.ts';

// Made-up identifiers in the formats the registries issue (the fixture's example values).
const GOVERNMENT_SITE = {
  sponsor: '示例市生态环境局',
  operator: '示例市生态环境信息中心',
  siteCode: '5199000001',
  icp: '蜀ICP备12345678号-1',
  publicSecurity: '川公网安备51990202000123号',
  conacId: '0123456789ABCDEF0123456789ABCDEF',
};
const BASE_SITE = { title: '示例市督察整改台账', shortTitle: '示例台账', publisher: '示例市编辑组', description: '示例。', url: 'https://zhenggai.example.gov.cn/ledger/', dataLicence: 'CC BY 4.0' };
const parse = (fields: Record<string, unknown>) => siteSchema.parse({ ...BASE_SITE, ...fields });

/** The problems of the fixture's site.yaml after one of its government-site lines is rewritten. */
const siteProblems = (from: string, to: string) => problemsAfter((content) => edit(content, 'site.yaml', from, to)).filter((problem) => problem.file.endsWith('site.yaml'));

describe('the government-site settings of site.yaml', () => {
  it('accepts the identifiers in the formats the registries issue, and a bm code of a State Council department', () => {
    expect(parse({ governmentSite: GOVERNMENT_SITE }).governmentSite).toEqual(GOVERNMENT_SITE);
    expect(parse({ governmentSite: { siteCode: 'bm01000001', icp: '京ICP备05070218号' } }).governmentSite).toEqual({ siteCode: 'bm01000001', icp: '京ICP备05070218号' });
  });

  it('reads a 网站标识码 written without quotes, which YAML takes for a number, as its digits', () => {
    expect(parse({ governmentSite: { siteCode: 5199000001 } }).governmentSite?.siteCode).toBe('5199000001');
  });

  it('needs none of them: a site without the block has no identifiers', () => {
    expect(parse({}).governmentSite).toBeUndefined();
  });

  it('refuses a 网站标识码 that is not ten characters, showing a correct one', () => {
    const problems = siteProblems('siteCode: "5199000001"', 'siteCode: "519900001"');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'governmentSite.siteCode', line: expect.any(Number) });
    expect(problems[0]!.zh).toMatch(/^网站标识码是 10 位.*5119000001.*bm01000001/);
    expect(problems[0]!.en).toContain('ten characters');
  });

  it('refuses an ICP number without its 号 or with a space, showing a correct one', () => {
    for (const written of ['蜀ICP备12345678', '蜀ICP备 12345678号-1', '蜀ICP12345678号']) {
      const problems = siteProblems('icp: 蜀ICP备12345678号-1', `icp: ${written}`);
      expect(problems.map((problem) => problem.field), written).toEqual(['governmentSite.icp']);
      expect(problems[0]!.zh).toContain('例如 蜀ICP备12345678号-1');
    }
  });

  it('names full-width characters typed with a Chinese input method in any identifier, and gives the half-width form to write', () => {
    const cases = [
      ['siteCode: "5199000001"', 'siteCode: "５１９９０００００１"', 'siteCode', '5199000001'],
      ['icp: 蜀ICP备12345678号-1', 'icp: 蜀ＩＣＰ备１２３４５６７８号－１', 'icp', '蜀ICP备12345678号-1'],
      ['publicSecurity: 川公网安备51990202000123号', 'publicSecurity: 川公网安备\u300051990202000123号', 'publicSecurity', '川公网安备51990202000123号'],
    ] as const;
    for (const [from, to, field, half] of cases) {
      const problems = siteProblems(from, to);
      expect(problems.map((problem) => problem.field), to).toEqual([`governmentSite.${field}`]);
      expect(problems[0]!.zh, to).toContain('全角');
      expect(problems[0]!.zh.endsWith(`：${half}`), problems[0]!.zh).toBe(true);
      expect(problems[0]!.en, to).toContain(`half-width form: ${half}`);
      // What it says to write is accepted.
      expect(parse({ governmentSite: { [field]: half } }).governmentSite).toEqual({ [field]: half });
    }
  });

  it('refuses a public security record number of the wrong length, showing a correct one', () => {
    const problems = siteProblems('publicSecurity: 川公网安备51990202000123号', 'publicSecurity: 川公网安备5199020200012号');
    expect(problems.map((problem) => problem.field)).toEqual(['governmentSite.publicSecurity']);
    expect(problems[0]!.zh).toContain('例如 川公网安备51190202000123号');
  });

  it('refuses a public security record number whose province abbreviation disagrees with its digits', () => {
    const problems = siteProblems('publicSecurity: 川公网安备51990202000123号', 'publicSecurity: 京公网安备51990202000123号');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.zh).toBe('公安机关备案号 京公网安备51990202000123号 的数字以 51 开头（川），简称却是“京”。请核对备案号，例如川（四川）的备案号以 51 开头：川公网安备51190202000123号。');
  });

  it('accepts either abbreviation a province goes by (蜀 or 川 for Sichuan)', () => {
    expect(siteProblems('publicSecurity: 川公网安备51990202000123号', 'publicSecurity: 蜀公网安备51990202000123号')).toEqual([]);
  });

  it('refuses a contact email that is not an address, and an unknown field with the fields allowed', () => {
    expect(siteProblems('email: ledger@example.test', 'email: ledger.example.test')).toMatchObject([{ field: 'contact.email', zh: expect.stringContaining('例如 zhenggai@example.gov.cn') }]);
    const unknown = siteProblems('  sponsor: ', '  host: ');
    expect(unknown).toMatchObject([{ field: 'governmentSite.host', zh: expect.stringContaining('sponsor') }]);
  });

  it('still reads contact as a line of text, as site.yaml wrote it before phone, email and address had fields', () => {
    expect(parse({ contact: '如发现与原文不符，请来信。' }).contact).toEqual({ note: '如发现与原文不符，请来信。' });
    expect(parse({ contact: '' }).contact).toEqual({});
  });
});

describe('the identity block at the foot of every page', () => {
  const site = parse({ governmentSite: GOVERNMENT_SITE, contact: { phone: '0000-1234567', email: 'ledger@example.test', address: '示例路1号', note: '说明。' } });

  it('lists the offices, contact details and record numbers, each record linked to its registry', () => {
    const identity = siteIdentity(site, 'https://zhenggai.example.gov.cn/ledger/tasks/x/01/');
    expect(identity.items).toEqual([
      { term: '主办单位', text: '示例市生态环境局' },
      { term: '承办单位', text: '示例市生态环境信息中心' },
      { term: '联系电话', text: '0000\u20111234567', href: 'tel:00001234567' },
      { term: '电子邮箱', text: 'ledger@example.test', href: 'mailto:ledger@example.test' },
      { term: '地址', text: '示例路1号' },
      { term: '网站标识码', text: '5199000001' },
      { term: 'ICP备案号', text: '蜀ICP备12345678号-1', href: 'https://beian.miit.gov.cn/' },
      { term: '公安机关备案号', text: '川公网安备51990202000123号', href: 'https://beian.mps.gov.cn/#/query/webSearch?code=51990202000123' },
    ]);
    expect(identity.note).toBe('说明。');
  });

  it('links a phone number only when its text is a number as it stands: words in it would be dialled as a number it does not show', () => {
    const phone = (text: string) => siteIdentity(parse({ contact: { phone: text } }), 'https://zhenggai.example.gov.cn/').items[0];
    expect(phone('(0827) 526 8123')).toEqual({ term: '联系电话', text: '(0827) 526 8123', href: 'tel:08275268123' });
    expect(phone('+86 827 5268123')).toMatchObject({ href: 'tel:+868275268123' });
    expect(phone('0827-5268123 转 8001')).toEqual({ term: '联系电话', text: '0827\u20115268123 转 8001' });
    expect(phone('1381 分机 2345678')).not.toHaveProperty('href');
    // An extension, a second number: no link that would dial them as one.
    expect(phone('0827-5268123-8001')).not.toHaveProperty('href');
    expect(phone('0827-5268123 0827-5268124')).not.toHaveProperty('href');
    expect(phone('12345 12369')).not.toHaveProperty('href');
    // A full-width hyphen and brackets, as an input method types them, still dial.
    expect(phone('（0827）5268123')).toMatchObject({ href: 'tel:08275268123' });
    expect(phone('0827－5268123')).toMatchObject({ href: 'tel:08275268123' });
  });

  it('links 我为政府网站找错 with the site code and the address of the page itself, and the 党政机关网站标识 record', () => {
    const identity = siteIdentity(site, 'https://zhenggai.example.gov.cn/ledger/tasks/x/01/');
    expect(identity.links).toEqual([
      { label: '我为政府网站找错', href: 'https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5199000001&url=https%3A%2F%2Fzhenggai.example.gov.cn%2Fledger%2Ftasks%2Fx%2F01%2F' },
      { label: '党政机关网站标识', href: 'https://bszs.conac.cn/sitename?method=show&id=0123456789ABCDEF0123456789ABCDEF' },
    ]);
  });

  it('shows nothing for a site that set none of them', () => {
    expect(siteIdentity(parse({}), BASE_SITE.url)).toEqual({ items: [], links: [] });
  });

  it('builds the record links from the numbers alone', () => {
    expect(publicSecurityRecordLink('川公网安备 51990202000123号')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=51990202000123');
    expect(errorReportLink('bm01000001', 'https://a.example/?q=1&r=2')).toBe('https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=bm01000001&url=https%3A%2F%2Fa.example%2F%3Fq%3D1%26r%3D2');
  });
});

describe('the page tags (网页标签) in <head>', () => {
  const site = parse({ governmentSite: GOVERNMENT_SITE });
  const tagsOf = (route: string, article?: Parameters<typeof pageTags>[0]['article'], forSite = site) =>
    Object.fromEntries(pageTags({ site: forSite, route, title: '整改任务一：污水管网', canonical: 'https://zhenggai.example.gov.cn/ledger/tasks/x/01/', article }).map((tag) => [tag.name, tag.content]));

  it('names the site and the section on a list page, with the section kind where the specification has one', () => {
    expect(tagsOf('/news')).toEqual({
      SiteName: '示例市督察整改台账',
      SiteDomain: 'zhenggai.example.gov.cn',
      SiteIDCode: '5199000001',
      ColumnName: '整改动态',
      ColumnDescription: '整改成效、经验做法和长效机制建设情况。',
      ColumnKeywords: '整改动态,整改成效,经验做法,长效机制',
      ColumnType: '工作动态',
    });
    expect(tagsOf('/')).toMatchObject({ ColumnName: '首页', ColumnType: '首页' });
    expect(tagsOf('/tasks/[...id]')).not.toHaveProperty('ColumnType');
  });

  it('describes an article: its title, day of publication, source, keywords and address', () => {
    expect(tagsOf('/tasks/[...id]', { published: '2022-03-15', source: '中共示例市委办公室', keywords: ['整改任务', '污水管网'] })).toMatchObject({
      ColumnName: '整改任务',
      ArticleTitle: '整改任务一：污水管网',
      PubDate: '2022-03-15',
      ContentSource: '中共示例市委办公室',
      Keywords: '整改任务,污水管网',
      Url: 'https://zhenggai.example.gov.cn/ledger/tasks/x/01/',
    });
    // No day of publication known: no PubDate rather than a made-up one; the publisher is the source.
    const undated = tagsOf('/bulletins/[...id]', { keywords: [] });
    expect(undated).not.toHaveProperty('PubDate');
    expect(undated.ContentSource).toBe('示例市编辑组');
  });

  it('writes only the site tags on the page-not-found page', () => {
    expect(Object.keys(tagsOf('/404'))).toEqual(['SiteName', 'SiteDomain', 'SiteIDCode']);
  });

  it('writes none on a site without a 网站标识码', () => {
    expect(tagsOf('/news', undefined, parse({ governmentSite: { icp: '蜀ICP备12345678号-1' } }))).toEqual({});
  });
});

describe('the article pages of a ledger', () => {
  const plan = (date: string) => [{ ...DEFAULTS.plans![0]!, date }];

  it('date a task by its plan when the plan is dated to the day, and give the plan issuer as its source', () => {
    const ledger = ledgerOf({ plans: plan('2022-03-15'), tasks: [task({ number: 1 })] });
    expect(articleIndex(ledger, 'bimonth').get('/tasks/demo-plan/01/')).toEqual({ published: '2022-03-15', source: '示例市', keywords: ['整改任务', '任务1'] });
    expect(articleIndex(ledger, 'bimonth').get('/tasks/')).toBeUndefined();
  });

  it('leave out the day of a task whose plan is dated to the month only', () => {
    const ledger = ledgerOf({ plans: plan('2022-01'), tasks: [task({ number: 1 })] });
    expect(articleIndex(ledger, 'bimonth').get('/tasks/demo-plan/01/')).toEqual({ source: '示例市', keywords: ['整改任务', '任务1'] });
  });
});
