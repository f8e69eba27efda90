/**
 * What the index step reads from each built page to make the vocabulary pages of a search index
 * in parts (search-parts.ts): the words Pagefind indexes from it. Build-side only: the search page
 * imports search-parts.ts, and this module's HTML parser is not for the browser.
 */
import { Parser } from 'htmlparser2';

/**
 * The words Pagefind indexes from a built page, near enough: the text inside its
 * `data-pagefind-body` less what a `data-pagefind-ignore` element, a script or a style holds,
 * lower-cased, split at spaces and tags, with the punctuation at either end taken off (Pagefind
 * splits and stems such a token itself, the same way on the vocabulary page as on the case page).
 * Only indexed text counts: a word that no index holds (a source's URL, the cite box) would
 * otherwise be put on every other index's vocabulary page, so that a query for it falls back to a
 * shorter word in the index that has it but not in the others. At 10,000 generated cases such
 * words were two thirds of the vocabulary (110,000 URLs), which every part then indexed.
 */
export function pageWords(html: string): Set<string> {
  const words = new Set<string>();
  /** For each open element: whether it opened the body, an ignored element or a script or style. */
  const open: { body: boolean; skip: boolean }[] = [];
  let body = 0;
  let skip = 0;
  let text = '';
  // Text arrives in pieces (each character reference is one): a token ends at a tag or a space.
  const flush = () => {
    if (body > 0 && skip === 0) {
      for (const chunk of text.toLowerCase().split(/\s+/)) {
        const word = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
        if (word) words.add(word);
      }
    }
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        flush();
        const element = { body: 'data-pagefind-body' in attributes, skip: 'data-pagefind-ignore' in attributes || name === 'script' || name === 'style' };
        open.push(element);
        if (element.body) body++;
        if (element.skip) skip++;
      },
      ontext(piece) {
        text += piece;
      },
      onclosetag() {
        flush();
        const element = open.pop();
        if (element?.body) body--;
        if (element?.skip) skip--;
      },
    },
    { decodeEntities: true },
  );
  // Nothing before the body's own tag is indexed: the head and the site's header are not parsed.
  const marked = html.indexOf('data-pagefind-body');
  if (marked < 0) return words;
  parser.end(html.slice(Math.max(0, html.lastIndexOf('<', marked))));
  flush();
  return words;
}
