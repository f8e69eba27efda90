import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COURT_LEVELS, ESTABLISHED_HOW, STANDINGS } from '../../../src/lib/content/schema/case.ts';

const readme = readFileSync('README.md', 'utf8');
const additions = readme.slice(readme.indexOf('Additions to the contract'), readme.indexOf('## What the site publishes'));
const editorSchema = readFileSync('public/schemas/case.json', 'utf8');

/** The descriptions the editor schema gives fields named `name`, anywhere in case.json. */
function descriptionsOf(name: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === name && value && typeof value === 'object' && 'description' in value) found.push(String((value as { description: unknown }).description));
        walk(value);
      }
    }
  };
  walk(JSON.parse(editorSchema));
  return found;
}

describe.each([
  { field: 'standing', values: STANDINGS, schemaField: 'standing' },
  { field: 'level', values: COURT_LEVELS, schemaField: 'level' },
  { field: 'established.how', values: ESTABLISHED_HOW, schemaField: 'how' },
])('every value of $field is documented', ({ values, schemaField }) => {
  test.each([...values])('`%s` in the README\'s additions to the contract', (value) => {
    expect(additions).toContain(`\`${value}\``);
  });

  test('in the editor schema\'s description of the field', () => {
    const [description] = descriptionsOf(schemaField).filter((d) => d.includes('One of:'));
    for (const value of values) expect(description, value).toContain(`\`${value}\`:`);
  });
});

test('the term\'s fields are documented in the README and the editor schema', () => {
  for (const field of ['`en`', '`original`', '`original_lang`']) expect(additions).toContain(field);
  expect(descriptionsOf('original_lang').some((d) => d.includes('original'))).toBe(true);
});

test('the unconfirmed flag of events and quotations is documented in the README and the editor schema', () => {
  for (const field of ['`timeline[].unconfirmed`', '`quotes[].unconfirmed`']) expect(additions).toContain(field);
  const described = descriptionsOf('unconfirmed').filter((d) => d.startsWith('Extension:'));
  expect(described.some((d) => d.includes('event'))).toBe(true);
  expect(described.some((d) => d.includes('quotation'))).toBe(true);
});
