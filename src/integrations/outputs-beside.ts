/**
 * The cite boxes of a large build are made on worker threads while its pages bundle and render
 * (src/lib/content/case-outputs-workers.ts). Each case page waits for its own; this waits, when
 * the pages are written, for every one, so that a build whose pages were all kept from the last
 * one still leaves its cache complete, and a cite box that could not be made fails the build
 * instead of going unnoticed. It also says how long they took, after the pages' log rather than
 * in the middle of it.
 */
import type { AstroIntegration } from 'astro';
import { outputsMadeBeside } from '../lib/content/casebook-loader.ts';

export function outputsBeside(contentDir: string): AstroIntegration {
  return {
    name: 'casebook:outputs-beside',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const made = await outputsMadeBeside(contentDir);
        if (made.cases > 0) logger.info(`${made.cases} cite boxes made beside the build in ${(made.ms / 1000).toFixed(2)} s`);
      },
    },
  };
}
