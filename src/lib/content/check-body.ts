/**
 * Case narratives are MDX, and MDX is code: a body may hold only Markdown/GFM and
 * the site's allow-listed components. Parsed with remark-parse + remark-mdx + remark-gfm
 * (the same grammar MDX compiles), so what passes here compiles on the page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Problem } from './problems.ts';

/** Site components a narrative may use (provided by the case page; no import needed). */
export const ALLOWED_COMPONENTS = ['Unconfirmed'] as const;
/** Plain HTML elements harmless in prose. */
const ALLOWED_HTML = new Set(['abbr', 'b', 'br', 'cite', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'u']);
const ALLOWED_ATTRIBUTES = new Set(['lang', 'title', 'dir', 'translate']);

export interface BodyCheck {
  problems: Problem[];
  /** Footnote labels referenced in the body, in order of first use. */
  footnoteReferences: string[];
  /** Footnote labels the body defines itself. */
  footnoteDefinitions: string[];
}

interface Node {
  type: string;
  name?: string | null;
  label?: string;
  identifier?: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

const isOffSite = (url: string | undefined) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url ?? '');
const offSiteImage = (url: string | undefined) =>
  `image from another site (${url}): pages load nothing from other origins; put the file under public/`;

const FOOTNOTE_LABEL = /\[\^([^\]\s]+)\]/g;
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export function checkBody(body: string, file: string, startLine: number): BodyCheck {
  const problems: Problem[] = [];
  const footnoteReferences: string[] = [];
  const footnoteDefinitions: string[] = [];
  const at = (node: Node) => {
    const line = (node.position?.start.line ?? 1) + startLine - 1;
    return `body (line ${line})`;
  };
  const fail = (node: Node, message: string) => problems.push({ file, field: at(node), message });

  // GFM only parses `[^label]` as a reference when a definition exists, and case
  // bodies leave definitions to the site: give every label a placeholder first,
  // after the body, so the parser decides what really is a reference.
  const bodyLines = body.split('\n').length;
  const labels = new Set([...body.matchAll(FOOTNOTE_LABEL)].map((m) => m[1]));
  const placeholders = [...labels].map((label) => `[^${label}]: placeholder`).join('\n\n');

  let tree: Node;
  try {
    tree = parser.parse(`${body}\n\n${placeholders}\n`) as Node;
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    const line = (place.line ?? 1) + startLine - 1;
    problems.push({ file, field: `body (line ${line})`, message: `not valid MDX: ${place.reason ?? place.message}` });
    return { problems, footnoteReferences, footnoteDefinitions };
  }

  // Reference-style images take their URL from a definition anywhere in the body.
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.identifier) definitions.set(node.identifier.toLowerCase(), node.url ?? '');
    node.children?.forEach(collect);
  };
  collect(tree);

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        fail(node, 'import and export are not allowed in a case narrative');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        fail(node, 'a {…} expression is not allowed in a case narrative (write \\{ for a literal brace)');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const allowed = (ALLOWED_COMPONENTS as readonly string[]).includes(name) || ALLOWED_HTML.has(name);
        if (!allowed) {
          fail(node, `<${name || '>'}> is not allowed: a narrative may use ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(', ')} and plain inline HTML (${[...ALLOWED_HTML].join(', ')})`);
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !ALLOWED_ATTRIBUTES.has(attribute.name ?? '')) {
            fail(node, `attribute ${attribute.name ?? '{…}'} on <${name}> is not allowed (allowed: ${[...ALLOWED_ATTRIBUTES].join(', ')})`);
          } else if (typeof attribute.value === 'object' && attribute.value !== null) {
            fail(node, `attribute ${attribute.name} on <${name}> has a {…} expression value: only plain text values are allowed`);
          }
        }
        break;
      }
      case 'footnoteReference':
        if (node.label && !footnoteReferences.includes(node.label)) footnoteReferences.push(node.label);
        break;
      case 'footnoteDefinition':
        if (node.label && (node.position?.start.line ?? 0) <= bodyLines) footnoteDefinitions.push(node.label);
        break;
      case 'image':
        if (isOffSite(node.url)) fail(node, offSiteImage(node.url));
        break;
      case 'imageReference': {
        const url = definitions.get((node.identifier ?? '').toLowerCase());
        if (isOffSite(url)) fail(node, offSiteImage(url));
        break;
      }
      case 'link':
      case 'definition':
        if (/^\s*(javascript|data|vbscript):/i.test(node.url ?? '')) fail(node, `link scheme not allowed: ${node.url}`);
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { problems, footnoteReferences, footnoteDefinitions };
}
