import jsQR from 'jsqr';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QR_QUIET_ZONE, qrCodeDrawing, type QrCodeDrawing } from '../../src/features/publish/index.ts';

/** The modules a drawing's path strokes, row by row ('#' dark, '.' light), read back from its commands. */
function modulesOf(drawing: QrCodeDrawing): string[] {
  const rows = Array.from({ length: drawing.size }, () => Array<string>(drawing.size).fill('.'));
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of drawing.path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      const row = rows[Math.floor(y)]!;
      for (let column = x; column < x + Number(a); column++) {
        expect(row[column], `module ${column},${Math.floor(y)} is stroked twice`).toBe('.');
        row[column] = '#';
      }
      x += Number(a);
    }
  }
  return rows.map((row) => row.join(''));
}

/** The drawing as an RGBA image, `scale` pixels a module, with its quiet zone: what a camera would see. */
function imageOf(drawing: QrCodeDrawing, scale: number): { pixels: Uint8ClampedArray; width: number } {
  const modules = modulesOf(drawing);
  const width = (drawing.size + 2 * QR_QUIET_ZONE) * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let py = 0; py < width; py++) {
    for (let px = 0; px < width; px++) {
      const row = modules[Math.floor(py / scale) - QR_QUIET_ZONE];
      if (row?.[Math.floor(px / scale) - QR_QUIET_ZONE] === '#') pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { pixels, width };
}

const TASK_URL = 'https://example.org/tasks/bazhong-cei2/06/';

describe('the QR code of a page (二维码)', () => {
  it('scans back to the URL it was made from', () => {
    for (const url of [TASK_URL, 'https://sthjj.cq.gov.cn/zhenggai/findings/cq-cei3/2-1/', 'https://example.org/bulletins/bazhong-plan/2022-05-06/']) {
      const { pixels, width } = imageOf(qrCodeDrawing(url), 4);
      expect(jsQR(pixels, width, width)?.data).toBe(url);
    }
  });

  it('strokes exactly the dark modules of the symbol the qrcode library encodes, at level M', () => {
    const drawing = qrCodeDrawing(TASK_URL);
    const symbol = create(TASK_URL, { errorCorrectionLevel: 'M' });
    expect(drawing.size).toBe(symbol.modules.size);
    const expected = Array.from({ length: symbol.modules.size }, (_, y) =>
      Array.from(symbol.modules.data.subarray(y * symbol.modules.size, (y + 1) * symbol.modules.size), (dark) => (dark ? '#' : '.')).join(''),
    );
    expect(modulesOf(drawing)).toEqual(expected);
    expect(drawing.viewBox).toBe(`-4 -4 ${symbol.modules.size + 8} ${symbol.modules.size + 8}`);
  });

  it('is one short path: relative moves, no whitespace but the one between two numbers', () => {
    const { path } = qrCodeDrawing(TASK_URL);
    expect(path).toMatch(/^M\d+ \d+\.5(h\d+(m-?\d+ \d+)?)+$/);
    expect(path.length).toBeLessThan(1500);
  });

  it('grows with the URL, never cuts it', () => {
    const long = `https://example.org/${'tasks/very-long-plan-identifier/'.repeat(4)}`;
    const drawing = qrCodeDrawing(long);
    expect(drawing.size).toBeGreaterThan(qrCodeDrawing(TASK_URL).size);
    const { pixels, width } = imageOf(drawing, 4);
    expect(jsQR(pixels, width, width)?.data).toBe(long);
  });
});
