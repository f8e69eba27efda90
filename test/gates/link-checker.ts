/**
 * Checks every link a built site publishes, the way withastro/docs checks its dist/: internal links and
 * `#anchors` must resolve to a file and an id, external links must be well-formed http(s), and links
 * that open a new tab must not hand the opener to the new page. Pages are parsed with parse5 (via hast);
 * feeds and sitemaps with an XML parser; JSON with JSON.parse. The search page's Pagefind bundle,
 * which only its script names, is checked too.
 */
import type { Element } from 'hast';
import { XMLParser } from 'fast-xml-parser';
import { attribute, elements, SiteFiles, urlPathOf } from './site-files.ts';

export interface LinkProblem {
  /** The file the link is in (relative to the site root). */
  file: string;
  url: string;
  problem: string;
}

/** Attributes that hold a URL the browser follows or fetches, per element (hast property names). */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  iframe: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite'],
  ins: ['cite'],
};
const SRCSET_ELEMENTS = new Set(['img', 'source']);
/** Schemes a link may use besides http(s); anything else (javascript:, file:, ftp:) is reported. */
const OTHER_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

export interface LinkCheckerOptions {
  /** The origin the site was built for (SITE_URL): absolute links to it are internal and must resolve too. */
  siteUrl?: string;
}

export class LinkChecker {
  readonly #site: SiteFiles;
  readonly #siteOrigin: string | undefined;
  readonly #ids = new Map<string, Set<string>>();

  constructor(site: SiteFiles, { siteUrl }: LinkCheckerOptions = {}) {
    this.#site = site;
    this.#siteOrigin = siteUrl ? new URL(siteUrl).origin : undefined;
  }

  /** Every problem in every HTML page, feed and JSON file of the site. */
  check(): LinkProblem[] {
    return this.#site.files.flatMap((file) => this.checkFile(file));
  }

  checkFile(file: string): LinkProblem[] {
    if (file.endsWith('.html')) return this.#checkPage(file);
    if (file.endsWith('.xml')) return this.#checkFeed(file);
    if (file.endsWith('.json')) return this.#checkJson(file);
    return [];
  }

  #checkPage(file: string): LinkProblem[] {
    const problems: LinkProblem[] = [];
    for (const element of elements(this.#site.tree(file))) {
      for (const url of linksOf(element)) problems.push(...this.#checkUrl(file, url));
      if (element.tagName === 'script' && attribute(element, 'id') === 'search-config') problems.push(...this.#checkSearchBundle(file, element));
      if (element.tagName === 'a' || element.tagName === 'area' || element.tagName === 'form') {
        if (attribute(element, 'target') === '_blank') {
          const rel = new Set((attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/));
          if (!rel.has('noopener') || !rel.has('noreferrer')) {
            problems.push({ file, url: attribute(element, 'href') ?? '', problem: 'opens a new tab without rel="noopener noreferrer"' });
          }
        }
      }
    }
    return problems;
  }

  /**
   * The Pagefind bundle the search page loads at run time, named only in its JSON config: the files
   * pagefind.js fetches before the first result (its entry, each language's metadata and WebAssembly).
   */
  #checkSearchBundle(file: string, config: Element): LinkProblem[] {
    const text = config.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
    const bundle = (JSON.parse(text) as { bundle?: string }).bundle;
    if (!bundle) return [{ file, url: '', problem: 'names no Pagefind bundle in its search config' }];
    const entryFile = this.#site.fileFor(`${bundle}pagefind-entry.json`);
    const urls = [`${bundle}pagefind.js`, `${bundle}pagefind-entry.json`];
    if (entryFile) {
      const entry = JSON.parse(this.#site.text(entryFile)) as { languages: Record<string, { hash: string; wasm?: string }> };
      for (const { hash, wasm } of Object.values(entry.languages)) {
        urls.push(`${bundle}pagefind.${hash}.pf_meta`);
        if (wasm) urls.push(`${bundle}wasm.${wasm}.pagefind`);
      }
    }
    return urls.flatMap((url) => this.#checkUrl(file, url));
  }

  #checkFeed(file: string): LinkProblem[] {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'link', 'url', 'sitemap'].includes(name) });
    const feed = parser.parse(this.#site.text(file));
    // A sitemap (or sitemap index) lists every page crawlers should find, each in a <loc>.
    const urls: string[] = [...(feed.urlset?.url ?? []), ...(feed.sitemapindex?.sitemap ?? [])].map((entry: { loc: string }) => entry.loc);
    const channels = [feed.rss?.channel, feed.feed].filter(Boolean);
    for (const channel of channels) {
      for (const holder of [channel, ...(channel.item ?? []), ...(channel.entry ?? [])]) {
        for (const link of holder.link ?? []) urls.push(typeof link === 'string' ? link : link['@href']);
        const guid = holder.guid;
        if (guid && (typeof guid === 'string' || guid['@isPermaLink'] !== 'false')) urls.push(typeof guid === 'string' ? guid : guid['#text']);
        if (holder.enclosure?.['@url']) urls.push(holder.enclosure['@url']);
      }
    }
    return urls.filter(Boolean).flatMap((url) => this.#checkUrl(file, String(url)));
  }

  /** Absolute URLs anywhere in a JSON file (published data carries each case's URL). */
  #checkJson(file: string): LinkProblem[] {
    const urls: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') {
        if (/^https?:/i.test(value)) urls.push(value);
      } else if (value && typeof value === 'object') {
        for (const child of Object.values(value)) walk(child);
      }
    };
    walk(JSON.parse(this.#site.text(file)));
    return urls.flatMap((url) => this.#checkUrl(file, url));
  }

  #checkUrl(file: string, raw: string): LinkProblem[] {
    const problem = (text: string): LinkProblem[] => [{ file, url: raw, problem: text }];
    const url = raw.trim();
    if (url !== raw) return problem('has leading or trailing whitespace');
    if (url === '') return problem('is empty');
    if (url.startsWith('//')) return problem('is protocol-relative; write https:// or a path');
    const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
    if (scheme && scheme !== 'http:' && scheme !== 'https:') {
      return OTHER_SCHEMES.has(scheme) ? [] : problem(`uses the ${scheme} scheme`);
    }
    if (/\s/.test(url)) return problem('contains unencoded whitespace');
    let resolved: URL;
    try {
      resolved = new URL(url, `http://site.invalid${urlPathOf(file)}`);
    } catch {
      return problem('is not a well-formed URL');
    }
    if (scheme && resolved.origin !== this.#siteOrigin) {
      // A fully qualified name may end in the root's dot (`en.wikisource.org.`), as some sources are cited.
      return /^[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/i.test(resolved.hostname) || resolved.hostname === 'localhost' ? [] : problem('has no valid host name');
    }
    return this.#checkInternal(file, resolved, problem);
  }

  #checkInternal(file: string, url: URL, problem: (text: string) => LinkProblem[]): LinkProblem[] {
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return problem('has a malformed percent-encoding');
    }
    const target = this.#site.fileFor(path);
    if (!target) return problem('points to no file in the site');
    if (!path.endsWith('/') && target.endsWith('index.html')) return problem('leaves out the trailing slash of a page URL');
    const fragment = url.hash.slice(1);
    if (fragment === '' || fragment.startsWith(':~:')) return [];
    if (!target.endsWith('.html')) return problem('has an anchor on a file that is not a page');
    return this.#idsOf(target).has(decodeURIComponent(fragment)) ? [] : problem(`names an anchor that ${urlPathOf(target)} does not have`);
  }

  /** The ids (and legacy a[name]s) a page defines, collected once per page. */
  #idsOf(file: string): Set<string> {
    let ids = this.#ids.get(file);
    if (!ids) {
      ids = new Set();
      for (const element of elements(this.#site.tree(file))) {
        const id = attribute(element, 'id') ?? (element.tagName === 'a' ? attribute(element, 'name') : undefined);
        if (id !== undefined) ids.add(id);
      }
      this.#ids.set(file, ids);
    }
    return ids;
  }
}

/** The URLs one element links to or loads, including each srcset candidate and a refresh target. */
export function linksOf(element: Element): string[] {
  const urls = (URL_ATTRIBUTES[element.tagName] ?? []).map((name) => attribute(element, name)).filter((url) => url !== undefined);
  if (SRCSET_ELEMENTS.has(element.tagName)) {
    const srcset = attribute(element, 'srcSet');
    if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]).filter((url) => url !== undefined && url !== ''));
  }
  if (element.tagName === 'meta' && attribute(element, 'httpEquiv')?.toLowerCase() === 'refresh') {
    const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attribute(element, 'content') ?? '')?.[1];
    if (target) urls.push(target.trim());
  }
  return urls;
}
