/**
 * The blocs the content names as jurisdictions (EU, EEA), by member state, so a map can
 * outline them and place each bloc at the centre of its members.
 */

/**
 * EU member states, ISO 3166-1 alpha-2, since the United Kingdom left on 1 February 2020.
 * Cases before that date name the bloc, not its membership at the time: the map shows today's EU.
 */
export const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
] as const;

/** The EEA adds Iceland, Liechtenstein and Norway to the EU (Switzerland is in neither). */
export const EEA_ONLY_MEMBERS = ['IS', 'LI', 'NO'] as const;

const MEMBERS: Record<string, readonly string[]> = {
  EU: EU_MEMBERS,
  EEA: [...EU_MEMBERS, ...EEA_ONLY_MEMBERS],
};

/** The member states of a bloc ("EU", "EEA"), or undefined for a country. */
export function blocMembers(code: string): readonly string[] | undefined {
  return Object.hasOwn(MEMBERS, code) ? MEMBERS[code] : undefined;
}

/** Where a country sits in the blocs: 'eu', 'eea' (EEA but not EU) or undefined. */
export function blocOf(country: string): 'eu' | 'eea' | undefined {
  if ((EU_MEMBERS as readonly string[]).includes(country)) return 'eu';
  if ((EEA_ONLY_MEMBERS as readonly string[]).includes(country)) return 'eea';
  return undefined;
}
