import { describe, expect, test } from 'vitest';
import { publicAddress } from '../../../src/integrations/public-address.ts';
import { checkPublicAddress, isPermanentAddress, PREVIEW_SITE_URL, warningBlock } from '../../../src/lib/model/public-address.ts';

describe('isPermanentAddress', () => {
  test.each([
    { url: 'https://casebook.example.org/cases/x/', expected: true },
    { url: 'https://example.github.io/casebook/', expected: true },
    { url: 'http://localhost:4321/cases/x/', expected: false },
    { url: 'http://casebook.localhost/', expected: false },
    { url: 'http://127.0.0.1:8080/', expected: false },
    { url: 'http://[::1]:4321/', expected: false },
  ])('is $expected for $url', ({ url, expected }) => {
    expect(isPermanentAddress(url)).toBe(expected);
  });
});

describe('checkPublicAddress', () => {
  test('a public SITE_URL builds anywhere, silently', () => {
    expect(checkPublicAddress({ SITE_URL: 'https://casebook.example.org', CI: 'true' })).toEqual({ kind: 'public', siteUrl: 'https://casebook.example.org' });
  });

  test('without SITE_URL on a developer machine it warns loudly and builds a preview at the local address', () => {
    const check = checkPublicAddress({});
    expect(check).toMatchObject({ kind: 'preview', loud: true, siteUrl: PREVIEW_SITE_URL });
    if (check.kind !== 'preview') throw new Error('expected a preview');
    expect(check.message).toContain('SITE_URL is not set');
    expect(check.message).toContain('README.md, section "Deploying"');
    expect(check.message).toContain('SITE_URL=https://casebook.example.org npm run build');
  });

  test.each([
    { env: { CI: 'true' }, names: 'CI is set' },
    { env: { CI: '1' }, names: 'CI is set' },
    { env: { CASEBOOK_PRODUCTION: '1' }, names: 'CASEBOOK_PRODUCTION is set' },
    { env: { CI: 'true', CASEBOOK_PRODUCTION: '1' }, names: 'CI and CASEBOOK_PRODUCTION are set' },
    { env: { CI: 'true', SITE_URL: 'http://localhost:4321' }, names: 'CI is set' },
  ])('refuses a build for publishing without a public address ($names)', ({ env, names }) => {
    const check = checkPublicAddress(env);
    expect(check.kind).toBe('refused');
    if (check.kind !== 'refused') throw new Error('expected a refusal');
    expect(check.message).toContain(names);
    expect(check.message).toContain('SITE_URL');
    expect(check.message).toContain('CASEBOOK_PREVIEW=1');
    expect(check.message).toContain('README.md, section "Deploying"');
  });

  test('CASEBOOK_PREVIEW opts a CI build into a preview, with one line in the log', () => {
    expect(checkPublicAddress({ CI: 'true', CASEBOOK_PREVIEW: '1' })).toMatchObject({ kind: 'preview', loud: false, siteUrl: PREVIEW_SITE_URL });
  });

  test.each(['', '0', 'false', 'no'])('CI=%j counts as not set', (value) => {
    expect(checkPublicAddress({ CI: value }).kind).toBe('preview');
  });
});

test('a warning block names its title between rules', () => {
  expect(warningBlock('Title', 'one\ntwo').split('\n')).toEqual(['', '━━━━━━━━━', '  Title', '━━━━━━━━━', '  one', '  two', '━━━━━━━━━', '']);
});

describe('the build hook (src/integrations/public-address.ts)', () => {
  const run = (env: Record<string, string>, command = 'build') => {
    const said: string[] = [];
    const logger = { warn: (m: string) => said.push(`warn: ${m}`), info: (m: string) => said.push(`info: ${m}`) };
    const hook = publicAddress(checkPublicAddress(env)).hooks['astro:config:setup']!;
    return { said, run: () => hook({ command, logger } as never) };
  };

  test('only warns on a developer machine (npm start keeps working)', () => {
    const { said, run: go } = run({});
    expect(go).not.toThrow();
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^warn: [\s\S]*No public address \(SITE_URL\): preview build[\s\S]*SITE_URL=https:\/\/casebook\.example\.org npm run build/);
  });

  test('stops a CI build', () => {
    expect(run({ CI: 'true' }).run).toThrow(/No public address \(SITE_URL\): build stopped[\s\S]*CI is set/);
  });

  test('says one line for an opted-in preview and nothing for a public build', () => {
    const preview = run({ CI: 'true', CASEBOOK_PREVIEW: '1' });
    preview.run();
    expect(preview.said).toEqual([expect.stringMatching(/^info: Preview build \(CASEBOOK_PREVIEW is set\)/)]);
    const pub = run({ SITE_URL: 'https://casebook.example.org' });
    pub.run();
    expect(pub.said).toEqual([]);
  });

  test('leaves the dev server and astro check alone', () => {
    for (const command of ['dev', 'sync', 'preview']) expect(run({ CI: 'true' }, command).run).not.toThrow();
  });
});
