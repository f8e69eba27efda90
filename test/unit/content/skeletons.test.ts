import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { editorSchemaFiles } from '../../../src/lib/outputs/editor-schemas.ts';
import { SKELETON_KINDS, SKELETON_PATHS, skeleton } from '../../../src/lib/content/skeletons.ts';
import { validateContent } from '../../../src/lib/content/validate-content.ts';
import Ajv2020 from 'ajv/dist/2020.js';

describe('editor schemas', () => {
  test('public/schemas/ is up to date with the content schemas (run `npm run schemas`)', () => {
    for (const [name, text] of Object.entries(editorSchemaFiles())) {
      expect(readFileSync(join('public/schemas', name), 'utf8'), name).toBe(text);
    }
  });

  test.each([
    ['firms', 'firm'],
    ['regulators', 'regulator'],
    ['people', 'person'],
    ['laws', 'law'],
  ])('every file in content/%s validates against %s.json and names it for the editor', (dir, schemaName) => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(`public/schemas/${schemaName}.json`, 'utf8')));
    for (const file of readdirSync(join('content', dir))) {
      const text = readFileSync(join('content', dir, file), 'utf8');
      expect(text.split('\n')[0], file).toBe(`# yaml-language-server: $schema=../../public/schemas/${schemaName}.json`);
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  test('the editor schema catches an unknown field', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync('public/schemas/firm.json', 'utf8')));
    expect(validate({ name: 'X', country: 'KR', contry: 'KR' })).toBe(false);
  });
});

describe('npm run new skeletons', () => {
  const tree = () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-new-'));
    cpSync('test/fixtures/good', dir, { recursive: true });
    return dir;
  };

  test.each(SKELETON_KINDS)('a %s skeleton is refused until its TODOs are filled', async (kind) => {
    const dir = tree();
    const file = SKELETON_PATHS[kind]('new-one');
    writeFileSync(join(dir, file), skeleton(kind, '2026-11-23'));
    const { problems } = await validateContent(dir);
    const mine = problems.filter((p) => p.file === file);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.some((p) => p.field === 'name' || p.field === 'title')).toBe(true);
    expect(problems.filter((p) => p.file !== file)).toEqual([]);
  });

  test('a filled firm skeleton is valid', async () => {
    const dir = tree();
    const filled = skeleton('firm', '2026-11-23').replace('name: TODO', 'name: New Firm').replace('country: TODO', 'country: KR');
    writeFileSync(join(dir, 'firms/new-firm.yaml'), filled);
    expect((await validateContent(dir)).problems).toEqual([]);
  });

  test('a filled case skeleton is valid', async () => {
    const dir = tree();
    const filled = skeleton('case', '2026-11-23')
      .replace('title: TODO one-line title (who did what)', 'title: A new case')
      .replace('  TODO what happened and what regulators or courts did, in two or three sentences.', '  Something happened.')
      .replace('from: TODO', 'from: KR')
      .replace('to: TODO', 'to: US')
      .replace('firm: TODO', 'firm: example-pay')
      .replace('title: TODO what happened', 'title: It was reported')
      .replace('title: TODO title as published', 'title: A report')
      .replace('publisher: TODO', 'publisher: Example News')
      .replace('TODO: the narrative.', 'The narrative.');
    writeFileSync(join(dir, 'cases/new-case.mdx'), filled);
    expect((await validateContent(dir)).problems).toEqual([]);
  });
});
