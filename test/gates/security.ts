/**
 * Security headers as far as a static site can carry them: every page's Content-Security-Policy
 * <meta> forbids inline script and every other origin; no page runs inline code (only JSON data
 * blocks, no on* handlers); no `javascript:` URL anywhere in pages, SVG, feeds, JSON or CSV.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { attribute, elements, type SiteFiles } from './site-files.ts';

export interface SecurityProblem {
  file: string;
  problem: string;
}

/** Inline <script> types that browsers never execute: data for the page's own scripts and for crawlers. */
export const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

/**
 * Sources each directive may list. Keywords and schemes only: a host, `https:` or `*` would let
 * another origin in. 'wasm-unsafe-eval' is Pagefind's WebAssembly; style-src 'unsafe-inline' is
 * for Astro's inlined <style> and citeproc's inline typography (see html-validity.ts); data: images
 * are inline SVG icons.
 */
const ALLOWED_SOURCES: Record<string, Set<string>> = {
  'default-src': new Set(["'self'", "'none'"]),
  'script-src': new Set(["'self'", "'none'", "'wasm-unsafe-eval'"]),
  'style-src': new Set(["'self'", "'none'", "'unsafe-inline'"]),
  'img-src': new Set(["'self'", "'none'", 'data:']),
  'font-src': new Set(["'self'", "'none'", 'data:']),
};
const KEYWORDS_ONLY = new Set(["'self'", "'none'"]);
/** Directives that do not fall back to default-src, so each must be set on its own. */
const REQUIRED = ['default-src', 'base-uri', 'form-action'];

/** Attributes (hast property names) whose value the browser treats as a URL. */
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'action', 'formAction', 'data', 'poster', 'cite', 'ping', 'manifest', 'background', 'longDesc', 'xLinkHref', 'codeBase', 'archive', 'icon', 'itemId'];

/** Splits a policy into directives and their sources (names lower-cased, as browsers read them). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What in a policy would allow inline script or another origin. */
export function cspProblems(policy: string): string[] {
  const directives = parseCsp(policy);
  const problems = REQUIRED.filter((name) => !directives.has(name)).map((name) => `CSP has no ${name}`);
  for (const [name, sources] of directives) {
    if (name === 'upgrade-insecure-requests' || name === 'block-all-mixed-content') continue;
    const allowed = ALLOWED_SOURCES[name.startsWith('script-src') ? 'script-src' : name] ?? KEYWORDS_ONLY;
    for (const source of sources) {
      if (!allowed.has(source.toLowerCase())) problems.push(`CSP ${name} allows ${source}`);
    }
  }
  return problems;
}

/** True when a URL attribute would run script: `javascript:` after the browser strips controls and spaces. */
export function isScriptUrl(value: string): boolean {
  return /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''));
}

/** Problems in one page (or SVG, or HTML embedded in a feed): CSP, inline code, script URLs. */
export function checkMarkup(file: string, nodes: Element[], { needsCsp }: { needsCsp: boolean }): SecurityProblem[] {
  const problems: SecurityProblem[] = [];
  const report = (problem: string) => problems.push({ file, problem });
  const cspIndex = nodes.findIndex((node) => node.tagName === 'meta' && attribute(node, 'httpEquiv')?.toLowerCase() === 'content-security-policy');
  if (needsCsp) {
    const csp = nodes[cspIndex];
    if (!csp) {
      report('has no Content-Security-Policy <meta>');
    } else {
      for (const problem of cspProblems(attribute(csp, 'content') ?? '')) report(problem);
      // A policy in <meta> governs only what comes after it.
      const early = nodes.slice(0, cspIndex).find((node) => ['script', 'link', 'style', 'base', 'img', 'iframe'].includes(node.tagName));
      if (early) report(`has <${early.tagName}> before its CSP <meta>`);
    }
  }
  for (const node of nodes) {
    if (node.tagName === 'script' && attribute(node, 'src') === undefined) {
      const type = (attribute(node, 'type') ?? '').trim().toLowerCase();
      if (!DATA_SCRIPT_TYPES.has(type)) report(`has an inline <script${type ? ` type="${type}"` : ''}>`);
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on[A-Z]/.test(name)) report(`has an inline event handler (${name.toLowerCase()}) on <${node.tagName}>`);
      if (URL_PROPERTIES.includes(name) && typeof value === 'string' && isScriptUrl(value)) report(`has a javascript: URL in <${node.tagName} ${name.toLowerCase()}>`);
    }
    if (node.tagName === 'meta' && attribute(node, 'httpEquiv')?.toLowerCase() === 'refresh' && /url\s*=\s*['"]?\s*javascript:/i.test(attribute(node, 'content') ?? '')) {
      report('has a javascript: URL in <meta http-equiv="refresh">');
    }
  }
  return problems;
}

/** Problems in one text value of a feed, JSON or CSV file: a script URL, or HTML that carries one. */
export function checkDataValue(file: string, value: string): SecurityProblem[] {
  if (isScriptUrl(value)) return [{ file, problem: `has a javascript: URL: ${value.slice(0, 60)}` }];
  if (!value.includes('<')) return [];
  return checkMarkup(file, elements(fromHtml(value, { fragment: true })), { needsCsp: false });
}

export class SecurityCheck {
  readonly #site: SiteFiles;

  constructor(site: SiteFiles) {
    this.#site = site;
  }

  check(): SecurityProblem[] {
    return this.#site.files.flatMap((file) => this.checkFile(file));
  }

  checkFile(file: string): SecurityProblem[] {
    if (file.endsWith('.html')) return checkMarkup(file, elements(this.#site.tree(file)), { needsCsp: true });
    if (file.endsWith('.svg')) return checkMarkup(file, elements(fromHtml(this.#site.text(file), { fragment: true })), { needsCsp: false }).concat(this.#svgScripts(file));
    if (file.endsWith('.xml')) return this.#values(file, new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(this.#site.text(file)));
    if (file.endsWith('.json')) return this.#values(file, JSON.parse(this.#site.text(file)));
    if (file.endsWith('.csv')) return this.#values(file, parseCsv(this.#site.text(file)));
    return [];
  }

  /** Even a JSON-typed script has no place in an image. */
  #svgScripts(file: string): SecurityProblem[] {
    return elements(fromHtml(this.#site.text(file), { fragment: true }))
      .filter((node) => node.tagName === 'script')
      .map(() => ({ file, problem: 'has a <script> in an SVG image' }));
  }

  #values(file: string, data: unknown): SecurityProblem[] {
    if (typeof data === 'string') return checkDataValue(file, data);
    if (data && typeof data === 'object') return Object.values(data).flatMap((value) => this.#values(file, value));
    return [];
  }
}
