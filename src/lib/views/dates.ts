/** A date as a page shows it: the machine value for <time datetime> and the words. */
import { formatPartialDate, type PartialDate } from '../model/dates.ts';
import { formatCount, formatExact, formatMoney, formatMoneyExact, type MoneyTotal } from '../model/numbers.ts';

export interface DateView {
  iso: PartialDate;
  text: string;
}
export interface CountView {
  text: string;
  exact: string;
  value: number;
}
export interface MoneyView {
  currency: string;
  value: number;
  /** "KRW 5.97 billion" */
  text: string;
  /** "KRW 5,968,000,000" */
  exact: string;
}

export const dateView = (iso: PartialDate): DateView => ({ iso, text: formatPartialDate(iso) });
export const countView = (value: number): CountView => ({ value, text: formatCount(value), exact: formatExact(value) });
export const moneyView = ({ amount, currency }: MoneyTotal): MoneyView => ({
  currency,
  value: amount,
  text: formatMoney(amount, currency),
  exact: formatMoneyExact(amount, currency),
});
