/**
 * Which cases name an entity, and how. Derived once per build from the validator's table of
 * reference fields (content/references.ts): every field that can name a firm, regulator, person
 * or law maps to the role it gives that entity here, so entity pages, feeds, search filters,
 * open data and head tags all agree on what "a firm's cases" are. A firm is also named, as
 * parent, by every case that names one of its subsidiaries.
 */
import { REFERENCE_FIELDS, valuesAt } from '../content/references.ts';
import type { CaseData } from '../content/schema/case.ts';
import type { Casebook, CaseRecord } from './casebook.ts';
import { pushTo } from './lists.ts';
import { memoized } from './memoized.ts';

export const MENTION_KINDS = ['firms', 'regulators', 'people', 'laws'] as const;
export type MentionKind = (typeof MENTION_KINDS)[number];

/** Every role a case can give an entity, in the order a reader is told them. */
export const MENTION_ROLES = [
  'exporter', 'importer', 'processor', 'partner', 'parent', 'platform', 'complainant', 'party',
  'investigator', 'enforcer', 'court', 'involved',
  'imposed-penalty', 'ruled-on-penalty', 'penalised',
  'found-transfer', 'confirmed-transfer', 'admitted-transfer', 'alleged-transfer',
  'position', 'quoted', 'cited', 'parent-of',
] as const;
export type MentionRole = (typeof MENTION_ROLES)[number];

/**
 * The roles in which an entity takes part in what a case is about, as against being named in it.
 * A firm leads when it sends, receives, processes or carries the data (exporter, importer,
 * processor, platform), works with the firm that does (partner), complains, is penalised or admits
 * the transfer. A regulator or court leads when it investigates, enforces, rules, imposes or rules
 * on a penalty, complains, or finds or confirms the transfer. Being a party without a stated role,
 * an authority only "involved", a parent, the author of a position, quoted, cited, or the one who
 * alleges the transfer names an entity without it leading. A search that names an entity lists
 * the cases it leads first (src/scripts/search.ts).
 */
export const LEADING_ROLES: ReadonlySet<MentionRole> = new Set<MentionRole>([
  'exporter', 'importer', 'processor', 'partner', 'platform', 'complainant', 'penalised', 'admitted-transfer',
  'investigator', 'enforcer', 'court', 'imposed-penalty', 'ruled-on-penalty', 'found-transfer', 'confirmed-transfer',
]);

/** Whether any of a case's roles for one entity is a leading one. */
export const leads = (roles: readonly Mention[]) => roles.some((r) => LEADING_ROLES.has(r.role));

/** One role, and for `parent-of` the firm through which the case names its parent. */
export interface Mention {
  role: MentionRole;
  via?: string;
}

export interface CaseMention {
  record: CaseRecord;
  roles: Mention[];
}

type RoleOf = (data: CaseData, at: (string | number)[]) => MentionRole;
const item = <T>(list: readonly T[] | undefined, index: string | number): T => list![Number(index)];
const PARTY_ROLES: Record<CaseData['parties'][number]['role'], MentionRole> = {
  exporter: 'exporter', importer: 'importer', processor: 'processor', partner: 'partner', parent: 'parent',
  platform: 'platform', complainant: 'complainant', other: 'party',
};
const REGULATOR_ROLES: Record<NonNullable<CaseData['regulators']>[number]['role'], MentionRole> = {
  investigator: 'investigator', enforcer: 'enforcer', court: 'court', complainant: 'complainant', other: 'involved',
};
const established: RoleOf = (data, at) => `${item(item(data.flows, at[1]).established, at[3]).how}-transfer`;

/**
 * The role each entity reference field gives the entity it names, keyed by the field's path in
 * REFERENCE_FIELDS. A test fails when the table gains a field this map does not know.
 */
export const ROLE_OF_FIELD: Record<string, RoleOf> = {
  'flows[].exporter': () => 'exporter',
  'flows[].importer': () => 'importer',
  'flows[].established[].by.firm': established,
  'flows[].established[].by.regulator': established,
  'flows[].established[].by.person': established,
  'parties[].firm': (data, at) => PARTY_ROLES[item(data.parties, at[1]).role],
  'regulators[].regulator': (data, at) => REGULATOR_ROLES[item(data.regulators, at[1]).role],
  'positions[].by.firm': () => 'position',
  'positions[].by.regulator': () => 'position',
  'positions[].by.person': () => 'position',
  'penalties[].authority': () => 'imposed-penalty',
  'penalties[].target': () => 'penalised',
  'penalties[].person': () => 'penalised',
  'penalties[].standing[].by': () => 'ruled-on-penalty',
  'provisions[].law': () => 'cited',
  'quotes[].person': () => 'quoted',
};

const isMentionKind = (target: string): target is MentionKind => (MENTION_KINDS as readonly string[]).includes(target);
const ROLE_ORDER = new Map(MENTION_ROLES.map((role, index) => [role, index]));
const byRole = (a: Mention, b: Mention) => ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)! || (a.via ?? '').localeCompare(b.via ?? '', 'en');

/** A firm's parents, nearest first (the validator refuses cycles; the guard stops one anyway). */
function ancestors(book: Casebook, firmId: string): string[] {
  const chain: string[] = [];
  for (let id = book.firms.get(firmId)?.parent; id && !chain.includes(id) && id !== firmId; id = book.firms.get(id)?.parent) chain.push(id);
  return chain;
}

/** Every entity one case names, by kind and id, with its roles in reader's order. */
export function caseMentions(book: Casebook, data: CaseData): Record<MentionKind, Map<string, Mention[]>> {
  const found: Record<MentionKind, Map<string, Mention[]>> = { firms: new Map(), regulators: new Map(), people: new Map(), laws: new Map() };
  const add = (kind: MentionKind, id: string, mention: Mention) => {
    const roles = found[kind].get(id) ?? [];
    if (!roles.some((r) => r.role === mention.role && r.via === mention.via)) roles.push(mention);
    found[kind].set(id, roles);
  };
  for (const { path, target } of REFERENCE_FIELDS.cases) {
    if (!isMentionKind(target)) continue;
    const roleOf = ROLE_OF_FIELD[path];
    for (const [id, at] of valuesAt(data, path)) add(target, id, { role: roleOf(data, at) });
  }
  for (const firmId of [...found.firms.keys()]) {
    for (const parent of ancestors(book, firmId)) if (parent !== firmId) add('firms', parent, { role: 'parent-of', via: firmId });
  }
  for (const map of Object.values(found)) for (const roles of map.values()) roles.sort(byRole);
  return found;
}

/** Per build: each case's mentions, and each entity's cases in the Casebook's order. */
const mentionIndex = memoized((book: Casebook) => {
  const byCase = new Map<string, Record<MentionKind, Map<string, Mention[]>>>();
  const byEntity: Record<MentionKind, Map<string, CaseMention[]>> = { firms: new Map(), regulators: new Map(), people: new Map(), laws: new Map() };
  for (const record of book.cases) {
    const mentions = caseMentions(book, record.data);
    byCase.set(record.id, mentions);
    for (const kind of MENTION_KINDS) for (const [id, roles] of mentions[kind]) pushTo(byEntity[kind], id, { record, roles });
  }
  return { byCase, byEntity };
});

/** The cases that name an entity in any field, each with the roles it gives the entity. */
export function casesNaming(book: Casebook, kind: MentionKind, id: string): CaseMention[] {
  return mentionIndex(book).byEntity[kind].get(id) ?? [];
}

/** The entities a case names, by kind (ids in first-named order, parents after the firms that name them). */
export function entitiesNamedBy(book: Casebook, record: CaseRecord): Record<MentionKind, string[]> {
  const mentions = mentionIndex(book).byCase.get(record.id) ?? caseMentions(book, record.data);
  return { firms: [...mentions.firms.keys()], regulators: [...mentions.regulators.keys()], people: [...mentions.people.keys()], laws: [...mentions.laws.keys()] };
}

/** The entities a case gives a leading role (LEADING_ROLES), by kind, in first-named order. */
export function entitiesLedBy(book: Casebook, record: CaseRecord): Record<MentionKind, string[]> {
  const mentions = mentionIndex(book).byCase.get(record.id) ?? caseMentions(book, record.data);
  const leading = (kind: MentionKind) => [...mentions[kind]].filter(([, roles]) => leads(roles)).map(([id]) => id);
  return { firms: leading('firms'), regulators: leading('regulators'), people: leading('people'), laws: leading('laws') };
}

/** How a case touches a jurisdiction: data sent from it, data sent to it, an authority of it acted. */
export const JURISDICTION_ROLES = ['from', 'to', 'authority'] as const;
export type JurisdictionRole = (typeof JURISDICTION_ROLES)[number];

const jurisdictionIndex = memoized((book: Casebook) => {
  const index = new Map<string, { record: CaseRecord; roles: JurisdictionRole[] }[]>();
  for (const record of book.cases) {
    const roles = new Map<string, Set<JurisdictionRole>>();
    const add = (code: string, role: JurisdictionRole) => roles.set(code, (roles.get(code) ?? new Set()).add(role));
    for (const flow of record.data.flows) {
      add(flow.from, 'from');
      add(flow.to, 'to');
    }
    for (const id of entitiesNamedBy(book, record).regulators) {
      const country = book.regulators.get(id)?.country;
      if (country) add(country, 'authority');
    }
    for (const [code, set] of roles) pushTo(index, code, { record, roles: JURISDICTION_ROLES.filter((role) => set.has(role)) });
  }
  return index;
});

/** The cases that touch a jurisdiction, in the Casebook's order, with how each touches it. */
export function casesTouching(book: Casebook, code: string) {
  return jurisdictionIndex(book).get(code) ?? [];
}

/** The jurisdictions a case touches (any role). */
export function jurisdictionsOf(book: Casebook, record: CaseRecord): string[] {
  const codes = new Set<string>();
  for (const flow of record.data.flows) codes.add(flow.from).add(flow.to);
  for (const id of entitiesNamedBy(book, record).regulators) {
    const country = book.regulators.get(id)?.country;
    if (country) codes.add(country);
  }
  return [...codes];
}
