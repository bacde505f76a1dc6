import { todayInChina } from '../core/dates.ts';
import { accessDateText, type CitationStyle } from '../features/publish/browser.ts';

/**
 * Copy buttons for citations and permanent links. The text is on the page and selectable without
 * JavaScript, with the access date a marked blank (请填写引用日期); this fills each blank with
 * today's date in China, as the citation's style writes it, shows each button and copies its
 * text, or selects it for the reader when the clipboard is not available (older browsers, pages
 * not served over HTTPS). Each block of buttons (`data-copy-scope`) reports in its own status line.
 */
export function enhanceCopyButtons(root: Document = document): void {
  fillAccessDates(root);
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = root.getElementById(button.dataset.copy ?? '');
    // Every component with a copy button runs this: a button is set up once.
    if (!target || button.dataset.copyReady) continue;
    button.dataset.copyReady = 'true';
    button.hidden = false;
    const status = (button.closest('[data-copy-scope]') ?? root).querySelector<HTMLElement>('[data-copy-status]');
    button.addEventListener('click', async () => {
      // A page left open past midnight copies the day it is copied on.
      fillAccessDates(root);
      const text = target.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = '已复制。';
      } catch {
        const range = root.createRange();
        range.selectNodeContents(target);
        const selection = root.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        if (status) status.textContent = '已选中，请按 Ctrl+C（手机上长按）复制。';
      }
    });
  }
}

/**
 * Writes today's date in China into every access-date blank of a citation
 * (`<span data-access-date="gbt7714">`) and shows the notes that say so (`data-access-note`)
 * in place of those that ask the reader to fill it in (`data-access-blank-note`).
 */
export function fillAccessDates(root: Document = document, now: Date = new Date()): void {
  const today = todayInChina(now);
  const blanks = root.querySelectorAll<HTMLElement>('[data-access-date]');
  for (const blank of blanks) {
    blank.textContent = accessDateText(blank.dataset.accessDate as CitationStyle, today);
    blank.classList.remove('fill-in');
  }
  if (blanks.length === 0) return;
  for (const note of root.querySelectorAll<HTMLElement>('[data-access-blank-note]')) note.hidden = true;
  for (const note of root.querySelectorAll<HTMLElement>('[data-access-note]')) {
    note.hidden = false;
    const date = note.querySelector('[data-access-today]');
    if (date) date.textContent = accessDateText('plain', today);
  }
}
