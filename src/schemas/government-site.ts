import { z } from 'astro/zod';

/**
 * What a Chinese government website carries under the 政府网站发展指引 (国办发〔2017〕47号) and its
 * 政府网站网页设计规范: 主办单位 and 承办单位, 网站标识码, the ICP and 公安机关 record numbers,
 * the 党政机关网站标识 and contact details at the foot of every page. All optional: a deployment
 * that is not a government website, or does not know its identifiers yet, leaves them out and the
 * pages show none of them. The formats checked here are those the registries issue:
 * - 网站标识码: ten characters, a GB/T 2260 area code and four digits (`5119000001`), or `bm` and
 *   eight digits for a State Council department (`bm01000001`), as the 指引 assigns them.
 * - ICP备案号: a province's abbreviation, `ICP备`, the number, `号`, and an optional site number
 *   (`蜀ICP备12345678号-1`), linked to https://beian.miit.gov.cn/.
 * - 公安机关备案号: a province's abbreviation, `公网安备`, fourteen digits that begin with the area
 *   code of the police office that filed it, `号` (`川公网安备51190202000123号`).
 */

/** The first two digits of a GB/T 2260 area code, and the abbreviations its province goes by. */
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙', '21': '辽', '22': '吉', '23': '黑',
  '31': '沪', '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁', '41': '豫',
  '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼', '50': '渝', '51': '川蜀', '52': '贵黔',
  '53': '云滇', '54': '藏', '61': '陕秦', '62': '甘陇', '63': '青', '64': '宁', '65': '新',
};
const ABBREVIATIONS = Object.values(PROVINCE_ABBREVIATIONS).join('');

const SITE_CODE = /^(?:\d{10}|bm\d{8})$/;
const ICP_NUMBER = new RegExp(`^[${ABBREVIATIONS}]ICP[备证]\\d{6,10}号(?:-\\d{1,3})?$`);
const PUBLIC_SECURITY_NUMBER = new RegExp(`^([${ABBREVIATIONS}])公网安备 ?(\\d{14})号$`);

/** YAML reads an unquoted `5119000001` as a number: the code is the same digits as text. */
const digitsAsText = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value);

/**
 * Text typed with a Chinese input method holds full-width forms (５１１９, ＩＣＰ, a full-width
 * space) that look right and match no format: named as such, with the half-width text to write,
 * before the format is checked.
 */
const halfWidth = (what: string) =>
  z.string().superRefine((value, context) => {
    if (value.normalize('NFKC') === value) return;
    // None of these identifiers holds a space.
    const half = value.normalize('NFKC').replace(/\s+/g, '');
    context.addIssue({
      code: 'custom',
      message: `${what}“${value}”中有全角字符或全角空格，请改用半角（切换到英文输入法再输入）：${half}\nThe ${what} holds full-width characters: write it in half-width form: ${half}`,
    });
  });

/** 网站标识码, e.g. `5119000001`. */
export const siteIdentificationCode = z.preprocess(
  digitsAsText,
  halfWidth('网站标识码').pipe(z.string().regex(SITE_CODE, {
    message:
      '网站标识码是 10 位：地方政府网站为 6 位行政区划代码加 4 位数字（如 5119000001），国务院部门网站为 bm 加 8 位数字（如 bm01000001）。请照全国政府网站信息报送系统中的标识码填写。\nThe site identification code (网站标识码) has ten characters: six digits of the area code and four more (e.g. 5119000001), or bm and eight digits (e.g. bm01000001).',
  })),
);

/** ICP备案号, e.g. `蜀ICP备12345678号-1`. */
export const icpRecordNumber = halfWidth('ICP备案号').pipe(z.string().regex(ICP_NUMBER, {
  message:
    'ICP备案号写成 省份简称 + ICP备 + 备案编号 + 号，网站序号（-1）可有可无，例如 蜀ICP备12345678号-1。请照工业和信息化部备案系统中的号码填写，不加空格。\nThe ICP record number is the province abbreviation, ICP备, the number and 号, with an optional site number, e.g. 蜀ICP备12345678号-1.',
}));

/** 公安机关备案号, e.g. `川公网安备51190202000123号`; the link to its record is made from its digits. */
export const publicSecurityRecordNumber = halfWidth('公安机关备案号').pipe(z
  .string()
  .regex(PUBLIC_SECURITY_NUMBER, {
    message:
      '公安机关备案号写成 省份简称 + 公网安备 + 14 位数字 + 号，例如 川公网安备51190202000123号。\nThe public security record number is the province abbreviation, 公网安备, fourteen digits and 号, e.g. 川公网安备51190202000123号.',
  })
  .superRefine((number, context) => {
    const [, abbreviation = '', digits = ''] = PUBLIC_SECURITY_NUMBER.exec(number) ?? [];
    const expected = PROVINCE_ABBREVIATIONS[digits.slice(0, 2)];
    if (!digits || expected?.includes(abbreviation)) return;
    context.addIssue({
      code: 'custom',
      message: expected
        ? `公安机关备案号 ${number} 的数字以 ${digits.slice(0, 2)} 开头（${expected[0]}），简称却是“${abbreviation}”。请核对备案号，例如川（四川）的备案号以 51 开头：川公网安备51190202000123号。\nThe record number's digits begin with ${digits.slice(0, 2)} (${expected[0]}) but its abbreviation is ${abbreviation}: check the number.`
        : `公安机关备案号 ${number} 的前两位数字 ${digits.slice(0, 2)} 不是省级行政区划代码。请核对备案号，例如 川公网安备51190202000123号。\nThe first two digits ${digits.slice(0, 2)} of the record number are no province's area code: check the number.`,
    });
  }));

/** The id in the link of a 党政机关网站标识 (`https://bszs.conac.cn/sitename?method=show&id=…`). */
export const conacIdentifier = halfWidth('党政机关网站标识的 id').pipe(z.string().regex(/^[0-9A-Fa-f]{32}$/, {
  message:
    '党政机关网站标识的 id 是 32 位字母和数字，取自标识链接 https://bszs.conac.cn/sitename?method=show&id= 之后的部分，例如 0BE1AC304F8E592CE053012819ACFC38。\nThe 党政机关网站标识 id is the 32 letters and digits after id= in its link, e.g. 0BE1AC304F8E592CE053012819ACFC38.',
}));

/** The identifiers of a government website, shown at the foot of every page and in its <meta> tags. */
export const governmentSiteSchema = z.strictObject({
  /** 主办单位: the office that runs the site, e.g. `示例市生态环境局`. */
  sponsor: z.string().min(1).optional(),
  /** 承办单位: the office or body it entrusts with running it, when it is another. */
  operator: z.string().min(1).optional(),
  /** 网站标识码, e.g. `5119000001`: also switches on the page tags (SiteIDCode…) and the 找错 link. */
  siteCode: siteIdentificationCode.optional(),
  /** ICP备案号, e.g. `蜀ICP备12345678号-1`. */
  icp: icpRecordNumber.optional(),
  /** 公安机关备案号, e.g. `川公网安备51190202000123号`. */
  publicSecurity: publicSecurityRecordNumber.optional(),
  /** The id of the site's 党政机关网站标识 record, shown as a link (never the remote image or script). */
  conacId: conacIdentifier.optional(),
});
export type GovernmentSite = z.output<typeof governmentSiteSchema>;

/** How to reach the site's publisher: shown at the foot of every page (联系我们). */
const contactDetails = z.strictObject({
  /** A public office number (never a person's mobile), e.g. `0827-1234567`. */
  phone: z.string().min(1).optional(),
  /** A public mailbox, e.g. `zhenggai@example.gov.cn`. */
  email: z
    .email({ message: '电子邮箱写成 名称@域名，例如 zhenggai@example.gov.cn。\nThe email address is name@domain, e.g. zhenggai@example.gov.cn.' })
    .optional(),
  /** Postal address of the office. */
  address: z.string().min(1).optional(),
  /** A line of free text, e.g. who to write to about the site's content. */
  note: z.string().min(1).optional(),
});

/**
 * The footer's contact details. A line of text (what `contact` was before phone, email and
 * address had fields of their own) still works: it is the `note`.
 */
export const contactSchema = z.preprocess((value) => (typeof value === 'string' ? (value.trim() ? { note: value } : {}) : value), contactDetails);
export type Contact = z.output<typeof contactSchema>;
