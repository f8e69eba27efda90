/**
 * Source citations in a narrative. Authors write a GFM footnote whose label is a
 * source id, `[^kbs-2024-08-14]`, and no definition. Before MDX compiles the file,
 * each such reference becomes a numbered link, `[5]`, to entry 5 of the page's
 * source list, whose text is made from the `sources` entry. One numbering serves the
 * narrative, timeline, positions and penalties alike; GFM's own numbering (by first
 * use) would give the same source a second number. Footnotes the author defines
 * stay ordinary GFM footnotes.
 */
import { formatPartialDate, type PartialDate } from '../../model/dates.ts';

export interface CitedSource {
  id: string;
  title: string;
  publisher: string;
  date: PartialDate;
}

/** Escapes text so Markdown/MDX shows it literally (titles hold brackets, braces, asterisks). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (char) => `\\${char}`);
}

/** The hover text of a citation: `KBS News, 14 August 2024: Title`. */
export function citationTitle(source: CitedSource): string {
  return `${source.publisher}, ${formatPartialDate(source.date)}: ${source.title}`.replace(/["\\]/g, (c) => `\\${c}`);
}

const REFERENCE = /\[\^([^\]\s]+)\](?!:)/g;
const DEFINITION = /^\[\^([^\]\s]+)\]:/gm;

/** Rewrites `[^source-id]` references into numbered links to the source list (`#source-<id>`). */
export function linkSourceCitations(body: string, sources: readonly CitedSource[]): string {
  const defined = new Set([...body.matchAll(DEFINITION)].map((match) => match[1]));
  const numbers = new Map(sources.map((source, index) => [source.id, { number: index + 1, source }]));
  return body.replace(REFERENCE, (whole, label: string) => {
    const cited = numbers.get(label);
    if (!cited || defined.has(label)) return whole;
    return `[\\[${cited.number}\\]](#source-${label} "${citationTitle(cited.source)}")`;
  });
}
