import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from './pdf-paragraphs.js';

const FULL =
  'The Committee postponed action on the applications of the following organizations, as';

describe('joinWrappedLines', () => {
  it('joins the lines of a wrapped paragraph and keeps the page it starts on', () => {
    const out = joinWrappedLines([
      { page: 1, text: 'Special Consultative Status' },
      { page: 1, text: FULL },
      { page: 2, text: 'members asked questions:' },
    ]);
    expect(out).toEqual([
      { page: 1, text: 'Special Consultative Status' },
      { page: 1, text: `${FULL} members asked questions:` },
    ]);
  });

  it('never joins two list items, even when the first fills the line', () => {
    const item =
      'Gulf Centre for Human Rights (Ireland) — as China’s representative asked about it.';
    const out = joinWrappedLines([
      { page: 1, text: FULL },
      { page: 1, text: 'the following:' },
      { page: 1, text: item },
      { page: 1, text: 'Hestia Hellas (Greece) — as India’s delegate asked for its budget.' },
    ]);
    expect(out.map((l) => l.text)).toEqual([
      `${FULL} the following:`,
      item,
      'Hestia Hellas (Greece) — as India’s delegate asked for its budget.',
    ]);
  });
});
