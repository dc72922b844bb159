import { describe, expect, it } from 'vitest';
import { REPRISAL_CASE_CONFIDENTIALITY } from '../../../domain/reprisals-fields';
import { CONFIDENTIAL_CASE_FIELDS, documentUrl, RESTRICTED_CASE_FIELDS } from './field-levels';

describe('case field marks on the case page', () => {
  it('match the field classification of the domain', () => {
    const at = (level: string) =>
      Object.entries(REPRISAL_CASE_CONFIDENTIALITY)
        .filter(([, l]) => l === level)
        .map(([f]) => f)
        .sort();
    expect([...CONFIDENTIAL_CASE_FIELDS].sort()).toEqual(at('confidential'));
    expect([...RESTRICTED_CASE_FIELDS].sort()).toEqual(at('restricted'));
  });

  it('links a report by its symbol', () => {
    expect(documentUrl('A/HRC/45/36')).toBe('https://undocs.org/en/A/HRC/45/36');
  });
});
