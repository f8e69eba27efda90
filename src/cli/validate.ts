/** `npm run validate [dir]`: checks a content tree with the build's own rules, without building. */
import { relative, resolve } from 'node:path';
import { formatProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate-content.ts';

const dir = resolve(process.argv[2] ?? process.env.CASEBOOK_CONTENT_DIR ?? 'content');
const label = relative(process.cwd(), dir) || '.';
const started = performance.now();
const { problems, counts } = await validateContent(dir);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  console.error(formatProblems(problems, label));
  console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${label}/ (${seconds} s). Nothing was published.`);
  process.exitCode = 1;
} else {
  const summary = Object.entries(counts).map(([name, n]) => `${n} ${name}`).join(', ');
  console.log(`✓ ${label}/ is valid: ${summary} (${seconds} s)`);
}
