/**
 * `npm run sources:check [dir]`: asks every source's `url` and `archived` address whether it
 * still answers, politely (few requests at once, a pause between two to one host), and reports
 * what a reader clicking it would meet. Reads the tree with the build's own reader and validator.
 */
import { relative, resolve } from 'node:path';
import { casebookFromDir } from '../lib/content/casebook-from-dir.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate-content.ts';
import { checkLink, type LinkResult, type Request } from './sources-check/check-link.ts';
import { fetchRequest } from './sources-check/fetch-request.ts';
import { hostKey, sourceLinks } from './sources-check/links.ts';
import { parseOptions, USAGE, UsageError, type CheckOptions } from './sources-check/options.ts';
import { buildReport, formatReport, hasBroken } from './sources-check/report.ts';
import { createSchedule } from './sources-check/schedule.ts';

/** Runs the check; resolves with the exit status (output is left to drain, never cut off by an exit). */
async function main(argv: string[]): Promise<number> {
  let opts: CheckOptions;
  try {
    opts = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }

  const dir = resolve(opts.contentDir ?? process.env.CASEBOOK_CONTENT_DIR ?? 'content');
  const label = relative(process.cwd(), dir) || '.';
  const { problems } = await validateContent(dir);
  if (problems.length > 0) {
    console.error(formatProblems(problems, label));
    console.error(`\n✗ ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${label}/ (see npm run validate). No address was checked.`);
    return 1;
  }

  const links = sourceLinks(await casebookFromDir(dir));
  const unique = [...new Set(links.map((link) => link.url))];
  const schedule = createSchedule({ concurrency: opts.concurrency, hostDelayMs: opts.delayMs });
  const send = fetchRequest({ timeoutMs: opts.timeoutMs });
  // Every hop of every address goes through the schedule, under the host it is sent to.
  const request: Request = (url, method) => schedule(hostKey(url), () => send(url, method));

  const progress = !opts.json && process.stderr.isTTY;
  let done = 0;
  const results = new Map<string, LinkResult>(
    await Promise.all(
      unique.map(async (url) => {
        const result = await checkLink(url, request);
        if (progress) process.stderr.write(`\rchecked ${++done}/${unique.length}`);
        return [url, result] as const;
      }),
    ),
  );
  if (progress) process.stderr.write('\r\x1b[K');

  const report = buildReport(links, results, label, { concurrency: opts.concurrency, delayMs: opts.delayMs, timeoutMs: opts.timeoutMs });
  console.log(opts.json ? JSON.stringify(report, null, 2) : formatReport(report));
  return opts.strict && hasBroken(report) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
