/** Headline counts of the whole Casebook, each saying what it adds up. */
import type { Casebook, CaseRecord } from './casebook.ts';
import { allJurisdictions } from './flows.ts';

/** Records a case reports, summed over its flows; undefined when no flow gives a count. */
export function caseRecords(record: CaseRecord): number | undefined {
  const counted = record.data.flows.filter((f) => f.records !== undefined);
  return counted.length ? counted.reduce((sum, f) => sum + f.records!, 0) : undefined;
}

export function casebookStats(book: Casebook) {
  const withRecords = book.cases.flatMap((record) => {
    const records = caseRecords(record);
    return records === undefined ? [] : [{ record, records }];
  });
  const largest = [...withRecords].sort((a, b) => b.records - a.records || a.record.id.localeCompare(b.record.id, 'en'))[0];
  return {
    cases: book.cases.length,
    firms: book.firms.size,
    regulators: book.regulators.size,
    jurisdictions: allJurisdictions(book).length,
    /** Records reported transferred: their sum over the cases that give a count, how many do, and the largest. */
    records: { total: withRecords.reduce((sum, x) => sum + x.records, 0), cases: withRecords.length, largest },
  };
}
