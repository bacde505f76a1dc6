import type { APIRoute } from 'astro';
import { hrefTo } from '../../data/href.ts';
import { feedStylesheet } from '../../features/publish/index.ts';
import { paths } from '../../core/urls.ts';

/** The XSLT stylesheet every feed names: a browser shows a feed as a page that explains how to subscribe. */
export const GET: APIRoute = () =>
  new Response(feedStylesheet({ cssHref: hrefTo(paths.feedStylesheetCss()), iconHref: hrefTo('/favicon.svg') }), { headers: { 'Content-Type': 'application/xslt+xml; charset=utf-8' } });
