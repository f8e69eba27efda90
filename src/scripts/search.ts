// The search page: Pagefind's JS API over the site's own index, with facets, sort
// and the whole state in the URL. Everything it loads comes from this site.
import { caseExcerpt } from '../lib/outputs/search/excerpt.ts';
import { leadFilterKey, namedFirst, queryNames } from '../lib/outputs/search/entity-match.ts';
import { normalizeQuery } from '../lib/outputs/search/korean-query.ts';
import { mergeSorted, PART_FILTER, partBundle, sortTableFile, type SortTable } from '../lib/outputs/search/search-parts.ts';
import { pagefindSort, paramsFromState, sectionSearches, stateFromParams, sumCounts, type SearchState, type SectionSearch } from '../lib/outputs/search/search-state.ts';
import { bestMatchNote, statusText } from '../lib/outputs/search/search-status.ts';

interface Config {
  /** Labels results need; those of firms, regulators and data categories come from `labelsUrl` with the facets. */
  labels: Record<string, Record<string, string>>;
  labelsUrl: string;
  filters: { key: string; label: string }[];
  sorts: { key: string; label: string }[];
  bundle: string;
  base: string;
  /** How many merged index parts hold the case pages (search-parts.ts); absent when one index holds every page. */
  parts?: number;
}
interface ResultData {
  url: string;
  /** The page's indexed text, the indexes of its matched words and its ids: what a case excerpt is made from (excerpt.ts). */
  content: string;
  locations: number[];
  anchors: { element: string; id: string; location: number; text?: string }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: { filters?: Record<string, unknown>; sort?: Record<string, string> }): Promise<Response>;
}
interface Response {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
/** A firm or regulator the query names, the case filter that selects its cases and the one that selects those it leads. */
interface NamedEntity {
  data: ResultData;
  filter: Record<string, string>;
  lead: Record<string, string>;
}

const config: Config = JSON.parse(document.getElementById('search-config')!.textContent!);
const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const facets = document.getElementById('search-facets')!;
const status = document.getElementById('search-status')!;
const caseSection = document.getElementById('case-results')!;
const caseList = document.getElementById('case-result-list')!;
const entitySection = document.getElementById('entity-results')!;
const entityList = document.getElementById('entity-result-list')!;
const empty = document.getElementById('search-empty')!;
const best = document.getElementById('search-best')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
/**
 * Results whose excerpts load at once, then how many more each "Show more results" loads. Each
 * excerpt is a request for the page's whole indexed text (about 4 KB at 1,000 cases), so the
 * first page is kept short: it is most of what a first search costs beyond Pagefind itself.
 */
const FIRST_PAGE = 5;
const NEXT_PAGE = 10;
const keys = config.filters.map((f) => f.key);
const label = (key: string, value: string) => config.labels[key]?.[value] ?? value;

let pagefind: Pagefind | undefined;
async function loadPagefind(): Promise<Pagefind> {
  if (!pagefind) {
    const pf = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
    // Searching on the main thread spares a second copy of Pagefind (its worker script, 12 KB):
    // a search runs once per submitted query and takes milliseconds at this size.
    await pf.options({ baseUrl: config.base, noWorker: true });
    await pf.init();
    // Each part's results carry its number as a filter, so a search can ask one part alone. The
    // parts load at once; Pagefind keeps them in the order they were asked for.
    await Promise.all(
      partNumbers.map((part) => pf.mergeIndex(`${config.bundle}${partBundle(part)}`, { baseUrl: config.base, mergeFilter: { [PART_FILTER]: String(part) } })),
    );
    pagefind = pf;
  }
  return pagefind;
}

const partNumbers = Array.from({ length: config.parts ?? 0 }, (_, i) => i + 1);
const sortTables = new Map<string, Promise<SortTable>>();
function sortTable(key: string): Promise<SortTable> {
  const url = `${config.bundle}${sortTableFile(key)}`;
  if (!sortTables.has(key)) {
    sortTables.set(key, fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`)))));
  }
  return sortTables.get(key)!;
}

/**
 * One section's search. Sorted across merged parts, Pagefind would interleave the parts (each
 * result's score is its position in its own part), so each part is searched alone and the lists
 * merged by the values its sort table gives those positions.
 */
async function searchSection(pf: Pagefind, query: string | null, search: SectionSearch): Promise<Response> {
  const [sort] = Object.entries(search.sort ?? {});
  if (!partNumbers.length || !sort) return pf.search(query, search);
  const [key, direction] = sort;
  const [table, ...byPart] = await Promise.all([
    sortTable(key),
    ...partNumbers.map((part) => pf.search(query, { ...search, filters: { all: [search.filters, { [PART_FILTER]: String(part) }] } })),
  ]);
  return { results: mergeSorted(byPart.map((r) => r.results), table, direction), filters: sumCounts(...byPart.map((r) => r.filters)) };
}

// Facet counts need every filter's data (on a large casebook the biggest part of a first search),
// so it is loaded only once the reader opens the filters or arrives with some already chosen.
const panel = document.getElementById('search-filter-panel') as HTMLDetailsElement;
let filtersLoaded = false;
async function facetLabels(): Promise<Config['labels']> {
  const response = await fetch(config.labelsUrl);
  if (!response.ok) throw new Error(`${config.labelsUrl}: ${response.status}`);
  return response.json();
}
async function ensureFilters(pf: Pagefind) {
  if (!filtersLoaded) {
    const [, labels] = await Promise.all([pf.filters(), facetLabels()]);
    Object.assign(config.labels, labels);
    filtersLoaded = true;
  }
}

/** How many of the best-ranked firm and regulator pages are checked for a name the query matches exactly. */
const NAMED_CANDIDATES = 2;

/**
 * The firm or regulator whose name, abbreviation, native name, alias or id the query is, if any
 * (its page's `names` meta; see entity-match.ts). Its cases then come first: those in which it
 * plays a leading role, then those that only name it, each most sources first. Text ranking alone
 * favours the shortest page that mentions a name, and sources alone a case that names it in passing.
 */
async function namedEntity(pf: Pagefind, query: string, normalized: string): Promise<NamedEntity | undefined> {
  const { results } = await pf.search(normalized, { filters: { type: { any: ['firm', 'regulator'] } } });
  const candidates = await Promise.all(results.slice(0, NAMED_CANDIDATES).map((r) => r.data()));
  const data = candidates.find((d) => queryNames(query, d.meta.names?.split(' ') ?? []));
  const key = data?.filters.type?.[0] as 'firm' | 'regulator' | undefined;
  if (!data || !key) return undefined;
  // The entity's id is its page's last path segment (`/firms/kakaopay/`): the case filter's value.
  const value = new URL(data.url, location.origin).pathname.split('/').filter(Boolean).at(-1)!;
  return { data, filter: { [key]: value }, lead: { [leadFilterKey(key)]: value } };
}

function renderBest(named: NamedEntity | undefined, note: string) {
  best.hidden = !named;
  if (!named) return best.replaceChildren();
  const type = label('type', named.data.filters.type?.[0] ?? '').toLowerCase();
  best.replaceChildren(
    'Best match: ',
    Object.assign(document.createElement('a'), { href: named.data.url, textContent: named.data.meta.title ?? named.data.url }),
    `, ${type}.`,
    note ? ` ${note}` : '',
  );
}

function readForm(): SearchState {
  const filters: Record<string, string[]> = {};
  for (const box of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return { query: input.value.trim(), sort: sortSelect.value, filters };
}

function renderFacets(state: SearchState, counts: Record<string, Record<string, number>>) {
  facets.replaceChildren(
    ...config.filters.flatMap(({ key, label: title }) => {
      const values = Object.entries(counts[key] ?? {}).filter(([value, n]) => n > 0 || state.filters[key]?.includes(value));
      if (!values.length) return [];
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = title;
      fieldset.append(legend);
      for (const [value, n] of values.sort((a, b) => label(key, a[0]).localeCompare(label(key, b[0]), 'en'))) {
        const id = `facet-${key}-${value}`;
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: key, value, id, checked: state.filters[key]?.includes(value) ?? false });
        const text = Object.assign(document.createElement('label'), { htmlFor: id, textContent: `${label(key, value)} (${n})` });
        const row = document.createElement('div');
        row.append(box, text);
        fieldset.append(row);
      }
      return [fieldset];
    }),
  );
}

function renderCase(data: ResultData, query: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title ?? data.url });
  const heading = document.createElement('h3');
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'result-facts';
  facts.textContent = [label('status', data.meta.status ?? ''), data.meta.route, data.meta.updated && `updated ${data.meta.updated}`].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.innerHTML = caseExcerpt(data, data.meta.summary ?? '', query); // escaped text with <mark> around the matches
  item.append(heading, facts, excerpt);
  return item;
}

function renderEntity(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const type = data.filters.type?.[0] ?? '';
  item.append(Object.assign(document.createElement('a'), { href: data.url, textContent: data.meta.title ?? data.url }), ` — ${label('type', type)}`);
  return item;
}

let run = 0;
async function search(state: SearchState) {
  const mine = ++run;
  input.value = state.query;
  sortSelect.value = state.sort;
  const hasFilters = Object.keys(state.filters).length > 0;
  const pf = await loadPagefind();
  if (hasFilters) panel.open = true;
  if (panel.open) await ensureFilters(pf);
  if (!state.query && !hasFilters && !state.sort) {
    if (filtersLoaded) renderFacets(state, await pf.filters());
    status.textContent = '';
    caseSection.hidden = entitySection.hidden = empty.hidden = more.hidden = best.hidden = true;
    return;
  }
  status.textContent = 'Searching…';
  const query = state.query ? normalizeQuery(state.query) : null;
  // Cases and other pages are searched apart: each section's count is its own list's length.
  const searches = sectionSearches(state);
  const [cases, others, named] = await Promise.all([
    searchSection(pf, query, searches.cases),
    searches.others ? pf.search(query, searches.others) : undefined,
    // A sort the reader chose wins over putting a named entity's cases first.
    query && !state.sort ? namedEntity(pf, state.query, query) : undefined,
  ]);
  let caseResults = cases.results;
  let note = '';
  if (named) {
    // The same cases, reordered: each list is the case search narrowed by one more filter.
    const narrowed = (filter: Record<string, string>) => searchSection(pf, query, { filters: { all: [searches.cases.filters, filter] }, sort: pagefindSort('sources') });
    const [leading, naming] = await Promise.all([narrowed(named.lead), narrowed(named.filter)]);
    caseResults = namedFirst(leading.results, naming.results, cases.results);
    note = bestMatchNote(leading.results.length, naming.results.length);
  }
  const otherResults = others?.results ?? [];
  if (mine !== run) return; // a newer search has started
  renderBest(named, note);
  if (filtersLoaded) renderFacets(state, sumCounts(cases.filters, others?.filters));
  // Cases first, then other pages; result fragments load a page at a time (each is a request).
  const results = [...caseResults, ...otherResults];
  const caseCount = caseResults.length;
  const showStatus = (shown: number) => {
    status.textContent = statusText({ cases: caseCount, others: searches.others ? otherResults.length : undefined, shown, query: state.query });
  };
  caseList.replaceChildren();
  entityList.replaceChildren();
  let shown = 0;
  const showMore = async () => {
    const next = await Promise.all(results.slice(shown, shown + (shown ? NEXT_PAGE : FIRST_PAGE)).map((r) => r.data()));
    if (mine !== run) return;
    next.forEach((data, i) => {
      if (shown + i < caseCount) caseList.append(renderCase(data, query ?? ''));
      else entityList.append(renderEntity(data));
    });
    shown += next.length;
    caseSection.hidden = caseList.children.length === 0;
    entitySection.hidden = entityList.children.length === 0;
    more.hidden = shown >= results.length;
    showStatus(shown);
  };
  more.onclick = () => void showMore();
  empty.hidden = results.length > 0;
  await showMore();
}

function go(state: SearchState, push: boolean) {
  const url = `${location.pathname}${paramsFromState(state, keys)}`;
  if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  return search(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void go(readForm(), true);
});
facets.addEventListener('change', () => void go(readForm(), true));
sortSelect.addEventListener('change', () => void go(readForm(), true));
window.addEventListener('popstate', () => void search(stateFromParams(new URLSearchParams(location.search), keys)));
(form.querySelector('.search-options') as HTMLElement).hidden = false;
panel.hidden = false;
panel.addEventListener('toggle', () => {
  if (panel.open && !filtersLoaded) void search(stateFromParams(new URLSearchParams(location.search), keys));
});
void search(stateFromParams(new URLSearchParams(location.search), keys));
