import { describe, expect, it } from 'vitest';
import { reasonInName, skipName } from './skip.js';

describe('skip reasons in names (read by test/reporters/skip-reasons.ts)', () => {
  it('tags a name with the reason only when the test is skipped', () => {
    expect(skipName('UPR API (postgres)', 'TEST_DATABASE_URL is not set')).toBe(
      'UPR API (postgres) [skipped: TEST_DATABASE_URL is not set]',
    );
    expect(skipName('UPR API (sqlite)', false)).toBe('UPR API (sqlite)');
  });

  it('reads the reason back, tagged or in the name’s own words', () => {
    expect(reasonInName(skipName('a', 'no Chromium'))).toBe('no Chromium');
    expect(
      reasonInName('x (skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does))'),
    ).toBe('skipped: set TEST_DATABASE_URL=postgres://… to run them (.ci/run does)');
    expect(reasonInName('figures on the sample data (sqlite)')).toBeUndefined();
  });
});
