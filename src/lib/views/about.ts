/**
 * What the about page says about contributing, which depends on what the build was given:
 * with a forge configured (CASEBOOK_EDIT_URL) readers are sent there; without one the page
 * describes the case file itself and promises no channel the project does not have.
 */
import type { Urls } from '../model/urls.ts';
import { caseFilePath } from './edit-link.ts';

export function aboutContributing(editBase: string | undefined, urls: Urls) {
  return {
    /** Case pages carry "Suggest a correction" links to the forge. */
    forge: Boolean(editBase),
    caseFile: caseFilePath('<case-id>'),
    /** The JSON Schema of a case file's frontmatter, published with the site. */
    caseSchemaHref: urls.asset('schemas/case.json'),
    feedHref: urls.asset('feed.xml'),
  };
}
export type AboutContributing = ReturnType<typeof aboutContributing>;
