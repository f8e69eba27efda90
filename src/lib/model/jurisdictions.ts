/**
 * Jurisdictions: ISO 3166-1 alpha-2 country codes plus the blocs EU and EEA.
 * The list of assigned codes comes from i18n-iso-countries; display names from
 * ICU (Intl.DisplayNames, English, fixed), so names never depend on the machine.
 */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(english);

export const BLOCS = {
  EU: { name: 'European Union', aliases: ['EU'] },
  EEA: { name: 'European Economic Area', aliases: ['EEA'] },
} as const;

const regionNames = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });

/** User-assigned codes the package lists but ISO 3166-1 does not assign. */
const NOT_ASSIGNED = new Set(['XK']);

export function isJurisdiction(code: string): boolean {
  return Object.hasOwn(BLOCS, code) || (/^[A-Z]{2}$/.test(code) && !NOT_ASSIGNED.has(code) && countries.isValid(code));
}

export function isBloc(code: string): boolean {
  return Object.hasOwn(BLOCS, code);
}

/** The short English name: "KR" → "South Korea", "EU" → "European Union". */
export function jurisdictionName(code: string): string {
  // Asked for many times on every page that names a country, and ICU's lookup is not cheap
  // (0.5 s of a 1,000-case build before it was kept): each code is named once.
  let name = englishNames.get(code);
  if (name === undefined) {
    name = Object.hasOwn(BLOCS, code) ? BLOCS[code as keyof typeof BLOCS].name : (regionNames.of(code) ?? code);
    englishNames.set(code, name);
  }
  return name;
}
const englishNames = new Map<string, string>();

/** Other English names people search for ("Republic of Korea", "Korea, Republic of"). */
export function jurisdictionAliases(code: string): string[] {
  if (Object.hasOwn(BLOCS, code)) return [...BLOCS[code as keyof typeof BLOCS].aliases];
  const names = (countries.getName(code, 'en', { select: 'all' }) as string[] | undefined) ?? [];
  const main = jurisdictionName(code);
  return names.filter((name) => name !== main);
}

/** The URL segment of a jurisdiction page: lower-case code (`/jurisdictions/kr/`). */
export function jurisdictionSlug(code: string): string {
  return code.toLowerCase();
}

/**
 * The name of a country in its own main language, when that differs from the English one
 * ("NO" → Norge, nb; "RU" → Россия, ru): the language is ICU's likely one for the region, the
 * name ICU's, so readers who type the country as they write it find it. Not for the blocs.
 */
export function jurisdictionNativeName(code: string): { lang: string; name: string } | undefined {
  // Asked for on every case page: ICU's formatters are made once per country.
  if (!nativeNames.has(code)) nativeNames.set(code, findNativeName(code));
  return nativeNames.get(code);
}
const nativeNames = new Map<string, { lang: string; name: string } | undefined>();
function findNativeName(code: string) {
  if (Object.hasOwn(BLOCS, code)) return undefined;
  const lang = new Intl.Locale(`und-${code}`).maximize().language;
  if (lang === 'en') return undefined;
  const name = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' }).of(code);
  return name && name !== jurisdictionName(code) ? { lang, name } : undefined;
}
