/** A built site on disk: its files, their URLs, and each HTML page parsed once (shared by every gate). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export class SiteFiles {
  /** One instance per folder, so a page parsed by one gate is not parsed again by the next. */
  static #cache = new Map<string, SiteFiles>();
  static of(root: string): SiteFiles {
    let site = SiteFiles.#cache.get(root);
    if (!site) SiteFiles.#cache.set(root, (site = new SiteFiles(root)));
    return site;
  }

  readonly root: string;
  readonly files: readonly string[];
  readonly #fileSet: ReadonlySet<string>;
  readonly #texts = new Map<string, string>();
  readonly #trees = new Map<string, Root>();

  constructor(root: string) {
    this.root = root;
    this.files = listFiles(root);
    this.#fileSet = new Set(this.files);
  }

  /** Every HTML page, as a path relative to the root (`cases/x/index.html`). */
  get htmlFiles(): string[] {
    return this.files.filter((file) => file.endsWith('.html'));
  }

  has(file: string): boolean {
    return this.#fileSet.has(file);
  }

  text(file: string): string {
    let text = this.#texts.get(file);
    if (text === undefined) this.#texts.set(file, (text = readFileSync(join(this.root, file), 'utf8')));
    return text;
  }

  /** The page's hast tree (parse5 underneath), parsed on first use. */
  tree(file: string): Root {
    let tree = this.#trees.get(file);
    if (!tree) this.#trees.set(file, (tree = fromHtml(this.text(file))));
    return tree;
  }

  /** The file a URL path is served from (`/cases/x/` → `cases/x/index.html`), if any. */
  fileFor(urlPath: string): string | undefined {
    const path = urlPath.replace(/^\/+/, '');
    const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
    return candidates.find((file) => this.#fileSet.has(file));
  }
}

/** The URL path a file is published at: `cases/x/index.html` → `/cases/x/`, `feed.xml` → `/feed.xml`. */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every element of a tree, in document order. */
export function elements(tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    found.push(node);
  });
  return found;
}

/** An attribute as the page wrote it (hast keeps class and other lists as arrays). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
