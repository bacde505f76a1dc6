import { phoneLink } from '../../core/urls.ts';
import type { SiteConfig } from '../../schemas/site.ts';

export interface ReportChannelView {
  name: string;
  /** The number as written, kept on one line (its hyphens do not break), and the tel: link that dials it when the text is a number as it stands. */
  phone: { text: string; href?: string } | undefined;
  link: { url: string; title: string } | undefined;
  address: string | undefined;
  note: string | undefined;
}

export interface ReportPage {
  /** The national channels, listed on every deployment (全国渠道). */
  national: ReportChannelView[];
  /** The deployment's own, from `reportingChannels` in site.yaml (本地渠道); none is a complete page too. */
  local: ReportChannelView[];
}

/**
 * The national channels for reporting an environmental problem. The Ministry of Ecology and
 * Environment said at its press conference of 2024-06-24 that the 12369 hotline had been switched
 * off, its calls taken by the local 12345 government service hotline (国办发〔2020〕53号), and that
 * reports go through its national platform, by WeChat (“12369环保举报”) or online, used in the
 * whole country and passed to the office where the problem is (reported by 中国新闻社 and
 * 南方周末 on 2024-06-24). No official web address of the platform could be cited, so none is
 * linked: the WeChat account is named as a reader searches for it.
 */
const NATIONAL_CHANNELS: readonly SiteConfig['reportingChannels'][number][] = [
  {
    name: '“12369环保举报”微信公众号',
    note: '在微信里搜索“12369环保举报”并关注，按提示写明问题所在的地点和情况，可以附上照片。全国通用，举报会转给问题所在地的生态环境部门办理。',
  },
  {
    name: '12345政务服务便民热线',
    phone: '12345',
    note: '电话举报请拨打12345。原“12369”环保举报热线电话已于2024年停用，并入12345热线（生态环境部2024年6月例行新闻发布会）。',
  },
];

/** A channel as the page shows it. */
function channelView(channel: SiteConfig['reportingChannels'][number]): ReportChannelView {
  return {
    name: channel.name,
    phone: channel.phone ? phoneLink(channel.phone) : undefined,
    link: channel.link,
    address: channel.address,
    note: channel.note,
  };
}

/** The channels for reporting a problem (如何举报): the national ones, then the deployment's own. */
export function reportPage(site: Pick<SiteConfig, 'reportingChannels'>): ReportPage {
  return { national: NATIONAL_CHANNELS.map(channelView), local: site.reportingChannels.map(channelView) };
}
