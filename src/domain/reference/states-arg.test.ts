import { describe, expect, it } from 'vitest';
import {
  StateArgError,
  resolveStateArg,
  resolveStateArgs,
  stateArgMessage,
  stateOrThrow,
} from './states-arg.js';

const code = (input: string) => {
  const r = resolveStateArg(input);
  return r.ok ? r.state.code : r.error.kind;
};
const candidates = (input: string) => {
  const r = resolveStateArg(input);
  return r.ok ? [] : r.error.candidates.map((s) => s.code);
};

describe('resolveStateArg: one way to name a state in every command', () => {
  it('accepts ISO 3166 alpha-3 codes in any case, and legacy dataset aliases', () => {
    expect(code('CHN')).toBe('CHN');
    expect(code('chn')).toBe('CHN');
    expect(code(' Chn ')).toBe('CHN');
    expect(code('GER')).toBe('DEU');
  });

  it('accepts the UN English name, older UN names and common variants, folded', () => {
    expect(code('China')).toBe('CHN');
    expect(code("people's republic of china")).toBe('CHN');
    expect(code('Türkiye')).toBe('TUR');
    expect(code('turkey')).toBe('TUR');
    expect(code('Turkiye')).toBe('TUR');
    expect(code('Iran (Islamic Republic of)')).toBe('IRN');
    expect(code('Iran')).toBe('IRN');
    expect(code('United Kingdom')).toBe('GBR');
    expect(code('Viet Nam')).toBe('VNM');
    expect(code('Congo')).toBe('COG');
    expect(code('Democratic Republic of the Congo')).toBe('COD');
  });

  it('accepts Chinese names, UN and common short forms', () => {
    expect(code('中国')).toBe('CHN');
    expect(code('中华人民共和国')).toBe('CHN');
    expect(code('美国')).toBe('USA');
    expect(code('大韩民国')).toBe('KOR');
  });

  it('refuses a name several states share, listing each of them', () => {
    expect(code('Korea')).toBe('ambiguous');
    expect(candidates('Korea').sort()).toEqual(['KOR', 'PRK']);
    expect(code('German')).toBe('ambiguous');
    expect(candidates('German').sort()).toEqual(['DDR', 'DEU']);
    expect(code('几内亚')).toBe('GIN'); // exact Chinese name wins over 几内亚比绍, 赤道几内亚
    expect(code('Guinea')).toBe('GIN');
  });

  it('refuses an unknown name and suggests near spellings, never guesses', () => {
    expect(code('Chna')).toBe('unknown');
    expect(candidates('Chna')).toContain('CHN');
    expect(code('Cihna')).toBe('unknown');
    expect(candidates('Cihna')).toContain('CHN');
    expect(code('Atlantis')).toBe('unknown');
    expect(candidates('Atlantis')).toEqual([]);
    expect(code('XXX')).toBe('unknown');
  });

  it('does not take a unique partial name silently: it is offered as a candidate', () => {
    // "Solomon" is only part of "Solomon Islands": the user confirms by typing a full name
    expect(code('Solomon')).toBe('unknown');
    expect(candidates('Solomon')).toEqual(['SLB']);
  });

  it('explains names that deliberately stand for no state', () => {
    const r = resolveStateArg('Taiwan');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.kind).toBe('not-a-state');
      expect(r.error.reason).toMatch(/China/);
    }
  });

  it('refuses an empty argument', () => {
    expect(code('')).toBe('empty');
    expect(code('   ')).toBe('empty');
  });

  it('resolves comma-separated lists, failing on the first bad item', () => {
    expect(resolveStateArgs('CHN, Russia,美国').map((s) => s.code)).toEqual(['CHN', 'RUS', 'USA']);
    expect(() => resolveStateArgs('CHN,Korea')).toThrow(StateArgError);
  });

  it('words its errors the same way in English and Chinese, naming candidates by code', () => {
    const err = (input: string) => {
      try {
        stateOrThrow(input);
      } catch (e) {
        if (e instanceof StateArgError) return e;
      }
      throw new Error('expected a StateArgError');
    };
    const ambiguous = err('Korea');
    expect(stateArgMessage(ambiguous, 'en')).toMatch(/"Korea" matches several states/);
    expect(stateArgMessage(ambiguous, 'en')).toMatch(/Republic of Korea \(KOR\)/);
    expect(stateArgMessage(ambiguous, 'zh')).toMatch(/大韩民国（KOR）/);
    expect(stateArgMessage(err('Chna'), 'en')).toMatch(
      /unknown state "Chna".*did you mean.*China \(CHN\)/s,
    );
    expect(stateArgMessage(err('Chna'), 'zh')).toMatch(/未知国家 "Chna"/);
    expect(err('Chna').message).toBe(stateArgMessage(err('Chna'), 'en'));
  });
});
