/**
 * 长辈模式 (适老化 reading mode): larger text, stronger contrast, no motion. It runs in <head> as a
 * classic, blocking script (src/pages/scripts/reading-mode.js.ts compiles this file to
 * /scripts/reading-mode.js) so the reader's saved choice applies before the first paint. The
 * switch at the top of the page is a checkbox that works without this script too (global.css
 * enlarges the page while it is ticked); the script remembers the choice in localStorage and
 * applies it to every page.
 *
 * It also closes the phone's 菜单 on Escape.
 *
 * A script, not a module: no import or export, and everything inside one function call, so it
 * adds no global name to the page.
 */
(() => {
  const KEY = 'ledger-reading-mode';
  const root = document.documentElement;
  // Scripts run: what they will show ([data-js-reveal], global.css) takes its place from the
  // first paint, so nothing moves when the map, chart or filter form appears.
  root.setAttribute('data-js', '');
  /** The saved choice, applied to the page and shown by the switch. */
  const sync = () => {
    let large = false;
    try {
      large = localStorage.getItem(KEY) === 'large';
    } catch {
      // storage blocked: the mode still works for this page
    }
    if (large) root.setAttribute('data-reading', 'large');
    else root.removeAttribute('data-reading');
    const toggle = document.getElementById('reading-mode');
    if (toggle instanceof HTMLInputElement) toggle.checked = large;
  };
  sync();
  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('reading-mode');
    if (!(toggle instanceof HTMLInputElement)) return;
    sync();
    toggle.addEventListener('change', () => {
      if (toggle.checked) root.setAttribute('data-reading', 'large');
      else root.removeAttribute('data-reading');
      try {
        localStorage.setItem(KEY, toggle.checked ? 'large' : 'standard');
      } catch {
        // storage blocked: nothing to remember
      }
    });
  });
  // The phone's 菜单 (a <details>) closes on Escape, as a menu does, and gives focus back to its button.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const menu = document.querySelector('details.site-menu[open]');
    if (!(menu instanceof HTMLDetailsElement)) return;
    menu.open = false;
    const button = menu.querySelector('summary');
    if (button instanceof HTMLElement) button.focus();
  });
  // On Back the browser shows a page as it was left (kept whole, or reloaded with the switch's old
  // state put back after the script set it), while the choice may have changed on another page
  // since: the saved choice wins once the page is shown.
  window.addEventListener('pageshow', sync);
})();
