import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { formatFieldPath, formatProblems, formatWarnings, problemFromIssue, sortProblems, type Problem } from '../../../src/lib/content/problems.ts';

describe('formatFieldPath', () => {
  test.each([
    { path: [], field: '' },
    { path: ['title'], field: 'title' },
    { path: ['timeline', 2, 'date'], field: 'timeline[2].date' },
    { path: ['flows', 0, 'data', 1], field: 'flows[0].data[1]' },
    { path: ['positions', 1, 'by', 'firm'], field: 'positions[1].by.firm' },
    { path: ['names', 'ko'], field: 'names.ko' },
    { path: ['matrix', 0, 1], field: 'matrix[0][1]' },
    { path: [3], field: '[3]' },
    { path: ['account-identifier', 'label'], field: 'account-identifier.label' },
  ])('writes $path as "$field"', ({ path, field }) => {
    expect(formatFieldPath(path)).toBe(field);
  });
});

/** The first zod issue a schema reports for an input. */
function issueOf(schema: z.ZodType, input: unknown): z.core.$ZodIssue {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to fail`);
  return result.error.issues[0];
}

describe('problemFromIssue', () => {
  test('reports a missing field as required, naming the expected type', () => {
    const issue = issueOf(z.strictObject({ title: z.string() }), {});
    expect(problemFromIssue('cases/x.mdx', issue)).toEqual([{ file: 'cases/x.mdx', field: 'title', message: 'is required (expected string)' }]);
  });

  test.each([
    { input: { n: 'many' }, message: 'expected number, got "many"' },
    { input: { n: [1] }, message: 'expected number, got [1]' },
    { input: { n: null }, message: 'expected number, got null' },
  ])('reports a value of the wrong type with the value: $message', ({ input, message }) => {
    const issue = issueOf(z.strictObject({ n: z.number() }), input);
    expect(problemFromIssue('firms/x.yaml', issue)).toEqual([{ file: 'firms/x.yaml', field: 'n', message }]);
  });

  test('shows a Date value as the day it means', () => {
    const issue = issueOf(z.strictObject({ title: z.string() }), { title: new Date(Date.UTC(2024, 7, 13)) });
    expect(problemFromIssue('cases/x.mdx', issue)[0].message).toBe('expected string, got 2024-08-13');
  });

  test('reports each unknown field by its own path', () => {
    const issue = issueOf(z.strictObject({ flows: z.array(z.strictObject({ from: z.string() })) }), {
      flows: [{ from: 'KR', aleged: true, exporterr: 'x' }],
    });
    expect(problemFromIssue('cases/x.mdx', issue)).toEqual([
      { file: 'cases/x.mdx', field: 'flows[0].aleged', message: 'unknown field: the content model has no such field here (check the spelling)' },
      { file: 'cases/x.mdx', field: 'flows[0].exporterr', message: 'unknown field: the content model has no such field here (check the spelling)' },
    ]);
  });

  test('lists the allowed values of an enum and the value given', () => {
    const issue = issueOf(z.strictObject({ status: z.enum(['reported', 'resolved']) }), { status: 'closed' });
    expect(problemFromIssue('cases/x.mdx', issue)).toEqual([
      { file: 'cases/x.mdx', field: 'status', message: 'expected one of reported, resolved; got "closed"' },
    ]);
  });

  test('keeps the message of a custom rule', () => {
    const schema = z.strictObject({ to: z.string() }).superRefine((_, ctx) => {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'expected a jurisdiction other than from (KR)' });
    });
    expect(problemFromIssue('cases/x.mdx', issueOf(schema, { to: 'KR' }))).toEqual([
      { file: 'cases/x.mdx', field: 'to', message: 'expected a jurisdiction other than from (KR)' },
    ]);
  });

  test('keeps the message of a failed check such as a maximum length', () => {
    const issue = issueOf(z.strictObject({ summary: z.string().max(3, 'expected at most 3 characters') }), { summary: 'long' });
    expect(problemFromIssue('cases/x.mdx', issue)).toEqual([{ file: 'cases/x.mdx', field: 'summary', message: 'expected at most 3 characters' }]);
  });

  test('puts a prefix before the issue path', () => {
    const issue = issueOf(z.strictObject({ label: z.string() }), {});
    expect(problemFromIssue('data-categories.yaml', issue, ['biometric'])).toEqual([
      { file: 'data-categories.yaml', field: 'biometric.label', message: 'is required (expected string)' },
    ]);
  });

  test('reports a union with nothing given as required', () => {
    const issue = issueOf(z.strictObject({ date: z.union([z.string(), z.number()], { error: 'expected a date' }) }), {});
    expect(problemFromIssue('cases/x.mdx', issue)).toEqual([{ file: 'cases/x.mdx', field: 'date', message: 'is required (expected a date)' }]);
  });

  test('reports a union with a wrong value with the value', () => {
    const issue = issueOf(z.strictObject({ date: z.union([z.string(), z.number()], { error: 'expected a date' }) }), { date: true });
    expect(problemFromIssue('cases/x.mdx', issue)).toEqual([{ file: 'cases/x.mdx', field: 'date', message: 'expected a date, got true' }]);
  });
});

describe('sortProblems', () => {
  test('orders by file, then by field, without changing the input', () => {
    const problems: Problem[] = [
      { file: 'firms/b.yaml', field: 'name', message: '3' },
      { file: 'cases/z.mdx', field: 'title', message: '2' },
      { file: 'cases/z.mdx', field: '', message: '1' },
      { file: 'cases/a.mdx', field: 'status', message: '0' },
    ];
    const copy = structuredClone(problems);
    expect(sortProblems(problems).map((p) => p.message)).toEqual(['0', '1', '2', '3']);
    expect(problems).toEqual(copy);
  });
});

describe('formatProblems', () => {
  test('prints one "<dir>/<file>: <field>: <message>" line per problem, sorted', () => {
    const text = formatProblems(
      [
        { file: 'firms/x.yaml', field: 'country', message: '"kr" is not an ISO 3166-1 alpha-2 code in capitals (or EU / EEA)' },
        { file: 'cases/a.mdx', field: 'timeline[2].date', message: '"2024-02-30" is not a real day' },
      ],
      'content',
    );
    expect(text).toBe(
      [
        'content/cases/a.mdx: timeline[2].date: "2024-02-30" is not a real day',
        'content/firms/x.yaml: country: "kr" is not an ISO 3166-1 alpha-2 code in capitals (or EU / EEA)',
      ].join('\n'),
    );
  });

  test('leaves out the field of a problem with the whole file', () => {
    expect(formatProblems([{ file: 'cases/a.mdx', field: '', message: 'expected YAML frontmatter' }], 'test/fixtures/x')).toBe(
      'test/fixtures/x/cases/a.mdx: expected YAML frontmatter',
    );
  });

  test('prints nothing for no problems', () => {
    expect(formatProblems([], 'content')).toBe('');
  });
});

describe('formatWarnings', () => {
  test('prints the same sorted lines, each marked "warning: "', () => {
    const text = formatWarnings(
      [
        { file: 'cases/b.mdx', field: 'flows[0].importer', message: 'same firm as the exporter ("x")' },
        { file: 'cases/a.md', field: '', message: 'unexpected file, not published: a case is a .mdx file' },
      ],
      'content',
    );
    expect(text).toBe(
      [
        'warning: content/cases/a.md: unexpected file, not published: a case is a .mdx file',
        'warning: content/cases/b.mdx: flows[0].importer: same firm as the exporter ("x")',
      ].join('\n'),
    );
  });

  test('prints nothing for no warnings', () => {
    expect(formatWarnings([], 'content')).toBe('');
  });
});
