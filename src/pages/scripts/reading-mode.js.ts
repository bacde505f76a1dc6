import type { APIRoute } from 'astro';
import { transformWithOxc } from 'vite';
import source from '../../browser/reading-mode.ts?raw';

/**
 * /scripts/reading-mode.js: src/browser/reading-mode.ts with its types stripped, served as a file
 * of its own because it must run as a classic script in <head>, before the first paint, and the
 * content security policy allows no inline script. Astro bundles only module scripts, which run
 * after the page is parsed; a static endpoint is written by the build and served by `astro dev`
 * alike. The source is a script (no import or export), so stripping its types is all it needs.
 */
export const GET: APIRoute = async () => {
  const { code } = await transformWithOxc(source, 'reading-mode.ts', { lang: 'ts', sourceType: 'script' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
