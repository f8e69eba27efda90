/**
 * Every label a reader sees for a value of the data's vocabulary, in one table per field:
 * pages, tables, feeds, search filters and open data all say "imposed a penalty", never
 * "penalty", and "Corrective order", never "corrective-order".
 */
import type { CaseStatus } from '../content/schema/case.ts';
import type { COURT_LEVELS, ESTABLISHED_HOW, EVENT_KINDS, PENALTY_KINDS, SOURCE_KINDS, STANDINGS } from '../content/schema/case.ts';
import type { FIRM_TYPES, REGULATOR_KINDS } from '../content/schema/entities.ts';
import type { Casebook } from './casebook.ts';
import type { JurisdictionRole, Mention, MentionRole } from './mentions.ts';

/** What the page says before a statement, event or quotation the case cannot confirm. */
export const UNCONFIRMED_LABEL = 'Unconfirmed:';

/** What a quotation the case cannot confirm says before its words. */
export const UNCONFIRMED_QUOTE_NOTE = "the case's sources cannot confirm this quotation.";

/** An event's title as readers see it: with the label when the event is unconfirmed. */
export const eventTitle = (event: { title: string; unconfirmed?: boolean }): string => (event.unconfirmed ? `${UNCONFIRMED_LABEL} ${event.title}` : event.title);

export const STATUS_LABELS: Record<CaseStatus, string> = {
  reported: 'Reported',
  investigating: 'Under investigation',
  sanctioned: 'Sanctioned',
  appealed: 'Under appeal',
  resolved: 'Resolved',
};

export const EVENT_KIND_LABELS: Record<(typeof EVENT_KINDS)[number], string> = {
  report: 'Report',
  investigation: 'Investigation',
  sanction: 'Sanction',
  ruling: 'Ruling',
  statement: 'Statement',
  agreement: 'Agreement',
  transfer: 'Transfer',
  other: 'Other',
};

export const PENALTY_KIND_LABELS: Record<(typeof PENALTY_KINDS)[number], string> = {
  fine: 'Fine',
  'corrective-order': 'Corrective order',
  warning: 'Warning',
  suspension: 'Suspension',
  other: 'Other measure',
};

export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
  news: 'News',
  regulator: 'Regulator',
  court: 'Court',
  company: 'Company',
  academic: 'Academic',
  other: 'Other',
};

export const REGULATOR_KIND_LABELS: Record<(typeof REGULATOR_KINDS)[number], string> = {
  dpa: 'Data protection authority',
  financial: 'Financial regulator',
  competition: 'Competition authority',
  cyberspace: 'Cyberspace regulator',
  court: 'Court',
  government: 'Government body',
  other: 'Authority',
};

export const FIRM_TYPE_LABELS: Record<(typeof FIRM_TYPES)[number], string> = {
  company: 'Company',
  'public-body': 'Public body',
  ngo: 'NGO',
  other: 'Organisation',
};

/** The role a case gives an entity, as a phrase that reads after the entity's name. */
export const ROLE_LABELS: Record<MentionRole, string> = {
  exporter: 'exporter',
  importer: 'importer',
  processor: 'processor',
  partner: 'partner',
  parent: 'parent company',
  platform: 'platform',
  complainant: 'complainant',
  party: 'party',
  investigator: 'investigator',
  enforcer: 'enforcer',
  court: 'court',
  involved: 'involved',
  'imposed-penalty': 'imposed a penalty',
  'ruled-on-penalty': 'ruled on a penalty',
  penalised: 'penalised',
  'found-transfer': 'found the transfer',
  'confirmed-transfer': 'confirmed the transfer',
  'admitted-transfer': 'admitted the transfer',
  'alleged-transfer': 'alleged the transfer',
  position: 'stated a position',
  quoted: 'quoted',
  cited: 'cited',
  'parent-of': 'parent of',
};

export const JURISDICTION_ROLE_LABELS: Record<JurisdictionRole, string> = {
  from: 'data sent from here',
  to: 'data sent here',
  authority: 'an authority of this jurisdiction acted',
};

/** Where a penalty stands, as a phrase: "upheld", "under appeal". */
export const STANDING_LABELS: Record<(typeof STANDINGS)[number], string> = {
  imposed: 'imposed',
  'under-appeal': 'under appeal',
  stayed: 'stayed',
  upheld: 'upheld',
  reduced: 'reduced',
  annulled: 'annulled',
  withdrawn: 'withdrawn',
};

/**
 * A case's fines by where they stand now, as a filter of cases (search, case index): "Fines upheld
 * in court". `imposed` is a fine with no later step recorded.
 */
export const FINE_STANDING_FILTER_LABELS: Record<(typeof STANDINGS)[number], string> = {
  imposed: 'Fines as imposed, no appeal recorded',
  'under-appeal': 'Fines under appeal',
  stayed: 'Fines stayed',
  upheld: 'Fines upheld in court',
  reduced: 'Fines reduced',
  annulled: 'Fines annulled',
  withdrawn: 'Fines withdrawn',
};

export const COURT_LEVEL_LABELS: Record<(typeof COURT_LEVELS)[number], string> = {
  'first-instance': 'at first instance',
  appeal: 'on appeal',
  final: 'in a final ruling',
};

export const ESTABLISHED_LABELS: Record<(typeof ESTABLISHED_HOW)[number], string> = {
  alleged: 'Alleged',
  found: 'Found',
  admitted: 'Admitted',
  confirmed: 'Confirmed by a court',
};

/** "exporter; penalised; parent of Alipay" — a case's roles for one entity, in words. */
export function rolesText(book: Casebook, roles: readonly Mention[]): string {
  return roles.map(({ role, via }) => (via ? `${ROLE_LABELS[role]} ${book.firms.get(via)?.name ?? via}` : ROLE_LABELS[role])).join('; ');
}

/** "Sentence case" for a phrase that opens a cell. */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
