// 长辈模式 (适老化 reading mode): larger text, stronger contrast, no motion. Loaded in <head> as a
// plain script so the reader's saved choice applies before the first paint; the button in the
// header shows only when this script runs, and the choice persists in localStorage.
(function () {
  var KEY = 'ledger-reading-mode';
  var root = document.documentElement;
  // Scripts run: what they will show ([data-js-reveal], global.css) takes its place from the
  // first paint, so nothing moves when the map, chart or filter form appears.
  root.setAttribute('data-js', '');
  try {
    if (localStorage.getItem(KEY) === 'large') root.setAttribute('data-reading', 'large');
  } catch (error) {
    // storage blocked: the mode still works for this page
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('reading-mode');
    if (!button) return;
    function sync() {
      button.setAttribute('aria-pressed', String(root.getAttribute('data-reading') === 'large'));
    }
    button.hidden = false;
    sync();
    button.addEventListener('click', function () {
      var large = root.getAttribute('data-reading') !== 'large';
      if (large) root.setAttribute('data-reading', 'large');
      else root.removeAttribute('data-reading');
      try {
        localStorage.setItem(KEY, large ? 'large' : 'standard');
      } catch (error) {
        // storage blocked: nothing to remember
      }
      sync();
    });
  });
})();
