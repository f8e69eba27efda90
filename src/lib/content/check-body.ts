/**
 * Case narratives are MDX, and MDX is code: a body may hold only Markdown/GFM and the site's
 * allow-listed components. The body is parsed once (narrative/parse.ts, the MDX parser the site
 * renders with) and this walks that tree, so what passes here is exactly what is rendered.
 */
import type { Problem } from './problems.ts';
import { parseNarrative, type NarrativeTree } from './narrative/parse.ts';
import { definedFootnotes, swallowedReference, textReferences } from './narrative/footnotes.ts';

/** Site components a narrative may use (provided by the case page; no import needed). */
export const ALLOWED_COMPONENTS = ['Unconfirmed'] as const;
/** Plain HTML elements harmless in prose. */
const ALLOWED_HTML = new Set(['abbr', 'b', 'br', 'cite', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'title', 'dir', 'translate']);

export interface BodyCheck {
  problems: Problem[];
  /** Labels of `[^label]` references the body leaves to the site (no definition of its own), in order of first use. */
  footnoteReferences: string[];
  /** Footnote labels the body defines itself. */
  footnoteDefinitions: string[];
  /** The parsed body, when it parsed: the tree render.ts publishes. */
  tree?: NarrativeTree;
}

interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const isOffSite = (url: string) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
const offSiteImage = (url: string) =>
  `image from another site (${url}): pages load nothing from other origins; put the file under public/`;
/** Text inside these is code, not prose: `[^label]` there is literal. */
const CODE = new Set(['code', 'pre']);

export function checkBody(body: string, file: string, startLine: number): BodyCheck {
  const problems: Problem[] = [];
  const footnoteReferences: string[] = [];
  const parsed = parseNarrative(body);
  if (!parsed.ok) {
    problems.push({ file, field: `body (line ${parsed.line + startLine - 1})`, message: `not valid MDX: ${parsed.reason}` });
    return { problems, footnoteReferences, footnoteDefinitions: [] };
  }
  const footnoteDefinitions = definedFootnotes(parsed.tree);
  let line = 1;
  const fail = (message: string) => problems.push({ file, field: `body (line ${line + startLine - 1})`, message });

  const visit = (node: Node, inCode: boolean) => {
    if (node.position) line = node.position.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        fail('import and export are not allowed in a case narrative');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        fail('a {…} expression is not allowed in a case narrative (write \\{ for a literal brace)');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = (ALLOWED_COMPONENTS as readonly string[]).includes(name) || ALLOWED_HTML.has(name);
        if (!allowed) {
          fail(`<${name || '>'}> is not allowed: a narrative may use ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(', ')} and plain inline HTML (${[...ALLOWED_HTML].join(', ')})`);
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !ALLOWED_ATTRIBUTES.has(attribute.name ?? '')) {
            fail(`attribute ${attribute.name ?? '{…}'} on <${name}> is not allowed (allowed: ${[...ALLOWED_ATTRIBUTES].join(', ')})`);
          } else if (typeof attribute.value === 'object' && attribute.value !== null) {
            fail(`attribute ${attribute.name} on <${name}> has a {…} expression value: only plain text values are allowed`);
          }
        }
        break;
      }
      case 'element': {
        const { tagName, properties = {} } = node;
        if (tagName === 'img' && isOffSite(String(properties.src ?? ''))) fail(offSiteImage(String(properties.src)));
        if (tagName === 'a' && /^\s*(javascript|data|vbscript):/i.test(String(properties.href ?? ''))) fail(`link scheme not allowed: ${String(properties.href)}`);
        inCode ||= CODE.has(tagName ?? '');
        break;
      }
      case 'text':
        if (!inCode) {
          for (const { label } of textReferences(node as never, body)) if (!footnoteReferences.includes(label)) footnoteReferences.push(label);
        }
        break;
    }
    const children = node.children ?? [];
    children.forEach((child, i) => {
      const label = swallowedReference(child as never, children[i + 1] as never);
      if (label && !footnoteReferences.includes(label)) footnoteReferences.push(label);
      visit(child, inCode);
    });
  };
  visit(parsed.tree as unknown as Node, false);
  return { problems, footnoteReferences, footnoteDefinitions, tree: parsed.tree };
}
