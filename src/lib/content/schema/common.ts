/** Field types shared by every content schema. Each carries its own error message. */
import { z } from 'zod';
import LanguageTag from 'language-tags/lib/Tag.js';
import { parsePartialDate } from '../../model/dates.ts';
import { isJurisdiction } from '../../model/jurisdictions.ts';

/** Lower-case ASCII letters, digits and single hyphens: `kakaopay-alipay-2024`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z
  .string({ error: 'expected an id (lower-case letters, digits and single hyphens)' })
  .regex(ID_PATTERN, 'expected an id of lower-case letters, digits and single hyphens');

/** A reference to another entity; resolved by the validator, which names the missing id. */
export const ref = id;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; YAML timestamps and bare years accepted; stored as the canonical string. */
export const partialDate = z
  .union([z.string(), z.number(), z.date()], { error: 'expected a date YYYY, YYYY-MM or YYYY-MM-DD' })
  .transform((value, ctx) => {
    const parsed = parsePartialDate(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  });

/** ISO 3166-1 alpha-2 in capitals, or the blocs EU and EEA. */
export const jurisdiction = z
  .string({ error: 'expected a jurisdiction code like KR, US or EU' })
  .refine(isJurisdiction, {
    error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 code in capitals (or EU / EEA)`,
  });

/**
 * ICU names every ISO 4217 code, current and historic (CLF, VED, XAU, DEM), and nothing made up;
 * `Intl.supportedValuesOf('currency')` lists only the ones in use and would refuse a fine in CLF.
 */
const currencyNames = new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });

/** ISO 4217 currency code, in capitals. */
export const currency = z
  .string({ error: 'expected an ISO 4217 currency code like KRW or EUR' })
  .refine((code) => /^[A-Z]{3}$/.test(code) && currencyNames.of(code) !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code`,
  });

/** An absolute http(s) URL; every other scheme (javascript:, data:, ftp:) is refused. */
export const httpUrl = z
  .string({ error: 'expected an http(s) URL' })
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
    } catch {
      return false;
    }
  }, { error: (issue) => `expected an http(s) URL, got "${String(issue.input)}"` });

const KEBAB_WORD = 'expected a kebab-case word like "payments"';

/** Free kebab-case word. YAML reads `tags: [gdpr, 2024]` as a number: 2024 is the tag "2024". */
export const tag = z.union(
  [z.string().regex(ID_PATTERN, KEBAB_WORD), z.number().int().nonnegative().transform(String)],
  { error: KEBAB_WORD },
);

/**
 * Non-negative whole number, as reported. Past 2^53 − 1 a number is no longer kept exactly (YAML
 * already reads 9007199254740993 as …992), so it could not be published as reported.
 */
export const count = z
  .number({ error: 'expected a whole number' })
  .int({
    error: (issue) =>
      issue.code === 'too_big' ? `expected a whole number up to ${Number.MAX_SAFE_INTEGER}: a larger one cannot be kept exactly` : 'expected a whole number',
  })
  .nonnegative('expected a number >= 0');

/**
 * A tag is checked against the IANA subtag registry (language-tags). Deprecated tags and a
 * redundant script (`iw`, `zh-yue`, `ko-Kore`) are discouraged but still valid BCP 47, and so is
 * a private-use tag (`x-klingon`): the library reports those, the contract accepts them.
 */
const ADVICE_ONLY = new Set([LanguageTag.ERR_DEPRECATED, LanguageTag.ERR_SUBTAG_DEPRECATED, LanguageTag.ERR_SUPPRESS_SCRIPT]);
const PRIVATE_USE = /^x(?:-[a-z0-9]{1,8})+$/i;
const isLanguageTag = (tag: string) =>
  PRIVATE_USE.test(tag) || new LanguageTag(tag).errors().every((error) => ADVICE_ONLY.has(error.code));

const LANG_EXPECTED = 'expected a BCP 47 language tag like "en", "ko" or "zh-Hant"';

/** A BCP 47 language tag. The pattern is its shape (subtags of 1–8 letters or digits), for editors' schemas too. */
export const lang = z
  .string({ error: LANG_EXPECTED })
  .regex(/^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/, LANG_EXPECTED)
  .refine(isLanguageTag, { error: (issue) => `${LANG_EXPECTED}, got "${String(issue.input)}"` });

/** Text in other languages, by BCP 47 tag: `{ ko: 카카오페이 }`. */
export const localizedNames = z.record(lang, z.string().min(1));

/** Names of fields whose values the sources do not confirm; the site labels them (extension). */
export const unconfirmedFields = <T extends string>(fields: readonly [T, ...T[]]) =>
  z.array(z.enum(fields)).optional();

export const nonEmpty = (what: string) => z.string({ error: `expected ${what}` }).trim().min(1, `expected ${what}`);
