import type { APIRoute } from 'astro';
import siteCss from '../../styles/global.css?raw';
import feedCss from '../../styles/feed-page.css?raw';

/**
 * The stylesheet every feed names (`<?xml-stylesheet type="text/css"?>`, src/features/publish/feed-page.ts):
 * the site's own, then what shows a feed as a page, as one file (the site's security policy allows no inline style).
 */
export const GET: APIRoute = () => new Response(`${siteCss}\n${feedCss}`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
