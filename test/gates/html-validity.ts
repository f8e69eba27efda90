/**
 * Validates built pages with html-validate and the committed rule set, `.htmlvalidate.json`:
 * `html-validate:recommended` (valid, well-formed, accessible HTML) plus `html-validate:document`
 * (full documents: doctype, heading order, labelled inputs, references that exist).
 *
 * Exceptions, and why (JSON has no comments, so they are listed here):
 * - `long-title` off: it is an SEO heuristic (70 characters), not validity. A case page's title is
 *   the case's headline plus the site name, and journalists cite that title as it stands.
 * - `no-trailing-whitespace` off: it keeps hand-written source diffs clean, and this is generated
 *   output; inside `<pre>` it is content (a RIS record ends `ER  - `, with the space the format requires).
 * - `no-inline-style` allows only the typographic properties citeproc-js writes as inline styles in
 *   formatted citations (`<span style="font-variant:small-caps;">` in Bluebook) and html-validate's
 *   default `display`; the CSP's style-src 'unsafe-inline' exists for the same reason. Any other
 *   inline style (layout, colour) belongs in the stylesheet and still fails.
 * - `require-sri` only for cross-origin resources (`target: crossorigin`): same-origin assets are
 *   content-hashed by the build, so an integrity hash on them would add bytes and guard nothing; any
 *   third-party resource (which the CSP forbids anyway) still needs one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { ROOT } from '../support/build-site.ts';
import type { SiteFiles } from './site-files.ts';

export interface HtmlProblem {
  file: string;
  rule: string;
  message: string;
  /** Where in the page: html-validate's CSS selector of the element. */
  selector: string | null;
}

export const RULE_SET_FILE = join(ROOT, '.htmlvalidate.json');

export class HtmlValidity {
  readonly #validator: HtmlValidate;

  constructor(ruleSetFile = RULE_SET_FILE) {
    const config = JSON.parse(readFileSync(ruleSetFile, 'utf8')) as ConfigData;
    this.#validator = new HtmlValidate(new StaticConfigLoader(config));
  }

  /** Every error and warning in the given pages (default: all of the site's pages). */
  async check(site: SiteFiles, files = site.htmlFiles): Promise<HtmlProblem[]> {
    const problems: HtmlProblem[] = [];
    for (const file of files) {
      const report = await this.#validator.validateString(site.text(file), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push({ file, rule: message.ruleId, message: message.message, selector: message.selector });
        }
      }
    }
    return problems;
  }
}
