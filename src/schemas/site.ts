import { z } from 'astro/zod';
import { calendarDate, link } from './shared.ts';
import { DEFAULT_LIST_LENGTH } from '../core/lists.ts';
import { OPEN_LICENCES, openLicence } from '../core/licences.ts';
import { contactSchema, governmentSiteSchema } from './government-site.ts';
import { JURISDICTION_KINDS } from './jurisdiction.ts';
import { DEFAULT_AREA_KINDS, DEFAULT_AREA_LABEL } from '../core/areas.ts';

/**
 * A way for the public to report an environmental problem (举报渠道): the national channels
 * (the 12369 WeChat account, the 12345 hotline: src/features/views/report-page.ts) are always
 * listed; these are the deployment's own (a local hotline, a WeChat account, an office to visit).
 */
export const reportingChannelSchema = z.strictObject({
  /** Name, e.g. `巴中市生态环境局举报电话`. */
  name: z.string().min(1),
  /** A public office number (never a person's mobile), e.g. `0827-1234567`. */
  phone: z.string().min(1).optional(),
  /** A web or WeChat address. */
  link: link.optional(),
  /** An office address for visits or letters. */
  address: z.string().min(1).optional(),
  /** Hours, or what the channel is for. */
  note: z.string().optional(),
});

/** Where the web editor (/admin/) reads and commits content. */
export const cmsSettings = z.strictObject({
  /** The git host: github, gitlab or gitea (also Forgejo). */
  backend: z.enum(['github', 'gitlab', 'gitea']),
  /** `owner/name` of the repository. */
  repo: z.string().regex(/^[^/\s]+\/[^\s]+$/, { message: '仓库写成 所有者/名称，例如 city-eco/ledger。\nThe repository is owner/name.' }),
  /** The branch edits are committed to. */
  branch: z.string().min(1).default('main'),
  /** The API address of a self-hosted GitLab or Gitea, e.g. `https://git.example.gov.cn`. */
  baseUrl: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * The Client ID of an OAuth application registered on the GitLab or Gitea/Forgejo, so staff sign
   * in with their account there; without it they sign in with an access token (docs/cms.md).
   */
  appId: z.string().min(1).optional(),
}).refine((cms) => !(cms.appId && cms.backend === 'github'), {
  path: ['appId'],
  message: 'appId 只用于 GitLab 和 Gitea／Forgejo；GitHub 的登录服务写在 baseUrl。\nappId is for GitLab and Gitea/Forgejo only; the sign-in service of GitHub goes in baseUrl.',
});
export type CmsSettings = z.output<typeof cmsSettings>;

/** A word used in addresses and data: lower-case letters, digits and hyphens (`sewage-plant`). */
const KEYWORD = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const keyword = (zh: string, en: string, example: string) =>
  z.string().regex(KEYWORD, { message: `${zh}只用小写英文字母、数字和连字符，例如 ${example}。\n${en} is lower-case letters, digits and hyphens, e.g. ${example}.` });

/** A kind of place (点位类别) the deployment's plan names: its id in place files, its label on pages. */
const placeKindSchema = z.strictObject({
  /** Written in a place's `kind`, e.g. `landfill`. */
  id: keyword('类别编号', 'A kind', 'landfill'),
  /** What pages call it, e.g. `垃圾填埋场`. */
  label: z.string().min(1),
});

/**
 * One map of places (地图图层), with the kinds of place it shows: the maps page lists one per
 * layer with places, each at /maps/<id>/ with its GeoJSON download. A deployment declares the
 * kinds its plan has; a place of a kind no layer declares is refused by the check.
 */
export const placeLayerSchema = z.strictObject({
  /** Its address, /maps/<id>/: `sewage`, `mining-rights`. Not `outlines`: /maps/outlines.geojson is the county outlines (src/pages/maps/outlines.geojson.ts). */
  id: keyword('图层编号', 'A layer id', 'sewage').refine((id) => id !== 'outlines', {
    message: '图层编号不能用 outlines：/maps/outlines.geojson 是县区界线文件的网址。请换一个编号。\nA layer cannot be called outlines: /maps/outlines.geojson is the county outlines; choose another id.',
  }),
  /** The map's title, e.g. `污水处理设施`. */
  title: z.string().min(1),
  kinds: z.array(placeKindSchema).min(1, { message: '每个图层至少列出一个点位类别（id 和 label）。\nEach layer lists at least one kind of place (id and label).' }),
});
export type PlaceLayer = z.output<typeof placeLayerSchema>;

/** Every kind the layers declare, in their order, with its label and the id of its layer. */
export function declaredPlaceKinds(layers: readonly PlaceLayer[]): { id: string; label: string; layer: string }[] {
  return layers.flatMap((layer) => layer.kinds.map((kind) => ({ ...kind, layer: layer.id })));
}

/** The layers, each id and each kind once: a kind in two layers would be drawn on both and counted twice. */
export const placeLayersSchema = z.array(placeLayerSchema).superRefine((layers, context) => {
  const layerAt = new Map<string, number>();
  const kindAt = new Map<string, string>();
  layers.forEach((layer, index) => {
    const other = layerAt.get(layer.id);
    if (other !== undefined) {
      context.addIssue({ code: 'custom', path: [index, 'id'], message: `图层编号 ${layer.id} 已在第${other + 1}个图层使用。请改用另一个编号。\nThe layer id ${layer.id} is already used by layer ${other + 1}: use another.` });
    } else layerAt.set(layer.id, index);
    layer.kinds.forEach((kind, kindIndex) => {
      const where = kindAt.get(kind.id);
      if (where !== undefined) {
        context.addIssue({ code: 'custom', path: [index, 'kinds', kindIndex, 'id'], message: `点位类别 ${kind.id} 已列在图层 ${where} 中。每个类别只属于一个图层：请删去一处。\nThe kind ${kind.id} is already listed under layer ${where}: a kind belongs to one layer; remove one.` });
      } else kindAt.set(kind.id, layer.id);
    });
  });
});

/**
 * A tile URL template whose host is a real domain once `{s}` is filled in (`t{s}.example.com`,
 * never `{s}` alone, which would let the security policy allow any host).
 */
function isTileTemplate(template: string): boolean {
  const host = /^https:\/\/([^/?#]+)/.exec(template)?.[1] ?? '';
  if (!/^[a-z0-9.-]*(\{s\}[a-z0-9.-]*)?$/i.test(host)) return false;
  const filled = host.replace('{s}', 'a');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(filled);
}

/** A tile layer under the maps (天地图 with its token, or any XYZ source). Off unless configured. */
const tileLayer = z.strictObject({
  /** XYZ URL template, e.g. `https://t{s}.tianditu.gov.cn/vec_w/wmts?...&tk=TOKEN`. */
  url: z.url({ protocol: /^https$/ }).refine(isTileTemplate, {
    message:
      '瓦片地址的主机名要写完整的域名（如 t{s}.tianditu.gov.cn），{s} 只能是其中一段，{z}/{x}/{y} 写在路径里。\nThe tile URL names a full host (e.g. t{s}.tianditu.gov.cn), {s} is only part of it, and {z}/{x}/{y} go in the path.',
  }),
  /** Subdomains for `{s}`, one letter or digit each, e.g. `01234567`. */
  subdomains: z
    .string()
    .regex(/^[a-z0-9]+$/, { message: '子域名逐个字母或数字连写，不加逗号和空格，例如 01234567。\nSubdomains are letters or digits written together, e.g. 01234567 (no commas or spaces).' })
    .optional(),
  /** Attribution shown on the map, e.g. `天地图`. */
  attribution: z.string().min(1),
  /** 审图号 (map-approval number) the provider requires on the map, e.g. `GS(2024)0568号`. */
  approvalNumber: z.string().min(1),
  maxZoom: z.number().int().min(1).max(22).default(18),
});

/** The base of every map: the jurisdiction's county outlines, shipped with the site. */
const mapSettings = z.strictObject({
  outlines: z.strictObject({
    /** GeoJSON file under the content folder, features with `code` (GB/T 2260) and `name`. */
    file: z.string().regex(/^[\w./-]+\.geojson$/, { message: '请写内容目录下的 .geojson 文件路径，例如 geo/counties.geojson。\nGive a .geojson path under the content folder, e.g. geo/counties.geojson.' }),
    /** Where the outlines come from and under which licence: shown on every map. */
    source: z.string().min(1),
    /** True when the outlines are a hand-drawn sketch, not real boundaries: every map then says so. */
    sketch: z.boolean().default(false),
  }),
  /** Optional tile layer; with none, a map page requests nothing from another host. */
  tiles: tileLayer.optional(),
});
export type MapSettings = z.output<typeof mapSettings>;

/** The deployment's own settings (`content/site.yaml`): everything the code must not hard-code. */
/** One year's holiday notice: the official holidays and the weekend days worked in lieu (调休上班). */
export const holidayNoticeSchema = z.strictObject({
  /** The notice's title, e.g. `国务院办公厅关于2027年部分节假日安排的通知`. */
  notice: z.string().min(1).optional(),
  holidays: z.array(calendarDate).default([]),
  workdays: z.array(calendarDate).default([]),
});

/** The longest site address: with the longest ids (MAX_ID_LENGTH) every page's address stays a few hundred characters, well within a QR code. */
export const MAX_SITE_URL_LENGTH = 200;

export const siteSchema = z.strictObject({
  /** Site title, e.g. `巴中市生态环境保护督察整改台账`. */
  title: z.string().min(1),
  /** Short title for the header on phones. */
  shortTitle: z.string().min(1),
  /** Who publishes the site (the 出版者 in citations). */
  publisher: z.string().min(1),
  /** One-sentence description for search engines and link previews. */
  description: z.string().min(1),
  /** Public address of the site, e.g. `https://zhenggai.example.gov.cn` (a path such as `/ledger/` only of letters, digits and - . _ ~). */
  url: z
    .url({ protocol: /^https?$/ })
    .refine((url) => /^https?:\/\/[^/?#@]+(\/[A-Za-z0-9._~-]+)*\/?$/.test(url), {
      message:
        '网站地址只写协议、域名和（可选的）路径，不写用户名和密码，路径只用字母、数字和 - . _ ~，例如 https://zhenggai.example.gov.cn/ledger/。\nThe site address is scheme, host and an optional path of letters, digits and - . _ ~ only, with no user name or password, e.g. https://zhenggai.example.gov.cn/ledger/.',
    })
    // Every page's address starts with it, and each page carries its address as a QR code.
    .refine((url) => url.length <= MAX_SITE_URL_LENGTH, {
      message: `网站地址最多 ${MAX_SITE_URL_LENGTH} 个字符：它是每个页面网址的开头，也印在每页的二维码里。\nThe site address is at most ${MAX_SITE_URL_LENGTH} characters: every page's address starts with it, and each page's QR code holds it.`,
    }),
  /**
   * The date statuses are derived against. Leave out to use the build date; the
   * LEDGER_AS_OF environment variable overrides both.
   */
  asOf: calendarDate.optional(),
  /**
   * Licence of the open data, e.g. `CC BY 4.0`: shown as written, and given in datapackage.json
   * as its Open Definition id (`CC-BY-4.0`), so it must be one the site knows (`src/core/licences.ts`).
   */
  dataLicence: z
    .string()
    .min(1)
    .refine((text) => openLicence(text) !== undefined, {
      message: `不认识这个数据许可。请写以下之一（空格、大小写不限，如 CC BY 4.0）：${OPEN_LICENCES.map((licence) => `${licence.id}（${licence.chineseTitle}）`).join('、')}。开放数据的说明文件 datapackage.json 要写出许可的标准编号；要用其他许可，请网站维护人员先把它加进 src/core/licences.ts。\nUnknown data licence: write one of ${OPEN_LICENCES.map((licence) => licence.id).join(', ')} (any spacing or case, e.g. CC BY 4.0); datapackage.json names the licence by its Open Definition id, so another licence must first be added to src/core/licences.ts.`,
    }),
  /**
   * How to reach the publisher, at the foot of every page: `phone`, `email`, `address` and a
   * `note`; a line of text alone is the note.
   */
  contact: contactSchema.optional(),
  /**
   * A government website's identifiers (政府网站发展指引): 主办单位, 承办单位, 网站标识码, ICP and
   * 公安机关 record numbers, 党政机关网站标识. Leave out when the site has none.
   */
  governmentSite: governmentSiteSchema.optional(),
  /**
   * Rows a list page shows (filtered lists; the first rows on the home, unit and county
   * pages, which link to the full list). Longer lists continue on numbered pages.
   */
  listLength: z.number().int().min(1).max(2000).default(DEFAULT_LIST_LENGTH),
  /** Local channels for reporting environmental problems, shown after the national ones. */
  reportingChannels: z.array(reportingChannelSchema).default([]),
  /**
   * The web editor at `/admin/` (Sveltia CMS) for staff who do not use git: the repository it
   * commits to. Leave out to build no editor (docs/cms.md).
   */
  cms: cmsSettings.optional(),
  /** The maps (地图): outlines and an optional tile layer. Without it, places are listed in tables only. */
  map: mapSettings.optional(),
  /**
   * The kinds of place (点位) the plan names, grouped into the maps that show them. A site with
   * places declares their kinds here (docs/staff-guide.md); without it, no place is accepted.
   */
  placeLayers: placeLayersSchema.default([]),
  /**
   * The areas the site is read by, each with its own page and filter: by default a
   * prefecture-level city's 县（区） (counties, districts, county-level cities, zones and 市本级);
   * a county-level city names its 乡镇（街道）: `{ label: 乡镇（街道）, kinds: [township, subdistrict] }`.
   */
  areas: z
    .strictObject({
      /** What pages call them, as a heading and in sentences: `县（区）`, `乡镇（街道）`. */
      label: z.string().trim().min(1).max(12).default(DEFAULT_AREA_LABEL),
      /** The kinds of jurisdiction (content/jurisdictions/ `kind`) that are areas. */
      kinds: z.array(z.enum(JURISDICTION_KINDS)).min(1).default([...DEFAULT_AREA_KINDS]),
    })
    .optional(),
  /**
   * The period of the regular bulletins (定期通报): `bimonth` (双月, the default, as the plans'
   * 双月调度), `month` or `quarter`. Half-year and yearly summaries are always published.
   */
  bulletinPeriod: z.enum(['month', 'bimonth', 'quarter']).default('bimonth'),
  /**
   * Holiday notices (节假日安排) for years the built-in calendar does not know yet, by year: a
   * due date given in working days (`planDue.workingDays`) is counted on them.
   */
  holidays: z
    .record(z.string().regex(/^\d{4}$/, { message: '年份写四位数字，例如 2027。\nA year is four digits, e.g. 2027.' }), holidayNoticeSchema)
    .superRefine((notices, context) => {
      // The count reads a date's notice by the date's own year: a date filed under another year would be ignored.
      for (const [year, notice] of Object.entries(notices)) {
        for (const list of ['holidays', 'workdays'] as const) {
          notice[list].forEach((date, index) => {
            if (date.slice(0, 4) !== year) {
              context.addIssue({
                code: 'custom',
                path: [year, list, index],
                message: `${date} 不在${year}年：每年的安排只写当年的日期。请把它移到“${date.slice(0, 4)}”下，或改正日期。\n${date} is not in ${year}: a year's notice lists that year's dates only; move it under "${date.slice(0, 4)}" or correct it.`,
              });
            }
          });
        }
        const holidays = new Set(notice.holidays);
        notice.workdays.forEach((date, index) => {
          if (holidays.has(date)) {
            context.addIssue({
              code: 'custom',
              path: [year, 'workdays', index],
              message: `${date} 既写在 holidays（放假）又写在 workdays（调休上班）中。请对照节假日安排通知，删去其中一处。\n${date} is listed both as a holiday and as a day worked in lieu: check the notice and remove one.`,
            });
          }
        });
      }
    })
    .default({}),
});
export type SiteConfig = z.output<typeof siteSchema>;
