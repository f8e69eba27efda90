/**
 * A case result's excerpt: the sentence of the case's summary or narrative that best matches the
 * query, its matched words in <mark>. Pagefind's own excerpt is the densest window of matches
 * anywhere on the page, which on a case page is often the parties list or the key facts: names and
 * role words, not prose. When no sentence of the summary or narrative matches (the query matched a
 * name in a list, an id or a table), the summary stands in, its words that begin with a query word
 * marked.
 */
import { CASE_SECTIONS } from '../../model/anchors.ts';

/** What Pagefind returns for a result: its text (words split on whitespace), the matched words' indexes, its ids. */
export interface PageText {
  content: string;
  locations: readonly number[];
  anchors: readonly { element: string; id: string; location: number; text?: string }[];
}

/** The parts of a case page whose text reads as sentences: the summary (CaseHeader) and the narrative section. */
export const PROSE_ANCHORS = ['summary', 'narrative'] as const;
/** Where a part ends: at the next section of the page. */
const SECTION_IDS = new Set<string>(CASE_SECTIONS.map((s) => s.id));
const HEADING = /^h[1-6]$/;
/** Longest excerpt, in words; a longer sentence is cut around its first match. */
export const EXCERPT_WORDS = 40;
/** Words shown before the first match when a sentence is cut. */
const LEAD_IN = 8;

interface Word {
  text: string;
  matched: boolean;
}

/** Footnote marks (`consent.[8][3]`) are references, not words. */
const unmarked = (word: string) => word.replace(/\[\d+\]/g, '');

/** Splits words into sentences by Unicode's sentence rules (Intl.Segmenter): "54.2" or "Corp. said" end none. */
function sentences(words: readonly Word[]): Word[][] {
  const kept = words.filter((w) => w.text !== '');
  const starts: number[] = [];
  let offset = 0;
  for (const word of kept) {
    starts.push(offset);
    offset += word.text.length + 1;
  }
  const text = kept.map((w) => w.text).join(' ');
  const result: Word[][] = [];
  let next = 0;
  for (const { index, segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    const end = index + segment.length;
    const sentence: Word[] = [];
    while (next < kept.length && starts[next] < end) sentence.push(kept[next++]);
    if (sentence.length) result.push(sentence);
  }
  return result;
}

/** The words of the prose parts of a page, one list per paragraph or block (headings left out). */
function proseBlocks(page: PageText): Word[][] {
  const words = page.content.split(/\s+/);
  const matched = new Set(page.locations);
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const blocks: Word[][] = [];
  for (const start of anchors.filter((a) => (PROSE_ANCHORS as readonly string[]).includes(a.id))) {
    const end = anchors.find((a) => a.location > start.location && SECTION_IDS.has(a.id))?.location ?? words.length;
    const inside = anchors.filter((a) => a.location >= start.location && a.location < end);
    // Every anchor inside the part (a heading, a paragraph) starts a block; a heading's own words are no prose.
    inside.forEach((anchor, i) => {
      const blockEnd = inside[i + 1]?.location ?? end;
      const from = HEADING.test(anchor.element) ? anchor.location + (anchor.text ?? '').split(/\s+/).filter(Boolean).length : anchor.location;
      const block: Word[] = [];
      for (let at = from; at < blockEnd; at++) block.push({ text: unmarked(words[at] ?? ''), matched: matched.has(at) });
      if (block.length) blocks.push(block);
    });
  }
  return blocks;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One sentence as HTML, cut to EXCERPT_WORDS around its first match, with "…" where cut. */
function render(sentence: readonly Word[]): string {
  const first = Math.max(0, sentence.findIndex((w) => w.matched));
  const from = sentence.length <= EXCERPT_WORDS ? 0 : Math.max(0, Math.min(first - LEAD_IN, sentence.length - EXCERPT_WORDS));
  const shown = sentence.slice(from, from + EXCERPT_WORDS);
  const html = shown.map((w) => (w.matched ? `<mark>${escapeHtml(w.text)}</mark>` : escapeHtml(w.text))).join(' ');
  return `${from > 0 ? '… ' : ''}${html}${from + shown.length < sentence.length ? ' …' : ''}`;
}

/** The sentence with the most matched words (the first of equals), or undefined when none matches. */
function bestSentence(blocks: readonly Word[][]): Word[] | undefined {
  let best: Word[] | undefined;
  let bestCount = 0;
  for (const sentence of blocks.flatMap(sentences)) {
    const count = sentence.filter((w) => w.matched).length;
    if (count > bestCount) [best, bestCount] = [sentence, count];
  }
  return best;
}

/** Lower case, NFKC, letters and digits only: how a summary word is compared with a query word. */
const fold = (word: string) => word.normalize('NFKC').toLocaleLowerCase('en').replace(/[^\p{L}\p{N}]+/gu, '');

/** The summary's words, those that begin with a query word marked (Pagefind matches words by prefix). */
function summaryWords(summary: string, query: string): Word[] {
  const terms = query.split(/\s+/).map(fold).filter(Boolean);
  return summary.split(/\s+/).filter(Boolean).map((text) => ({ text, matched: terms.some((t) => fold(text).startsWith(t)) }));
}

/**
 * The excerpt of a case result, as HTML: the best-matching sentence of its summary or narrative;
 * else the summary's best-matching sentence (by the query's words); else its first sentence.
 */
export function caseExcerpt(page: PageText, summary: string, query: string): string {
  const fromProse = bestSentence(proseBlocks(page));
  if (fromProse) return render(fromProse);
  const words = summaryWords(summary, query);
  return render(bestSentence([words]) ?? sentences(words)[0] ?? []);
}
