import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite, removeBuilds, tempOutDir } from '../support/build-site.ts';

test('a tree with a broken file stops the build, names the file and field, and publishes nothing', () => {
  const content = mkdtempSync(join(tmpdir(), 'casebook-bad-'));
  cpSync('test/fixtures/good', content, { recursive: true });
  writeFileSync(join(content, 'firms/broken.yaml'), 'name: Broken\ncountry: kr\n');
  const out = join(tempOutDir(), 'dist');
  const result = buildSite(content, out);
  expect(result.status).not.toBe(0);
  expect(result.output).toContain('firms/broken.yaml: country:');
  expect(existsSync(join(out, 'index.html'))).toBe(false);
  removeBuilds(dirname(out), content);
});
