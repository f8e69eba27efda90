import { describe, expect, test } from 'vitest';
import { parseOptions, UsageError } from '../../../../src/cli/sources-check/options.ts';

describe('parseOptions', () => {
  test('defaults to 4 at once, 1 s per host, 15 s timeout, text, not strict, content/ left to the caller', () => {
    expect(parseOptions([])).toEqual({ contentDir: undefined, json: false, strict: false, help: false, concurrency: 4, delayMs: 1000, timeoutMs: 15000 });
  });

  test('reads a directory and every flag, seconds as decimals', () => {
    expect(parseOptions(['some/tree', '--json', '--strict', '--concurrency', '8', '--delay', '0', '--timeout=0.3'])).toEqual({
      contentDir: 'some/tree', json: true, strict: true, help: false, concurrency: 8, delayMs: 0, timeoutMs: 300,
    });
  });

  test.each([
    { argv: ['--concurrency', '0'], message: '--concurrency: expected a whole number of at least 1, got "0"' },
    { argv: ['--concurrency', '2.5'], message: '--concurrency: expected a whole number of at least 1, got "2.5"' },
    { argv: ['--delay=-1'], message: '--delay: expected seconds, 0 or more, got "-1"' },
    { argv: ['--timeout', '0'], message: '--timeout: expected seconds, more than 0, got "0"' },
    { argv: ['--timeout', 'soon'], message: '--timeout: expected seconds, more than 0, got "soon"' },
    { argv: ['a', 'b'], message: 'expected one content directory, got 2: a b' },
  ])('refuses $argv', ({ argv, message }) => {
    expect(() => parseOptions(argv)).toThrow(new UsageError(message));
  });

  test('refuses an unknown flag', () => {
    expect(() => parseOptions(['--fast'])).toThrow(UsageError);
  });
});
