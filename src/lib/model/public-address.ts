/**
 * The public address the site is built for, and whether a build may go without one.
 *
 * Every canonical and citation URL is built on SITE_URL. Left unset, it is the local preview
 * address, so a build that forgot it would publish citations to http://localhost:4321/…
 * (issue 17). A build for an address nobody else can reach is a *preview*: it says so on its
 * pages, and CI or a production build refuses to make one unless the owner asks for it.
 */

/** Where `npm start` serves the site; the address of a build that was given none. */
export const PREVIEW_SITE_URL = 'http://localhost:4321';

/** The README section that explains the variable. */
const README_SECTION = 'README.md, section "Deploying"';

/** Whether a citation to this address still leads to the page elsewhere and later: not a loopback host. */
export function isPermanentAddress(url: string | URL): boolean {
  const host = new URL(url).hostname.toLowerCase();
  const loopback = host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]' || host === '0.0.0.0';
  return !loopback;
}

/** An environment flag is on when set to anything but empty, 0, false or no (CI=true, CI=1 …). */
function flag(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());
}

export type AddressCheck =
  /** SITE_URL names a public address: nothing to say. */
  | { kind: 'public'; siteUrl: string }
  /** A preview build: it may go on, with this said in the build log. */
  | { kind: 'preview'; siteUrl: string; message: string; loud: boolean }
  /** A CI or production build without a public address: it must stop, with this message. */
  | { kind: 'refused'; siteUrl: string; message: string };

/**
 * Reads SITE_URL, CI, CASEBOOK_PRODUCTION and CASEBOOK_PREVIEW. Without a public SITE_URL a
 * build is a preview: refused when CI or CASEBOOK_PRODUCTION is set and CASEBOOK_PREVIEW is
 * not; on a developer's machine it goes on with a loud warning (`npm start` keeps working);
 * with CASEBOOK_PREVIEW=1 it goes on with one line in the log.
 */
export function checkPublicAddress(env: Record<string, string | undefined>): AddressCheck {
  const given = env.SITE_URL?.trim() || undefined;
  const siteUrl = given ?? PREVIEW_SITE_URL;
  if (given !== undefined && isPermanentAddress(given)) return { kind: 'public', siteUrl };
  const problem = given === undefined
    ? `SITE_URL is not set, so every canonical and citation URL of this build reads ${siteUrl}/…`
    : `SITE_URL is ${given}, a loopback address, so every canonical and citation URL of this build points at this machine.`;
  if (flag(env.CASEBOOK_PREVIEW)) {
    return { kind: 'preview', siteUrl, loud: false, message: `Preview build (CASEBOOK_PREVIEW is set): ${problem} Its pages say their addresses are not permanent.` };
  }
  const strict = [flag(env.CI) && 'CI', flag(env.CASEBOOK_PRODUCTION) && 'CASEBOOK_PRODUCTION'].filter(Boolean);
  const fix = [
    'Set the public address the site will be served from, e.g.',
    '  SITE_URL=https://casebook.example.org npm run build',
    `(see ${README_SECTION}).`,
  ];
  if (strict.length > 0) {
    return {
      kind: 'refused',
      siteUrl,
      message: [
        problem,
        `${strict.join(' and ')} ${strict.length === 1 ? 'is' : 'are'} set, so this is taken for a build to publish, and it stops here.`,
        ...fix,
        'For a preview that will not be published, set CASEBOOK_PREVIEW=1 instead.',
      ].join('\n'),
    };
  }
  return {
    kind: 'preview',
    siteUrl,
    loud: true,
    message: [
      problem,
      'This is a preview build: do not publish it. Its pages say their addresses are not permanent.',
      ...fix,
      'In CI (CI set) or with CASEBOOK_PRODUCTION=1 this build would stop; CASEBOOK_PREVIEW=1 allows a preview there.',
    ].join('\n'),
  };
}

/** A message as a block that stands out in a build log. */
export function warningBlock(title: string, message: string): string {
  const lines = message.split('\n');
  const rule = '━'.repeat(Math.min(100, Math.max(title.length + 4, ...lines.map((line) => line.length + 2))));
  return ['', rule, `  ${title}`, rule, ...lines.map((line) => `  ${line}`), rule, ''].join('\n');
}
