/**
 * Synthetic, contract-valid content for the benchmark (`npm run bench`): N cases with
 * entities, flows, timelines, quotes, positions, penalties and sources, and a 600–900-word
 * narrative with GFM tables, lists and `[^source-id]` footnotes, some of it Korean.
 * Deterministic: the same seed and size give byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { REQUIRED_DATA_CATEGORIES } from '../../lib/content/schema/entities.ts';
import { createRandom, type Random } from './prng.ts';
import {
  ADJECTIVES, COUNTRIES, DATA_CATEGORY_LABELS, EU, FAMILY_NAMES, FINE_SCALE, FIRM_KINDS, FIRM_KINDS_KO, GIVEN_NAMES, HANGUL,
  KOREAN_CLAUSES, KOREAN_FAMILY, LATIN_ENDS, LATIN_STARTS, LAW_NAMES, NOUNS, PERSON_TITLES, PUBLISHERS, REGULATOR_KINDS,
  REGULATOR_NAMES, REGULATOR_NAMES_KO, SECTORS, TAGS, UNIVERSITIES, VERBS, type Country,
} from './vocabulary.ts';

export interface GenerateOptions {
  /** Number of cases. */
  cases: number;
  seed?: number;
}

export interface GeneratedContent {
  /** Path relative to the content directory → file text. */
  files: Map<string, string>;
  caseIds: string[];
  counts: { cases: number; firms: number; regulators: number; people: number; laws: number; aliases: number };
  /** Words in each case narrative, in case order. */
  bodyWords: number[];
}

/** How many entities a casebook of `cases` cases has: they grow with it, as a real casebook's would. */
export function entityCounts(cases: number) {
  return {
    firms: 20 + Math.round(cases * 0.3),
    regulators: 10 + Math.round(cases * 0.03),
    people: 10 + Math.round(cases * 0.15),
    laws: 8 + Math.round(cases * 0.02),
  };
}

interface Firm { id: string; name: string; short: string; country: Country; kind: string }
interface Regulator { id: string; name: string; abbr: string; country: Country; kind: string }
interface Person { id: string; name: string; korean: boolean; affiliation?: string }
interface Law { id: string; name: string; short: string; country: Country }
interface Entities { firms: Firm[]; regulators: Regulator[]; people: Person[]; laws: Law[] }

const slug = (text: string) =>
  text.normalize('NFKD').replace(/[^\w\s-]/g, '').toLowerCase().trim().replace(/[\s_]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');

/** Unique ids: a repeated slug gets -2, -3… */
function idAllocator() {
  const taken = new Set<string>();
  return (base: string) => {
    let id = base || 'x';
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}

const yamlText = (data: unknown) => stringify(data, { lineWidth: 0, version: '1.2' });
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A date as a day count from 2010-01-01, so ordering rules are easy to keep. */
const EPOCH = Date.UTC(2010, 0, 1);
const dayToIso = (day: number) => new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (iso: string) => Math.round((Date.parse(iso) - EPOCH) / 86_400_000);
type Precision = 'day' | 'month' | 'year';
const formatDay = (day: number, precision: Precision) => {
  const iso = dayToIso(day);
  return precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const proseDate = (day: number) => {
  const [y, m, d] = dayToIso(day).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};
const proseMonth = (day: number) => {
  const [y, m] = dayToIso(day).split('-').map(Number);
  return `${MONTHS[m - 1]} ${y}`;
};

function latinName(r: Random) {
  return `${r.pick(LATIN_STARTS)}${r.pick(LATIN_ENDS)}`;
}
function hangulWord(r: Random, syllables: number) {
  return Array.from({ length: syllables }, () => r.pick(HANGUL)[0]).join('');
}
const initials = (name: string) => name.split(/\s+/).filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');

function makeEntities(r: Random, cases: number, files: Map<string, string>): Entities {
  const n = entityCounts(cases);

  const firmId = idAllocator();
  const firms: Firm[] = [];
  for (let i = 0; i < n.firms; i++) {
    const base = latinName(r);
    const kind = r.pick(FIRM_KINDS);
    const name = `${base} ${kind}`;
    const country = r.skewed(COUNTRIES, 1.6);
    const id = firmId(slug(name));
    const firm: Record<string, unknown> = { name };
    if (country.code === 'KR' || r.chance(0.05)) firm.names = { ko: `${hangulWord(r, 2)}${FIRM_KINDS_KO[kind]}` };
    firm.aliases = [`${base}${kind}`, `${base} ${kind} Co., Ltd.`];
    firm.type = r.chance(0.92) ? 'company' : r.pick(['public-body', 'ngo', 'other']);
    firm.country = country.code;
    if (i > 3 && r.chance(0.25)) firm.parent = r.skewed(firms.slice(0, i)).id; // earlier firms only: no cycles
    firm.sector = SECTORS[kind];
    if (r.chance(0.7)) firm.website = `https://www.${slug(base)}${kind.toLowerCase()}.com`;
    firm.description = `${country.adjective} ${SECTORS[kind]} company${r.chance(0.5) ? ` serving ${r.int(2, 90)} million ${r.pick(NOUNS)}` : ''}.`;
    files.set(`firms/${id}.yaml`, yamlText(firm));
    firms.push({ id, name, short: base, country, kind });
  }

  const regulatorId = idAllocator();
  const regulators: Regulator[] = [];
  const seenNames = new Set<string>();
  for (let i = 0; i < n.regulators; i++) {
    const country = r.chance(0.12) ? EU : r.skewed(COUNTRIES, 1.4);
    const kind = r.pick(REGULATOR_KINDS);
    const office = r.pick(REGULATOR_NAMES[kind]);
    let name = kind === 'court' ? `${office} of ${capital(country.name.replace(/^the /, ''))}` : `${country.adjective} ${office}`;
    if (seenNames.has(name)) name = `${name} (${latinName(r)} region)`;
    seenNames.add(name);
    const abbr = initials(office);
    const id = regulatorId(slug(`${country.code}-${initials(office)}-${kind === 'court' ? 'court' : ''}`));
    const regulator: Record<string, unknown> = { name, abbr };
    if (country.code === 'KR') regulator.names = { ko: REGULATOR_NAMES_KO[office] };
    regulator.aliases = [abbr, `${office} of ${country.name.replace(/^the /, '')}`];
    regulator.country = country.code;
    regulator.kind = kind;
    if (r.chance(0.6)) regulator.website = `https://www.${slug(office).replace(/-/g, '')}.${country.code.toLowerCase()}.example.org`;
    regulator.description = `${capital(kind === 'dpa' ? 'data protection authority' : kind === 'court' ? 'court' : `${kind} regulator`)} of ${country.name}.`;
    files.set(`regulators/${id}.yaml`, yamlText(regulator));
    regulators.push({ id, name, abbr, country, kind });
  }

  const personId = idAllocator();
  const people: Person[] = [];
  for (let i = 0; i < n.people; i++) {
    const korean = r.chance(0.45);
    const person: Record<string, unknown> = {};
    let name: string;
    if (korean) {
      const [familyKo, family] = r.pick(KOREAN_FAMILY);
      const [a, ar] = r.pick(HANGUL);
      const [b, br] = r.pick(HANGUL);
      name = `${family} ${capital(ar)}-${br}`;
      person.name = name;
      person.names = { ko: `${familyKo}${a}${b}` };
    } else {
      name = `${r.pick(GIVEN_NAMES)} ${r.pick(FAMILY_NAMES)}`;
      person.name = name;
    }
    const title = r.pick(PERSON_TITLES);
    const affiliation = title === 'Professor' || title === 'Researcher' ? r.pick(UNIVERSITIES) : r.chance(0.5) ? r.pick(regulators).name : r.pick(firms).name;
    person.affiliation = affiliation;
    person.title = title;
    person.description = `${title} at ${affiliation}, quoted on cross-border transfers of personal data.`;
    const id = personId(slug(name));
    files.set(`people/${id}.yaml`, yamlText(person));
    people.push({ id, name, korean, affiliation });
  }

  const lawId = idAllocator();
  const laws: Law[] = [];
  for (let i = 0; i < n.laws; i++) {
    const country = r.chance(0.1) ? EU : r.skewed(COUNTRIES, 1.4);
    const base = r.pick(LAW_NAMES);
    const year = r.int(1995, 2024);
    const name = `${country.adjective} ${base} ${year}`;
    const short = initials(base);
    const id = lawId(slug(`${country.code}-${short}-${year}`));
    const law: Record<string, unknown> = { name, short, country: country.code };
    if (r.chance(0.6)) law.url = `https://law.${country.code.toLowerCase()}.example.org/${slug(base)}-${year}`;
    law.description = `${base} of ${country.name}, as amended; governs transfers of personal data abroad.`;
    files.set(`laws/${id}.yaml`, yamlText(law));
    laws.push({ id, name, short, country });
  }

  const categories = Object.fromEntries(
    REQUIRED_DATA_CATEGORIES.map((id) => [id, { label: DATA_CATEGORY_LABELS[id] ?? id, description: `Personal data of the kind "${DATA_CATEGORY_LABELS[id] ?? id}".` }]),
  );
  files.set('data-categories.yaml', `# Controlled vocabulary of personal-data categories (synthetic benchmark tree).\n${yamlText(categories)}`);
  return { firms, regulators, people, laws };
}

interface Source { id: string; kind: string; title: string; publisher: string; date: string; url: string; lang: string; day: number }

interface CaseContext {
  r: Random;
  exporter: Firm;
  importer: Firm;
  from: Country;
  to: Country;
  regulator: Regulator;
  law: Law;
  person: Person;
  records: number;
  people: number;
  start: number;
  reported: number;
  category: string;
}

const fmtNumber = (n: number) => n.toLocaleString('en-US');

/** Sentence templates of the narrative; each reads as a sourced statement of fact. */
const SENTENCES: ((c: CaseContext) => string)[] = [
  (c) => `${c.exporter.name} ${c.r.pick(VERBS)} ${c.r.pick(ADJECTIVES)} ${c.r.pick(NOUNS)} on its ${c.from.adjective} customers to ${c.importer.name} in ${c.to.name} without asking for their consent.`,
  (c) => `According to the ${c.regulator.abbr}, about ${fmtNumber(c.records)} records covering ${fmtNumber(c.people)} people were ${c.r.pick(VERBS)} between ${proseMonth(c.start)} and ${proseMonth(c.reported)}.`,
  (c) => `The ${c.regulator.name} opened an inquiry after a ${c.r.pick(ADJECTIVES)} complaint about ${c.r.pick(NOUNS)} held by ${c.importer.short}.`,
  (c) => `${c.exporter.short} said the transfer was a lawful consignment and that only ${c.r.pick(ADJECTIVES)} ${c.r.pick(NOUNS)} needed for the service left ${c.from.name}.`,
  (c) => `Investigators found that ${DATA_CATEGORY_LABELS[c.category].toLowerCase()} data was included, although the privacy notice did not mention it.`,
  (c) => `The company added that its ${c.r.pick(NOUNS)} were ${c.r.pick(['encrypted', 'pseudonymised', 'access-controlled'])} and could be used only to detect fraud.`,
  (c) => `${c.person.name} told reporters that consent is required before personal information is passed to an overseas recipient.`,
  (c) => `Under ${c.law.name}, article ${c.r.int(14, 39)}, a controller must inform data subjects of the recipient, the country and the purpose of a transfer.`,
  (c) => `The ${c.regulator.abbr} counted ${fmtNumber(c.r.int(2, 900))} million ${c.r.pick(ADJECTIVES)} ${c.r.pick(NOUNS)} that had nothing to do with the service customers had signed up for.`,
  (c) => `${c.importer.name} did not respond to requests for comment from several newspapers.`,
  (c) => `A ${c.r.pick(['former', 'current', 'senior'])} employee of ${c.exporter.short} described weekly uploads of ${c.r.pick(ADJECTIVES)} ${c.r.pick(NOUNS)} to servers operated by ${c.importer.short}.`,
  (c) => `Consumer groups in ${c.from.name} asked the ${c.regulator.abbr} to publish the full decision, including the list of ${c.r.pick(NOUNS)} reviewed.`,
  (c) => `The contract between the two companies, signed in ${proseMonth(c.start)}, described the recipient as a processor acting on instructions.`,
  (c) => `Lawyers for ${c.exporter.short} argued that the ${c.r.pick(ADJECTIVES)} ${c.r.pick(NOUNS)} fell outside the definition of personal data because they were hashed.`,
  (c) => `The ${c.regulator.abbr} rejected that argument, noting that the hashes could be linked back to account identifiers.`,
  (c) => `Data on customers who had never used the overseas service was also ${c.r.pick(VERBS)}, the inspection report says.`,
  (c) => `By ${proseDate(c.reported)} the story had been picked up by broadcasters in ${c.from.name} and ${c.to.name}.`,
  (c) => `Analysts at ${c.r.pick(UNIVERSITIES)} estimated that ${c.r.int(10, 95)} per cent of the records concerned dormant accounts.`,
  (c) => `${c.exporter.short} later said it had stopped the transfers and deleted the ${c.r.pick(ADJECTIVES)} copies held abroad.`,
  (c) => `No evidence was published that the data had been accessed by public authorities in ${c.to.name}.`,
  (c) => `Parliamentary questions in ${c.from.name} focused on whether the consent forms were clear enough.`,
  (c) => `The regulator also examined ${c.r.pick(NOUNS)}, ${c.r.pick(NOUNS)} and ${c.r.pick(NOUNS)} kept by ${c.importer.short} for ${c.r.int(2, 10)} years.`,
  (c) => `${c.importer.short} said it used the data only to build a ${c.r.pick(['fraud', 'credit', 'risk', 'marketing'])} scoring model for a partner.`,
  (c) => `Privacy advocates called the case the largest transfer of ${c.from.adjective} personal data abroad without consent so far.`,
  (c) => `The ${c.regulator.abbr} said the two firms had ${c.r.int(30, 90)} days to bring their ${c.r.pick(NOUNS)} into line with the law.`,
  (c) => `Documents seen by reporters show that ${c.r.pick(ADJECTIVES)} ${c.r.pick(NOUNS)} were reviewed by ${c.r.int(3, 40)} ${c.r.pick(['engineers', 'analysts', 'contractors'])} in ${c.to.name}.`,
];

function sentence(c: CaseContext): string {
  return c.r.pick(SENTENCES)(c);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

function makeCase(r: Random, index: number, e: Entities, caseIds: string[], files: Map<string, string>): { id: string; bodyWords: number; aliased: boolean } {
  const exporter = r.skewed(e.firms);
  let importer = r.skewed(e.firms);
  while (importer.id === exporter.id) importer = r.pick(e.firms);
  const from = exporter.country;
  const to = importer.country.code !== from.code ? importer.country : r.pick(COUNTRIES.filter((c) => c.code !== from.code));

  const start = r.int(0, 5000);
  const reported = start + r.int(30, 1500);
  const updated = reported + r.int(0, 700);
  const year = dayToIso(reported).slice(0, 4);
  const id = `${exporter.id}-${importer.short.toLowerCase()}-${year}-${index + 1}`;

  const regulatorsHere = e.regulators.filter((x) => x.country.code === from.code);
  const mainRegulator = regulatorsHere.length ? r.skewed(regulatorsHere) : r.skewed(e.regulators);
  const caseRegulators = r.some(e.regulators, r.int(0, 2), (items) => r.skewed(items)).filter((x) => x.id !== mainRegulator.id);
  const allRegulators = [mainRegulator, ...caseRegulators];
  const lawsHere = e.laws.filter((l) => l.country.code === from.code);
  const mainLaw = lawsHere.length ? r.pick(lawsHere) : r.skewed(e.laws);
  const otherLaws = r.some(e.laws, r.int(0, 2), (items) => r.skewed(items)).filter((l) => l.id !== mainLaw.id);
  const person = r.skewed(e.people);
  const others = r.some(e.firms, r.int(0, 2), (items) => r.skewed(items)).filter((f) => f.id !== exporter.id && f.id !== importer.id);
  const categories = r.some(REQUIRED_DATA_CATEGORIES, r.int(2, 6));
  const records = r.int(1, 60_000) * 10_000;
  const peopleCount = r.int(1, 5000) * 1000;

  // Sources first: everything else cites them.
  const sourceIds = idAllocator();
  const sources: Source[] = Array.from({ length: r.int(6, 14) }, () => {
    const kind = r.chance(0.7) ? 'news' : r.pick(['regulator', 'court', 'company', 'academic']);
    const day = reported + r.int(-20, updated - reported + 5);
    const date = dayToIso(day);
    if (kind === 'news') {
      const p = r.pick(PUBLISHERS);
      const title = p.lang === 'ko'
        ? `${exporter.short}, ${importer.short}에 고객정보 ${fmtNumber(r.int(1, 900))}만건 넘겨…${r.pick(['제재 착수', '과징금 부과', '행정소송 제기', '조사 확대'])}`
        : `${exporter.name} ${r.pick(['sent', 'gave', 'shared'])} ${from.adjective} customer data to ${importer.short} ${r.pick(['without consent', 'for years', 'in bulk', 'abroad'])}`;
      return { id: sourceIds(`${slug(p.name.replace(/[^\x00-\x7f]/g, '')) || p.domain.split('.')[1]}-${date}`), kind, title, publisher: p.name, date, url: `https://${p.domain}/news/${date.replace(/-/g, '/')}/${r.int(100000, 999999)}`, lang: p.lang, day };
    }
    const publisher = kind === 'regulator' || kind === 'court' ? r.pick(allRegulators).name : kind === 'company' ? exporter.name : r.pick(UNIVERSITIES);
    const title = kind === 'company' ? `Statement on the ${r.pick(['inspection', 'decision', 'reports'])} concerning overseas payments` : `${capital(r.pick(ADJECTIVES))} findings on the transfer of personal data by ${exporter.short}`;
    return { id: sourceIds(`${kind}-${date}`), kind, title, publisher, date, url: `https://example.org/${kind}/${date}/${r.int(1000, 9999)}`, lang: 'en', day };
  });
  const src = () => r.pick(sources).id;

  const flows = [
    { from: from.code, to: to.code, exporter: exporter.id, importer: importer.id, data: categories, ...(r.chance(0.15) ? { alleged: true } : {}), records, people: peopleCount, since: formatDay(start, r.pick(['day', 'month', 'month', 'year'] as const)), ...(r.chance(0.6) ? { until: formatDay(reported, 'month') } : {}) },
    ...Array.from({ length: r.chance(0.35) ? r.int(1, 2) : 0 }, () => {
      const dest = r.pick(COUNTRIES.filter((c) => c.code !== from.code));
      const importerThere = e.firms.find((f) => f.country.code === dest.code && f.id !== exporter.id);
      return { from: from.code, to: dest.code, exporter: exporter.id, ...(importerThere && r.chance(0.5) ? { importer: importerThere.id } : {}), data: r.some(categories, r.int(1, categories.length)), ...(r.chance(0.5) ? { records: r.int(1, 9000) * 1000 } : {}) };
    }),
  ];

  const status = r.pick(['reported', 'investigating', 'sanctioned', 'sanctioned', 'appealed', 'resolved'] as const);
  const sanctioned = status === 'sanctioned' || status === 'appealed' || status === 'resolved';
  const enforcers = allRegulators.filter((x) => x.kind !== 'court');
  const authority = enforcers.length ? enforcers[0] : mainRegulator;
  const penalties = Array.from({ length: sanctioned ? r.int(1, 4) : r.chance(0.15) ? 1 : 0 }, () => {
    const kind = r.chance(0.55) ? 'fine' : r.pick(['corrective-order', 'warning', 'suspension', 'other']);
    const target = r.chance(0.7) ? exporter : r.pick([importer, ...others]);
    const currency = authority.country.currency;
    return {
      authority: authority.id,
      target: target.id,
      kind,
      ...(kind === 'fine' ? { amount: r.int(1, 900) * (FINE_SCALE[currency] ?? 1_000_000) / 10, currency } : {}),
      date: dayToIso(r.int(reported, updated)),
      source: src(),
    };
  });

  const speakers = [{ firm: exporter.id }, { firm: importer.id }, { regulator: mainRegulator.id }, { person: person.id }];
  const positions = Array.from({ length: r.int(0, 4) }, (_, i) => ({
    by: speakers[i % speakers.length],
    claim: i % speakers.length === 0
      ? `Only ${r.pick(ADJECTIVES)} information needed for the service was handed over under a consignment contract, so no consent was required.`
      : i % speakers.length === 2
        ? `The transfer of ${DATA_CATEGORY_LABELS[categories[0]].toLowerCase()} data to ${to.name} was unlawful because customers were never told about it.`
        : `The ${r.pick(NOUNS)} were ${r.pick(['encrypted', 'pseudonymised', 'deleted'])} and were never used for ${r.pick(['marketing', 'profiling', 'credit scoring'])}.`,
    source: src(),
  }));

  const eventKinds = ['report', 'investigation', 'sanction', 'ruling', 'statement', 'agreement', 'transfer', 'other'] as const;
  const timeline = Array.from({ length: r.int(5, 12) }, (_, i) => {
    const kind = i === 0 ? 'transfer' : r.pick(eventKinds);
    const day = i === 0 ? start : r.int(start, updated);
    const titles: Record<(typeof eventKinds)[number], string> = {
      report: `${r.pick(PUBLISHERS).name} reports the ${r.pick(['transfers', 'inspection findings', 'complaint'])}`,
      investigation: `${mainRegulator.abbr} ${r.pick(['opens an inquiry into', 'inspects', 'requests documents from'])} ${exporter.short}`,
      sanction: `${authority.abbr} sanctions ${r.pick([exporter, importer]).short}`,
      ruling: `Court ${r.pick(['rules on', 'hears'])} ${exporter.short}'s challenge`,
      statement: `${r.pick([exporter, importer]).short} ${r.pick(['denies wrongdoing', 'issues a statement', 'apologises to customers'])}`,
      agreement: `${exporter.short} and ${importer.short} sign a ${r.pick(['consignment', 'data-sharing', 'service'])} agreement`,
      transfer: `${exporter.short} starts sending ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} to ${importer.short}`,
      other: `${r.pick(['Lawmakers question', 'Consumer groups criticise', 'Auditors review'])} the ${r.pick(NOUNS)}`,
    };
    return {
      date: formatDay(day, r.chance(0.7) ? 'day' : 'month'),
      kind,
      title: titles[kind],
      ...(r.chance(0.4) ? { detail: `${sentence({ r, exporter, importer, from, to, regulator: mainRegulator, law: mainLaw, person, records, people: peopleCount, start, reported, category: categories[0] })}` } : {}),
      sources: r.some(sources.map((s) => s.id), r.int(1, 3)),
    };
  });

  const quotePeople = r.some(e.people, r.int(0, 4), (items) => r.skewed(items));
  const quotes = quotePeople.map((q) => {
    const day = r.int(reported, updated);
    const clause = r.pick(KOREAN_CLAUSES);
    if (q.korean && r.chance(0.4)) return { person: q.id, text: `${exporter.short}는 ${clause}`, lang: 'ko', date: dayToIso(day), source: src() };
    const text = `${r.pick(['Consent is required to pass personal information overseas.', 'The customers never knew where their data went.', 'We handed over only what the service needed.', 'This is a question of trust, not only of law.'])} ${capital(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} should never leave the country without a clear legal basis.`;
    return q.korean && r.chance(0.4)
      ? { person: q.id, text, original: `${clause}.`, original_lang: 'ko', date: dayToIso(day), source: src() }
      : { person: q.id, text, date: dayToIso(day), source: src() };
  });

  const related = index > 0 && r.chance(0.6) ? r.some(caseIds, r.int(1, 3)) : [];
  const aliased = r.chance(0.03);
  const parties = [
    { firm: exporter.id, role: 'exporter' },
    { firm: importer.id, role: 'importer' },
    ...others.map((f) => ({ firm: f.id, role: r.pick(['processor', 'partner', 'parent', 'platform', 'other']) })),
  ];

  const summary = [
    `The ${mainRegulator.name} found that ${exporter.name} had sent ${fmtNumber(records)} records on ${fmtNumber(peopleCount)} ${from.adjective} customers to ${importer.name} in ${to.name} since ${proseMonth(start)} without consent.`,
    `${exporter.short} says the transfer was a lawful consignment.`,
    penalties.length ? `The ${authority.abbr} imposed ${penalties.length} measure${penalties.length > 1 ? 's' : ''} in ${proseMonth(reported)}.` : 'No penalty has been reported.',
  ].join(' ');

  const frontmatter: Record<string, unknown> = {
    title: `${exporter.name} sent ${from.adjective} customer data to ${importer.name} ${r.pick(['without consent', 'for a scoring model', 'in bulk', 'under a consignment contract'])}, ${mainRegulator.abbr} found`,
    summary: summary.length <= 600 ? summary : `${summary.slice(0, 590).replace(/\s+\S*$/, '')}…`,
    status,
    reported: dayToIso(reported),
    updated: dayToIso(updated),
    tags: r.some(TAGS, r.int(2, 5)),
    ...(aliased ? { aliases: [`${id}-v1`] } : {}),
    flows,
    parties,
    regulators: allRegulators.map((x, i) => ({ regulator: x.id, role: x.kind === 'court' ? 'court' : i === 0 ? 'investigator' : r.pick(['enforcer', 'other']) })),
    ...(positions.length ? { positions } : {}),
    ...(penalties.length ? { penalties } : {}),
    provisions: [mainLaw, ...otherLaws].map((l) => (r.chance(0.7) ? { law: l.id, article: String(r.int(14, 39)) + (r.chance(0.3) ? `(${r.int(1, 4)})` : '') } : { law: l.id })),
    timeline,
    ...(quotes.length ? { quotes } : {}),
    sources: sources.map(({ day: _day, ...s }) => s),
    ...(related.length ? { related } : {}),
    changes: [{ date: dayToIso(updated), summary: r.chance(0.5) ? 'First publication.' : 'Added the regulator’s decision and the company’s response.' }],
  };

  const context: CaseContext = { r, exporter, importer, from, to, regulator: mainRegulator, law: mainLaw, person, records, people: peopleCount, start, reported, category: categories[0] };
  const firmNames = new Map([exporter, importer, ...others].map((f) => [f.id, f.name]));
  const { body, count } = makeBody(context, sources, penalties, (firmId) => firmNames.get(firmId) ?? firmId, quotes.find((q) => q.lang === 'ko')?.text);
  files.set(`cases/${id}.mdx`, `---\n${yamlText(frontmatter)}---\n${body}`);
  return { id, bodyWords: count, aliased };
}

/** The narrative: headed sections of sourced sentences, a GFM table, a list, sometimes <Unconfirmed>. */
function makeBody(
  c: CaseContext,
  sources: Source[],
  penalties: { target: string; kind: string; amount?: number; currency?: string; date: string; source: string }[],
  nameOf: (firmId: string) => string,
  koreanQuote?: string,
) {
  const { r } = c;
  const target = r.int(600, 900);
  const cite = () => (r.chance(0.75) ? r.some(sources.map((s) => s.id), r.chance(0.7) ? 1 : 2).map((id) => `[^${id}]`).join('') : '');
  const headings = [
    `What the ${c.regulator.abbr} found`,
    `${c.exporter.short}'s response`,
    'How the data moved',
    penalties.length ? 'Sanctions' : 'Where the case stands',
    'Conflicting figures',
  ];
  const sections = headings.map((heading) => ({ heading, paragraphs: Array.from({ length: r.int(1, 3) }, () => [] as string[]) }));

  // The table and the list count towards the length too.
  const tableRows = penalties.length
    ? penalties.map((p) => `| ${nameOf(p.target)} | ${capital(p.kind.replace('-', ' '))}${p.amount !== undefined ? ` of ${p.currency} ${fmtNumber(p.amount)}` : ''} | ${proseDate(dayOf(p.date))}[^${p.source}] |`)
    : [`| ${c.from.name} | ${c.to.name} | ${DATA_CATEGORY_LABELS[c.category]}[^${sources[0].id}] |`];
  const table = [penalties.length ? '| Party | Measure | Date |' : '| From | To | Data |', '|---|---|---|', ...tableRows].join('\n');
  const bullets = Array.from({ length: r.int(2, 4) }, () => `- **${capital(r.pick(ADJECTIVES))} ${r.pick(NOUNS)}.** ${sentence(c)}${cite()}`);
  if (r.chance(0.3)) bullets[0] = `- <Unconfirmed>${sentence(c)}${cite()}</Unconfirmed>`;
  let count = words(table) + words(bullets.join(' '));

  const opening = `${sentence({ ...c })}${cite()} ${SENTENCES[0](c)}${cite()}`;
  count += words(opening);
  let quoteParagraph = '';
  if (koreanQuote) {
    quoteParagraph = `${c.person.name} said, in Korean: “${koreanQuote}”${cite()}`;
    count += words(quoteParagraph);
  }
  for (let i = 0; count < target; i++) {
    const section = sections[i % sections.length];
    const paragraph = section.paragraphs[Math.floor(i / sections.length) % section.paragraphs.length];
    const text = sentence(c);
    paragraph.push(`${text}${cite()}`);
    count += words(text);
  }

  const parts = [opening];
  sections.forEach((section, i) => {
    parts.push(`## ${section.heading}`);
    for (const paragraph of section.paragraphs) if (paragraph.length) parts.push(paragraph.join(' '));
    if (i === 0 && quoteParagraph) parts.push(quoteParagraph);
    if (i === 3) parts.push(table);
    if (i === 4) parts.push(bullets.join('\n'));
  });
  return { body: `${parts.join('\n\n')}\n`, count };
}

export function generateContent({ cases, seed = 1 }: GenerateOptions): GeneratedContent {
  if (!Number.isInteger(cases) || cases < 1) throw new Error(`expected a positive number of cases, got ${cases}`);
  const r = createRandom(seed);
  const files = new Map<string, string>();
  const entities = makeEntities(r, cases, files);
  const caseIds: string[] = [];
  const bodyWords: number[] = [];
  let aliases = 0;
  for (let i = 0; i < cases; i++) {
    const made = makeCase(r, i, entities, caseIds, files);
    caseIds.push(made.id);
    bodyWords.push(made.bodyWords);
    if (made.aliased) aliases++;
  }
  const n = entityCounts(cases);
  return { files, caseIds, counts: { cases, ...n, aliases }, bodyWords };
}

/** Writes a generated tree under `dir` (which should be empty or absent). */
export async function writeContent(dir: string, content: GeneratedContent): Promise<void> {
  const made = new Set<string>();
  for (const [path, text] of content.files) {
    const folder = dirname(join(dir, path));
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(join(dir, path), text);
  }
}
