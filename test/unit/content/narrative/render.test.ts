import { expect, test } from 'vitest';
import { parseNarrative } from '../../../../src/lib/content/narrative/parse.ts';
import { renderNarrative } from '../../../../src/lib/content/narrative/render.ts';

const sources = [{ id: 'kbs-2024-08-14', title: 'Report', publisher: 'KBS News', date: '2024-08-14' }];
const render = (body: string) => {
  const parsed = parseNarrative(body);
  if (!parsed.ok) throw new Error(parsed.reason);
  return renderNarrative(parsed.tree, body, sources).html;
};

test('renders <Unconfirmed> as its labelled span, inline and on a line of its own', () => {
  expect(render('It began <Unconfirmed>on 27 August</Unconfirmed>.\n')).toContain(
    '<span class="unconfirmed"><span class="unconfirmed-label">Unconfirmed:</span> on 27 August</span>.',
  );
  expect(render('<Unconfirmed>Whole line.[^kbs-2024-08-14]</Unconfirmed>\n')).toBe(
    '<span class="unconfirmed"><span class="unconfirmed-label">Unconfirmed:</span> Whole line.<a href="#source-kbs-2024-08-14" title="KBS News, 14 August 2024: Report">[1]</a></span>',
  );
});

test('an escaped bracket stays text, an unescaped one in the same line is cited', () => {
  expect(render('Not a note \\[^kbs-2024-08-14], but this is.[^kbs-2024-08-14]\n')).toBe(
    '<p id="narrative-p1">Not a note [^kbs-2024-08-14], but this is.<a href="#source-kbs-2024-08-14" title="KBS News, 14 August 2024: Report">[1]</a> <a class="anchor-link" href="#narrative-p1" aria-label="Link to paragraph 1 of this section" data-pagefind-ignore="">¶</a></p>',
  );
});

test('keeps allow-listed inline HTML with its attributes', () => {
  expect(render('The <abbr title="Financial Supervisory Service">FSS</abbr> said <strong>no</strong>.\n')).toContain(
    'The <abbr title="Financial Supervisory Service">FSS</abbr> said <strong>no</strong>.',
  );
});

test('applies smart punctuation as the site\'s Markdown does', () => {
  expect(render('Kakao Pay\'s "consignment" -- or so it said...\n')).toContain('Kakao Pay’s “consignment” – or so it said…');
});

test('renders GFM: tables, strikethrough, autolinks', () => {
  const html = render('| a | b |\n|:--|--:|\n| 1 | 2 |\n\n~~no~~ https://example.org\n');
  expect(html).toContain('<th style="text-align: left">a</th>');
  expect(html).toContain('<del>no</del>');
  expect(html).toContain('<a href="https://example.org">https://example.org</a>');
});
