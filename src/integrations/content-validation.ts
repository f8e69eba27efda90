/**
 * Runs the content validator before Astro reads any content: a tree with a single
 * problem stops the build, with every problem listed, so nothing half-valid is published.
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { formatProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate-content.ts';

export function contentValidation(contentDir: string): AstroIntegration {
  return {
    name: 'casebook:content-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const { problems } = await validateContent(contentDir);
        if (problems.length === 0) return;
        const report = formatProblems(problems, relative(process.cwd(), contentDir) || '.');
        if (command === 'dev') {
          logger.error(`content problems (the build would stop):\n${report}`);
          return;
        }
        throw new Error(`${problems.length} content problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${report}`);
      },
    },
  };
}
