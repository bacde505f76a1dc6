import type { APIRoute } from 'astro';
import siteCss from '../../styles/global.css?raw';
import feedCss from '../../styles/feed-page.css?raw';

/**
 * The stylesheet of the page a browser makes of a feed (feed.xsl): the site's own, then what is
 * the feed page's, as one file the page links (the site's security policy allows no inline style).
 */
export const GET: APIRoute = () => new Response(`${siteCss}\n${feedCss}`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
