import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { faviconIco } from '../../src/features/publish/index.ts';

const SVG = readFileSync(resolve(import.meta.dirname, '../../public/favicon.svg'), 'utf8');

/** The images an ICO file holds, from its directory: size, and where the bitmap starts. */
function icoImages(ico: Buffer): { size: number; offset: number; bytes: number }[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
  return Array.from({ length: ico.readUInt16LE(4) }, (_, index) => {
    const entry = 6 + 16 * index;
    return { size: ico.readUInt8(entry) || 256, bytes: ico.readUInt32LE(entry + 8), offset: ico.readUInt32LE(entry + 12) };
  });
}

/** The colour of one pixel of a 32-bit bitmap image of an ICO (rows stored bottom-up, BGRA), as #rrggbb. */
function pixel(ico: Buffer, image: { size: number; offset: number }, x: number, y: number): string {
  const header = ico.readUInt32LE(image.offset); // the bitmap header's own length
  const at = image.offset + header + ((image.size - 1 - y) * image.size + x) * 4;
  return `#${[ico[at + 2]!, ico[at + 1]!, ico[at]!].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

describe('/favicon.ico', () => {
  it('holds the site icon at 16, 32 and 48 pixels, drawn from public/favicon.svg', async () => {
    const ico = await faviconIco(SVG);
    const images = icoImages(ico);
    expect(images.map((image) => image.size).sort((a, b) => a - b)).toEqual([16, 32, 48]);
    for (const image of images) expect(image.offset + image.bytes).toBeLessThanOrEqual(ico.length);
    const large = images.find((image) => image.size === 32)!;
    // The icon's green ground at its left edge, half way down; its white first stroke near the top.
    expect(pixel(ico, large, 2, 16)).toBe('#1f5f3a');
    expect(pixel(ico, large, 12, 9)).toBe('#ffffff');
  });

  it('follows the SVG it is drawn from', async () => {
    const ico = await faviconIco(SVG.replace('#1f5f3a', '#0000ff'));
    const large = icoImages(ico).find((image) => image.size === 32)!;
    expect(pixel(ico, large, 2, 16)).toBe('#0000ff');
  });
});
