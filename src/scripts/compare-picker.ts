// Progressive enhancement of the case index: a "Compare" box on each case, and a link to compare
// the chosen ones. The choice lives in the address (`?compare=a,b`, one history entry per change),
// so the back button undoes a choice and a shared link keeps it; nothing is stored.
import { COMPARE_MAX, COMPARE_MIN, parseCaseIds, withCase, withoutCase } from '../lib/outputs/compare-state.ts';
import { createUrls } from '../lib/model/urls.ts';

const bar = document.getElementById('compare-bar');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.case-table[data-compare] tr[data-case-id]')];
if (bar && rows.length) {
  const urls = createUrls(bar.dataset.base ?? '/');
  const chosen = () => parseCaseIds(new URLSearchParams(location.search).get('compare'));
  const boxes = rows.map((row) => {
    const id = row.dataset.caseId!;
    const title = row.cells[0].textContent?.trim() ?? id;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', className: 'compare-box', value: id });
    box.setAttribute('aria-label', `Compare: ${title}`);
    row.cells[0].prepend(box, ' ');
    box.addEventListener('change', () => {
      const ids = box.checked ? withCase(chosen(), id) : withoutCase(chosen(), id);
      const url = new URL(location.href);
      if (ids.length) url.searchParams.set('compare', ids.join(','));
      else url.searchParams.delete('compare');
      // URLSearchParams writes the commas as %2C; the address reads better with them as typed.
      history.pushState(null, '', url.href.replace(/%2C/g, ','));
      show();
    });
    return box;
  });

  const show = () => {
    const ids = chosen();
    for (const box of boxes) {
      box.checked = ids.includes(box.value);
      // A fifth case cannot be added: its box is off until one is unchosen.
      box.disabled = !box.checked && ids.length >= COMPARE_MAX;
    }
    bar.hidden = ids.length === 0;
    const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'copy-button', textContent: 'Clear the choice' });
    clear.addEventListener('click', () => {
      const url = new URL(location.href);
      url.searchParams.delete('compare');
      history.pushState(null, '', url.href);
      show();
    });
    const what = ids.length < COMPARE_MIN
      ? [`1 case chosen: choose at least one more to compare (up to ${COMPARE_MAX}). `]
      : [Object.assign(document.createElement('a'), { href: urls.compare(ids), textContent: `Compare the ${ids.length} chosen cases` }), ` (up to ${COMPARE_MAX}). `];
    bar.replaceChildren(...what, clear);
  };
  window.addEventListener('popstate', show);
  show();
}
