import { describe, expect, test } from 'vitest';
import {
  comparePartialDates,
  dateRange,
  formatPartialDate,
  isCertainlyBefore,
  parsePartialDate,
  precisionOf,
  yearOf,
} from '../../../src/lib/model/dates.ts';

describe('parsePartialDate', () => {
  test.each([
    { input: '2018', value: '2018', precision: 'year' },
    { input: '2018-04', value: '2018-04', precision: 'month' },
    { input: '2024-08-13', value: '2024-08-13', precision: 'day' },
    { input: '2024-02-29', value: '2024-02-29', precision: 'day' },
    { input: '2000-02-29', value: '2000-02-29', precision: 'day' },
    { input: '2024-12-31', value: '2024-12-31', precision: 'day' },
    { input: '2024-04-30', value: '2024-04-30', precision: 'day' },
  ])('accepts the string $input at $precision precision', ({ input, value, precision }) => {
    expect(parsePartialDate(input)).toEqual({ ok: true, value, precision });
  });

  test('accepts an unquoted year, which YAML reads as a number', () => {
    expect(parsePartialDate(2019)).toEqual({ ok: true, value: '2019', precision: 'year' });
  });

  test('accepts an unquoted full date, which YAML 1.1 reads as a UTC timestamp', () => {
    expect(parsePartialDate(new Date(Date.UTC(2024, 7, 13)))).toEqual({ ok: true, value: '2024-08-13', precision: 'day' });
  });

  test.each([
    { input: '2024-02-30', error: '"2024-02-30" is not a real day (February 2024 has 29 days)' },
    { input: '2023-02-29', error: '"2023-02-29" is not a real day (February 2023 has 28 days)' },
    { input: '1900-02-29', error: '"1900-02-29" is not a real day (February 1900 has 28 days)' },
    { input: '2024-04-31', error: '"2024-04-31" is not a real day (April 2024 has 30 days)' },
    { input: '2024-01-00', error: '"2024-01-00" is not a real day (January 2024 has 31 days)' },
    { input: '2024-13', error: '"2024-13" has no month 13' },
    { input: '2024-00', error: '"2024-00" has no month 00' },
    { input: '2024-13-01', error: '"2024-13-01" has no month 13' },
  ])('rejects the impossible date $input', ({ input, error }) => {
    expect(parsePartialDate(input)).toEqual({ ok: false, error });
  });

  test.each(['13/08/2024', '2024-8-13', '2024-1', '24-01', '20240813', '2024-08-13T10:00:00Z', ' 2024', '2024 ', 'August 2024', ''])(
    'rejects the badly formatted string "%s"',
    (input) => {
      expect(parsePartialDate(input)).toEqual({ ok: false, error: `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "${input}"` });
    },
  );

  test.each([
    { input: 2019.5, described: 'number 2019.5' },
    { input: true, described: 'boolean true' },
    { input: null, described: 'null' },
    { input: undefined, described: 'nothing' },
    { input: ['2024'], described: 'object ["2024"]' },
  ])('rejects a value that is no date ($described)', ({ input, described }) => {
    expect(parsePartialDate(input)).toEqual({ ok: false, error: `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got ${described}` });
  });

  test.each([12, 999, 20240, -2024])('rejects the number %d, which is no four-digit year', (input) => {
    expect(parsePartialDate(input)).toMatchObject({ ok: false });
  });

  test('rejects a timestamp with a time of day', () => {
    expect(parsePartialDate(new Date('2024-08-13T10:30:00Z'))).toEqual({
      ok: false,
      error: 'expected a date without a time, got 2024-08-13T10:30:00.000Z',
    });
  });

  test('rejects an invalid Date object', () => {
    expect(parsePartialDate(new Date('not a date'))).toEqual({ ok: false, error: 'is not a valid date' });
  });
});

describe('precisionOf', () => {
  test.each([
    ['2018', 'year'],
    ['2018-04', 'month'],
    ['2018-04-01', 'day'],
  ])('gives %s the precision %s', (date, precision) => {
    expect(precisionOf(date)).toBe(precision);
  });
});

describe('dateRange', () => {
  test.each([
    { date: '2024', start: '2024-01-01', end: '2024-12-31' },
    { date: '2024-02', start: '2024-02-01', end: '2024-02-29' },
    { date: '2023-02', start: '2023-02-01', end: '2023-02-28' },
    { date: '2024-04', start: '2024-04-01', end: '2024-04-30' },
    { date: '2024-12', start: '2024-12-01', end: '2024-12-31' },
    { date: '2024-08-13', start: '2024-08-13', end: '2024-08-13' },
  ])('spans $start to $end for $date', ({ date, start, end }) => {
    expect(dateRange(date)).toEqual({ start, end });
  });
});

describe('isCertainlyBefore', () => {
  test.each([
    { a: '2023-12', b: '2024', before: true },
    { a: '2023', b: '2024-01-01', before: true },
    { a: '2024-05-31', b: '2024-06', before: true },
    { a: '2024-08-12', b: '2024-08-13', before: true },
    { a: '2024', b: '2024-05', before: false },
    { a: '2024-05', b: '2024', before: false },
    { a: '2024-05', b: '2024-05-01', before: false },
    { a: '2024-05-31', b: '2024-05', before: false },
    { a: '2024-08-13', b: '2024-08-13', before: false },
    { a: '2024', b: '2023-12', before: false },
    { a: '2024-06', b: '2024-05-31', before: false },
  ])('says $a is certainly before $b: $before', ({ a, b, before }) => {
    expect(isCertainlyBefore(a, b)).toBe(before);
  });
});

describe('comparePartialDates', () => {
  test('sorts chronologically, a less precise date before the dates it contains', () => {
    const dates = ['2024-05-03', '2023-12', '2024', '2024-05', '2019', '2024-01-01', '2024-04-30'];
    expect([...dates].sort(comparePartialDates)).toEqual(['2019', '2023-12', '2024', '2024-01-01', '2024-04-30', '2024-05', '2024-05-03']);
  });

  test.each([
    { a: '2024-05', b: '2024-05', sign: 0 },
    { a: '2024', b: '2024-01', sign: -1 },
    { a: '2024-01-01', b: '2024-01', sign: 1 },
    { a: '2025', b: '2024-12-31', sign: 1 },
  ])('compares $a with $b as $sign', ({ a, b, sign }) => {
    expect(Math.sign(comparePartialDates(a, b))).toBe(sign);
  });
});

describe('formatPartialDate', () => {
  test.each([
    ['2018', '2018'],
    ['2018-04', 'April 2018'],
    ['2024-01', 'January 2024'],
    ['2024-12', 'December 2024'],
    ['2024-08-13', '13 August 2024'],
    ['2024-08-03', '3 August 2024'],
    ['2024-02-29', '29 February 2024'],
  ])('formats %s as "%s"', (date, text) => {
    expect(formatPartialDate(date)).toBe(text);
  });

  test('formats a month-precision date as "April 2018", not as a day', () => {
    expect(formatPartialDate('2018-04')).toBe('April 2018');
    expect(formatPartialDate('2018-04')).not.toMatch(/^1 /);
  });
});

describe('yearOf', () => {
  test.each([
    ['2018', 2018],
    ['2018-04', 2018],
    ['1999-12-31', 1999],
  ])('reads the year of %s as %d', (date, year) => {
    expect(yearOf(date)).toBe(year);
  });
});
