import type { APIRoute } from 'astro';
import { getLedger } from '../../data/ledger.ts';
import { missingCharacters, pngOf, SHARE_IMAGES, shareCardSvg, shareFont } from '../../features/publish/index.ts';

export function getStaticPaths() {
  return SHARE_IMAGES.map((image) => ({ params: { image: image.name }, props: { status: image.status } }));
}

let warned = false;

/** A share image (og:image): the site's, or a status's, drawn at build time (src/features/publish/share-image.ts). */
export const GET: APIRoute = async ({ props }) => {
  const { site } = await getLedger();
  const font = await shareFont();
  // The font has GB 2312's characters: a rarer one in the site's title shows as an empty box, and the build says so.
  const missing = missingCharacters(font, site.title);
  if (missing.length > 0 && !warned) {
    warned = true;
    // On a line of its own: Astro is in the middle of a line of its list of routes.
    console.warn(`\n分享图片的字体没有这些字：${missing.join('')}（content/site.yaml 的 title），图片中显示为方框。\n(The share images' font has no glyph for ${missing.join('')} in site.yaml's title: they show as boxes.)`);
  }
  const png = await pngOf(shareCardSvg(font, { siteTitle: site.title, status: props.status }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
