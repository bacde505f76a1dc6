import pngToIco from 'png-to-ico';
import { pngOf } from './share-image.ts';

/** The sizes a `favicon.ico` carries: a browser tab's, and the larger ones of a desktop's shortcuts. */
const ICON_SIZES = [16, 32, 48] as const;

/**
 * The site's icon (public/favicon.svg) as `/favicon.ico`, for what asks the host for that file
 * rather than reading a page's `<link rel="icon">`: a browser showing a feed (an XML document, whose
 * icon link it ignores), feed readers, bookmarks and older browsers. Without it each of them gets a 404.
 */
export async function faviconIco(svg: string): Promise<Buffer> {
  const pngs = await Promise.all(ICON_SIZES.map((size) => pngOf(svg, size)));
  return pngToIco(pngs);
}
