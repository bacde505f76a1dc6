import { z } from 'astro/zod';
import { calendarDate } from './shared.ts';

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
});
export type SiteConfig = z.output<typeof siteSchema>;
