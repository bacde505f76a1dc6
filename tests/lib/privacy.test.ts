import { load as loadYaml } from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/features/check/index.ts';
import { readYamlText } from '../../src/features/check/load.ts';
import { findPersonalNumbers, idCheckCharacter, normaliseForSearch, type Disguise } from '../../src/features/check/personal-numbers.ts';
import { personalDataProblems } from '../../src/features/check/privacy.ts';
import { writeContentFiles } from '../../src/features/check/content-files.ts';
import { scaffold } from '../../src/features/sheet/scaffold.ts';
import { readLedgerRows, type Grid } from '../../src/features/sheet/sheet-rows.ts';
import { BAZHONG, copyFixture, FIXTURE, INDICATOR_FIXTURE } from '../helpers/fixture-copy.ts';

const TODAY = new Date(Date.UTC(2026, 0, 15));
const find = (text: string) => findPersonalNumbers(text, { today: TODAY });

describe('the normaliser for the personal-number search', () => {
  it('folds full-width, mathematical, Arabic-Indic and circled digits to 0-9', () => {
    expect(normaliseForSearch('１２３').text).toBe('123');
    expect(normaliseForSearch('𝟏𝟐𝟑').text).toBe('123');
    expect(normaliseForSearch('١٢٣').text).toBe('123');
    expect(normaliseForSearch('①②③❹').text).toBe('1234');
  });

  it('drops zero-width characters, the word joiner, the byte-order mark and the soft hyphen', () => {
    expect(normaliseForSearch('1\u200b2\u200c3\u200d4\u20605\ufeff6\u00ad7').text).toBe('1234567');
  });

  it('decodes HTML character references, numeric and named', () => {
    expect(normaliseForSearch('&#49;&#x32;&#xFF13;&nbsp;4&amp;').text).toBe('123 4&amp;');
  });

  it('reads a run of Chinese numerals as digits, but not one touching other digits', () => {
    expect(normaliseForSearch('电话一三八一二三四五六七八').text).toBe('电话13812345678');
    expect(normaliseForSearch('138一1234').text).toBe('138一1234');
    expect(normaliseForSearch('统一部署').text).toBe('统一部署');
  });

  it('maps each character back to the span it was written as', () => {
    const original = 'a&#49;𝟐\u200b3';
    const normalised = normaliseForSearch(original);
    expect(normalised.text).toBe('a123');
    expect(normalised.text.split('').map((_, index) => original.slice(normalised.from[index], normalised.to[index]))).toEqual(['a', '&#49;', '𝟐', '3']);
  });
});

describe('finding ID-card and mobile numbers', () => {
  const attacks: [string, string, string, Disguise[]][] = [
    ['plain mobile', '联系电话13812345678。', '13812345678', []],
    ['full-width mobile (what Chinese IMEs type)', '联系电话１３８１２３４５６７８', '13812345678', ['fullWidth']],
    ['mobile with dots', '138.1234.5678', '13812345678', ['grouped']],
    ['mobile with spaces', '138 1234 5678', '13812345678', ['grouped']],
    ['mobile with full-width spaces and hyphens', '１３８－１２３４　５６７８', '13812345678', ['fullWidth', 'grouped']],
    ['mobile with 。 typed for a dot', '138。1234。5678', '13812345678', ['grouped']],
    ['mobile with 一 typed for a dash', '138一1234一5678', '13812345678', ['grouped']],
    ['mobile in single digits', '1 3 8 1 2 3 4 5 6 7 8', '13812345678', ['grouped']],
    ['mobile with +86', '+86 13812345678', '13812345678', []],
    ['mobile with 0086 and groups', '0086-138-1234-5678', '13812345678', ['grouped']],
    ['mobile with (+86)', '(+86)138 1234 5678', '13812345678', ['grouped']],
    ['mobile with zero-width spaces', '1\u200b38\u200c1234\u200d5678', '13812345678', ['invisible']],
    ['mobile with a soft hyphen and word joiner', '138\u00ad1234\u20605678', '13812345678', ['invisible']],
    ['mobile with combining marks on its digits', '1\u03323\u03328\u033212345678', '13812345678', ['invisible']],
    ['mobile in mathematical digits', '𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖', '13812345678', ['otherDigits']],
    ['mobile in Arabic-Indic digits', '١٣٨١٢٣٤٥٦٧٨', '13812345678', ['otherDigits']],
    ['mobile in circled digits', '①③⑧①②③④⑤⑥⑦⑧', '13812345678', ['otherDigits']],
    ['mobile in Chinese numerals', '一三八一二三四五六七八', '13812345678', ['chineseNumerals']],
    ['mobile as HTML character references', '&#49;&#51;&#56;12345678', '13812345678', ['escaped']],
    ['mobile with commas between groups of four', '138,1234,5678', '13812345678', ['grouped']],
    ['mobile with slashes', '138/1234/5678', '13812345678', ['grouped']],
    ['mobile with braille blanks, which look like spaces', '联系电话138\u28001234\u28005678。', '13812345678', ['grouped']],
    ['mobile with Hangul fillers', '138\u31641234\u31645678', '13812345678', ['invisible']],
    ['mobile with a word separator middle dot and a two-em dash', '138\u2e311234\u2e3a5678', '13812345678', ['grouped']],
    ['mobile with Markdown emphasis inside', '138**1234**5678', '13812345678', ['grouped', 'markup']],
    ['mobile with HTML tags and a comment inside', '138<b>1234</b><!-- x -->5678', '13812345678', ['markup']],
    ['mobile over a line break', '电话138\n  1234 5678', '13812345678', ['grouped', 'multiLine']],
    ['mobile after another number', '2021 13812345678', '13812345678', []],
    ['18-digit ID', '身份证410102199001011234', '410102199001011234', []],
    ['18-digit ID with X', '11010519491231002X', '11010519491231002X', []],
    ['18-digit ID with lower-case x', '11010519491231002x', '11010519491231002X', []],
    ['18-digit ID in full-width with Ｘ', '１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X', ['fullWidth']],
    ['18-digit ID in groups', '4101 0219 9001 0112 34', '410102199001011234', ['grouped']],
    ['18-digit ID as area, birth date and rest', '410102-19900101-1234', '410102199001011234', ['grouped']],
    ['18-digit ID with a wrong check digit', '410102199001011235', '410102199001011235', []],
    ['old 15-digit ID named as one', '身份证号：110105491231002', '110105491231002', []],
    ['the first 17 digits of an ID named as one (the 18th follows from them)', '身份证号11010519491231002', '11010519491231002', []],
    ['18-digit ID ending in a Cyrillic Х', '11010519491231002Х', '11010519491231002X', []],
    ['18-digit ID ending in a Greek χ', '11010519491231002χ', '11010519491231002X', []],
    ['mobile in Chinese numerals with ○ for zero', '电话一三八○○一三八○○○', '13800138000', ['chineseNumerals']],
    ['mobile in capital Chinese numerals with ○', '壹叁捌○○壹叁捌○○○', '13800138000', ['chineseNumerals']],
    ['mobile in an HTML attribute', '<a href="tel:13812345678">值班电话</a>', '13812345678', []],
    ['mobile in an image description', '<img src="/a.svg" alt="15012345678">', '15012345678', []],
    ['mobile in an HTML comment', '标题<!-- 13912345678 -->', '13912345678', []],
    ['mobile in text that looks like a tag', '联系人<i 13812345678>', '13812345678', []],
    ['mobile percent-encoded in a link', '[联系我们](tel:%31%33%38%31%32%33%34%35%36%37%38)', '13812345678', ['escaped']],
  ];
  it.each(attacks)('finds a %s', (_name, text, digits, disguises) => {
    const found = find(text);
    expect(found.map((number) => number.digits)).toEqual([digits]);
    expect(found[0]!.disguises).toEqual(disguises);
  });

  it('reads four 〇 or ○ in a row as the mask of a published number, fewer as zeros', () => {
    for (const text of ['举报人张○○，电话138○○○○5678', '电话 139○○○○○○○○', '身份证51072219900101○○○○', '138〇〇〇〇5678', '电话一三八○○○○五六七八']) expect(find(text), text).toEqual([]);
    // Two or three in a row are zeros, among digits or Chinese numerals.
    for (const text of ['电话138〇〇138〇〇〇', '138-〇〇13-8000', '电话一三八○○一三八○○○']) expect(find(text).map((number) => number.digits), text).toEqual(['13800138000']);
  });

  it('maps a number found back to where it is written', () => {
    const text = '甲区电话：１３８ １２３４\u200b５６７８，已回访。';
    const [found] = find(text);
    expect(text.slice(found!.start, found!.end)).toBe('１３８ １２３４\u200b５６７８');
  });

  it('tells an ID with a valid check digit from one without, and refuses both', () => {
    expect(idCheckCharacter('11010519491231002')).toBe('X');
    expect(find('11010519491231002X')[0]).toMatchObject({ kind: 'idCard', checkDigitValid: true });
    expect(find('110105194912310021')[0]).toMatchObject({ kind: 'idCard', checkDigitValid: false });
  });

  const legitimate: [string, string][] = [
    ['a coordinate', '106.7700'],
    ['a pair of long coordinates', '[106.75345234567891, 31.867485190123456]'],
    ['a coordinate whose fraction looks like a mobile', '106.13812345678'],
    ['a coordinate whose digits together look like a mobile', '130.12345678'],
    ['a coordinate pair', '130.123456,45.1'],
    ['a coordinate pair with short fractions', '[133.95, 35.3432] 133.6,42.18118'],
    ['a list of coordinate pairs', '[[107.45605,31.83887],[130.1234,45.12345]]'],
    ['a GB/T 2260 code', '511900'],
    ['a date', '20211213'],
    ['a written date', '2021-12-13'],
    ['a landline with its area code', '0827-1234567'],
    ['a landline in brackets', '(028) 6123 4567'],
    ['the 12369 hotline', '12369'],
    ['a document number', '巴委办〔2022〕13号'],
    ['a long number containing a mobile', '13812345678901234567'],
    ['a mobile-shaped number with a decimal part', '13812345678.5'],
    ['a masked mobile', '138****5678'],
    ['money with thousands separators', '13,812,345,678 元'],
    ['numbers listed with commas', '[149, 1584, 7001]，分别为149，1584，7001户'],
    ['a landline followed by another number', '0834-1998406 4034'],
    ['a less-than sign before a number', 'COD<50毫克/升，13812345678901'],
    ['a Markdown table row of counts', '| 甲区 | 138 | 1234 | 5678 |'],
    ['a list of numbers in Chinese', '分别为138、1234、5678户'],
    ['an amount in 亿', '投资 1.38 亿元'],
    ['an 18-digit number whose birth date is impossible', '410102199002301234'],
    ['an 18-digit number born in the future', '410102203001011234'],
    ['an 18-digit number born before 1900', '410102189901011234'],
    ['an 18-digit number from no province', '990102199001011234'],
    ['a unified social credit code', '91511900709345678X'],
    ['a 15-digit business registration number', '511900600123456'],
    ['a 15-digit number not named as an ID', '110105491231002'],
    ['a government web address', 'https://www.gov.cn/zhengce/2021-12/13/content_5661234.htm'],
    ['counts with units between them', '2021年 138 户 1234 人'],
    ['ordinary Chinese with numerals', '一三五七九年度统一部署，二〇二二年十二月'],
    ['a box culvert’s dimensions', '箱涵断面1800×1200×800毫米，规格 1500 × 1200 × 800 mm'],
    ['a sum of lengths', '其中：1500+3200+800米（1500＋3200＋800万元）'],
    ['figures between bullets', '累计 1500 ● 3200 ● 800 米'],
    ['a compact Markdown table row', '|巴州区|15|3|1200|4500|'],
    ['an item number with number signs', '事项编号：511902#20220315#0012'],
  ];
  it.each(legitimate)('leaves alone %s', (_name, text) => {
    expect(find(text)).toEqual([]);
  });
});

/** A YAML file read as the content check reads it. */
function problemsOfYaml(text: string) {
  const read = readYamlText('x.yaml', text);
  return personalDataProblems('x.yaml', text, read.source);
}

describe('the privacy check of a content file', () => {
  it('names the field and line of a number, and reports it once though both texts show it', () => {
    const problems = problemsOfYaml('title: 标题\nsummary: 举报人电话１３８ １２３４ ５６７８。\n');
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "x.yaml:2 · summary
        这里有一个手机号码（138…78，写法：全角数字、分组书写）。为保护个人信息，网站内容不得出现手机号码，无论怎样书写：请删除；公开举报渠道请写单位座机或 12345。
        (there is a mobile phone number here (138…78; written with full-width digits, separators between groups): personal data may not appear in content, in any form; delete it (publish office landlines or 12345 instead).)"
    `);
  });

  it('finds a number written as YAML escapes, which only the parsed value shows', () => {
    const problems = problemsOfYaml('title: 标题\nsummary: "电话\\u0031\\x33\\uFF18 1234 5678"\n');
    expect(problems).toMatchObject([{ line: 2, field: 'summary' }]);
    expect(problems[0]!.zh).toContain('写法：全角数字、分组书写、转义');
  });

  it('finds an ID split over the lines of a folded block, with the line it starts on', () => {
    const problems = problemsOfYaml('title: 标题\nsummary: >\n  举报人身份证号\n\n  410102199001011234\n');
    expect(problems).toMatchObject([{ line: 5, field: 'summary' }]);
    const split = problemsOfYaml('title: 标题\nitems:\n  - text: >\n      举报人 4101021990\n\n      01011234\n');
    expect(split).toMatchObject([{ line: 3, field: 'items[0].text' }]);
    expect(split[0]!.zh).toContain('写法：跨行书写');
  });

  it('finds a number split over the lines of a plain or a literal scalar', () => {
    expect(problemsOfYaml('title: 标题\nsummary: 联系 138\n  1234 5678 核实\n')).toMatchObject([{ line: 2, field: 'summary' }]);
    const literal = problemsOfYaml('title: 标题\nsummary: |\n  联系 13812\n  345678\n');
    expect(literal).toMatchObject([{ line: 3, field: 'summary' }]);
    expect(literal[0]!.zh).toContain('写法：跨行书写');
  });

  it('finds a number in a key and in a number written in hexadecimal', () => {
    const problems = problemsOfYaml('contacts:\n  "\\x31\\x33812345678": 王某\nphone: 0x33747ab4e\n');
    expect(problems.map((problem) => problem.field)).toEqual(['contacts.13812345678', 'phone']);
    expect(problems[1]!.zh).toContain('写法：转义');
  });

  it('finds a number in a comment and in a file that cannot be read, by line', () => {
    expect(problemsOfYaml('title: 标题 # 联系 13812345678\n')).toMatchObject([{ line: 1 }]);
    expect(personalDataProblems('x.yaml', 'title: [13812345678\n')).toMatchObject([{ line: 1 }]);
  });

  it('reads shared (aliased) data once, so a bomb of aliases takes no time', () => {
    const levels = ['a: &a ["13812345678", "x"]'];
    for (let level = 1; level < 30; level++) levels.push(`l${level}: &l${level} [*${level === 1 ? 'a' : `l${level - 1}`}, *${level === 1 ? 'a' : `l${level - 1}`}]`);
    const text = `${levels.join('\n')}\n`;
    // The reader refuses a bomb this size; the privacy walk must stay quick on shared data all the same.
    const data = loadYaml(text);
    const started = Date.now();
    const problems = personalDataProblems('x.yaml', text, { data, lineOf: () => 1 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(problems).toMatchObject([{ field: 'a[0]', line: 1 }]);
  });

  // The deployment's own content is searched in tests/content/privacy.test.ts.
  it('finds nothing in the test fixtures, the frozen Bazhong copy among them', () => {
    for (const root of [join(BAZHONG, 'content'), FIXTURE, INDICATOR_FIXTURE]) {
      const problems = filesUnder(root).flatMap((path) => personalDataProblems(path, readFileSync(path, 'utf8')));
      expect(formatProblems(problems), root).toBe('');
    }
  });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ya?ml|mdx?)$/.test(name) ? [path] : [];
  });
}

describe('the same rule in the staff tools', () => {
  it('npm run import refuses a sheet cell holding a mobile number, naming the cell', () => {
    const header = ['序号', '反馈问题', '责任单位', '督导单位', '整改时限', '整改目标', '整改措施'];
    const row = ['1', '污水管网不配套，举报人电话１３８-１２３４-５６７８。', '市住房城乡建设局', '市生态环境局', '2025年12月', '提高收集率。', '1.完成排查。'];
    const grid: Grid = [header, row].map((cells, r) => {
      const sparse: Grid[number] = [];
      cells.forEach((text, c) => (sparse[c + 1] = { row: r + 1, column: c + 1, address: `${String.fromCharCode(65 + c)}${r + 1}`, text }));
      return sparse;
    });
    const reading = readLedgerRows(grid, 'sheet.xlsx');
    expect(reading.problems).toMatchObject([{ file: 'sheet.xlsx', line: 2, field: 'B2 反馈问题' }]);
    expect(reading.problems[0]!.zh).toContain('手机号码（138…78，写法：全角数字、分组书写）');
  });

  it('npm run new refuses a flag holding an ID-card number, naming the flag', () => {
    const { root } = copyFixture();
    const { input } = checkContent({ projectRoot: root, contentDir: 'content' });
    const result = scaffold('update', { task: '1', status: '序时推进', by: 'ecology', summary: '已约谈王某（4101 0219 9001 0112 34）。' }, input);
    expect(result.file).toBeUndefined();
    expect(result.problems).toMatchObject([{ file: '--summary' }]);
    expect(result.problems[0]!.zh).toContain('身份证号码（410…34，写法：分组书写，校验位正确）');
  });

  it('writes nothing when a file a tool writes carries a number, since the tools run the check first', () => {
    const { root, content } = copyFixture();
    const path = join(content, 'updates/demo/01-1-2025-05.yaml');
    const before = readFileSync(path, 'utf8');
    const text = before.replace('甲区完成10公里。', '甲区完成10公里。联系 138\u200b1234\u200b5678。');
    const result = writeContentFiles({ projectRoot: root, contentDir: content, writes: [{ relative: 'updates/demo/01-1-2025-05.yaml', text }], asOf: '2026-01-15' });
    expect(result.written).toEqual([]);
    const privacy = result.problems.filter((problem) => problem.zh.includes('手机号码'));
    expect(privacy).toMatchObject([{ field: 'summary', line: 6 }]);
    expect(privacy[0]!.zh).toContain('写法：含不可见字符');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
