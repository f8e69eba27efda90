/**
 * Gives every narrative paragraph a stable anchor a report can link to, and nests the
 * narrative's headings one level under the page section that holds it:
 * `<heading-id>-p<n>` (the n-th paragraph under that heading), plus a visible
 * link to it. Numbering restarts under each heading, so an edit elsewhere in the
 * narrative moves no anchor.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root, RootContent } from 'hast';

const HEADING = /^h[2-6]$/;

function anchorLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
    children: [{ type: 'text', value: '¶' }],
  };
}

/** Adds ids and ¶ links to paragraphs and headings of rendered narrative HTML. */
export function addNarrativeAnchors(html: string, prefix = 'narrative'): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  let section = prefix;
  let count = 0;
  const used = new Set<string>();
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.properties?.dataFootnotes !== undefined) continue; // footnotes keep GFM's own ids
      if (HEADING.test(node.tagName)) {
        // The narrative sits under the page's own h2 ("The case in detail"): its ## headings become h3.
        node.tagName = `h${Math.min(6, Number(node.tagName[1]) + 1)}`;
        const id = String(node.properties.id ?? `${prefix}-section`);
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
      } else if (['ul', 'ol', 'blockquote', 'div', 'section'].includes(node.tagName)) {
        // Paragraphs nested in lists or quotes are part of their block; leave them be.
        continue;
      }
    }
  };
  visit(tree.children);
  return toHtml(tree);
}
