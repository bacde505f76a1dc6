import type { APIRoute } from 'astro';
import svg from '../../public/favicon.svg?raw';
import { faviconIco } from '../features/publish/index.ts';

/** The site's icon as `/favicon.ico`, drawn from public/favicon.svg (src/features/publish/favicon.ts). */
export const GET: APIRoute = async () => new Response(new Uint8Array(await faviconIco(svg)), { headers: { 'Content-Type': 'image/x-icon' } });
