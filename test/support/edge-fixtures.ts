/**
 * The edge suite: valid content at the edges of the contract (test/fixtures/edge/<name>/), each an
 * overlay on the good tree that adds its own files, with an edge.json saying which contract line it
 * sits on. The unit suite validates each overlay alone; the build suite builds them all in one tree.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './build-site.ts';

export const GOOD = join(ROOT, 'test/fixtures/good');
export const EDGE = join(ROOT, 'test/fixtures/edge');

export interface EdgeFixture {
  name: string;
  dir: string;
  /** The contract line (content-model.md) the fixture sits at the edge of. */
  edge: string;
  /** Warnings it must raise, as `file: field` (none unless listed). */
  warnings: string[];
  /** Text its case page must contain (HTML as built). */
  shows: string[];
  /** Old id → case id: each must be a redirect page. */
  redirects: Record<string, string>;
  /** Files of the overlay, relative to the content tree. */
  files: string[];
  /** Ids of the cases it adds. */
  cases: string[];
}

export function edgeFixtures(): EdgeFixture[] {
  return readdirSync(EDGE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const dir = join(EDGE, name);
      const about = JSON.parse(readFileSync(join(dir, 'edge.json'), 'utf8')) as Partial<EdgeFixture>;
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name !== 'edge.json')
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
        .sort();
      const cases = files.filter((file) => file.startsWith('cases/')).map((file) => file.slice('cases/'.length, -'.mdx'.length));
      return { name, dir, edge: about.edge ?? '', warnings: about.warnings ?? [], shows: about.shows ?? [], redirects: about.redirects ?? {}, files, cases };
    });
}

/** Writes the good tree with the given overlays on top into `target` (overlays never share a file). */
export function writeEdgeTree(target: string, fixtures: readonly EdgeFixture[]): void {
  cpSync(GOOD, target, { recursive: true });
  for (const fixture of fixtures) {
    cpSync(fixture.dir, target, { recursive: true, filter: (source) => source !== join(fixture.dir, 'edge.json') });
  }
}
