import { describe, expect, test } from 'vitest';
import { ALLOWED_COMPONENTS, checkBody } from '../../../src/lib/content/check-body.ts';

const FILE = 'cases/x.mdx';

describe('checkBody accepts', () => {
  test.each([
    ['an empty body', ''],
    ['plain paragraphs', 'One paragraph.\n\nAnother paragraph.\n'],
    ['a GFM table', '| Penalty | Amount |\n| ------- | ------ |\n| Fine | 1,000,000 KRW |\n'],
    ['strikethrough', 'The firm ~~denied~~ admitted it.\n'],
    ['a literal autolink', 'Read it at https://sda.example/decisions/17.\n'],
    ['a Markdown link', 'Read [the decision](https://sda.example/decisions/17).\n'],
    ['a local image', '![A chart](/images/chart.png)\n'],
    ['a footnote reference without a definition', 'A claim.[^news-2024]\n'],
    ['a footnote with its own definition', 'A claim.[^note]\n\n[^note]: Editor’s note.\n'],
    ['the <Unconfirmed> component', '<Unconfirmed>Some data may have been deleted.</Unconfirmed>\n'],
    ['<Unconfirmed> inline with a lang attribute', 'Text <Unconfirmed lang="ko">미확인</Unconfirmed> more.\n'],
    ['allowed inline HTML', 'The <abbr title="Financial Supervisory Service">FSS</abbr> said <strong>no</strong>.<br />\n'],
    ['an escaped brace', 'A literal \\{ brace.\n'],
    ['braces in inline code', 'The field `{ ko: 예시 }` holds names.\n'],
    ['import in a fenced code block', '```js\nimport x from "y";\n{1 + 1}\n```\n'],
    ['a lone less-than sign before a space', 'Records a < b.\n'],
  ])('%s', (_, body) => {
    expect(checkBody(body, FILE, 1).problems).toEqual([]);
  });

  test.each([...ALLOWED_COMPONENTS])('the allow-listed component <%s> as a block', (name) => {
    expect(checkBody(`<${name}>\nA paragraph.\n</${name}>\n`, FILE, 1).problems).toEqual([]);
  });
});

describe('checkBody rejects', () => {
  test.each([
    ['an import', 'import Chart from "../chart.js"\n', 'import and export are not allowed in a case narrative'],
    ['an export', 'export const total = 40\n', 'import and export are not allowed in a case narrative'],
    ['an inline expression', 'About {40 / 2} people.\n', 'a {…} expression is not allowed in a case narrative'],
    ['a block expression', '{new Date().getFullYear()}\n', 'a {…} expression is not allowed in a case narrative'],
    ['a <Script/> component', '<Script/>\n', '<Script> is not allowed'],
    ['a lower-case <script> element', '<script>alert(1)</script>\n', '<script> is not allowed'],
    ['an <iframe>', '<iframe title="map"></iframe>\n', '<iframe> is not allowed'],
    ['an <img>', '<img alt="" />\n', '<img> is not allowed'],
    ['a fragment', '<>text</>\n', 'is not allowed: a narrative may use <Unconfirmed>'],
    ['a member component', '<Unconfirmed.Note>text</Unconfirmed.Note>\n', '<Unconfirmed.Note> is not allowed'],
    ['an event attribute', 'Text <span onclick="x()">here</span>.\n', 'attribute onclick on <span> is not allowed'],
    ['a spread attribute', '<Unconfirmed {...props}>text</Unconfirmed>\n', 'attribute {…} on <Unconfirmed> is not allowed'],
    ['an image from another site', '![A chart](https://img.example/chart.png)\n', 'image from another site (https://img.example/chart.png)'],
    ['a protocol-relative image', '![A chart](//img.example/chart.png)\n', 'image from another site'],
    ['a data: image', '![A chart](data:image/png;base64,AAAA)\n', 'image from another site'],
    ['a javascript: link', 'See [this](javascript:alert(1)).\n', 'link scheme not allowed: javascript:alert(1)'],
    ['a javascript: link definition', 'See [this][x].\n\n[x]: javascript:alert(1)\n', 'link scheme not allowed'],
    ['a data: link', 'See [this](data:text/html,hi).\n', 'link scheme not allowed'],
  ])('%s', (_, body, message) => {
    const { problems } = checkBody(body, FILE, 1);
    expect(problems).toContainEqual({ file: FILE, field: expect.stringMatching(/^body \(line \d+\)$/), message: expect.stringContaining(message) });
  });

  test('an expression in an attribute value', () => {
    const { problems } = checkBody('<Unconfirmed title={fetch("https://evil.example")}>text</Unconfirmed>\n', FILE, 1);
    expect(problems).toContainEqual({ file: FILE, field: 'body (line 1)', message: expect.stringContaining('expression') });
  });

  test('an image from another site given by a reference definition', () => {
    const { problems } = checkBody('![A chart][chart]\n\n[chart]: https://img.example/chart.png\n', FILE, 1);
    expect(problems).toContainEqual({ file: FILE, field: 'body (line 1)', message: expect.stringContaining('image from another site') });
  });

  test('MDX that does not parse, with the place of the error', () => {
    const { problems } = checkBody('Fine line.\n\nA tag that never closes <Unconfirmed>here.\n', FILE, 20);
    expect(problems).toEqual([{ file: FILE, field: expect.stringMatching(/^body \(line (22|23)\)$/), message: expect.stringContaining('not valid MDX') }]);
  });

  test('reports every problem of a body, not only the first', () => {
    const { problems } = checkBody('import A from "a"\n\n{1}\n\n<Script/>\n', FILE, 1);
    expect(problems.map((p) => p.field)).toEqual(['body (line 1)', 'body (line 3)', 'body (line 5)']);
  });
});

describe('checkBody line numbers', () => {
  test.each([
    { startLine: 1, line: 'body (line 3)' },
    { startLine: 10, line: 'body (line 12)' },
    { startLine: 42, line: 'body (line 44)' },
  ])('counts from the line where the body starts ($startLine)', ({ startLine, line }) => {
    const { problems } = checkBody('First.\n\n<Script/>\n', FILE, startLine);
    expect(problems).toEqual([{ file: FILE, field: line, message: expect.stringContaining('<Script> is not allowed') }]);
  });
});

describe('checkBody footnotes', () => {
  test('lists the labels left to the site once each, in order of first use, and those the body defines', () => {
    const body = 'A.[^news-b] B.[^news-a] C.[^news-b][^own]\n\n[^own]: Own text.\n';
    expect(checkBody(body, FILE, 1)).toMatchObject({ footnoteReferences: ['news-b', 'news-a'], footnoteDefinitions: ['own'] });
  });

  test('lists only the definitions the body writes itself', () => {
    expect(checkBody('A claim.[^src]\n', FILE, 1).footnoteDefinitions).toEqual([]);
  });

  test.each([
    ['inline code', 'The syntax is `[^label]`.\n'],
    ['a fenced code block', '```\nA claim.[^label]\n```\n'],
    ['an escaped bracket', 'Not a note \\[^label].\n'],
  ])('does not count a label inside %s as a reference', (_, body) => {
    expect(checkBody(body, FILE, 1).footnoteReferences).toEqual([]);
  });

  test('counts a reference used in a table cell and in a list', () => {
    const body = '| Claim | Source |\n| --- | --- |\n| Sent | yes[^table-src] |\n\n- item[^list-src]\n';
    expect(checkBody(body, FILE, 1).footnoteReferences).toEqual(['table-src', 'list-src']);
  });
});
