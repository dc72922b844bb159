import { describe, expect, it } from 'vitest';
import { isHan, isHanUnit, nextWord, wordPattern } from './tokenize.js';

/** [start, end) of every match of the word pattern, as `tokenize` reads a text. */
function regexSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(wordPattern())].map((m) => [m.index, m.index + m[0].length]);
}

function scannerSpans(text: string): Array<[number, number]> {
  const span = new Int32Array(2);
  const out: Array<[number, number]> = [];
  for (let at = 0; nextWord(text, at, span); at = span[1]!) out.push([span[0]!, span[1]!]);
  return out;
}

/** A small deterministic generator (mulberry32), so a failure can be reproduced. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRICKY = [
  '',
  ' ',
  'Ratify the Convention; ratification of the OP-CAT. Ratified, ratifying!',
  "Women's rights: the women’s shelters, girls' education, l'homme, rock'n'roll, 1990's, 1990'5",
  "trailing apostrophe' and ’ alone, '' doubled, x'",
  '保障人权捍卫者的权利，释放人权捍卫者 and the 人权 council',
  'abc中文 中abc 文字abc中 x中y 中’文 a’中',
  // astral Han opening a run and inside one; astral letters and digits (mathematical bold)
  '𠀀中 中𠀀 𠀀 𝐀𝐁𝐂 𝟏𝟐 a𝐀1 Ⅻ ① ½ café Café CAFÉ naïve',
  // Han-script characters that are not letters: radicals, the ideographic zero (a number)
  '⺀⺁ 〇一 二〇二〇年 ⺀a a⺀',
  // combining marks split a word (e + U+0301), the Kelvin sign, the Turkish dotted capital I
  'cafe\u0301 \u212aelvin İstanbul ǅemal',
  // lone surrogates, a pair cut at the end of the text
  'a\ud800b \udc00c d\ud83d',
  'e\ud840',
  '\ud840\udc00',
  '2010 2,000 1st 3rd-cycle e-mail re-adopt — “quoted” «guillemets» (parens) [brackets]',
  'Ελληνικά русский العربية हिन्दी ภาษาไทย 한국어 日本語のかな カタカナ',
];

// characters the pattern treats differently, to build random texts from
const ALPHABET = [
  'a',
  'Z',
  '7',
  ' ',
  "'",
  '’',
  '-',
  ',',
  '中',
  '文',
  '⺀',
  '〇',
  'é',
  '\u0301',
  'ß',
  'Ⅻ',
  '½',
  '𠀀',
  '𝐀',
  '𝟏',
  '\ud800',
  '\udc00',
  '\u212a',
  'я',
  'ـ',
  '。',
];

describe('nextWord', () => {
  it('finds the spans of the word pattern on texts that test every rule', () => {
    for (const text of TRICKY)
      expect(scannerSpans(text), JSON.stringify(text)).toEqual(regexSpans(text));
  });

  it('finds the spans of the word pattern on random texts of awkward characters', () => {
    const next = random(20261203);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = Math.floor(next() * 24);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
      expect(scannerSpans(text), JSON.stringify(text)).toEqual(regexSpans(text));
    }
  });

  it('starts where it is told, as the pattern does from lastIndex', () => {
    const text = 'abc’s 中文 def';
    const span = new Int32Array(2);
    expect(nextWord(text, 2, span)).toBe(true);
    expect([...span]).toEqual([2, 5]);
    expect(nextWord(text, 5, span)).toBe(true);
    expect([...span]).toEqual([6, 8]);
    expect(nextWord(text, 8, span)).toBe(true);
    expect([...span]).toEqual([9, 12]);
    expect(nextWord(text, 12, span)).toBe(false);
  });
});

describe('isHanUnit', () => {
  it('says of a UTF-16 unit what isHan says of it as a string', () => {
    for (const unit of [0x41, 0x4e2d, 0x2e80, 0x3007, 0xd840, 0xdc00, 0x3042, 0xff01])
      expect(isHanUnit(unit), unit.toString(16)).toBe(isHan(String.fromCharCode(unit)));
  });
});
