import { describe, expect, it } from 'vitest';
import { highlightParts } from './highlight-parts';

const joined = (text: string, ranges: [number, number][]) =>
  highlightParts(text, ranges)
    .map((p) => (p.mark ? `[${p.text}]` : p.text))
    .join('');

describe('highlightParts', () => {
  it('marks the ranges and keeps the text between them', () => {
    const text = 'Release all human rights defenders';
    // "human" is 12..17, "defenders" 25..34 (counted on the string above)
    expect(
      joined(text, [
        [12, 17],
        [25, 34],
      ]),
    ).toBe('Release all [human] rights [defenders]');
  });

  it('keeps markup characters as text, for React to escape', () => {
    const parts = highlightParts('<b>a</b> & b', [[3, 4]]);
    expect(parts).toEqual([
      { text: '<b>', mark: false },
      { text: 'a', mark: true },
      { text: '</b> & b', mark: false },
    ]);
  });

  it('merges overlapping and touching ranges, sorts them and clamps those out of bounds', () => {
    expect(
      joined('abcdefgh', [
        [5, 20],
        [0, 2],
        [1, 3],
        [3, 4],
      ]),
    ).toBe('[abcd]e[fgh]');
    expect(
      joined('abc', [
        [-4, 1],
        [2, 2],
        [9, 12],
      ]),
    ).toBe('[a]bc');
  });

  it('gives the whole text, unmarked, when nothing matched', () => {
    expect(highlightParts('人权维护者', [])).toEqual([{ text: '人权维护者', mark: false }]);
    expect(highlightParts('', [])).toEqual([{ text: '', mark: false }]);
  });
});
