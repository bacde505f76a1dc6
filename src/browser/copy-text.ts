/**
 * Copy buttons for citations. The text is on the page and selectable without JavaScript; this
 * shows each button and copies its text, or selects it for the reader when the clipboard is
 * not available (older browsers, pages not served over HTTPS).
 */
export function enhanceCopyButtons(root: Document = document): void {
  const status = root.querySelector<HTMLElement>('[data-copy-status]');
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const target = root.getElementById(button.dataset.copy ?? '');
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
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
        if (status) status.textContent = '已选中引用文字，请按 Ctrl+C（手机上长按）复制。';
      }
    });
  }
}
