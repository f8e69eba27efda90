/**
 * The search index in parts. Pagefind holds a whole index in memory while it writes it (about
 * 350 KB a page: 5.5 GB for a 10,000-case site), so past `partCases` cases the index step writes
 * the case pages as several indexes, each in its own Pagefind process, and the search page merges
 * them in the browser (Pagefind's `mergeIndex`). Up to `partCases` cases it is one index, as before.
 *
 * Pagefind merges relevance-ranked results across indexes itself, but not sorted ones: in a sorted
 * search a result's score is its position in its own index's sort order, so the indexes
 * interleave. The index step therefore also writes, for each sort key, the values each part holds
 * in its order (`sortRuns`), and the page merges sorted results with them (`mergeSorted`).
 *
 * Nor does Pagefind search the parts as one for a word some part lacks: where no word of an index
 * starts with a query's word, that index matches the longest indexed word the query's word starts
 * with instead ("alipay" → "ali", "a"), so a part without the word would return cases that do not
 * contain it. Each index (the parts and the primary) therefore also holds one hidden page of the
 * words other indexes' pages hold and it lacks (`lackingWords`, `vocabularyPage`): a word is then in
 * every index or in none, as in one index.
 */

/** Where the merged parts live, under the primary bundle (`pagefind/`). */
export const PARTS_DIR = 'parts';
/** A part's bundle, relative to the primary bundle (`parts/1/`). */
export const partBundle = (part: number) => `${PARTS_DIR}/${part}/`;
/** The file of one sort key's values in every part (`parts/sort-updated.json`). */
export const sortTableFile = (key: string) => `${PARTS_DIR}/sort-${key}.json`;
/** The filter Pagefind gives every result of a merged part (`mergeFilter`), so a search can ask one part alone. */
export const PART_FILTER = 'part';

/**
 * How many merged parts the case pages of a Casebook of `cases` cases are indexed in: none up to
 * `partCases` (one index for every page), else enough for at most `partCases` each. The search
 * page declares it (its config's `parts`) and the index step reads it there.
 */
export function partCount(cases: number, partCases: number): number {
  if (!Number.isInteger(partCases) || partCases < 1) throw new Error(`search part size must be a positive whole number, not ${partCases}`);
  return cases > partCases ? Math.ceil(cases / partCases) : 0;
}

/** Items in `parts` consecutive parts, in the order given, as evenly as that allows. */
export function splitIntoParts<T>(items: readonly T[], parts: number): T[][] {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/** A run of equal sort keys in one part's sort order: the key and how many pages share it. */
export type SortRun = [key: string | number, count: number];
export interface SortTable {
  /** Each part's runs, in ascending order, part 1 first. */
  parts: SortRun[][];
}

/**
 * Whether Pagefind sorts a key's values as numbers: only when every value reads as one (its
 * `parse_int_sort` / `parse_float_sort`), and then as 32-bit floats, so two amounts that one f32
 * cannot tell apart tie there and must tie here.
 */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
export const sortsAsNumbers = (values: readonly string[]) => values.every((v) => NUMBER.test(v));

/** One part's values of one sort key as Pagefind orders them (ascending), run-length encoded. */
export function sortRuns(values: readonly string[], asNumbers: boolean): SortRun[] {
  const keys: (string | number)[] = asNumbers ? values.map((v) => Math.fround(Number(v))) : [...values];
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const runs: SortRun[] = [];
  for (const key of keys) {
    const last = runs.at(-1);
    if (last && last[0] === key) last[1] += 1;
    else runs.push([key, 1]);
  }
  return runs;
}

/** The key at a position of a part's sort order. */
export function keyAt(runs: readonly SortRun[], position: number): string | number {
  let end = 0;
  for (const [key, count] of runs) {
    end += count;
    if (position < end) return key;
  }
  throw new Error(`sort position ${position} is past the part's ${end} pages`);
}

/**
 * Sorted results of each part, as one list in the order a single index would give (ties aside:
 * equal keys keep part order, then each part's own). In Pagefind's sorted search a result's
 * score is its position in its part's ascending order, negated for `asc`.
 */
export function mergeSorted<R extends { score: number }>(lists: readonly (readonly R[])[], table: SortTable, direction: 'asc' | 'desc'): R[] {
  const sign = direction === 'desc' ? -1 : 1;
  const entries = lists.flatMap((results, part) =>
    results.map((result) => {
      const position = direction === 'desc' ? result.score : -result.score;
      return { result, part, position, key: keyAt(table.parts[part] ?? [], position) };
    }),
  );
  entries.sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : a.part - b.part || sign * (a.position - b.position)));
  return entries.map((e) => e.result);
}

/** The filter of a part's vocabulary page, which no search lists (search-state.ts). */
export const VOCABULARY_FILTER = 'vocabulary';

/**
 * The words an index lacks that another index holds: those of `words` that none of its `pages`
 * gives (each page's words are numbers into `words`). Every index of the site needs them, the
 * primary too: it holds no case page, so without them a query for a word only case pages have
 * ("regulatory") fell back in it to a shorter word ("regulator") and listed pages without the word.
 */
export function lackingWords(words: readonly string[], pages: Iterable<{ words: Uint32Array }>): string[] {
  const held = new Uint8Array(words.length);
  for (const page of pages) for (const id of page.words) held[id] = 1;
  return words.filter((_, id) => held[id] === 0);
}

/** An index's hidden page of the words it lacks (sorted, so the same words give the same page). */
export function vocabularyPage(words: Iterable<string>): string {
  const text = [...words].sort().join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="en"><head><title>Vocabulary</title></head><body><main data-pagefind-body><span data-pagefind-filter="${VOCABULARY_FILTER}:all" hidden></span><p>${text}</p></main></body></html>`;
}
