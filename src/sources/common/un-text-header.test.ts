import { describe, expect, it } from 'vitest';
import { isIsoDate, parseUnTextHeader } from './un-text-header.js';

const HEADER = [
  'url: https://press.un.org/en/2016/ecosoc6731.doc.htm',
  'title: Concluding First Week of 2016 Session',
  'date: unknown',
  'kind: ngo-committee-press',
  '---',
].join('\n');

describe('parseUnTextHeader', () => {
  it('reads the four keys and returns the body with its first file line', () => {
    const r = parseUnTextHeader(`${HEADER}\nIn progress at UNHQ\n\nECOSOC/6731-NG0/822\n`);
    expect(r.hasHeader).toBe(true);
    expect(r.meta).toEqual({
      url: 'https://press.un.org/en/2016/ecosoc6731.doc.htm',
      title: 'Concluding First Week of 2016 Session',
      date: null,
      kind: 'ngo-committee-press',
    });
    expect(r.body).toBe('In progress at UNHQ\n\nECOSOC/6731-NG0/822\n');
    // Four key lines and the separator: the body starts on file line 6.
    expect(r.bodyStartLine).toBe(6);
    expect(r.problems).toEqual([]);
  });

  it('keeps an ISO date and turns "unknown" into null', () => {
    const withDate = parseUnTextHeader(HEADER.replace('date: unknown', 'date: 2010-01-29'));
    expect(withDate.meta.date).toBe('2010-01-29');
    const unknown = parseUnTextHeader(HEADER.replace('date: unknown', 'date: Unknown'));
    expect(unknown.meta.date).toBeNull();
    expect(unknown.problems).toEqual([]);
  });

  it('warns about a date that is neither ISO nor unknown, and keeps going', () => {
    const r = parseUnTextHeader(HEADER.replace('date: unknown', 'date: 2021-07'));
    expect(r.hasHeader).toBe(true);
    expect(r.meta.date).toBeNull();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      line: 3,
      code: 'header-date-invalid',
      severity: 'warning',
    });
  });

  it('treats a file without header as all body starting on line 1', () => {
    const text = 'ECOSOC/6411-NGO/691\n\n29 January 2010\n';
    const r = parseUnTextHeader(text);
    expect(r.hasHeader).toBe(false);
    expect(r.body).toBe(text);
    expect(r.bodyStartLine).toBe(1);
    expect(r.meta).toEqual({ url: null, title: null, date: null, kind: null });
  });

  it('accepts CRLF line endings and a byte order mark', () => {
    const r = parseUnTextHeader(`\uFEFF${HEADER.replace(/\n/g, '\r\n')}\r\nBody line\r\n`);
    expect(r.hasHeader).toBe(true);
    expect(r.meta.kind).toBe('ngo-committee-press');
    expect(r.body).toBe('Body line\r\n');
    expect(r.bodyStartLine).toBe(6);
  });

  it('accepts the keys in any order, a subset of them, and unknown extra keys', () => {
    const r = parseUnTextHeader(
      // "url:" without a space after the colon still counts.
      'kind: other\nsource: search\nurl:https://example.org/a\n---\nbody',
    );
    expect(r.hasHeader).toBe(true);
    expect(r.meta).toEqual({
      url: 'https://example.org/a',
      title: null,
      date: null,
      kind: 'other',
    });
    expect(r.bodyStartLine).toBe(5);
    expect(r.body).toBe('body');
  });

  it('keeps the first of a repeated key and warns', () => {
    const r = parseUnTextHeader('title: First\ntitle: Second\n---\n');
    expect(r.meta.title).toBe('First');
    expect(r.problems.map((p) => p.code)).toEqual(['header-repeated-key']);
  });

  it('does not take body text that merely looks like keys for a header', () => {
    // No separator: "Note:" is the first line of a release, not metadata.
    expect(
      parseUnTextHeader('Note: this meeting was not covered.\nThe Committee met.').hasHeader,
    ).toBe(false);
    // A separator under lines naming none of our keys is a rule in the text.
    expect(parseUnTextHeader('Note: x\n---\nrest').hasHeader).toBe(false);
    // A body line between the keys and the separator breaks the header.
    expect(parseUnTextHeader('url: a\nsome text\n---\n').hasHeader).toBe(false);
  });

  it('handles a header with an empty body', () => {
    const r = parseUnTextHeader('url: https://example.org/x\n---');
    expect(r.hasHeader).toBe(true);
    expect(r.body).toBe('');
    expect(r.bodyStartLine).toBe(3);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2016-13-01')).toBe(false);
    expect(isIsoDate('2016-1-1')).toBe(false);
    expect(isIsoDate('unknown')).toBe(false);
  });
});
