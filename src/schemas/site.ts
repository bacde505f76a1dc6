import { z } from 'astro/zod';
import { calendarDate } from './shared.ts';

/** A tile layer under the maps (天地图 with its token, or any XYZ source). Off unless configured. */
const tileLayer = z.strictObject({
  /** XYZ URL template, e.g. `https://t{s}.tianditu.gov.cn/vec_w/wmts?...&tk=TOKEN`. */
  url: z.url({ protocol: /^https$/ }),
  /** Subdomains for `{s}`, e.g. `01234567`. */
  subdomains: z.string().optional(),
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
export const siteSchema = z.strictObject({
  /** Site title, e.g. `巴中市生态环境保护督察整改台账`. */
  title: z.string().min(1),
  /** Short title for the header on phones. */
  shortTitle: z.string().min(1),
  /** Who publishes the site (the 出版者 in citations). */
  publisher: z.string().min(1),
  /** One-sentence description for search engines and link previews. */
  description: z.string().min(1),
  /** Public address of the site, e.g. `https://zhenggai.example.gov.cn`. */
  url: z.url({ protocol: /^https?$/ }),
  /**
   * The date statuses are derived against. Leave out to use the build date; the
   * LEDGER_AS_OF environment variable overrides both.
   */
  asOf: calendarDate.optional(),
  /** Licence of the open data, e.g. `CC BY 4.0`. */
  dataLicence: z.string().min(1),
  /** A line for the footer: who to contact about the site. */
  contact: z.string().optional(),
  /** The maps (地图): outlines and an optional tile layer. Without it, places are listed in tables only. */
  map: mapSettings.optional(),
});
export type SiteConfig = z.output<typeof siteSchema>;
