/** The command line of `npm run sources:check`. */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run sources:check -- [content-dir] [options]

Checks every source's url and archived address in content/ (or content-dir).

  --json             print a machine-readable report instead of text
  --strict           exit 1 when an address is broken, a server error, a timeout or unreachable
  --concurrency <n>  requests at once over all hosts (default 4)
  --delay <s>        seconds between two requests to one host (default 1)
  --timeout <s>      seconds to wait for an answer (default 15)
  --help             this text`;

export interface CheckOptions {
  contentDir?: string;
  json: boolean;
  strict: boolean;
  concurrency: number;
  delayMs: number;
  timeoutMs: number;
  help: boolean;
}

export const DEFAULTS = { concurrency: 4, delaySeconds: 1, timeoutSeconds: 15 } as const;

/** A command line the command cannot run with; the message says what to change. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function number(flag: string, text: string | undefined, fallback: number, valid: (n: number) => boolean, expected: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || !valid(value)) throw new UsageError(`--${flag}: expected ${expected}, got "${text}"`);
  return value;
}

export function parseOptions(argv: readonly string[]): CheckOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        concurrency: { type: 'string' },
        delay: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected one content directory, got ${positionals.length}: ${positionals.join(' ')}`);
  return {
    contentDir: positionals[0],
    json: values.json,
    strict: values.strict,
    help: values.help,
    concurrency: number('concurrency', values.concurrency, DEFAULTS.concurrency, (n) => Number.isInteger(n) && n >= 1, 'a whole number of at least 1'),
    delayMs: Math.round(number('delay', values.delay, DEFAULTS.delaySeconds, (n) => n >= 0, 'seconds, 0 or more') * 1000),
    timeoutMs: Math.round(number('timeout', values.timeout, DEFAULTS.timeoutSeconds, (n) => n > 0, 'seconds, more than 0') * 1000),
  };
}
