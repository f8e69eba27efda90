/** Schemas of the entity files: firms, regulators, people, laws and the data-category vocabulary. */
import { z } from 'zod';
import { httpUrl, jurisdiction, localizedNames, nonEmpty, ref, unconfirmedFields } from './common.ts';

export const FIRM_TYPES = ['company', 'public-body', 'ngo', 'other'] as const;
export const REGULATOR_KINDS = ['dpa', 'financial', 'competition', 'cyberspace', 'court', 'government', 'other'] as const;

export const firmSchema = z.strictObject({
  /** Display name. */
  name: nonEmpty('a name'),
  /** Name in other languages, by BCP 47 tag. */
  names: localizedNames.optional(),
  /** Other spellings people search for. */
  aliases: z.array(nonEmpty('an alias')).optional(),
  /** Kind of organisation. */
  type: z.enum(FIRM_TYPES).default('company'),
  /** Where it is based. */
  country: jurisdiction,
  /** Parent firm id. */
  parent: ref.optional(),
  /** Sector, free text. */
  sector: z.string().optional(),
  /** Official website. */
  website: httpUrl.optional(),
  /** One neutral sentence. */
  description: z.string().optional(),
  /** Extension: fields the sources do not confirm, shown as unconfirmed. */
  unconfirmed: unconfirmedFields(['country', 'parent', 'sector', 'website']),
});

export const regulatorSchema = z.strictObject({
  name: nonEmpty('a name'),
  /** Abbreviation, e.g. FSS. */
  abbr: z.string().optional(),
  names: localizedNames.optional(),
  aliases: z.array(nonEmpty('an alias')).optional(),
  /** Country, or EU for EU bodies. */
  country: jurisdiction,
  kind: z.enum(REGULATOR_KINDS),
  website: httpUrl.optional(),
  description: z.string().optional(),
  unconfirmed: unconfirmedFields(['country', 'website']),
});

export const personSchema = z.strictObject({
  name: nonEmpty('a name'),
  names: localizedNames.optional(),
  aliases: z.array(nonEmpty('an alias')).optional(),
  /** Affiliation when quoted. */
  affiliation: z.string().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
});

export const lawSchema = z.strictObject({
  name: nonEmpty('a name'),
  /** Short name, e.g. PIPA. */
  short: z.string().optional(),
  names: localizedNames.optional(),
  aliases: z.array(nonEmpty('an alias')).optional(),
  country: jurisdiction,
  url: httpUrl.optional(),
  description: z.string().optional(),
});

/** One entry of `data-categories.yaml`. */
export const dataCategorySchema = z.strictObject({
  label: nonEmpty('a label'),
  description: z.string().optional(),
});

/** The ids the site always ships (content-model.md). */
export const REQUIRED_DATA_CATEGORIES = [
  'account-identifier', 'name', 'phone-number', 'email-address', 'postal-address', 'national-id',
  'date-of-birth', 'payment-card', 'transaction-history', 'financial-account', 'credit-score',
  'device-identifier', 'ip-address', 'location', 'online-activity', 'communications-content',
  'user-content', 'contacts', 'photos-images', 'biometric', 'health', 'employment',
  'government-records', 'other',
] as const;

export type Firm = z.output<typeof firmSchema>;
export type Regulator = z.output<typeof regulatorSchema>;
export type Person = z.output<typeof personSchema>;
export type Law = z.output<typeof lawSchema>;
export type DataCategory = z.output<typeof dataCategorySchema>;
