import { describe, expect, it } from 'vitest';
import { highlightPassages } from './highlight';

describe('shared passages in a member’s own words', () => {
  it('finds a passage whatever its case and punctuation, and keeps the text around it', () => {
    const text =
      'Mr. President, we have WITNESSED remarkable progress — in poverty alleviation. Thank you.';
    const segments = highlightPassages(text, [
      'have witnessed remarkable progress in poverty alleviation',
    ]);
    expect(segments).toEqual([
      { text: 'Mr. President, we ', passage: null },
      { text: 'have WITNESSED remarkable progress — in poverty alleviation', passage: 0 },
      { text: '. Thank you.', passage: null },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks every occurrence, two passages apart, and nothing when the words are not in order', () => {
    const text = 'reject accusations. We reject accusations and recognise achievements.';
    const segments = highlightPassages(text, ['reject accusations', 'achievements recognise']);
    expect(segments.filter((s) => s.passage !== null).map((s) => s.text)).toEqual([
      'reject accusations',
      'reject accusations',
    ]);
  });

  it('reads a Han character as a word, so Chinese passages are found inside a sentence', () => {
    const segments = highlightPassages('我们注意到扶贫取得显著进展。', ['扶贫取得']);
    expect(segments).toEqual([
      { text: '我们注意到', passage: null },
      { text: '扶贫取得', passage: 0 },
      { text: '显著进展。', passage: null },
    ]);
  });
});
