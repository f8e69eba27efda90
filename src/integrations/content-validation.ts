/**
 * Runs the content validator before Astro reads any content: a tree with a single
 * problem stops the build, with every problem listed, so nothing half-valid is published.
 * Warnings (valid content worth a look) are logged once and the build goes on.
 */
import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { formatProblems, formatWarnings } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate-content.ts';

export function contentValidation(contentDir: string): AstroIntegration {
  return {
    name: 'casebook:content-validation',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const { problems, warnings } = await validateContent(contentDir);
        const label = relative(process.cwd(), contentDir) || '.';
        if (warnings.length > 0) logger.warn(`${warnings.length} content warning${warnings.length === 1 ? '' : 's'} (published as is):\n${formatWarnings(warnings, label)}`);
        if (problems.length === 0) return;
        const report = formatProblems(problems, label);
        if (command === 'dev') {
          logger.error(`content problems (the build would stop):\n${report}`);
          return;
        }
        throw new Error(`${problems.length} content problem${problems.length === 1 ? '' : 's'}; nothing was built:\n${report}`);
      },
    },
  };
}
