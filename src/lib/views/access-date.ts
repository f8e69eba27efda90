/**
 * Fills the reader's access date into a citation formatted with the sentinel date
 * 2000-01-02 (cite-box.ts). Each pattern below is how one of the installed styles or
 * export formats writes that sentinel; the replacement is the same date in the same pattern.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Bluebook and Chicago month abbreviations ("Sept." is Chicago's; Bluebook uses "Sept." too). */
const SHORT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const pad = (n: number) => String(n).padStart(2, '0');

export function fillAccessDate(template: string, isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`access date must be YYYY-MM-DD, got "${isoDate}"`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return template
    .replaceAll('2 January 2000', `${d} ${MONTHS[m - 1]} ${y}`)
    .replaceAll('January 2, 2000', `${MONTHS[m - 1]} ${d}, ${y}`)
    .replaceAll('Jan. 2, 2000', `${SHORT[m - 1]} ${d}, ${y}`)
    .replaceAll('2000-01-02', `${y}-${pad(m)}-${pad(d)}`)
    .replaceAll('2000/01/02', `${y}/${pad(m)}/${pad(d)}`)
    .replace(/2000,(\s+)1,(\s+)2(\s+\])/g, `${y},$1${m},$2${d}$3`);
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  return `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}-${pad(now.getUTCDate())}`;
}

/** Where the sentinel access date goes into a citation as the page shows it: `clause`, `fromEnd` characters before its end. */
export interface AccessDateInsertion {
  clause: string;
  fromEnd: number;
}

/**
 * A citation with the sentinel access date, made from the citation as the page shows it and the
 * clause the cite box data gives for it (or the whole template, where the data gives that).
 */
export function sentinelTemplate(shown: string, template: AccessDateInsertion | string): string {
  if (typeof template === 'string') return template;
  const at = shown.length - template.fromEnd;
  return shown.slice(0, at) + template.clause + shown.slice(at);
}
