import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cleanOrgName,
  keyProfile,
  keyPrefixesMeet,
  keyProfilePrefix,
  keySimilarity,
  normalizeOrgName,
  parseStatusNote,
  similarity,
} from './org-names.js';

/** The review band the store uses: similar enough to show a human, not sure enough to merge. */
const inReviewBand = (s: number) => s >= 0.85 && s < 1;

describe('normalizeOrgName', () => {
  it('folds case, diacritics, quotes, apostrophes and dashes', () => {
    expect(normalizeOrgName('Association des juristes spécialisés en droits étrangers')).toBe(
      normalizeOrgName('Association des juristes specialises en droits Etrangers'),
    );
    expect(normalizeOrgName('Öz Gıda Sanayi ve Yardımcı İşçileri Sendikası')).toBe(
      'oz gida sanayi ve yardimci iscileri sendikasi',
    );
    expect(normalizeOrgName('American Medical Women’s Association, Inc.')).toBe(
      normalizeOrgName("American Medical Women's Association, Inc."),
    );
    expect(normalizeOrgName('Association “Sphère”')).toBe(normalizeOrgName('Association Sphère'));
    expect(normalizeOrgName('Alma Mater Studiorum – Università di Bologna')).toBe(
      'alma mater studiorum universita di bologna',
    );
    expect(normalizeOrgName('Fn-sambandet i Norge')).toBe(normalizeOrgName('FN-sambandet i Norge'));
    expect(normalizeOrgName('Stiftung Brot für Alle')).toBe('stiftung brot fur alle');
    expect(normalizeOrgName('Straße der Hoffnung')).toBe('strasse der hoffnung');
  });

  it('reads "&" as "and" and drops punctuation', () => {
    expect(normalizeOrgName('All India Council of Human Rights, Liberties & Social Justice')).toBe(
      'all india council of human rights liberties and social justice',
    );
    expect(normalizeOrgName('Peace, Justice, Humanity and Relief Foundation')).toBe(
      normalizeOrgName('Peace Justice Humanity and Relief Foundation'),
    );
    expect(normalizeOrgName('London School of Economics and Political Science (LSE)')).toBe(
      normalizeOrgName('London School of Economics and Political Science LSE'),
    );
  });

  it('drops a leading "The" and trailing legal forms, keeping meaningful words', () => {
    expect(normalizeOrgName('The Aspen Institute, Inc.')).toBe('aspen institute');
    expect(normalizeOrgName('The Minderoo Foundation, Pty. Ltd.')).toBe('minderoo foundation');
    expect(normalizeOrgName('Action League for Palestinians of Syria, Ltd.')).toBe(
      'action league for palestinians of syria',
    );
    expect(normalizeOrgName('Analog Ventures, LLP')).toBe('analog ventures');
    expect(normalizeOrgName('Terre des Femmes e.V.')).toBe('terre des femmes');
    expect(normalizeOrgName('Zaindriss Foundation Inc')).toBe('zaindriss foundation');
    expect(normalizeOrgName('Limited Means Foundation')).toBe('limited means foundation');
    // A name that is only a legal form or only "The" keeps it: there would be nothing left.
    expect(normalizeOrgName('Inc.')).toBe('inc');
    expect(normalizeOrgName('The')).toBe('the');
  });

  it('drops trailing status notes in all the printed forms', () => {
    const key = 'hilfswerk der evangelischen kirchen schweiz';
    expect(normalizeOrgName('Hilfswerk der Evangelischen Kirchen Schweiz ')).toBe(key);
    expect(
      normalizeOrgName(
        'Hilfswerk der Evangelischen Kirchen Schweiz (an organization not in status with the Council)',
      ),
    ).toBe(key);
    expect(normalizeOrgName('Stiftung Brot für Alle (in special consultative status) ')).toBe(
      'stiftung brot fur alle',
    );
    expect(normalizeOrgName('Entrepreneurs Council of India (special, 2021)')).toBe(
      'entrepreneurs council of india',
    );
    expect(normalizeOrgName('World Population Society, in special consultative status')).toBe(
      'world population society',
    );
    expect(
      normalizeOrgName('International Association of Women Judges, not in status with the Council'),
    ).toBe('international association of women judges');
    // A bracket that is not a status note is part of the name.
    expect(
      normalizeOrgName('International Harm Reduction Association (IHRA) (special, 2007)'),
    ).toBe('international harm reduction association ihra');
  });

  it('unifies British and American spellings of "organisation" and "centre"', () => {
    expect(normalizeOrgName('World Toilet Organisation')).toBe(
      normalizeOrgName('World Toilet Organization'),
    );
    expect(normalizeOrgName('Ambedkar Centre for Justice and Peace')).toBe(
      normalizeOrgName('Ambedkar Center for Justice and Peace'),
    );
  });

  it('joins real variants printed for the same organisation in different years', () => {
    const pairs: [string, string][] = [
      ['The Center for Victims of Torture', 'Center for Victims of Torture'],
      [
        'Asociaţia Obştească Centrul de dezvoltare şi susţinere a iniţiativelor cetăţenilor “Resonance”',
        'Asociaţia Obştească Centrul de Dezvoltare şi Susţinere a Iniţiativelor Cetăţenilor “Resonance”',
      ],
      [
        'Centro Intercultural de Estudios de Desiertos y Océanos AC',
        'Centro Intercultural de Estudios de Desiertos y Océanos, AC',
      ],
      ['Turkish Marine Research Foundation (TUDAV)', 'Turkish Marine Research Foundation (TÜDAV)'],
      ['Kandilarla Dayanişma Vakfi', 'Kandılarla Dayanışma Vakfı'],
      ['Pastoralist Child Foundation Inc.', 'Pastoralist Child Foundation, Inc.'],
      [
        'Islamic Medical Association of North America, Inc.',
        'Islamic Medical Association of North America',
      ],
    ];
    for (const [a, b] of pairs)
      expect(normalizeOrgName(a), `${a} ~ ${b}`).toBe(normalizeOrgName(b));
  });

  it('keeps different organisations apart', () => {
    expect(normalizeOrgName('Save the Children UK')).not.toBe(
      normalizeOrgName('Save the Children USA'),
    );
    expect(normalizeOrgName('Dalit Welfare Association')).not.toBe(
      normalizeOrgName('Dalit Welfare Organization'),
    );
    expect(normalizeOrgName('Child Foundation')).not.toBe(normalizeOrgName('Child Foundation USA'));
  });

  it('is idempotent, so keys can be compared with the same functions as names', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom(
              'The ',
              ' Inc.',
              ' Ltd',
              ' e.V.',
              '(special, 2011)',
              'İ',
              'ß',
              '’s',
              '&',
            ),
            fc.constantFrom('a', 'B', ' ', ',', '-', '(', ')', 'é', 'ı', 'ø', '1'),
            fc.string({ unit: 'grapheme', maxLength: 1 }),
          ),
          maxLength: 20,
        }),
        (name) => {
          const key = normalizeOrgName(name);
          expect(normalizeOrgName(key)).toBe(key);
          expect(key).toBe(key.trim());
          expect(key).not.toMatch(/\s{2}/);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('parseStatusNote', () => {
  it('reads the note of the name-change table', () => {
    expect(parseStatusNote('Entrepreneurs Council of India (special, 2021)')).toEqual({
      name: 'Entrepreneurs Council of India',
      status: 'special',
      year: 2021,
    });
  });

  it('reads every variant the table uses', () => {
    const cases: [string, string, string | null, number | null][] = [
      [
        'European Forum for Victim Services (special; 1995)',
        'European Forum for Victim Services',
        'special',
        1995,
      ],
      ['Aid the Children Network (Special 2011)', 'Aid the Children Network', 'special', 2011],
      ['United Way International (Roster, 1975)', 'United Way International', 'roster', 1975],
      [
        'International Union Against Cancer (Roster)',
        'International Union Against Cancer',
        'roster',
        null,
      ],
      [
        'World Society for the Protection of Animals (general, 2013)',
        'World Society for the Protection of Animals',
        'general',
        2013,
      ],
      ['Students’ Care Service (2018)', 'Students’ Care Service', null, 2018],
      // A reclassification history: the last entry is the status held.
      [
        'Mouvement mondial des mères international (special, 1949; general, 2004)',
        'Mouvement mondial des mères international',
        'general',
        2004,
      ],
      [
        'International Harm Reduction Association (IHRA) (special, 2007)',
        'International Harm Reduction Association (IHRA)',
        'special',
        2007,
      ],
      [
        'Stiftung Brot für Alle (in special consultative status) ',
        'Stiftung Brot für Alle',
        'special',
        null,
      ],
      [
        'Protestant Development Service (an organization not in status with the Council)',
        'Protestant Development Service',
        'none',
        null,
      ],
      [
        'Protestant Development Service (organization not in status with the Council)',
        'Protestant Development Service',
        'none',
        null,
      ],
      [
        'World Population Society, in special consultative status',
        'World Population Society',
        'special',
        null,
      ],
    ];
    for (const [input, name, status, year] of cases) {
      expect(parseStatusNote(input), input).toEqual({ name, status, year });
    }
  });

  it('leaves names without a note alone, tidying white space', () => {
    expect(parseStatusNote('Brothers of Charity')).toEqual({
      name: 'Brothers of Charity',
      status: null,
      year: null,
    });
    expect(parseStatusNote('Christian Solidarity International (CSI)')).toMatchObject({
      name: 'Christian Solidarity International (CSI)',
      status: null,
    });
    expect(parseStatusNote('Ethiopian Genocide Committee 1935–1941, Inc').status).toBeNull();
    expect(
      parseStatusNote(
        'Observatoire international pour la non violence – Communes des nations pour la\npaix (special, 2014)',
      ),
    ).toEqual({
      name: 'Observatoire international pour la non violence – Communes des nations pour la paix',
      status: 'special',
      year: 2014,
    });
    // A bare note is no name: it is kept whole rather than leaving an empty name.
    expect(parseStatusNote('(special, 2011)').name).toBe('(special, 2011)');
  });
});

describe('cleanOrgName', () => {
  it('trims and collapses white space of every kind', () => {
    expect(cleanOrgName('  Arab Commission\u00a0for  Human\nRights ')).toBe(
      'Arab Commission for Human Rights',
    );
    expect(cleanOrgName('Clean Name')).toBe('Clean Name');
  });
});

describe('similarity', () => {
  it('is 1 for names with the same key and in [0, 1) otherwise', () => {
    expect(similarity('The Aspen Institute, Inc.', 'Aspen Institute')).toBe(1);
    expect(similarity('', '')).toBe(1);
    expect(similarity('Aspen Institute', '')).toBe(0);
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = similarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(b, a)).toBe(s);
        expect(s === 1).toBe(normalizeOrgName(a) === normalizeOrgName(b));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same score for names and for their keys', () => {
    const a = 'Hilfswerk der Evangelischen Kirchen Schweiz ';
    const b =
      'Hilfswerk der Evangelischen Kirch en Schweiz (an organization not in status with the Council)';
    expect(similarity(normalizeOrgName(a), normalizeOrgName(b))).toBe(similarity(a, b));
  });

  it('sends near misses from the real data to review', () => {
    const pairs: [string, string][] = [
      // A space typed inside a word in the 2024 merger table.
      [
        'Hilfswerk der Evangelischen Kirchen Schweiz ',
        'Hilfswerk der Evangelischen Kirch en Schweiz (an organization not in status with the Council)',
      ],
      [
        'Organisation des laïcs engagés du Sacré-Coeur pour le développement de Kimbond',
        'Organisation des laïcs engagés du Sacré-Coeur pour le développement de Kimbondo',
      ],
      [
        'Egyptian Association for Educational Resource',
        'Egyptian Association for Educational Resources',
      ],
      ['Christian Solidarity International (CSI)', 'Christian Solidarity International'],
      ['Stiftung Brot für Alle', 'Stiftung Brot fuer Alle'],
      [
        'International Union of Forestry Research Organizations',
        'International Union of Forest Research Organizations',
      ],
    ];
    for (const [a, b] of pairs) expect(similarity(a, b), `${a} ~ ${b}`).toSatisfy(inReviewBand);
  });

  it('keeps unrelated organisations well below the review band', () => {
    const pairs: [string, string][] = [
      ['International Dalit Solidarity Network', 'Muslim Hands'],
      ['International Women Judges Federation', 'International Association of Women Judges'],
      ['Asia Center for Human Rights', 'Asian-Eurasian Human Rights Forum'],
    ];
    for (const [a, b] of pairs) expect(similarity(a, b), `${a} ~ ${b}`).toBeLessThan(0.85);
  });
});

describe('keyProfilePrefix', () => {
  const prefixesMeet = (a: string, b: string, t: number) => {
    const pa = keyProfilePrefix(keyProfile(a), t);
    const pb = keyProfilePrefix(keyProfile(b), t);
    if (!pa || !pb) return true;
    // the merge of keyPrefixesMeet relies on descending codes: it must agree with a set
    for (const p of [pa, pb])
      for (let i = 1; i < p.length; i++) expect(p[i]).toBeLessThan(p[i - 1]!);
    const set = new Set(pa);
    const meet = pb.some((e) => set.has(e));
    expect(keyPrefixesMeet(pa, pb)).toBe(meet);
    expect(keyPrefixesMeet(pb, pa)).toBe(meet);
    return meet;
  };

  it('never separates two keys at or above the threshold (so the store may skip the rest)', () => {
    // a name and a variant a few edits away: the pairs near the threshold the filter must keep
    const word = fc.stringMatching(/^[a-z]{1,9}$/);
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom('delete', 'insert', 'replace', 'space'),
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 7 }),
        fc.array(edit, { maxLength: 4 }),
        fc.constantFrom(0.85, 0.7, 0.5),
        (words, edits, t) => {
          const a = words.join(' ');
          let b = a;
          for (const [at, kind, c] of edits) {
            const i = at % (b.length + 1);
            if (kind === 'delete') b = b.slice(0, i) + b.slice(i + 1);
            else if (kind === 'insert') b = b.slice(0, i) + c + b.slice(i);
            else if (kind === 'replace') b = b.slice(0, i) + c + b.slice(i + 1);
            else b = `${b.slice(0, i)} ${b.slice(i)}`;
          }
          const [ka, kb] = [normalizeOrgName(a), normalizeOrgName(b)];
          if (ka === '' || kb === '' || keySimilarity(ka, kb) < t) return true;
          return prefixesMeet(ka, kb, t);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('keeps the near misses of the real data and drops unrelated names', () => {
    const key = normalizeOrgName;
    expect(
      prefixesMeet(
        key('Egyptian Association for Educational Resource'),
        key('Egyptian Association for Educational Resources'),
        0.85,
      ),
    ).toBe(true);
    expect(
      prefixesMeet(key('International Dalit Solidarity Network'), key('Muslim Hands'), 0.85),
    ).toBe(false);
  });

  it('is the first n − ⌈t·n / (2 − t)⌉ + 1 of a key’s n trigrams', () => {
    // 'abcdefghij' padded has 10 trigrams; at 0.85 any match shares ⌈7.39⌉ = 8, so 3 are enough
    expect(keyProfilePrefix(keyProfile('abcdefghij'), 0.85)).toHaveLength(3);
    expect(keyProfilePrefix(keyProfile(''), 0.85)).toBeUndefined();
  });
});
