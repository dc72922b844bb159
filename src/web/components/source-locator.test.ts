import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n';
import { sourceLocator } from './source-locator';

describe('sourceLocator', () => {
  it('names the PDF page and the paragraph when the record has them', () => {
    const ref = { line: 7, page: 12, paragraph: '140.35' };
    expect(sourceLocator(ref, MESSAGES.en)).toBe('line 7, p. 12, para. 140.35');
    expect(sourceLocator(ref, MESSAGES.zh)).toBe('第 7 行，第 12 页，第 140.35 段');
  });

  it('gives the line alone for a record read from a text file', () => {
    expect(sourceLocator({ line: 7 }, MESSAGES.en)).toBe('line 7');
    expect(sourceLocator({ line: 7, page: null, paragraph: null }, MESSAGES.zh)).toBe('第 7 行');
  });

  it('gives a page without a paragraph (a press release read from a PDF)', () => {
    expect(sourceLocator({ line: 3, page: 2 }, MESSAGES.en)).toBe('line 3, p. 2');
  });
});
