import { describe, expect, it } from 'vitest';
import { missingCharacters, SHARE_IMAGES, shareCardSvg, shareImageName, wrapText, type ShareFont } from '../../src/features/publish/index.ts';
import { STATUS_ORDER } from '../../src/core/status.ts';

/**
 * A font whose every glyph is 1 em wide (as Chinese characters are) and whose outline writes the
 * character itself, so that a test reads what a card draws; `missing` characters have glyph 0.
 */
function stubFont(missing = ''): ShareFont {
  return {
    unitsPerEm: 1000,
    glyphsForString: (text) =>
      [...text].map((char) => ({
        id: missing.includes(char) ? 0 : char.codePointAt(0)!,
        advanceWidth: 1000,
        path: { scale: () => ({ translate: () => ({ toSVG: () => `M${char}` }) }) },
      })),
  };
}

/** The lines of text a card's SVG draws, in order. */
const drawn = (svg: string) => [...svg.matchAll(/<path fill="[^"]+" d="([^"]*)"/g)].map((match) => match[1]!.replace(/M/g, ''));

describe('the share images', () => {
  it('are one for the site and one per status, named by the status slugs that lists use', () => {
    expect(SHARE_IMAGES).toHaveLength(STATUS_ORDER.length + 1);
    expect(shareImageName()).toBe('site');
    expect(shareImageName('逾期')).toBe('overdue');
    expect(new Set(SHARE_IMAGES.map((image) => image.name)).size).toBe(SHARE_IMAGES.length);
  });

  it("draw the site's title with its city, and the status with its shape, in the status's colour", () => {
    const svg = shareCardSvg(stubFont(), { siteTitle: '示例市督察整改台账', status: '逾期' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(drawn(svg).slice(0, 2)).toEqual(['示例市督察整改台账', '▲ 逾期']);
    expect(svg).toContain('<path fill="#9d1c1c" d="M▲M M逾M期"/>');
    expect(drawn(shareCardSvg(stubFont(), { siteTitle: '示例市督察整改台账' }))).toEqual(['示例市督察整改台账', '整改任务、措施、责任单位、整改时限和进展']);
  });

  it('break a long title into lines that fit, never starting one with closing punctuation, and end what does not fit with …', () => {
    const font = stubFont();
    expect(wrapText(font, '一二三四五六七', 10, 30, 3)).toEqual(['一二三', '四五六', '七']);
    expect(wrapText(font, '一二三，四五', 10, 30, 3)).toEqual(['一二三，', '四五']);
    expect(wrapText(font, '一二三四五六七八九十', 10, 30, 2)).toEqual(['一二三', '四五…']);
  });

  it("name the characters of a site's title the font cannot draw", () => {
    expect(missingCharacters(stubFont('龘'), '龘市督察整改台账')).toEqual(['龘']);
    expect(missingCharacters(stubFont('龘'), '示例市督察整改台账')).toEqual([]);
  });
});
