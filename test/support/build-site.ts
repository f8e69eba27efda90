/** Builds the site from a content tree into an output folder, the way `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Build output goes inside the project: for an outDir outside the working directory Astro
 * stages prerendered chunks in the shared `.astro/.prerender`, and two such builds at once
 * (test suites, a benchmark) overwrite each other's chunks.
 */
const BUILDS = join(ROOT, 'node_modules', '.cache', 'casebook-builds');
export function tempOutDir(): string {
  mkdirSync(BUILDS, { recursive: true });
  return mkdtempSync(join(BUILDS, 'dist-'));
}

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/** Runs what `npm run build` runs, `astro build` and then the search index, in child processes. */
export function buildSite(contentDir: string, outDir = tempOutDir(), extraEnv: Record<string, string> = {}): BuildResult {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CASEBOOK_CONTENT_DIR: resolve(ROOT, contentDir),
    CASEBOOK_OUT_DIR: outDir,
    // Each build its own data store: suites build different trees at the same time.
    CASEBOOK_CACHE_DIR: `${outDir}-cache`,
    // Test builds are previews at the local address, never published: opted in explicitly, so
    // they build with CI set too (src/lib/model/public-address.ts), whatever SITE_URL the shell
    // has. A test of the public address or of the refusal sets these itself.
    SITE_URL: '',
    CASEBOOK_PREVIEW: '1',
    ...extraEnv,
  };
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const built = run(['node_modules/astro/bin/astro.mjs', 'build']);
  const steps = built.status === 0 ? [built, run(['src/cli/index-site.ts'])] : [built];
  const last = steps.at(-1)!;
  return { outDir, status: last.status, output: steps.map((s) => `${s.stdout}\n${s.stderr}`).join('\n') };
}

/** Builds and throws with the build's own output when it fails. */
export function buildSiteOrThrow(contentDir: string, extraEnv: Record<string, string> = {}): string {
  const result = buildSite(contentDir, tempOutDir(), extraEnv);
  if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.output}`);
  return result.outDir;
}

/** Deletes builds a suite made, when it is done with them. */
export function removeBuilds(...outDirs: string[]): void {
  for (const dir of outDirs) for (const path of [dir, `${dir}-cache`]) rmSync(path, { recursive: true, force: true });
}
