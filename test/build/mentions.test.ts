/**
 * Every field of the contract that can name an entity, walked once: a case names a distinct
 * entity in each, and that entity's page, its feed and its "search within" link all find the
 * case. A field added to the reference table without a place here fails the first test.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REFERENCE_FIELDS, valuesAt } from '../../src/lib/content/references.ts';
import { MENTION_KINDS, type MentionKind } from '../../src/lib/model/mentions.ts';
import { buildSiteOrThrow, removeBuilds, tempOutDir } from '../support/build-site.ts';

const CASE_ID = 'all-fields';
const CASE_URL = `/cases/${CASE_ID}/`;
/** The entity named in one field: `flows[].established[].by.firm` → `x-flows-established-by-firm`. */
const named = (path: string) => `x-${path.replace(/\[\]/g, '').replace(/[^a-z]+/g, '-').replace(/-$/, '')}`;
const PARENT = 'x-parent-of-party';

const source = 'all-fields-source';
const data = {
  title: 'A case that names an entity in every field',
  summary: 'Fictional: each reference field names its own entity.',
  status: 'sanctioned',
  reported: '2024-01',
  updated: '2024-06',
  flows: [
    {
      from: 'KR',
      to: 'NO',
      exporter: named('flows[].exporter'),
      importer: named('flows[].importer'),
      data: ['name'],
      established: [
        { how: 'found', by: { regulator: named('flows[].established[].by.regulator') }, source },
        { how: 'admitted', by: { firm: named('flows[].established[].by.firm') }, source },
        { how: 'alleged', by: { person: named('flows[].established[].by.person') }, source },
      ],
    },
  ],
  parties: [{ firm: named('parties[].firm'), role: 'platform' }],
  regulators: [{ regulator: named('regulators[].regulator'), role: 'investigator' }],
  positions: [
    { by: { firm: named('positions[].by.firm') }, claim: 'A firm claims.', source },
    { by: { regulator: named('positions[].by.regulator') }, claim: 'A regulator claims.', source },
    { by: { person: named('positions[].by.person') }, claim: 'A person claims.', source },
  ],
  penalties: [
    {
      authority: named('penalties[].authority'),
      target: named('penalties[].target'),
      person: named('penalties[].person'),
      kind: 'fine',
      amount: 1000,
      currency: 'EUR',
      date: '2024-03',
      source,
      standing: [{ date: '2024-05', standing: 'upheld', by: named('penalties[].standing[].by'), level: 'first-instance', source }],
    },
  ],
  provisions: [{ law: named('provisions[].law') }],
  timeline: [{ date: '2024-01', kind: 'report', title: 'Reported', sources: [source] }],
  quotes: [{ person: named('quotes[].person'), text: 'A quote.', date: '2024-02', source }],
  sources: [{ id: source, kind: 'other', title: 'A source', publisher: 'Example', date: '2024-01' }],
};

const entityFields = REFERENCE_FIELDS.cases.filter((f) => (MENTION_KINDS as readonly string[]).includes(f.target));
const entities = [
  ...entityFields.map(({ path, target }) => ({ kind: target as MentionKind, id: named(path), field: path })),
  { kind: 'firms' as const, id: PARENT, field: 'parent of parties[].firm' },
];

let dist: string;
let content: string;
beforeAll(() => {
  content = tempOutDir();
  cpSync('test/fixtures/good', content, { recursive: true });
  writeFileSync(join(content, 'cases', `${CASE_ID}.mdx`), `---\n${stringify(data)}---\nA fictional case.[^${source}]\n`);
  for (const { kind, id } of entities) {
    mkdirSync(join(content, kind), { recursive: true });
    const file: Record<string, unknown> = { name: `Entity ${id}` };
    if (kind === 'firms' || kind === 'laws' || kind === 'regulators') file.country = 'KR';
    if (kind === 'regulators') file.kind = 'court';
    if (id === named('parties[].firm')) file.parent = PARENT;
    writeFileSync(join(content, kind, `${id}.yaml`), stringify(file));
  }
  dist = buildSiteOrThrow(content);
});
afterAll(() => removeBuilds(dist, content));

const html = (path: string) => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const linksTo = (tree: ReturnType<typeof html>, href: string) => selectAll(`main a[href="${href}"]`, tree).length > 0;

test('the fixture names a distinct entity in every entity field of the contract', () => {
  for (const { path } of entityFields) expect([...valuesAt(data, path)].map(([value]) => value), path).toEqual([named(path)]);
});

describe.each(entities)('$kind $id ($field)', ({ kind, id }) => {
  test('its page lists the case', () => {
    expect(linksTo(html(`${kind}/${id}`), CASE_URL)).toBe(true);
  });
});

// Firms and regulators have a feed and a "search within" link; people and laws have neither.
describe.each(entities.filter(({ kind }) => kind === 'firms' || kind === 'regulators'))('$kind $id ($field)', ({ kind, id }) => {
  test('its feed follows the case', () => {
    expect(readFileSync(join(dist, kind, id, 'feed.xml'), 'utf8')).toContain(CASE_URL);
  });

  test('its "search within" link selects the case', () => {
    const link = select('main a[href^="/search/?"]', html(`${kind}/${id}`));
    const params = new URLSearchParams(String(link?.properties.href).split('?')[1]);
    const [[filter, value]] = [...params];
    const casePage = readFileSync(join(dist, 'cases', CASE_ID, 'index.html'), 'utf8');
    expect(casePage).toContain(`data-pagefind-filter="${filter}:${value}"`);
  });
});

test('each jurisdiction the case touches lists it, follows it and its search link selects it', () => {
  // KR: data from, and the country of every regulator; NO: data to.
  for (const code of ['kr', 'no']) {
    expect(linksTo(html(`jurisdictions/${code}`), CASE_URL), code).toBe(true);
    expect(readFileSync(join(dist, 'jurisdictions', code, 'feed.xml'), 'utf8')).toContain(CASE_URL);
    expect(linksTo(html(`cases/jurisdiction/${code}`), CASE_URL), `case index ${code}`).toBe(true);
    expect(readFileSync(join(dist, 'cases', CASE_ID, 'index.html'), 'utf8')).toContain(`data-pagefind-filter="jurisdiction:${code.toUpperCase()}"`);
  }
});

test('the open data resolves every entity the case names', () => {
  const cases = JSON.parse(readFileSync(join(dist, 'data', 'cases.json'), 'utf8')) as { cases: { id: string; entities: Record<string, Record<string, unknown>> }[] };
  const entry = cases.cases.find((c) => c.id === CASE_ID)!;
  for (const { kind, id } of entities) expect(Object.keys(entry.entities[kind] ?? {}), `${kind} ${id}`).toContain(id);
});

test('the case page names every entity it names, with its role in words', () => {
  const text = readFileSync(join(dist, 'cases', CASE_ID, 'index.html'), 'utf8');
  for (const phrase of ['imposed a penalty', 'ruled on a penalty', 'penalised', 'found the transfer', 'admitted the transfer', 'alleged the transfer', 'stated a position']) {
    expect(text, phrase).toContain(phrase);
  }
});
