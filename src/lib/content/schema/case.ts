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
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Characters as a reader counts them: 한 is one whether stored composed or as three jamo, and so is 𠮷. */
const characterCount = (text: string) => [...graphemes.segment(text)].length;
/**
 * Extension: where a penalty stands over time, from the real cases' appeals: the decision itself,
 * an appeal lodged, a stay of execution, a court upholding, reducing or annulling (setting aside)
 * it, or the authority withdrawing it. Each value's meaning is in STANDING_MEANINGS.
 */
export const STANDINGS = ['imposed', 'under-appeal', 'stayed', 'upheld', 'reduced', 'annulled', 'withdrawn'] as const;
/** Extension: the level of the court that decided a standing. */
export const COURT_LEVELS = ['first-instance', 'appeal', 'final'] as const;
/** Extension: how a transfer is established: alleged by someone, found by an authority, admitted by the firm, confirmed by a court. */
export const ESTABLISHED_HOW = ['alleged', 'found', 'admitted', 'confirmed'] as const;

/**
 * What each value of the extension's vocabularies means, for editors: the JSON Schemas carry
 * these in their descriptions (README and CONTRIBUTING say the same in prose).
 */
export const STANDING_MEANINGS: Record<(typeof STANDINGS)[number], string> = {
  imposed: 'the decision as the authority took it (also where a penalty stands when no step is recorded)',
  'under-appeal': 'the target has challenged it before a court or a higher authority, and no ruling on it is known yet',
  stayed: 'its execution is suspended for a time, by a court or by the authority itself (say which in `by` or `note`)',
  upheld: 'a court or higher authority has confirmed it, in whole',
  reduced: 'a court or the authority has lowered it, and `amount` gives the new amount, in the penalty\'s currency',
  annulled: 'a court has set it aside (quashed it), so it no longer stands',
  withdrawn: 'the authority itself has withdrawn or revoked it, so it no longer stands',
};
export const COURT_LEVEL_MEANINGS: Record<(typeof COURT_LEVELS)[number], string> = {
  'first-instance': 'the first court to rule on it (e.g. an administrative court hearing the appeal against the authority)',
  appeal: 'a court hearing an appeal against an earlier judgment',
  final: 'the court of last resort (a supreme or constitutional court), or a ruling that can no longer be appealed',
};
export const ESTABLISHED_MEANINGS: Record<(typeof ESTABLISHED_HOW)[number], string> = {
  alleged: 'someone says it happened (a complainant, a reporter, an authority opening an inquiry), without its being established',
  found: 'an authority found it happened, in a decision or report',
  admitted: 'the firm itself says it happened',
  confirmed: 'a court confirmed it happened',
};

/** "Intro. One of: `a`: what a means; `b`: …." — a field's description listing every value. */
const oneOf = (intro: string, meanings: Record<string, string>) =>
  `${intro} One of: ${Object.entries(meanings).map(([value, meaning]) => `\`${value}\`: ${meaning}`).join('; ')}.`;

/** Exactly one of firm | regulator | person (checked by the validator, which names the field). */
export const speakerSchema = z.strictObject({
  firm: ref.optional(),
  regulator: ref.optional(),
  person: ref.optional(),
});

/** Extension: one statement of how a transfer is established, by whom, with its source. */
export const establishedSchema = z.strictObject({
  how: z.enum(ESTABLISHED_HOW).meta({ description: oneOf('How the transfer is established.', ESTABLISHED_MEANINGS) }),
  /** Who alleges, found, admitted or confirmed it: exactly one of firm | regulator | person. */
  by: speakerSchema.meta({ description: 'Who alleges, found, admitted or confirmed it: exactly one of `firm`, `regulator` or `person` (an id).' }),
  date: partialDate.optional().meta({ description: 'When, as YYYY, YYYY-MM or YYYY-MM-DD (the precision the source gives).' }),
  source: ref.meta({ description: 'The id of the case source that says so.' }),
}).meta({ description: 'Extension: one statement of how the transfer is established, by whom, when, with its source.' });

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
  /** Extension: how the transfer is established, oldest first. */
  established: z.array(establishedSchema).min(1, 'expected at least one entry, or no established field').optional()
    .meta({ description: 'Extension: how the transfer is established, oldest first (alleged, then found by an authority, then confirmed by a court…). Optional.' }),
});

export const partySchema = z.strictObject({
  firm: ref,
  role: z.enum(PARTY_ROLES),
});

export const caseRegulatorSchema = z.strictObject({
  regulator: ref,
  role: z.enum(REGULATOR_ROLES),
});

export const positionSchema = z.strictObject({
  by: speakerSchema,
  claim: nonEmpty('the claim'),
  source: ref,
});

/** Extension: the authority's own name for the penalty, in English and in the original. */
export const penaltyTermSchema = z.strictObject({
  /** E.g. "penalty surcharge" (the PIPC's 과징금) or "administrative fine" (과태료). */
  en: nonEmpty('the term in English').meta({ description: 'The term in English, lower case as in running text: "penalty surcharge" (과징금), "administrative fine" (과태료), "corrective order".' }),
  original: z.string().min(1).optional().meta({ description: 'The term in the authority\'s language, as it writes it: 과징금.' }),
  /** BCP 47 tag of `original`. */
  original_lang: lang.optional().meta({ description: 'BCP 47 language tag of `original`: ko.' }),
}).meta({
  description: 'Extension: the authority\'s own name for this penalty, shown instead of the contract\'s `kind` (which still classifies it). Optional.',
});

/** Extension: one step in a penalty's standing: what happened to it, when, decided by whom. */
export const standingSchema = z.strictObject({
  date: partialDate.meta({ description: 'When this step happened, as YYYY, YYYY-MM or YYYY-MM-DD; on or after the penalty\'s date.' }),
  standing: z.enum(STANDINGS).meta({ description: oneOf('Where the penalty stands after this step.', STANDING_MEANINGS) }),
  source: ref.meta({ description: 'The id of the case source that reports this step.' }),
  /** The court or authority that decided this step (a regulator id), when not the penalty's authority. */
  by: ref.optional().meta({ description: 'The court or authority that decided this step (a regulator id), when it is not the penalty\'s own authority.' }),
  /** The level of that court. */
  level: z.enum(COURT_LEVELS).optional().meta({ description: oneOf('The level of the court that decided this step.', COURT_LEVEL_MEANINGS) }),
  /** Plain text: what the step covered, e.g. "the corrective and publication orders only". */
  note: z.string().min(1).optional().meta({ description: 'Plain text: what the step covered or what is not known, e.g. "the corrective and publication orders only".' }),
  /** For `reduced`: the new amount, in the penalty's currency. */
  amount: count.optional().meta({ description: 'Only on a `reduced` step: the new amount, a whole number in the penalty\'s currency.' }),
}).meta({ description: 'Extension: one step in where a penalty stands: what happened to it, when, decided by whom, with its source.' });

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
  /** Extension: the authority's own term for this kind of penalty. */
  term: penaltyTermSchema.optional(),
  /** Extension: where the penalty stands over time, oldest first; without it the penalty is as imposed. */
  standing: z.array(standingSchema).min(1, 'expected at least one entry, or no standing field').optional().meta({
    description: 'Extension: where the penalty stands over time, oldest first (appeal lodged, stayed, upheld at first instance…); the newest step is where it stands now. Without it the penalty stands as imposed. Optional.',
  }),
});

export const provisionSchema = z.strictObject({
  law: ref,
  /** As cited; absent when the law is cited as a whole. */
  article: z.union([z.string().min(1), z.number()], { error: 'expected the article as text, e.g. "17(3)"' }).transform(String).optional(),
});

const UNCONFIRMED_ENTRY_DESCRIPTION = (what: string) =>
  `Extension: true when no source of the case that can confirm it does (it rests on an aggregator or a copy alone, or the research notes mark it UNCONFIRMED); the page labels the ${what} "Unconfirmed". Optional.`;

export const timelineEventSchema = z.strictObject({
  date: partialDate,
  kind: z.enum(EVENT_KINDS),
  title: nonEmpty('a title'),
  detail: z.string().optional(),
  sources: z.array(ref).min(1, 'expected at least one source id'),
  /** Extension: the event rests on a source the case cannot confirm (e.g. an aggregator alone). */
  unconfirmed: z.boolean().optional().meta({ description: UNCONFIRMED_ENTRY_DESCRIPTION('event') }),
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
  /** Extension: the quotation rests on a source the case cannot confirm (e.g. an aggregator alone). */
  unconfirmed: z.boolean().optional().meta({ description: UNCONFIRMED_ENTRY_DESCRIPTION('quotation') }),
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
  summary: nonEmpty('a summary').refine((text) => characterCount(text) <= SUMMARY_MAX, {
    error: (issue) => `expected at most ${SUMMARY_MAX} characters, got ${characterCount(String(issue.input))}`,
  }),
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
export type Standing = z.output<typeof standingSchema>;
export type Established = z.output<typeof establishedSchema>;
export type CaseStatus = (typeof CASE_STATUSES)[number];
