/**
 * A Vite transform that runs before MDX compiles a case file: it turns source-id
 * footnote references into numbered links to the page's source list (lib/footnotes.ts).
 * Cheaper than a remark plugin, and it keeps Astro's fast default Markdown processor.
 */
import type { AstroIntegration } from 'astro';
import { join, sep } from 'node:path';
import { parsePartialDate } from '../lib/model/dates.ts';
import { linkSourceCitations, type CitedSource } from '../lib/content/narrative/footnotes.ts';
import { FRONTMATTER, parseYaml } from '../lib/content/load-content.ts';


export function withSourceFootnotes(code: string): string {
  const match = FRONTMATTER.exec(code);
  if (!match) return code;
  // The validator has parsed this frontmatter already (same text, same parser): no second parse.
  const data = parseYaml(match[1], '').data as { sources?: Record<string, unknown>[] } | undefined;
  const sources: CitedSource[] = (data?.sources ?? []).map((source) => ({
    id: String(source.id),
    title: String(source.title),
    publisher: String(source.publisher),
    date: (() => {
      const parsed = parsePartialDate(source.date);
      return parsed.ok ? parsed.value : String(source.date);
    })(),
  }));
  return match[0] + linkSourceCitations(code.slice(match[0].length), sources);
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
