// The compare page: the cases named in `?cases=a,b` side by side, read from their data files
// (/data/cases/<id>.json, this site's own) and nothing else. Adding or removing a case changes
// the address (history), so the back button, a reload and a shared link show the same cases.
import type { CaseFileJson, CaseRecordJson } from '../lib/outputs/open-data.ts';
import { COMPARE_MAX, COMPARE_MIN, parseCaseIds, withCase, withoutCase } from '../lib/outputs/compare-state.ts';
import { createUrls } from '../lib/model/urls.ts';
import { compareView, type Entry, type Line } from '../lib/views/compare.ts';

const root = document.getElementById('compare')!;
const urls = createUrls(root.dataset.base ?? '/');
const status = document.getElementById('compare-status')!;
const result = document.getElementById('compare-result')!;
const form = document.getElementById('compare-add') as HTMLFormElement;
const select = document.getElementById('compare-select') as HTMLSelectElement;
const caseLinks = [...document.querySelectorAll<HTMLAnchorElement>('#compare-cases a[data-case-id]')];
const pageTitle = document.title;

/** Each case's file is fetched once per visit: going back and forth re-renders without asking again. */
const files = new Map<string, Promise<CaseRecordJson | undefined>>();
function load(id: string): Promise<CaseRecordJson | undefined> {
  let file = files.get(id);
  if (!file) {
    file = fetch(urls.caseData(id)).then(async (response) => (response.ok ? ((await response.json()) as CaseFileJson).case : undefined));
    files.set(id, file);
  }
  return file;
}

const currentIds = () => parseCaseIds(new URLSearchParams(location.search).get('cases'));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const line = (segments: Line) => segments.map((s) => (s.href ? element('a', { href: s.href, textContent: s.text }) : s.text));
function entryList(entries: Entry[]): Node {
  if (!entries.length) return document.createTextNode('—');
  return element('ul', {}, ...entries.map((lines) => element('li', {}, ...lines.flatMap((l, i) => [...(i ? [element('br')] : []), ...line(l)]))));
}

function renderTable(cases: CaseRecordJson[]) {
  const view = compareView(cases, urls);
  const head = element('tr', {}, element('th', { scope: 'col' }, element('span', { className: 'visually-hidden', textContent: 'What is compared' })));
  for (const column of view.columns) {
    const remove = element('button', { type: 'button', className: 'copy-button compare-remove', textContent: 'Remove' });
    remove.setAttribute('aria-label', `Remove “${column.title}” from the comparison`);
    remove.addEventListener('click', () => {
      go(withoutCase(currentIds(), column.id));
      select.focus();
    });
    head.append(element('th', { scope: 'col' }, element('a', { href: column.href, textContent: column.title }), remove));
  }
  const body = element('tbody');
  for (const row of view.rows) {
    const label = element('th', { scope: 'row', textContent: row.label });
    if (row.same) label.append(element('span', { className: 'same-note', textContent: 'same in all' }));
    body.append(element('tr', { className: row.same ? 'same' : '' }, label, ...row.cells.map((cell) => element('td', {}, entryList(cell)))));
  }
  const caption = element('caption', { textContent: `Cases compared: ${view.columns.map((c) => c.title).join('; ')}` });
  // The cases stay side by side, aligned row by row: on a narrow screen the table scrolls sideways
  // in a named region the keyboard can focus and scroll (as TableScroll.astro does for figures).
  const region = element('section', { className: 'table-wrap table-scroll', tabIndex: 0 }, element('table', { className: 'compare-table' }, caption, element('thead', {}, head), body));
  region.setAttribute('aria-label', 'Cases compared, side by side');
  result.replaceChildren(region);
}

let run = 0;
async function render() {
  const mine = ++run;
  const ids = currentIds();
  if (ids.length) status.textContent = 'Loading…';
  const loaded = await Promise.all(ids.map(load));
  if (mine !== run) return; // a newer choice has started loading
  const cases = loaded.filter((c): c is CaseRecordJson => c !== undefined);
  const missing = ids.filter((_, i) => loaded[i] === undefined);
  if (cases.length) renderTable(cases);
  else result.replaceChildren();
  const more = COMPARE_MIN - cases.length;
  status.textContent = [
    cases.length >= COMPARE_MIN ? `${cases.length} cases side by side; rows marked “same in all” say the same for each case.` : `Choose ${more === COMPARE_MIN ? `${COMPARE_MIN} to ${COMPARE_MAX} cases` : 'at least one more case'} to compare.`,
    ...missing.map((id) => `No case has the id “${id}”.`),
  ].join(' ');
  // The chosen cases cannot be added twice; a fifth cannot be added at all.
  const chosen = new Set(ids);
  for (const option of select.options) option.disabled = chosen.has(option.value);
  if (select.selectedOptions[0]?.disabled) select.value = [...select.options].find((o) => !o.disabled)?.value ?? '';
  (form.querySelector('button') as HTMLButtonElement).disabled = ids.length >= COMPARE_MAX;
  // A case page opened from here can add itself to this choice ("Add to the comparison").
  for (const link of caseLinks) link.search = ids.length && !chosen.has(link.dataset.caseId!) ? `?compare=${ids.join(',')}` : '';
  document.title = cases.length ? `Compare: ${cases.map((c) => c.data.title).join(' · ')} · ${pageTitle.split(' · ').at(-1)}` : pageTitle;
}

function go(ids: string[]) {
  history.pushState(null, '', urls.compare(ids));
  void render();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (select.value) go(withCase(currentIds(), select.value));
});
window.addEventListener('popstate', () => void render());
form.hidden = false;
void render();
