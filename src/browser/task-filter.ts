/**
 * Quick filtering of the task list in the browser. The list is complete without it and each
 * single filter has its own pre-rendered page; this only lets readers combine filters on one
 * page. The state lives in the URL's query (`/tasks/?county=nanjiang&year=2023`), so it can be
 * shared; a value the site does not know is named in the message, never an error.
 */
export function enhanceTaskFilter(root: Document = document): void {
  const form = root.querySelector<HTMLFormElement>('form[data-task-filter]');
  if (!form) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const message = form.querySelector<HTMLElement>('[data-filter-message]');
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-status]')];
  const params = new URLSearchParams(root.location?.search ?? '');
  // Folded on a phone (the list first), open on a wider screen or when the address holds a filter.
  const fold = form.closest<HTMLDetailsElement>('details[data-filter-fold]');
  if (fold) {
    fold.open = params.size > 0 || (root.defaultView?.matchMedia('(min-width: 48rem)').matches ?? true);
    fold.hidden = false;
  }

  const apply = (unknown: string[]) => {
    const chosen = selects.filter((select) => select.value !== '');
    let shown = 0;
    for (const row of rows) {
      const match = unknown.length === 0 && chosen.every((select) => (row.dataset[select.name] ?? '').split(' ').includes(select.value));
      row.hidden = !match;
      if (match) shown += 1;
    }
    if (!message) return;
    if (unknown.length > 0) message.textContent = `未知的筛选值：${unknown.join('；')}。没有符合的任务，请重新选择。`;
    else if (chosen.length === 0) message.textContent = `显示全部 ${rows.length} 项任务。`;
    else message.textContent = `符合条件的任务 ${shown} 项。`;
  };

  const unknown: string[] = [];
  for (const select of selects) {
    const value = params.get(select.name);
    if (value === null) continue;
    if ([...select.options].some((option) => option.value === value)) select.value = value;
    else unknown.push(`${select.dataset.label ?? select.name}“${value}”`);
  }
  if (params.size > 0) apply(unknown);

  form.addEventListener('change', () => {
    const query = new URLSearchParams();
    for (const select of selects) if (select.value) query.set(select.name, select.value);
    const search = query.size > 0 ? `?${query}` : '';
    history.replaceState(null, '', `${location.pathname}${search}`);
    apply([]);
  });
  form.addEventListener('submit', (event) => event.preventDefault());
}
