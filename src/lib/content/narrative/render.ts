/**
 * Renders a checked narrative tree (check-body.ts) to the HTML the case page shows: source
 * citations as numbered links, `<Unconfirmed>` as its labelled span, inline HTML as written,
 * stable anchors on headings and paragraphs. No module per case, no code run: the body is data.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { addNarrativeAnchors, type NarrativeHeading } from './anchors.ts';
import { linkSourceCitations, type CitedSource } from './footnotes.ts';
import type { NarrativeTree } from './parse.ts';

export interface RenderedNarrative {
  html: string;
  headings: NarrativeHeading[];
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
}

/** `<Unconfirmed>` as the site's component renders it: a span that says so before its text. */
function unconfirmed(children: ElementContent[]): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['unconfirmed'] },
    children: [
      { type: 'element', tagName: 'span', properties: { className: ['unconfirmed-label'] }, children: [{ type: 'text', value: 'Unconfirmed:' }] },
      { type: 'text', value: ' ' },
      ...children,
    ],
  };
}

/** JSX nodes (the allow-listed component and inline HTML, checked already) become plain elements. */
function plainElements(parent: Root | Element): void {
  parent.children = parent.children.map((node) => {
    const jsx = node as unknown as JsxNode;
    if (jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') {
      const element: Element =
        jsx.name === 'Unconfirmed'
          ? unconfirmed(jsx.children)
          : {
              type: 'element',
              tagName: jsx.name ?? 'span',
              properties: Object.fromEntries(jsx.attributes.map((a) => [a.name!, a.value === null || a.value === undefined ? '' : String(a.value)])),
              children: jsx.children,
            };
      plainElements(element);
      return element;
    }
    if (node.type === 'element') plainElements(node);
    return node;
  }) as Root['children'];
}

/** Renders the tree of `source` in place and returns its HTML and headings. */
export function renderNarrative(tree: NarrativeTree, source: string, sources: readonly CitedSource[]): RenderedNarrative {
  plainElements(tree);
  linkSourceCitations(tree, sources, source);
  const headings = addNarrativeAnchors(tree);
  return { html: toHtml(tree), headings };
}
