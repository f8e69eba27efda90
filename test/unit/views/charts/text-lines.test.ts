import { describe, expect, test } from 'vitest';
import { truncate, wrapLines } from '../../../../src/lib/views/charts/text-lines.ts';

test('truncates at a word boundary with an ellipsis', () => {
  expect(truncate('The Sample Data Authority fines Example Pay', 20)).toBe('The Sample Data…');
  expect(truncate('Short title', 20)).toBe('Short title');
});

describe('wrapLines', () => {
  const title = 'Kakao Pay designates a credit-information manager; 40.9 billion records are sent after this date';

  test('keeps a title that fits on one line', () => {
    expect(wrapLines('Kakao Pay files an appeal', 30, 3)).toEqual(['Kakao Pay files an appeal']);
  });

  test('breaks at spaces into lines no longer than the width, keeping every word', () => {
    const lines = wrapLines(title, 30, 4);
    expect(lines).toEqual(['Kakao Pay designates a', 'credit-information manager;', '40.9 billion records are sent', 'after this date']);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
  });

  test('shortens only a title longer than its lines allow, the last line ending in an ellipsis', () => {
    const lines = wrapLines(title, 30, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Kakao Pay designates a');
    expect(lines[1]).toMatch(/^credit-information manager;?…$/);
  });

  test('cuts a word longer than a line', () => {
    expect(wrapLines('Förvaltningsrätten', 10, 2)).toEqual(['Förvaltni…']);
  });
});
