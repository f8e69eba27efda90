/**
 * `npm run urls:update [dist]`: rewrites test/published-urls.txt, the list of every URL the built site
 * publishes (pages, feeds, data and citation downloads), from a dist/ folder built beforehand (default
 * dist/). It builds nothing. The permanence gate (test/gates/permanence.test.ts) then fails any later
 * build that stops serving a listed URL, so a URL is retired only on purpose (an alias redirect keeps it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const LIST_FILE = resolve(import.meta.dirname, '../../test/published-urls.txt');
/** The anchors of case pages a citation or a feed may point at: `/cases/<id>/#<anchor>`. */
export const ANCHOR_LIST_FILE = resolve(import.meta.dirname, '../../test/published-anchors.txt');

/**
 * Anchors made from what they name, so they stay while it does: timeline events, quotes, sources
 * and changelog entries (feeds link to these). Paragraph anchors are counted within their section
 * (`…-p3`), so a paragraph added above moves them by design; they are not listed.
 */
const STABLE_ANCHOR = /\sid="((?:event|quote|source|change)-[^"]+)"/g;

/** Downloads a reader may cite or subscribe to; other files (scripts, styles, the search index) are build assets. */
const PUBLISHED_EXTENSIONS = ['.html', '.xml', '.json', '.csv', '.bib', '.ris'];
/** Folders of build assets whose names carry content hashes and change with the code. */
const ASSET_FOLDERS = ['_astro/', 'pagefind/'];
/** Numbered sitemap chunks are split by size; crawlers find them through sitemap-index.xml, which is listed. */
const SITEMAP_CHUNK = /^sitemap-\d+\.xml$/;

const HEADER = [
  '# Every URL the site publishes from content/, one per line, sorted. A build must keep serving each one,',
  '# as the page itself or as a redirect page. Regenerate after a build: npm run build && npm run urls:update',
];
const ANCHOR_HEADER = [
  '# Every stable anchor of a case page (events, quotes, sources, changes), one per line, sorted. A build must',
  '# keep each one on its page (or on the page its old address redirects to). Regenerate with npm run urls:update',
];

/** The URL paths published by a built site: `cases/x/index.html` → `/cases/x/`, `feed.xml` → `/feed.xml`. */
export function publishedUrls(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => PUBLISHED_EXTENSIONS.some((ext) => file.endsWith(ext)))
    .filter((file) => !ASSET_FOLDERS.some((folder) => file.startsWith(folder)) && !SITEMAP_CHUNK.test(file))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/** The stable anchors of the built case pages, as `/cases/<id>/#<anchor>`; redirect pages have none. */
export function publishedAnchors(dist: string): string[] {
  const casesDir = join(dist, 'cases');
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(casesDir, entry.name, 'index.html')))
    .flatMap((entry) => {
      const html = readFileSync(join(casesDir, entry.name, 'index.html'), 'utf8');
      return [...html.matchAll(STABLE_ANCHOR)].map((m) => `/cases/${entry.name}/#${m[1]}`);
    })
    .sort();
}

/** The URLs in a list file's text, without its comment lines. */
export function readUrlList(text: string): string[] {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('#'));
}

export function formatUrlList(urls: string[], header = HEADER): string {
  return `${[...header, ...urls].join('\n')}\n`;
}

/** Rewrites one list file and says what it added and dropped (a dropped entry is a link that breaks). */
function updateList(file: string, entries: string[], header: string[], noun: string, whenRemoved: string) {
  const before = new Set(existsSync(file) ? readUrlList(readFileSync(file, 'utf8')) : []);
  const now = new Set(entries);
  writeFileSync(file, formatUrlList(entries, header));
  const removed = [...before].filter((entry) => !now.has(entry));
  const added = entries.filter((entry) => !before.has(entry));
  console.log(`✓ ${relative(process.cwd(), file)}: ${entries.length} ${noun} (${added.length} added, ${removed.length} removed)`);
  for (const entry of removed) console.log(`  removed: ${entry} (${whenRemoved})`);
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`✗ ${dist} holds no built site: run npm run build first, or name the dist/ folder to read.`);
    process.exit(1);
  }
  updateList(LIST_FILE, publishedUrls(dist), HEADER, 'URLs', "readers' links to it will break unless it redirects");
  updateList(ANCHOR_LIST_FILE, publishedAnchors(dist), ANCHOR_HEADER, 'anchors', 'pinpoint citations of it will land at the top of the page');
}
