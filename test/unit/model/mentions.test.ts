import { beforeAll, describe, expect, test } from 'vitest';
import type { Casebook } from '../../../src/lib/model/casebook.ts';
import { casebookFromDir } from '../../../src/lib/content/casebook-from-dir.ts';
import { REFERENCE_FIELDS } from '../../../src/lib/content/references.ts';
import { casesNaming, casesTouching, entitiesLedBy, entitiesNamedBy, jurisdictionsOf, leads, MENTION_KINDS, ROLE_OF_FIELD, type MentionRole } from '../../../src/lib/model/mentions.ts';

let book: Casebook;
beforeAll(async () => {
  book = await casebookFromDir('test/fixtures/good');
});

const rows = (list: ReturnType<typeof casesNaming>) => list.map(({ record, roles }) => [record.id, roles.map((r) => (r.via ? `${r.role}:${r.via}` : r.role))]);

test('every reference field that names a firm, regulator, person or law gives the entity a role', () => {
  const entityFields = REFERENCE_FIELDS.cases.filter((f) => (MENTION_KINDS as readonly string[]).includes(f.target)).map((f) => f.path);
  expect(Object.keys(ROLE_OF_FIELD).sort()).toEqual(entityFields.sort());
});

describe('a firm', () => {
  test('is named by every case that names it in any field, with every role, in reader order', () => {
    expect(rows(casesNaming(book, 'firms', 'sample-cloud'))).toEqual([
      ['full-case', ['importer']],
      ['third-case', ['importer', 'penalised']],
      ['minimal-case', ['party']],
    ]);
    expect(rows(casesNaming(book, 'firms', 'example-pay'))).toEqual([['full-case', ['exporter', 'penalised', 'admitted-transfer', 'position']]]);
  });

  test('is named as parent by the cases of its subsidiaries', () => {
    expect(rows(casesNaming(book, 'firms', 'example-group'))).toEqual([['full-case', ['parent', 'parent-of:example-pay']]]);
  });

  test('named only as a penalty target, it is still named', () => {
    const targetOnly: Casebook = {
      ...book,
      cases: book.cases.map((record) => record.id !== 'minimal-case' ? record : {
        ...record,
        data: { ...record.data, penalties: [{ authority: 'example-court', target: 'example-pay', kind: 'warning', date: '2024', source: record.data.sources[0].id }] },
      }),
    };
    expect(rows(casesNaming(targetOnly, 'firms', 'example-pay')).map(([id]) => id)).toEqual(['full-case', 'minimal-case']);
    expect(rows(casesNaming(targetOnly, 'regulators', 'example-court')).find(([id]) => id === 'minimal-case')).toEqual(['minimal-case', ['imposed-penalty']]);
  });
});

test('a regulator is named as investigator, court, penalty authority and speaker', () => {
  expect(rows(casesNaming(book, 'regulators', 'example-court'))).toEqual([
    ['full-case', ['court', 'ruled-on-penalty']],
    ['third-case', ['court', 'imposed-penalty', 'ruled-on-penalty']],
  ]);
  expect(rows(casesNaming(book, 'regulators', 'sample-data-authority'))).toEqual([['full-case', ['investigator', 'imposed-penalty', 'found-transfer', 'position']]]);
});

test('a person is named when quoted, when taking a position and when penalised', () => {
  expect(rows(casesNaming(book, 'people', 'jane-example'))).toEqual([['full-case', ['penalised', 'position', 'quoted']]]);
});

test('a law is named by the cases citing it', () => {
  expect(rows(casesNaming(book, 'laws', 'example-privacy-act'))).toEqual([['full-case', ['cited']], ['third-case', ['cited']]]);
});

test('a case names its entities, parents after the firms that name them', () => {
  const full = book.cases.find((r) => r.id === 'full-case')!;
  expect(entitiesNamedBy(book, full)).toEqual({
    firms: ['example-pay', 'sample-cloud', 'example-group'],
    regulators: ['sample-data-authority', 'example-court'],
    people: ['jane-example'],
    laws: ['example-privacy-act'],
  });
});

describe('leading roles', () => {
  const only = (role: MentionRole) => leads([{ role }]);

  test.each(['exporter', 'importer', 'processor', 'partner', 'platform', 'complainant', 'penalised', 'admitted-transfer'] as const)('a firm as %s leads', (role) => {
    expect(only(role)).toBe(true);
  });
  test.each(['investigator', 'enforcer', 'court', 'imposed-penalty', 'ruled-on-penalty', 'found-transfer', 'confirmed-transfer'] as const)('a regulator as %s leads', (role) => {
    expect(only(role)).toBe(true);
  });
  test.each(['party', 'involved', 'parent', 'parent-of', 'position', 'quoted', 'cited', 'alleged-transfer'] as const)('an entity only named, as %s, does not lead', (role) => {
    expect(only(role)).toBe(false);
  });

  test('a case lists the entities it gives a leading role, and not those it only names', () => {
    const [full, minimal] = ['full-case', 'minimal-case'].map((id) => book.cases.find((r) => r.id === id)!);
    // Example Group is only the parent of Example Pay.
    expect(entitiesLedBy(book, full)).toMatchObject({ firms: ['example-pay', 'sample-cloud'], regulators: ['sample-data-authority', 'example-court'] });
    expect(entitiesNamedBy(book, minimal).firms).toEqual(['sample-cloud']);
    expect(entitiesLedBy(book, minimal).firms).toEqual([]);
  });
});

describe('a jurisdiction', () => {
  test('is touched by flows from and to it, and by cases in which one of its authorities acted', () => {
    expect(casesTouching(book, 'KR').map((c) => [c.record.id, c.roles])).toEqual([['full-case', ['from', 'authority']], ['minimal-case', ['from']]]);
    expect(casesTouching(book, 'EU').map((c) => [c.record.id, c.roles])).toEqual([['full-case', ['authority']], ['third-case', ['from', 'authority']]]);
  });

  test('a case lists the jurisdictions it touches, in the order it names them', () => {
    expect(jurisdictionsOf(book, book.cases.find((r) => r.id === 'full-case')!)).toEqual(['KR', 'US', 'EU']);
  });
});
