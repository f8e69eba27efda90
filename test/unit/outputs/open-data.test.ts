import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { caseDataFile, caseRecordJson, casesCsv, casesJson, casesJsonWriter, contentJsonSchema, CSV_COLUMNS, entitiesJson } from '../../../src/lib/outputs/open-data.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { schemaValidator } from '../../support/json-schema.ts';

let book: Casebook;
const caseUrl = (id: string) => `https://casebook.example.org/cases/${id}/`;
const validate = schemaValidator(contentJsonSchema());

beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

describe('cases.json', () => {
  test('validates against the generated schema', () => {
    const result = validate('casesFile', JSON.parse(JSON.stringify(casesJson(book, caseUrl))));
    expect(result.errors).toEqual([]);
  });

  test('the schema catches a case without a title', () => {
    const data = JSON.parse(JSON.stringify(casesJson(book, caseUrl)));
    delete data.cases[0].data.title;
    expect(validate('casesFile', data).ok).toBe(false);
  });

  test('resolves every entity a case refers to', () => {
    const full = casesJson(book, caseUrl).cases.find((c) => c.id === 'full-case')!;
    expect(Object.keys(full.entities.firms).sort()).toEqual(['example-group', 'example-pay', 'sample-cloud']);
    expect(full.entities.people['jane-example'].name).toBeTruthy();
    expect(full.entities.laws['example-privacy-act']).toBeDefined();
    expect(Object.keys(full.entities.data_categories)).toContain('payment-card');
    expect(full.url).toBe('https://casebook.example.org/cases/full-case/');
  });
});

describe('cases.json written a case at a time', () => {
  const written = (cases: typeof book.cases) => {
    const parts: string[] = [];
    const writer = casesJsonWriter((text) => parts.push(text));
    for (const record of cases) writer.add(caseRecordJson(book, record, caseUrl(record.id)));
    writer.end();
    return { text: parts.join(''), parts: parts.length };
  };

  test('is byte for byte the file made whole, in pieces', () => {
    const { text, parts } = written(book.cases);
    expect(text).toBe(JSON.stringify(casesJson(book, caseUrl), null, 2));
    expect(parts).toBe(book.cases.length + 2);
  });

  test('a line separator (U+2028) inside a string stays as it is', () => {
    const [first] = book.cases;
    const cases = [{ ...first, data: { ...first.data, summary: `${first.data.summary}\u2028second line` } }];
    expect(written(cases).text).toBe(JSON.stringify(casesJson({ ...book, cases }, caseUrl), null, 2));
  });

  test('with one case and with none, too', () => {
    for (const cases of [book.cases.slice(0, 1), []]) {
      expect(written(cases).text).toBe(JSON.stringify(casesJson({ ...book, cases }, caseUrl), null, 2));
    }
  });
});

describe('where a case\'s penalties stand, in the JSON', () => {
  test('each penalty\'s newest step, by its position in data.penalties, and the fines per currency as imposed and as they stand', () => {
    const third = casesJson(book, caseUrl).cases.find((c) => c.id === 'third-case')!;
    expect(third.standing.penalties).toEqual([
      { index: 0, standing: 'reduced', date: '2022-06-01', source: 'court-ruling', by: 'example-court', level: 'appeal', amount: 200000 },
      { index: 1, standing: 'annulled', date: '2022-06-01', source: 'court-ruling', by: 'example-court', level: 'final', amount: 0 },
      { index: 2, standing: 'imposed', amount: 10000 },
    ]);
    expect(third.standing.fines).toEqual({
      count: 3,
      imposed: [{ currency: 'EUR', amount: 300000 }, { currency: 'USD', amount: 10000 }],
      standing: [{ currency: 'EUR', amount: 200000 }, { currency: 'USD', amount: 10000 }],
    });
  });

  test('a penalty without an amount has no standing amount', () => {
    const full = casesJson(book, caseUrl).cases.find((c) => c.id === 'full-case')!;
    expect(full.standing.penalties.map((p) => [p.standing, 'amount' in p])).toEqual([['stayed', true], ['imposed', false], ['imposed', false]]);
  });

  test('the schema refuses a standing outside the vocabulary', () => {
    const data = JSON.parse(JSON.stringify(casesJson(book, caseUrl)));
    data.cases[0].standing.penalties[0].standing = 'overturned';
    expect(validate('casesFile', data).ok).toBe(false);
  });
});

describe('a case\'s data file (/data/cases/<id>.json)', () => {
  test('holds the case exactly as cases.json does, with its version date and the names of its jurisdictions', () => {
    for (const record of book.cases) {
      const file = caseDataFile(caseRecordJson(book, record, caseUrl(record.id)));
      expect(file.case).toEqual(casesJson(book, caseUrl).cases.find((c) => c.id === record.id));
      expect(file.case.version_date).toBe(record.data.updated);
    }
    const third = caseDataFile(caseRecordJson(book, book.cases.find((r) => r.id === 'third-case')!, caseUrl('third-case')));
    expect(third.case.entities.jurisdictions).toEqual({ EU: { name: 'European Union' }, NO: { name: 'Norway' }, US: { name: 'United States' } });
  });

  test('validates against the generated schema, which refuses a file without its case', () => {
    const file = JSON.parse(JSON.stringify(caseDataFile(caseRecordJson(book, book.cases[0], caseUrl(book.cases[0].id)))));
    expect(validate('caseFile', file).errors).toEqual([]);
    delete file.case;
    expect(validate('caseFile', file).ok).toBe(false);
  });
});

test('entities.json validates against the generated schema', () => {
  expect(validate('entitiesFile', JSON.parse(JSON.stringify(entitiesJson(book)))).errors).toEqual([]);
});

describe('cases.csv', () => {
  test('has one row per case, with the declared columns, each row valid', () => {
    const rows = parse(casesCsv(book, caseUrl), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(book.cases.length);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(validate('casesCsvRow', row).errors).toEqual([]);
  });

  test('flattens flows and penalties, keeping currencies apart', () => {
    const rows = parse(casesCsv(book, caseUrl), { columns: true }) as Record<string, string>[];
    const full = rows.find((r) => r.id === 'full-case')!;
    expect(full.from).toBe('KR');
    expect(full.records).toBe('54200000000');
    expect(full.penalty_totals).toBe('1000000 KRW');
    expect(full.fines_imposed).toBe('1000000 KRW');
    expect(full.fine_standings).toBe('stayed');
    expect(full.penalties).toContain('sample-data-authority: fine 1000000 KRW on example-pay (2024-09)');
    const minimal = rows.find((r) => r.id === 'minimal-case')!;
    expect(minimal.records).toBe('');
    expect(minimal.penalties).toBe('');
  });

  test('a row with a bad status fails the row schema', () => {
    const rows = parse(casesCsv(book, caseUrl), { columns: true }) as Record<string, string>[];
    expect(validate('casesCsvRow', { ...rows[0], status: 'closed' }).ok).toBe(false);
  });
});
