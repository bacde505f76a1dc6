import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { escapeHtml } from '../../core/html-text.ts';
import { STATUS_LABELS, STATUS_ORDER, STATUS_SLUGS, statusTone, type DerivedStatus, type Tone } from '../../core/status.ts';

/**
 * The share images (og:image): one for the site, one per status, 1200 × 630 PNG, drawn at build
 * time from the site's title and the status vocabulary, so a link shared in WeChat shows the city
 * and the page's status. Not one per page: a site of 10,000 tasks still draws a dozen images.
 *
 * The text is drawn as glyph outlines (fontkitten, Astro's own font parser) from Noto Sans SC Bold
 * (npm @embedpdf/fonts-sc, OFL: GB 2312's 6,763 characters), and sharp (libvips, Astro's image
 * library) turns the SVG into PNG: no system font, no browser, no service, the same image on
 * every machine.
 */

/** What draws text: a font's size unit and its glyphs' outlines and advances (fontkitten's Font). */
export interface ShareFont {
  unitsPerEm: number;
  glyphsForString(text: string): readonly { id: number; advanceWidth: number; path: { scale(x: number, y: number): { translate(x: number, y: number): { toSVG(): string } } } }[];
}

export interface ShareImage {
  /** `site`, or a status's slug: the file is `/share/<name>.png`. */
  name: string;
  status?: DerivedStatus;
}

/** Every share image the build draws: the site's, then one per status. */
export const SHARE_IMAGES: readonly ShareImage[] = [{ name: 'site' }, ...STATUS_ORDER.map((status) => ({ name: STATUS_SLUGS[status], status }))];

/** The image a page shares: its status's, or the site's. */
export function shareImageName(status?: DerivedStatus): string {
  return status ? STATUS_SLUGS[status] : 'site';
}

const WIDTH = 1200;
const HEIGHT = 630;
const MARGIN = 80;
// The status colours of src/styles/global.css (--status-*), and the site's accent.
const ACCENT = '#1f5f3a';
const TONE_COLOURS: Record<Tone, string> = { late: '#9d1c1c', done: '#1f5f3a', active: '#0b4f8a', none: '#4a4a4a' };
// The shape beside each status, as on the pages: colour is never the only sign.
const TONE_MARKS: Record<Tone, string> = { late: '▲', done: '✓', active: '●', none: '○' };
// Never at the start of a line (GB/T 15834 line-breaking of 标点).
const NO_LINE_START = /^[，。、；：！？）》」』”’…—·]/;


/** The width of a line of text at a size, in pixels. */
function widthOf(font: ShareFont, text: string, size: number): number {
  return font.glyphsForString(text).reduce((sum, glyph) => sum + glyph.advanceWidth, 0) * (size / font.unitsPerEm);
}

/**
 * Text broken into lines no wider than `width` (any character may end a line of Chinese, but no
 * closing punctuation starts one), at most `max` lines, the last ending in … when text is left.
 */
export function wrapText(font: ShareFont, text: string, size: number, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = [...text];
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index]!;
    if (line && widthOf(font, line + char, size) > width && !NO_LINE_START.test(char)) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  while (last && widthOf(font, `${last}…`, size) > width) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last}…`;
  return kept;
}

/** A line of text as one SVG path: its left end at x, its baseline at y. */
function textPath(font: ShareFont, text: string, size: number, x: number, y: number, fill: string): string {
  const scale = size / font.unitsPerEm;
  let pen = x;
  const outlines: string[] = [];
  for (const glyph of font.glyphsForString(text)) {
    outlines.push(glyph.path.scale(scale, -scale).translate(pen, y).toSVG());
    pen += glyph.advanceWidth * scale;
  }
  return `<path fill="${fill}" d="${escapeHtml(outlines.join(''))}"/>`;
}

/** The characters a share image of this site would draw that the font has no glyph for. */
export function missingCharacters(font: ShareFont, siteTitle: string): string[] {
  const text = `${siteTitle}${Object.values(STATUS_LABELS).join('')}${Object.values(TONE_MARKS).join('')}整改进展任务措施责任单位`;
  return [...new Set([...text])].filter((char) => /\S/.test(char) && font.glyphsForString(char).every((glyph) => glyph.id === 0));
}

/** The SVG of a share image: the site's title (with its city), and the status, or what the site is. */
export function shareCardSvg(font: ShareFont, input: { siteTitle: string; status?: DerivedStatus }): string {
  const inner = WIDTH - 2 * MARGIN;
  // The status card names the site at the top; the site's own card names it large, in the middle.
  const [size, top] = input.status ? [60, 150] : [68, 260];
  const title = wrapText(font, input.siteTitle, size, inner, 2);
  const parts = title.map((line, index) => textPath(font, line, size, MARGIN, top + index * size * 1.3, '#ffffff'));
  if (input.status) {
    const tone = statusTone(input.status);
    const label = `${TONE_MARKS[tone]} ${STATUS_LABELS[input.status]}`;
    const size = Math.min(96, (inner - 80) / Math.max(1, widthOf(font, label, 1)));
    const box = widthOf(font, label, size) + 80;
    parts.push(`<rect x="${MARGIN}" y="300" width="${box}" height="${size + 70}" rx="16" fill="#ffffff"/>`);
    parts.push(textPath(font, label, size, MARGIN + 40, 300 + 35 + size * 0.88, TONE_COLOURS[tone]));
    parts.push(textPath(font, '整改任务的状态 · 责任单位 · 整改时限', 34, MARGIN, 560, '#e3f1e6'));
  } else {
    parts.push(textPath(font, '整改任务、措施、责任单位、整改时限和进展', 40, MARGIN, top + title.length * size * 1.3 + 60, '#e3f1e6'));
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="${WIDTH}" height="${HEIGHT}" fill="${ACCENT}"/>${parts.join('')}</svg>`;
}

/**
 * The PNG of an SVG, as small as a palette of its few colours allows; given a size, a square of
 * that many pixels, drawn at that size (an icon's edges keep their shading). (sharp is loaded only to draw.)
 */
export async function pngOf(svg: string, size?: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  if (size === undefined) return sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9 }).toBuffer();
  return sharp(Buffer.from(svg), { density: 300 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

let font: ShareFont | undefined;
/** Noto Sans SC Bold, read once per build from its npm package. */
export async function shareFont(): Promise<ShareFont> {
  if (!font) {
    const { create } = await import('fontkitten');
    // The package exports only its list of files (dist/); the fonts sit beside it.
    let entry: string;
    try {
      entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    } catch {
      throw new Error('分享图片的字体（npm 包 @embedpdf/fonts-sc）未安装：请运行 npm install。\n(The share images\' font, npm @embedpdf/fonts-sc, is not installed: run npm install.)');
    }
    font = create(readFileSync(join(dirname(entry), '../fonts/NotoSansHans-Bold.otf'))) as unknown as ShareFont;
  }
  return font;
}
