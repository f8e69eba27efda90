/** Numbers as readers say them, with the exact value kept beside. English, fixed, never the machine's locale. */

// Made once: `toLocaleString` with options builds a new formatter on every call, and this runs
// for every figure of every page.
const exact = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const scaledFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const SCALES = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

/** 54200000000 → "54.2 billion"; 40450000 → "40.45 million"; 81000 → "81,000". No rounding that hides a reported digit beyond two decimals. */
export function formatCount(value: number): string {
  for (const { size, word } of SCALES) {
    if (Math.abs(value) >= size) {
      const scaled = Math.round((value / size) * 100) / 100;
      return `${scaledFormat.format(scaled)} ${word}`;
    }
  }
  return exact.format(value);
}

/** 5968000000 → "5,968,000,000" */
export function formatExact(value: number): string {
  return exact.format(value);
}

/** "KRW 5.97 billion" — the readable form of an amount; `formatMoneyExact` keeps every digit. */
export function formatMoney(amount: number, currency: string): string {
  return `${currency} ${formatCount(amount)}`;
}

/** "KRW 5,968,000,000" */
export function formatMoneyExact(amount: number, currency: string): string {
  return `${currency} ${formatExact(amount)}`;
}

export interface MoneyTotal {
  currency: string;
  amount: number;
}

/** Sums amounts per currency, in currency-code order: currencies are never added together or ranked against each other. */
export function totalsByCurrency(items: readonly { amount?: number; currency?: string }[]): MoneyTotal[] {
  const totals = new Map<string, number>();
  for (const { amount, currency } of items) {
    if (amount === undefined || currency === undefined) continue;
    totals.set(currency, (totals.get(currency) ?? 0) + amount);
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => a.currency.localeCompare(b.currency, 'en'));
}
