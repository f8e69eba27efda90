import { describe, expect, test } from 'vitest';
import { entityMatchKeys, leadFilterKey, matchKey, namedFirst, queryNames } from '../../../../src/lib/outputs/search/entity-match.ts';

const pipc = entityMatchKeys('kr-pipc', {
  name: 'Personal Information Protection Commission',
  abbr: 'PIPC',
  names: { ko: '개인정보보호위원회' },
  aliases: ['Korea PIPC'],
});
const kakao = entityMatchKeys('kakao-pay', { name: 'Kakao Pay', names: { ko: '카카오페이' }, aliases: ['Kakaopay', 'KakaoPay Corp.'] });

describe('matchKey', () => {
  test('ignores case, spacing, punctuation and compatibility forms', () => {
    expect(matchKey('Kakao Pay')).toBe('kakaopay');
    expect(matchKey('kakao-pay')).toBe('kakaopay');
    expect(matchKey('ＰＩＰＣ')).toBe('pipc');
    expect(matchKey('  개인정보 보호위원회 ')).toBe('개인정보보호위원회');
  });
});

describe('entityMatchKeys', () => {
  test('name, abbreviation, native names, aliases and id, each once', () => {
    expect(pipc).toEqual(['personalinformationprotectioncommission', 'pipc', '개인정보보호위원회', 'koreapipc', 'krpipc']);
    expect(entityMatchKeys('x', { name: 'X', aliases: ['x', 'X '] })).toEqual(['x']);
  });
});

describe('queryNames', () => {
  test.each(['PIPC', 'pipc', '개인정보보호위원회', '개인정보보호위원회는', 'personal information protection commission', 'kr-pipc'])('"%s" names the PIPC', (query) => {
    expect(queryNames(query, pipc)).toBe(true);
  });
  test.each(['카카오페이', '카카오페이가', 'Kakaopay', 'KakaoPay', 'Kakao Pay'])('"%s" names Kakao Pay', (query) => {
    expect(queryNames(query, kakao)).toBe(true);
  });
  test.each(['', '  ', 'PIPC fine', 'Kakao', '카카오', 'commission'])('"%s" names neither', (query) => {
    expect(queryNames(query, pipc)).toBe(false);
    expect(queryNames(query, kakao)).toBe(false);
  });
});

describe('namedFirst', () => {
  const r = (...ids: string[]) => ids.map((id) => ({ id }));
  test('lists the cases an entity leads, then those that name it, then the rest, each once', () => {
    const leading = r('deepseek', 'kakaopay');
    const naming = r('lineyahoo', 'deepseek', 'kakaopay');
    const rest = r('kakaopay', 'other', 'lineyahoo', 'deepseek');
    expect(namedFirst(leading, naming, rest).map((c) => c.id)).toEqual(['deepseek', 'kakaopay', 'lineyahoo', 'other']);
    expect(namedFirst([], r('b'), r('a', 'b')).map((c) => c.id)).toEqual(['b', 'a']);
  });

  test('the lead filter sits beside the entity filter', () => {
    expect(leadFilterKey('regulator')).toBe('lead-regulator');
    expect(leadFilterKey('firm')).toBe('lead-firm');
  });
});
