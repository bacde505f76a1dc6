/**
 * Opens the folds (<details class="fold">, src/components/Fold.astro) that the address's fragment
 * points into or at: `#measure-3` inside a closed fold, or `#tasks`, the heading of a section
 * whose folds follow it. Chromium opens a closed <details> around a fragment's target by itself;
 * this does it in every browser, and for a section's heading, which no browser would.
 */
function foldsOf(target: Element): HTMLDetailsElement[] {
  const folds: HTMLDetailsElement[] = [];
  for (let fold = target.closest('details'); fold; fold = fold.parentElement?.closest('details') ?? null) folds.push(fold);
  if (/^H[1-6]$/.test(target.tagName)) {
    // A section's heading: the folds after it, up to the next heading of its rank or above.
    const rank = Number(target.tagName[1]);
    for (let next = target.nextElementSibling; next; next = next.nextElementSibling) {
      if (/^H[1-6]$/.test(next.tagName) && Number(next.tagName[1]) <= rank) break;
      folds.push(...(next.matches('details.fold') ? [next as HTMLDetailsElement] : next.querySelectorAll<HTMLDetailsElement>('details.fold')));
    }
  } else if (target.matches('details.fold')) {
    folds.push(target as HTMLDetailsElement);
  }
  return folds;
}

function openFromAddress(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  const closed = foldsOf(target).filter((fold) => !fold.open);
  if (closed.length === 0) return;
  for (const fold of closed) fold.open = true;
  target.scrollIntoView();
}

let started = false;
/** Opens the folds of the address's target now, and again whenever the fragment changes. */
export function openFoldsOfTarget(): void {
  if (started) return;
  started = true;
  openFromAddress();
  window.addEventListener('hashchange', openFromAddress);
  // A link to the fragment the address already has changes nothing: open its folds all the same.
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link && link.getAttribute('href') === location.hash) openFromAddress();
  });
}
