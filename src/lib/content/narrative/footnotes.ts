/**
 * Source citations in a narrative. Authors write a GFM footnote whose label is a source id,
 * `[^kbs-2024-08-14]`, and no definition. GFM leaves such a reference as text; the renderer
 * turns each into a numbered link, `[5]`, to entry 5 of the page's source list, titled from the
 * `sources` entry. One numbering serves the narrative, timeline, positions and penalties alike;
 * GFM's own numbering (by first use) would give the same source a second number. Footnotes the
 * author defines stay ordinary GFM footnotes.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { formatPartialDate, type PartialDate } from '../../model/dates.ts';

export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  date: PartialDate;
}

/** A reference left to the site: `[^label]` as text (a defined footnote is parsed, not text). */
export const SOURCE_REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
/** The same in the source, with the backslashes before it: an odd number escapes the bracket. */
const WRITTEN_REFERENCE = /(\\*)\[\^([^\]\s]+)\](?!:)/g;

/**
 * The references in one text node of the tree: each `[^label]` of its text, less those the author
 * escaped (`\\[^label]` reads as text too, so the node's stretch of source tells them apart).
 */
export function textReferences(node: Text, source?: string): { label: string; index: number; length: number }[] {
  const inText = [...node.value.matchAll(SOURCE_REFERENCE)];
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const written = source !== undefined && start !== undefined && end !== undefined ? [...source.slice(start, end).matchAll(WRITTEN_REFERENCE)] : [];
  // The k-th reference of the text is the k-th as written; were they to differ, take the text as it reads.
  const escaped = (k: number) => written.length === inText.length && written[k][1].length % 2 === 1;
  return inText.flatMap((match, k) => (escaped(k) ? [] : [{ label: match[1], index: match.index, length: match[0].length }]));
}
const FOOTNOTE_ID = 'user-content-fn-';

/** The hover text of a citation: `KBS News, 14 August 2024: Title`. */
export function citationTitle(source: CitedSource): string {
  return `${source.publisher}, ${formatPartialDate(source.date)}: ${source.title}`;
}

/**
 * GFM's bare-URL rule runs a URL on into a reference written right after it
 * (`…/2024-17.[^sda-2024]` links `…/2024-17.[^sda-2024` and leaves `]`): the label, if a link's
 * text ends in `[^label` and the next text starts with `]`.
 */
export function swallowedReference(link: ElementContent, next: ElementContent | undefined): string | undefined {
  if (link.type !== 'element' || link.tagName !== 'a' || next?.type !== 'text' || !next.value.startsWith(']')) return undefined;
  const text = link.children.length === 1 && link.children[0].type === 'text' ? link.children[0].value : '';
  return /\[\^([^\]\s]+)$/.exec(text)?.[1];
}

/** Labels of the footnotes the body defines itself: the items of GFM's footnote section. */
export function definedFootnotes(tree: Root): string[] {
  const labels: string[] = [];
  const visit = (node: Root | ElementContent) => {
    if (node.type === 'element' && node.tagName === 'li' && String(node.properties.id ?? '').startsWith(FOOTNOTE_ID)) {
      labels.push(String(node.properties.id).slice(FOOTNOTE_ID.length));
    }
    if ('children' in node) for (const child of node.children) visit(child as ElementContent);
  };
  visit(tree);
  return labels;
}

/** Replaces each source reference in the tree's prose with its numbered link (code is left as written). */
export function linkSourceCitations(tree: Root, sources: readonly CitedSource[], source?: string): void {
  const numbers = new Map(sources.map((source, index) => [source.id, { number: index + 1, source }]));
  const link = (label: string): Element | undefined => {
    const cited = numbers.get(label);
    return cited && {
      type: 'element',
      tagName: 'a',
      properties: { href: `#source-${label}`, title: citationTitle(cited.source) },
      children: [{ type: 'text', value: `[${cited.number}]` }],
    };
  };
  const visit = (parent: { children: ElementContent[] } | Root) => {
    const children = parent.children as ElementContent[];
    // A bare URL that swallowed a reference gives it back: the link ends before `[^`, the reference is cited.
    for (let i = 0; i < children.length - 1; i++) {
      const label = swallowedReference(children[i], children[i + 1]);
      if (!label || !numbers.has(label)) continue;
      const anchor = children[i] as Element;
      const text = anchor.children[0] as Text;
      const tail = `%5B%5E${encodeURI(label)}`;
      // What GFM leaves out of a bare URL when it ends there: trailing punctuation.
      const url = text.value.slice(0, -`[^${label}`.length);
      const punctuation = /[?!.,:*_~]*$/.exec(url)![0];
      text.value = url.slice(0, url.length - punctuation.length);
      const href = String(anchor.properties.href);
      if (href.endsWith(tail)) anchor.properties.href = href.slice(0, -tail.length - punctuation.length);
      (children[i + 1] as Text).value = `${punctuation}[^${label}${(children[i + 1] as Text).value}`;
    }
    parent.children = children.flatMap((node): ElementContent[] => {
      if (node.type === 'element') {
        if (node.tagName !== 'code' && node.tagName !== 'pre') visit(node);
        return [node];
      }
      if (node.type !== 'text' || !node.value.includes('[^')) return [node];
      const parts: ElementContent[] = [];
      let last = 0;
      for (const { label, index, length } of textReferences(node, source)) {
        const anchor = link(label);
        if (!anchor) continue;
        if (index > last) parts.push({ type: 'text', value: node.value.slice(last, index) } satisfies Text);
        parts.push(anchor);
        last = index + length;
      }
      if (last === 0) return [node];
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      return parts;
    });
  };
  visit(tree);
}
