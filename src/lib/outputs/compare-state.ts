/**
 * The compare page's state lives in the URL (`/compare/?cases=a,b`), never in storage: a shared
 * link, a reload and the back button all show the same cases, in the reader's order.
 */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;

/** Lower-case letters, digits and single hyphens, as every case id (content-model.md). */
const CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids from a `cases` (or `compare`) parameter: comma-separated, valid ids only, each once, at most four. */
export function parseCaseIds(value: string | null | undefined): string[] {
  const ids = (value ?? '').split(',').map((id) => id.trim()).filter((id) => CASE_ID.test(id));
  return [...new Set(ids)].slice(0, COMPARE_MAX);
}

/** The selection with one case added at the end; unchanged if it is already there or four are chosen. */
export function withCase(ids: readonly string[], id: string): string[] {
  return ids.includes(id) || ids.length >= COMPARE_MAX ? [...ids] : [...ids, id];
}

export function withoutCase(ids: readonly string[], id: string): string[] {
  return ids.filter((other) => other !== id);
}
