/** Schema of a case file's frontmatter (`content/cases/<id>.mdx`). */
import { z } from 'zod';
import { checkCaseRules } from './case-rules.ts';
import { count, currency, httpUrl, jurisdiction, lang, nonEmpty, partialDate, ref, tag } from './common.ts';

export const CASE_STATUSES = ['reported', 'investigating', 'sanctioned', 'appealed', 'resolved'] as const;
export const PARTY_ROLES = ['exporter', 'importer', 'processor', 'partner', 'parent', 'platform', 'complainant', 'other'] as const;
export const REGULATOR_ROLES = ['investigator', 'enforcer', 'court', 'complainant', 'other'] as const;
export const PENALTY_KINDS = ['fine', 'corrective-order', 'warning', 'suspension', 'other'] as const;
export const EVENT_KINDS = ['report', 'investigation', 'sanction', 'ruling', 'statement', 'agreement', 'transfer', 'other'] as const;
export const SOURCE_KINDS = ['news', 'regulator', 'court', 'company', 'academic', 'other'] as const;
export const SUMMARY_MAX = 600;

/** Who sent what, from where, to where. */
export const flowSchema = z.strictObject({
  from: jurisdiction,
  to: jurisdiction,
  exporter: ref.optional(),
  importer: ref.optional(),
  /** Data category ids, at least one. */
  data: z.array(ref).min(1, 'expected at least one data category'),
  /** True where the transfer itself is alleged, not established. */
  alleged: z.boolean().optional(),
  records: count.optional(),
  people: count.optional(),
  since: partialDate.optional(),
  until: partialDate.optional(),
});

export const partySchema = z.strictObject({
  firm: ref,
  role: z.enum(PARTY_ROLES),
});

export const caseRegulatorSchema = z.strictObject({
  regulator: ref,
  role: z.enum(REGULATOR_ROLES),
});

/** Exactly one of firm | regulator | person (checked by the validator, which names the field). */
export const speakerSchema = z.strictObject({
  firm: ref.optional(),
  regulator: ref.optional(),
  person: ref.optional(),
});

export const positionSchema = z.strictObject({
  by: speakerSchema,
  claim: nonEmpty('the claim'),
  source: ref,
});

export const penaltySchema = z.strictObject({
  authority: ref,
  target: ref.optional(),
  person: ref.optional(),
  kind: z.enum(PENALTY_KINDS),
  /** Whole number in the currency's main unit; required when kind is fine. */
  amount: count.optional(),
  currency: currency.optional(),
  date: partialDate,
  source: ref,
});

export const provisionSchema = z.strictObject({
  law: ref,
  /** As cited; absent when the law is cited as a whole. */
  article: z.union([z.string().min(1), z.number()], { error: 'expected the article as text, e.g. "17(3)"' }).transform(String).optional(),
});

export const timelineEventSchema = z.strictObject({
  date: partialDate,
  kind: z.enum(EVENT_KINDS),
  title: nonEmpty('a title'),
  detail: z.string().optional(),
  sources: z.array(ref).min(1, 'expected at least one source id'),
});

export const quoteSchema = z.strictObject({
  person: ref,
  text: nonEmpty('the quoted text'),
  original: z.string().optional(),
  /** BCP 47 tag of `text`. */
  lang: lang.default('en'),
  /** BCP 47 tag of `original`. */
  original_lang: lang.optional(),
  date: partialDate,
  source: ref,
});

export const sourceSchema = z.strictObject({
  /** Local to the case; also the footnote label in the narrative. */
  id: ref,
  kind: z.enum(SOURCE_KINDS),
  title: nonEmpty('a title'),
  publisher: nonEmpty('a publisher'),
  date: partialDate,
  url: httpUrl.optional(),
  archived: httpUrl.optional(),
  lang: lang.default('en'),
  author: z.string().optional(),
  /** Extension: the source shows no date of its own; `date` is the year of the events it reports. */
  date_inferred: z.boolean().optional(),
});

/** Extension: one line of the page's changelog. */
export const changeSchema = z.strictObject({
  date: partialDate,
  summary: nonEmpty('what changed'),
});

export const caseSchema = z.strictObject({
  title: nonEmpty('a title'),
  summary: nonEmpty('a summary').max(SUMMARY_MAX, `expected at most ${SUMMARY_MAX} characters`),
  status: z.enum(CASE_STATUSES),
  /** First public report. */
  reported: partialDate,
  /** Last substantive change to this page. */
  updated: partialDate,
  tags: z.array(tag).optional(),
  /** Earlier ids of this case; each keeps working as a redirect. */
  aliases: z.array(ref).optional(),
  flows: z.array(flowSchema).min(1, 'expected at least one flow'),
  parties: z.array(partySchema).min(1, 'expected at least one party'),
  regulators: z.array(caseRegulatorSchema).optional(),
  positions: z.array(positionSchema).optional(),
  penalties: z.array(penaltySchema).optional(),
  provisions: z.array(provisionSchema).optional(),
  timeline: z.array(timelineEventSchema).min(1, 'expected at least one event'),
  quotes: z.array(quoteSchema).optional(),
  sources: z.array(sourceSchema).min(1, 'expected at least one source'),
  /** Extension: changelog, newest or oldest first; shown by date. */
  changes: z.array(changeSchema).optional(),
  /** Extension: ids of other cases a reader should see. */
  related: z.array(ref).optional(),
}).superRefine(
  (data, ctx) => {
    for (const issue of checkCaseRules(data)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  },
  // Cross-field rules run even when other fields failed, so one run reports every problem.
  { when: () => true },
);

export type CaseData = z.output<typeof caseSchema>;
export type Flow = z.output<typeof flowSchema>;
export type Penalty = z.output<typeof penaltySchema>;
export type TimelineEvent = z.output<typeof timelineEventSchema>;
export type Quote = z.output<typeof quoteSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Position = z.output<typeof positionSchema>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
