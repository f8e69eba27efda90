/**
 * A Vite transform that runs before MDX compiles a case file: it appends the
 * footnote definitions generated from the frontmatter `sources` (see lib/footnotes.ts).
 * Cheaper than a remark plugin, and it keeps Astro's fast default Markdown processor.
 */
import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { parse } from 'yaml';
import { parsePartialDate } from '../lib/dates.ts';
import { appendSourceFootnotes, type FootnoteSource } from '../lib/footnotes.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function withSourceFootnotes(code: string): string {
  const match = FRONTMATTER.exec(code);
  if (!match) return code;
  const data = parse(match[1], { version: '1.2', schema: 'core' }) as { sources?: Record<string, unknown>[] };
  const sources: FootnoteSource[] = (data?.sources ?? []).map((source) => ({
    id: String(source.id),
    title: String(source.title),
    publisher: String(source.publisher),
    date: (() => {
      const parsed = parsePartialDate(source.date);
      return parsed.ok ? parsed.value : String(source.date);
    })(),
    url: typeof source.url === 'string' ? source.url : undefined,
  }));
  return match[0] + appendSourceFootnotes(code.slice(match[0].length), sources);
}

export function sourceFootnotes(contentDir: string): AstroIntegration {
  const casesDir = join(contentDir, 'cases') + sep;
  return {
    name: 'casebook:source-footnotes',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'casebook:source-footnotes',
                enforce: 'pre',
                transform(code, id) {
                  const file = id.split('?')[0];
                  if (!file.endsWith('.mdx') || !file.startsWith(casesDir)) return;
                  return { code: withSourceFootnotes(code), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
