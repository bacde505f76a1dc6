import { create } from 'qrcode';

/**
 * The QR code (二维码) of a page's permanent URL, drawn at build time: readers scan it to open the
 * page on a phone or to share it in WeChat, from a screen or from paper. The `qrcode` library
 * encodes the text; this turns its module matrix into one short SVG path, so a page carries a few
 * hundred bytes of markup and requests nothing.
 */
export interface QrCodeDrawing {
  /** The SVG viewBox: the symbol with its quiet zone, the symbol's first module at 0 0. */
  viewBox: string;
  /** The dark modules as one path of horizontal runs, to be stroked 1 unit wide. */
  path: string;
  /** Modules per side of the symbol, without the quiet zone. */
  size: number;
}

/** The light margin a reader needs around the symbol, in modules (4, as ISO/IEC 18004 asks). */
export const QR_QUIET_ZONE = 4;

/**
 * The QR code of `text` (error correction level M: about 15% of a smudged or creased print can
 * be lost). Each run of dark modules in a row is one `h` stroke at the row's middle; moves between
 * runs are relative, so the numbers stay short.
 */
export function qrCodeDrawing(text: string): QrCodeDrawing {
  const { size, data } = create(text, { errorCorrectionLevel: 'M' }).modules;
  let path = '';
  let penX = 0;
  let penY = 0;
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < size && data[y * size + end]) end++;
      path += path === '' ? `M${x} ${y}.5` : `m${x - penX} ${y - penY}`;
      path += `h${end - x}`;
      [penX, penY, x] = [end, y, end];
    }
  }
  const side = size + 2 * QR_QUIET_ZONE;
  return { viewBox: `-${QR_QUIET_ZONE} -${QR_QUIET_ZONE} ${side} ${side}`, path, size };
}
