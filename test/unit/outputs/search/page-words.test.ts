import { describe, expect, test } from 'vitest';
import { pageWords } from '../../../../src/lib/outputs/search/page-words.ts';

const page = (body: string, outside = '') =>
  `<html><head><title>Head title</title><style>.a{}</style></head><body><header>Site header</header>${outside}<main data-pagefind-body>${body}</main><footer>Footer text</footer></body></html>`;
const sorted = (words: Set<string>) => [...words].sort();

describe('the words Pagefind indexes from a page', () => {
  test('are its body’s text without markup, scripts or punctuation, lower-cased, with character references read', () => {
    const words = pageWords(page('<p>Kakao Pay sent data to <a href="/firms/alipay/">Alipay</a>, (40 million) users&amp; AT&amp;T 카카오페이가</p><script>var hidden;</script>'));
    expect(sorted(words)).toEqual(['40', 'alipay', 'at&t', 'data', 'kakao', 'million', 'pay', 'sent', 'to', 'users', '카카오페이가']);
  });

  test('leave out what is outside the body and what an ignored element holds, however deep', () => {
    const words = pageWords(
      page(
        '<h1>Kept</h1><details data-pagefind-ignore><summary>Cite</summary><p>https://casebook.example/cases/x/ <b>inner</b></p></details>' +
          '<p>After <span class="source-url" data-pagefind-ignore="">https://example.org/a</span> again<br>line</p>',
        '<nav>Breadcrumb words</nav>',
      ),
    );
    expect(sorted(words)).toEqual(['after', 'again', 'kept', 'line']);
  });

  test('end a word at a tag, as the old reading did, and are none for a page without a body', () => {
    expect(sorted(pageWords(page('<p>one<i>two</i></p><img alt="picture" src="x.png">three')))).toEqual(['one', 'three', 'two']);
    expect(pageWords('<html><body><p>No body marked</p></body></html>').size).toBe(0);
  });
});
