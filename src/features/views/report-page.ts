import { phoneLink } from '../../core/urls.ts';
import type { SiteConfig } from '../../schemas/site.ts';

export interface ReportChannelView {
  name: string;
  /** The number as written, kept on one line (its hyphens do not break), and the tel: link that dials it. */
  phone: { text: string; href: string } | undefined;
  link: { url: string; title: string } | undefined;
  address: string | undefined;
  note: string | undefined;
}

/** The local channels for reporting a problem that the site lists beside the national hotline. */
export function reportPage(site: Pick<SiteConfig, 'reportingChannels'>): { channels: ReportChannelView[] } {
  return {
    channels: site.reportingChannels.map((channel) => ({
      name: channel.name,
      phone: channel.phone ? phoneLink(channel.phone) : undefined,
      link: channel.link,
      address: channel.address,
      note: channel.note,
    })),
  };
}
