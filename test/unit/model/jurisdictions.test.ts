import { describe, expect, test } from 'vitest';
import { BLOCS, isBloc, isJurisdiction, jurisdictionAliases, jurisdictionName, jurisdictionNativeName, jurisdictionSlug } from '../../../src/lib/model/jurisdictions.ts';

describe('isJurisdiction', () => {
  test.each(['KR', 'CN', 'US', 'IE', 'GB', 'DE', 'JP', 'NO', 'SG', 'EU', 'EEA'])('accepts %s', (code) => {
    expect(isJurisdiction(code)).toBe(true);
  });

  test.each([
    ['kr', 'a lower-case code'],
    ['Kr', 'a mixed-case code'],
    ['eu', 'a lower-case bloc'],
    ['UK', 'a common code that ISO does not assign (GB is the code)'],
    ['ZZ', 'an unassigned code'],
    ['KOR', 'an alpha-3 code'],
    ['410', 'a numeric code'],
    ['K', 'a single letter'],
    ['', 'an empty string'],
    [' KR', 'a code with a space'],
    ['European Union', 'a name instead of a code'],
  ])('rejects %j (%s)', (code) => {
    expect(isJurisdiction(code)).toBe(false);
  });

  test('rejects names of properties every object inherits (constructor, toString, __proto__), which are no blocs', () => {
    const inherited = ['constructor', 'toString', '__proto__', 'hasOwnProperty'];
    expect(inherited.filter(isJurisdiction)).toEqual([]);
    expect(inherited.filter(isBloc)).toEqual([]);
  });
});

describe('isBloc', () => {
  test.each([
    ['EU', true],
    ['EEA', true],
    ['KR', false],
    ['eu', false],
  ])('says %s is a bloc: %s', (code, bloc) => {
    expect(isBloc(code)).toBe(bloc);
  });
});

describe('jurisdictionName', () => {
  test.each([
    ['KR', 'South Korea'],
    ['CN', 'China'],
    ['US', 'United States'],
    ['IE', 'Ireland'],
    ['GB', 'United Kingdom'],
    ['NO', 'Norway'],
    ['EU', 'European Union'],
    ['EEA', 'European Economic Area'],
  ])('names %s "%s" in English', (code, name) => {
    expect(jurisdictionName(code)).toBe(name);
  });

  test('names every bloc after its BLOCS entry', () => {
    for (const [code, bloc] of Object.entries(BLOCS)) expect(jurisdictionName(code)).toBe(bloc.name);
  });
});

describe('jurisdictionAliases', () => {
  test('lists the other English names of a country, without its display name', () => {
    const aliases = jurisdictionAliases('KR');
    expect(aliases).toContain('Republic of Korea');
    expect(aliases).toContain('Korea, Republic of');
    expect(aliases).not.toContain('South Korea');
  });

  test('lists the other names of the United States', () => {
    expect(jurisdictionAliases('US')).toContain('United States of America');
    expect(jurisdictionAliases('US')).not.toContain('United States');
  });

  test.each([
    ['EU', ['EU']],
    ['EEA', ['EEA']],
  ])('lists the aliases of the bloc %s from BLOCS', (code, aliases) => {
    expect(jurisdictionAliases(code)).toEqual(aliases);
  });
});

describe('jurisdictionSlug', () => {
  test.each([
    ['KR', 'kr'],
    ['US', 'us'],
    ['EU', 'eu'],
    ['EEA', 'eea'],
  ])('makes the URL segment of %s "%s"', (code, slug) => {
    expect(jurisdictionSlug(code)).toBe(slug);
  });
});

describe('jurisdictionNativeName', () => {
  test.each([
    ['NO', 'nb', 'Norge'],
    ['RU', 'ru', 'Россия'],
    ['IN', 'hi', 'भारत'],
    ['SE', 'sv', 'Sverige'],
    ['KR', 'ko', '대한민국'],
    ['CN', 'zh', '中国'],
  ])('%s is %s %s in its own language', (code, lang, name) => {
    expect(jurisdictionNativeName(code)).toEqual({ lang, name });
  });

  test.each(['US', 'IE', 'EU', 'EEA'])('%s has none beside its English name', (code) => {
    expect(jurisdictionNativeName(code)).toBeUndefined();
  });
});
