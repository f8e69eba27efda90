/** `npm run validate [dir]`: checks a content tree with the build's own rules, without building. */
import { relative, resolve } from 'node:path';
import { formatProblems, formatWarnings } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate-content.ts';

const dir = resolve(process.argv[2] ?? process.env.CASEBOOK_CONTENT_DIR ?? 'content');
const label = relative(process.cwd(), dir) || '.';
const started = performance.now();
const { problems, warnings, counts } = await validateContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// Errors first, then warnings: the line that stops a build is the one to read first.
if (problems.length > 0) console.error(formatProblems(problems, label));
if (warnings.length > 0) console.error(formatWarnings(warnings, label));

if (problems.length > 0) {
  const also = warnings.length ? ` and ${plural(warnings.length, 'warning')}` : '';
  console.error(`\n✗ ${plural(problems.length, 'problem')}${also} in ${label}/ (${seconds} s). Nothing was published.`);
  process.exitCode = 1;
} else {
  const summary = Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ');
  const also = warnings.length ? `; ${plural(warnings.length, 'warning')} above (published as is)` : '';
  console.log(`${warnings.length ? '\n' : ''}✓ ${label}/ is valid: ${summary} (${seconds} s)${also}`);
}
