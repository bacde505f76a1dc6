import type { Page } from 'playwright-core';

/** WCAG 2.2 2.5.8 (target size, minimum): 24 by 24 CSS pixels. */
export const MIN_TARGET = 24;

/** What a reader can tap or click. */
const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

/**
 * The targets on the page smaller than 24 × 24 CSS pixels, each as `<tag.class> "text" w×h`.
 * Every <details> is opened first, so that what folds hold is measured too. A link inside a line
 * of text is left out, as WCAG's inline exception leaves it out: it is an inline box whose block
 * has letters or digits of its own beside the links (a sentence, `（12）`); a link alone on its
 * line (in a list, a table cell, a menu) is measured. So are targets hidden from sight but not
 * from the pointer: none of them is small and invisible.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  return page.evaluate(
    ({ selector, min }) => {
      const isTarget = (element: Element | null) => Boolean(element?.closest(selector));
      const blockOf = (element: Element): Element => {
        let block: Element = element.parentElement ?? element;
        while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        return block;
      };
      /** Whether the block holds text that is not a target's: words or figures, not just `·` or `、`. */
      const hasOwnText = (block: Element) => {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (/[\p{L}\p{N}]/u.test(node.textContent ?? '') && !isTarget(node.parentElement)) return true;
        }
        return false;
      };
      const small: string[] = [];
      for (const element of document.querySelectorAll(selector)) {
        const style = getComputedStyle(element);
        if (style.visibility !== 'visible' || style.pointerEvents === 'none') continue;
        // A target inside a target (an icon in a link) is the outer one's.
        if (element.parentElement && isTarget(element.parentElement) && !element.matches('summary')) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue; // not rendered
        // Visually hidden (.visually-hidden: 1 × 1, clipped): nothing to tap.
        if (style.clipPath === 'inset(50%)' || (box.width <= 1 && box.height <= 1)) continue;
        if (box.width >= min && box.height >= min) continue;
        if (style.display === 'inline' && hasOwnText(blockOf(element))) continue; // in a line of text
        const name = `<${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}>`;
        small.push(`${name} "${(element.textContent ?? '').trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
      return small;
    },
    { selector: TARGETS, min: MIN_TARGET },
  );
}

/**
 * Table cells narrower than two characters of their own text that hold more than one: text set a
 * character a line (the county targets in 长辈模式 on a phone did), each as its first words.
 */
export function squeezedCells(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('td, th')].flatMap((cell) => {
      const style = getComputedStyle(cell);
      const width = cell.getBoundingClientRect().width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const text = cell.textContent?.trim() ?? '';
      return text.length > 1 && width > 0 && width < 2 * parseFloat(style.fontSize) ? [text.slice(0, 12)] : [];
    }),
  );
}
