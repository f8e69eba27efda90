/**
 * Source footnotes: a narrative cites `[^source-id]` and writes no definition; the
 * definition is generated from the case's `sources` entry before MDX compiles the file.
 */
import { formatPartialDate, type PartialDate } from './dates.ts';

export interface FootnoteSource {
  id: string;
  title: string;
  publisher: string;
  date: PartialDate;
  url?: string;
}

/** Escapes text so Markdown/MDX shows it literally (titles hold brackets, braces, asterisks). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|~]/g, (char) => `\\${char}`);
}

/** `KBS News, “Title”, 14 August 2024. [Read ↗](url) · [Source 3](#source-id)` */
export function sourceFootnoteText(source: FootnoteSource, number: number): string {
  const parts = [`${escapeMarkdown(source.publisher)}, “${escapeMarkdown(source.title)}”, ${formatPartialDate(source.date)}.`];
  if (source.url) parts.push(`[Open the source](${source.url})`);
  parts.push(`[Source ${number} in the list](#source-${source.id})`);
  return parts.join(' ');
}

const DEFINITION = /^\[\^([^\]\s]+)\]:/gm;

/** Appends a definition for every source the body does not define itself; unused ones are dropped by GFM. */
export function appendSourceFootnotes(body: string, sources: readonly FootnoteSource[]): string {
  const defined = new Set([...body.matchAll(DEFINITION)].map((match) => match[1]));
  const definitions = sources
    .map((source, index) => (defined.has(source.id) ? '' : `[^${source.id}]: ${sourceFootnoteText(source, index + 1)}`))
    .filter(Boolean);
  if (definitions.length === 0) return body;
  return `${body.replace(/\s*$/, '')}\n\n${definitions.join('\n\n')}\n`;
}
