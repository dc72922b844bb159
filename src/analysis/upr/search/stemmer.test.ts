import { describe, expect, it } from 'vitest';
import { porterStem } from './stemmer.js';
import { normalizeWord } from './tokenize.js';

// Pairs from Porter's paper (1980) and the reference vocabulary's output.
const PAIRS: Array<[string, string]> = [
  ['caresses', 'caress'],
  ['ponies', 'poni'],
  ['ties', 'ti'],
  ['cats', 'cat'],
  ['feed', 'feed'],
  ['agreed', 'agre'],
  ['plastered', 'plaster'],
  ['motoring', 'motor'],
  ['sing', 'sing'],
  ['conflated', 'conflat'],
  ['troubled', 'troubl'],
  ['sized', 'size'],
  ['hopping', 'hop'],
  ['tanned', 'tan'],
  ['falling', 'fall'],
  ['hissing', 'hiss'],
  ['fizzed', 'fizz'],
  ['failing', 'fail'],
  ['filing', 'file'],
  ['happy', 'happi'],
  ['sky', 'sky'],
  ['relational', 'relat'],
  ['conditional', 'condit'],
  ['rational', 'ration'],
  ['digitizer', 'digit'],
  ['operator', 'oper'],
  ['feudalism', 'feudal'],
  ['decisiveness', 'decis'],
  ['hopefulness', 'hope'],
  ['callousness', 'callous'],
  ['triplicate', 'triplic'],
  ['formative', 'form'],
  ['formalize', 'formal'],
  ['electrical', 'electr'],
  ['hopeful', 'hope'],
  ['goodness', 'good'],
  ['revival', 'reviv'],
  ['allowance', 'allow'],
  ['inference', 'infer'],
  ['airliner', 'airlin'],
  ['adjustable', 'adjust'],
  ['defensible', 'defens'],
  ['irritant', 'irrit'],
  ['replacement', 'replac'],
  ['adjustment', 'adjust'],
  ['dependent', 'depend'],
  ['adoption', 'adopt'],
  ['communism', 'commun'],
  ['activate', 'activ'],
  ['homologous', 'homolog'],
  ['effective', 'effect'],
  ['bowdlerize', 'bowdler'],
  ['probate', 'probat'],
  ['rate', 'rate'],
  ['cease', 'ceas'],
  ['controlling', 'control'],
  ['roll', 'roll'],
  ['generalizations', 'gener'],
];

describe('porterStem', () => {
  it.each(PAIRS)('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('leaves short words, digits and non-Latin text alone', () => {
    for (const w of ['as', '88', 'a1b', '人权', 'é']) expect(porterStem(w)).toBe(w);
  });
});

describe('normalizeWord (what the index holds)', () => {
  it('gives the forms of one word one term, across case and accents', () => {
    const forms = ['ratify', 'Ratified', 'ratifies', 'ratifying', 'ratification', 'RATIFICATIONS'];
    expect(new Set(forms.map(normalizeWord))).toEqual(new Set(['ratif']));
    expect(normalizeWord('defenders')).toBe(normalizeWord('defender'));
    expect(normalizeWord('Détention')).toBe(normalizeWord('detention'));
    expect(normalizeWord("women's")).toBe(normalizeWord('women'));
  });

  it('keeps different words apart', () => {
    expect(normalizeWord('torture')).not.toBe(normalizeWord('tolerate'));
    expect(normalizeWord('release')).not.toBe(normalizeWord('religion'));
  });
});

describe('normalizeWord keeps apart words Porter would merge', () => {
  it('a defender is not a defendant, nor the verb', () => {
    const defender = normalizeWord('defenders');
    expect(normalizeWord('Defender')).toBe(defender);
    expect(normalizeWord('defendants')).not.toBe(defender);
    expect(normalizeWord('defendant')).toBe(normalizeWord('defendants'));
    expect(normalizeWord('defend')).not.toBe(defender);
    expect(normalizeWord('defending')).not.toBe(defender);
    expect(normalizeWord('defendants')).not.toBe(normalizeWord('defend'));
    expect(normalizeWord('defending')).toBe(normalizeWord('defend'));
  });

  it('minorities are not minors, a university is not universal', () => {
    expect(normalizeWord('minorities')).toBe(normalizeWord('minority'));
    expect(normalizeWord('minorities')).not.toBe(normalizeWord('minors'));
    expect(normalizeWord('universities')).toBe(normalizeWord('university'));
    expect(normalizeWord('university')).not.toBe(normalizeWord('universal'));
  });
});
