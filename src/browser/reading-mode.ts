/**
 * 长辈模式 (适老化 reading mode): larger text, stronger contrast, no motion. It runs in <head> as a
 * classic, blocking script (src/pages/scripts/reading-mode.js.ts compiles this file to
 * /scripts/reading-mode.js) so the reader's saved choice applies before the first paint; the
 * button in the header shows only when this script runs, and the choice persists in localStorage.
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
  try {
    if (localStorage.getItem(KEY) === 'large') root.setAttribute('data-reading', 'large');
  } catch {
    // storage blocked: the mode still works for this page
  }
  document.addEventListener('DOMContentLoaded', () => {
    const button = document.getElementById('reading-mode');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(root.getAttribute('data-reading') === 'large'));
    button.hidden = false;
    sync();
    button.addEventListener('click', () => {
      const large = root.getAttribute('data-reading') !== 'large';
      if (large) root.setAttribute('data-reading', 'large');
      else root.removeAttribute('data-reading');
      try {
        localStorage.setItem(KEY, large ? 'large' : 'standard');
      } catch {
        // storage blocked: nothing to remember
      }
      sync();
    });
  });
})();
