import { describe, expect, it } from 'vitest';
import { normalizeSessionCode } from './hrc-participation.js';

describe('normalizeSessionCode', () => {
  it('reads a session as typed into its stored form', () => {
    expect(normalizeSessionCode('hrc55')).toBe('HRC55');
    expect(normalizeSessionCode('HRC-55')).toBe('HRC55');
    expect(normalizeSessionCode('hrc-s35')).toBe('HRC-S35');
    expect(normalizeSessionCode('HRC-S35')).toBe('HRC-S35');
  });
  it('refuses what is not a session code', () => {
    for (const raw of ['55', 'Geneva', 'HRC', 'HRC555', 'HRC-S', 'HRC55 ', ' HRC55'])
      expect(normalizeSessionCode(raw), raw).toBeNull();
  });
});
