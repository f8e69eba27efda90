/**
 * Partial dates: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, kept at the precision written.
 * Stored everywhere as the canonical string, which is also a valid HTML `datetime` value.
 */

export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

export type ParsedDate =
  | { ok: true; value: PartialDate; precision: DatePrecision }
  | { ok: false; error: string };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a date as YAML gives it: a string, a number (an unquoted year) or a Date
 * (an unquoted full date, which YAML reads as a UTC timestamp).
 */
export function parsePartialDate(input: unknown): ParsedDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return { ok: false, error: 'is not a valid date' };
    const iso = input.toISOString();
    if (!iso.endsWith('T00:00:00.000Z')) {
      return { ok: false, error: `expected a date without a time, got ${iso}` };
    }
    return { ok: true, value: iso.slice(0, 10), precision: 'day' };
  }
  if (typeof input === 'number' && Number.isInteger(input)) input = String(input);
  if (typeof input !== 'string') {
    return { ok: false, error: `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(input)}` };
  }
  const match = PARTIAL_DATE.exec(input);
  if (!match) {
    return { ok: false, error: `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got "${input}"` };
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { ok: true, value: input, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return { ok: false, error: `"${input}" has no month ${m}` };
  if (d === undefined) return { ok: true, value: input, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, error: `"${input}" is not a real day (${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days)` };
  }
  return { ok: true, value: input, precision: 'day' };
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  return `${typeof value} ${JSON.stringify(value)}`;
}

export function precisionOf(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** The first and last day a partial date can mean, as `YYYY-MM-DD`. */
export function dateRange(date: PartialDate): { start: string; end: string } {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return { start: date, end: date };
  if (m !== undefined) {
    const mm = String(m).padStart(2, '0');
    return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** True only when `a` is certainly before `b`: every day `a` can mean precedes every day `b` can mean. */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  return dateRange(a).end < dateRange(b).start;
}

/**
 * Orders partial dates chronologically; a less precise date sorts before the
 * more precise dates it contains ("2024" before "2024-05" before "2024-05-03").
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  // Hot in every sort: compare first days as plain strings (ISO order), no allocation beyond padding.
  const startA = startOf(a);
  const startB = startOf(b);
  if (startA !== startB) return startA < startB ? -1 : 1;
  return a.length - b.length;
}

/** The first day a partial date can mean, as `YYYY-MM-DD`. */
function startOf(date: PartialDate): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** "2018" → "2018", "2018-04" → "April 2018", "2024-08-13" → "13 August 2024" (English, UTC, never the machine's locale). */
export function formatPartialDate(date: PartialDate): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The year of a partial date, as a number. */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}
