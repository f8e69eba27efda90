/**
 * Gives every narrative heading and paragraph a stable anchor a report can link to, and nests
 * the narrative's headings one level under the page section that holds it: `<heading-id>-p<n>`
 * (the n-th paragraph under that heading), plus a visible link to it. Numbering restarts under
 * each heading, so an edit elsewhere in the narrative moves no anchor. Heading ids are GitHub's
 * slugs of the heading text, as Astro gives Markdown headings.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

const HEADING = /^h[1-6]$/;

function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: '¶' }],
  };
}

export interface NarrativeHeading {
  /** Depth as written in the narrative (`##` is 2); the page shows it one level lower. */
  depth: number;
  slug: string;
  text: string;
}

/** Adds ids and ¶ links to the top-level headings and paragraphs, in place; returns the headings. */
export function addNarrativeAnchors(tree: Root, prefix = 'narrative'): NarrativeHeading[] {
  const slugger = new GithubSlugger();
  const headings: NarrativeHeading[] = [];
  let section = prefix;
  let count = 0;
  const used = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    if (node.properties?.dataFootnotes !== undefined) continue; // footnotes keep GFM's own ids
    if (HEADING.test(node.tagName)) {
      const depth = Number(node.tagName[1]);
      const text = toString(node);
      const id = String(node.properties.id ?? slugger.slug(text));
      headings.push({ depth, slug: id, text });
      // The narrative sits under the page's own h2 ("The case in detail"): its ## headings become h3.
      node.tagName = `h${Math.min(6, depth + 1)}`;
      node.properties.id = id;
      section = id;
      count = 0;
      node.children.push(anchorLink(id, 'Link to this section'));
    } else if (node.tagName === 'p') {
      count += 1;
      let id = `${section}-p${count}`;
      while (used.has(id)) id = `${id}-x`;
      used.add(id);
      node.properties.id = id;
      node.children.push({ type: 'text', value: ' ' }, anchorLink(id, `Link to paragraph ${count} of this section`));
    }
    // Paragraphs nested in lists, quotes and footnotes are part of their block; they keep no anchor of their own.
  }
  return headings;
}
