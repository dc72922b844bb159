import { describe, expect, it } from 'vitest';
import {
  buildOrganizationNameIndex,
  initialsOf,
  organizationNameKey,
  resolveOrganizationName,
  splitBracketedAbbreviation,
  type RegistryName,
} from './name-resolver.js';

// Invented organisations only; the shapes of the names are the ones the UN's texts print.
const NAMES: RegistryName[] = [
  { organizationId: 1, name: 'Lantern Service for Human Rights' },
  { organizationId: 1, name: 'LSHR', kind: 'abbreviation' },
  { organizationId: 2, name: 'The Harbour Foundation, Inc.' },
  { organizationId: 2, name: '港湾基金会', kind: 'alias' },
  { organizationId: 3, name: 'Centre for Open Records (COR)' },
  { organizationId: 4, name: 'Council of Open Rivers' },
  { organizationId: 5, name: 'Association Ouest pour la Paix' },
  { organizationId: 6, name: 'Kirchen Hilfe Nord' },
];
const index = buildOrganizationNameIndex(NAMES);
const found = (written: string) => {
  const r = resolveOrganizationName(index, written);
  return r.kind === 'found' ? r.organizationId : r.kind;
};

describe('resolveOrganizationName', () => {
  it('ignores case, punctuation, a leading "the" and legal forms', () => {
    expect(found('lantern service for human rights')).toBe(1);
    expect(found('the Lantern Service for Human Rights.')).toBe(1);
    expect(found('Harbour Foundation')).toBe(2);
    expect(found('THE HARBOUR FOUNDATION INC')).toBe(2);
    expect(found('Center for Open Records')).toBe(3);
  });

  it('finds Chinese aliases, full-width punctuation and spacing aside', () => {
    expect(found('港湾基金会')).toBe(2);
    expect(found('港湾 基金会。')).toBe(2);
  });

  it('joins names that differ only in spacing', () => {
    expect(found('Kirch en Hilfe Nord')).toBe(6);
  });

  it('reads a registered abbreviation and the one in brackets', () => {
    expect(found('LSHR')).toBe(1);
    expect(found('l.s.h.r.')).toBe(1);
    expect(found('Lantern Svc for Human Rights (LSHR)')).toBe(1);
    expect(found('Centre for Open Records')).toBe(3);
  });

  it('reads initials of significant words, minor words in English and French left out', () => {
    expect(initialsOf(organizationNameKey('Association Ouest pour la Paix'))).toBe('aop');
    expect(found('AOP')).toBe(5);
  });

  it('never picks one of several organisations an abbreviation stands for', () => {
    // COR is registered for 3 and is also the initials of Council of Open Rivers (4): the
    // registered abbreviation wins, but initials alone shared by two stay ambiguous
    expect(found('COR')).toBe(3);
    const twoInitials = buildOrganizationNameIndex([
      { organizationId: 7, name: 'Council of Open Rivers' },
      { organizationId: 8, name: 'Centre Open Records' },
    ]);
    const r = resolveOrganizationName(twoInitials, 'COR');
    expect(r).toMatchObject({ kind: 'ambiguous', organizationIds: [7, 8], matchedBy: 'initials' });
  });

  it('says none for an unknown name or an empty one, never a near guess', () => {
    expect(found('Lantern Service for Human Right')).toBe('none');
    expect(found('  ')).toBe('none');
  });

  it('takes only capital words in brackets for abbreviations', () => {
    expect(splitBracketedAbbreviation('Human Rights Watch (HRW)')).toEqual({
      name: 'Human Rights Watch',
      abbreviation: 'HRW',
    });
    expect(splitBracketedAbbreviation('Friends of the Earth (international)')).toBeUndefined();
    expect(splitBracketedAbbreviation('Solidarity (special, 2011)')).toBeUndefined();
  });
});
