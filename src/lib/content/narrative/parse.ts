/**
 * A case narrative parsed once, by the MDX parser the site's own pages use (Sätteri), with GFM
 * and smart punctuation as Astro's MDX sets them: the same tree is checked (check-body.ts) and
 * rendered (render.ts), so what passes the check is exactly what is published.
 */
import { mdxToHast } from 'satteri';
import type { Root } from 'hast';

export const NARRATIVE_FEATURES = { gfm: true, smartPunctuation: true } as const;

export type NarrativeTree = Root;

export type ParsedNarrative = { ok: true; tree: NarrativeTree } | { ok: false; line: number; reason: string };

/** Parses an MDX body; a syntax error comes back with its line (1-based, within the body) and reason. */
export function parseNarrative(body: string): ParsedNarrative {
  try {
    return { ok: true, tree: mdxToHast(body, { features: NARRATIVE_FEATURES, position: true }) as unknown as NarrativeTree };
  } catch (error) {
    const message = (error as Error).message;
    const place = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
    return place ? { ok: false, line: Number(place[1]), reason: place[3] } : { ok: false, line: 1, reason: message };
  }
}
