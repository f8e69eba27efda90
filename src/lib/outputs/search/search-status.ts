/**
 * What the search page tells the reader about its results, in words. Counts are those of the lists
 * on the page (one search per section, search-state.ts), so the line always says what is listed,
 * and how much of it is shown yet.
 */

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface StatusCounts {
  /** Cases found (all of them listed once every page of results is shown). */
  cases: number;
  /** Other pages found; undefined when the search lists none (a sort without a query). */
  others?: number;
  /** Results on the page so far. */
  shown: number;
  query: string;
}

/** "7 cases and 60 other pages found for “PIPC”; 10 of 67 shown." */
export function statusText({ cases, others, shown, query }: StatusCounts): string {
  const total = cases + (others ?? 0);
  const forQuery = query ? ` for “${query}”` : '';
  if (total === 0) return `No results${forQuery}.`;
  const found = others === undefined
    ? `${count(cases, 'case', 'cases')} found${forQuery}`
    : `${count(cases, 'case', 'cases')} and ${count(others, 'other page', 'other pages')} found${forQuery}`;
  return shown < total ? `${found}; ${shown} of ${total} shown.` : `${found}.`;
}

/**
 * How a named firm's or regulator's cases are ordered, after "Best match: …": those in which it
 * leads (`leading`), then the others that name it (`naming` counts both), most sources first.
 */
export function bestMatchNote(leading: number, naming: number): string {
  const others = naming - leading;
  const order = (n: number) => (n > 1 ? ', those with the most sources first' : '');
  if (leading > 0) {
    const first = leading === 1 ? 'The case in which it plays a leading role is' : `The ${leading} cases in which it plays a leading role are`;
    const then = others > 0 ? `; then ${others === 1 ? 'the case that only names it' : `the ${others} cases that only name it`}` : '';
    return `${first} listed first${order(leading)}${then}.`;
  }
  if (others > 0) return `${others === 1 ? 'The case that names it is' : `The ${others} cases that name it are`} listed first${order(others)}.`;
  return '';
}
