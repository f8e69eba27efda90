/**
 * "Suggest a correction": a case's file on the project's forge, made like Starlight's
 * `editLink` (a configured base plus the file's path in the repository). No base, no link.
 */

/** Where a case's file sits in the repository. */
export const caseFilePath = (id: string) => `content/cases/${id}.mdx`;

/**
 * `<base>content/cases/<id>.mdx`, e.g. https://github.com/org/casebook/edit/main/content/cases/x.mdx;
 * undefined when no base is configured. A base that is not an http(s) URL stops the build
 * rather than shipping a broken link on every case page.
 */
export function caseEditUrl(base: string | undefined, id: string): string | undefined {
  if (!base) return undefined;
  let root: URL;
  try {
    root = new URL(base.endsWith('/') ? base : `${base}/`);
  } catch {
    throw new Error(`CASEBOOK_EDIT_URL: expected an http(s) URL like https://github.com/org/casebook/edit/main/, got "${base}"`);
  }
  if (root.protocol !== 'http:' && root.protocol !== 'https:') {
    throw new Error(`CASEBOOK_EDIT_URL: expected an http(s) URL like https://github.com/org/casebook/edit/main/, got "${base}"`);
  }
  return new URL(caseFilePath(id), root).href;
}
