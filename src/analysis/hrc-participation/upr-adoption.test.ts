import { describe, expect, it } from 'vitest';
import type { OrganizationLink, StatementRow } from '../../store/hrc-participation/read.js';
import { uprAdoptionFigure, uprStateOf } from './upr-adoption.js';

const row = (over: Partial<StatementRow>): StatementRow => ({
  id: 1,
  documentId: 1,
  line: 1,
  passage: '',
  moment: null,
  momentUrl: null,
  session: 'HRC56',
  sessionBy: 'text',
  agendaItem: '6',
  debate: 'universal periodic review outcome of China',
  date: '2024-07-05',
  year: 2024,
  speakerKind: 'ngo',
  speaker: 'Harbour Rights Watch',
  speakerKey: 'harbour rights watch',
  state: null,
  joint: 0,
  jointCount: null,
  form: 'speaking-in-the-debate-were-ngos',
  sourceUrl: null,
  sourceFile: 'a.txt',
  sourceSymbol: null,
  ...over,
});

describe('speakers at a State’s UPR adoption', () => {
  it('resolves the State a UPR debate names, and nothing for other debates', () => {
    expect(uprStateOf('universal periodic review outcome of China')).toEqual({
      code: 'CHN',
      printed: 'China',
    });
    expect(
      uprStateOf(
        'universal periodic review outcome of the United Kingdom of Great Britain and Northern Ireland',
      )?.code,
    ).toBe('GBR');
    expect(uprStateOf('general debate under agenda item 4')).toBeNull();
    expect(uprStateOf(null)).toBeNull();
  });

  it('lists each adoption’s speakers once, with the registry’s classification, newest first', () => {
    const links = new Map<string, OrganizationLink>([
      [
        'lantern',
        { organizationId: 7, name: 'Lantern', countryCode: 'CHN', classification: 'gongo' },
      ],
    ]);
    const rows = [
      row({ id: 1, speaker: 'Lantern', speakerKey: 'lantern' }),
      // the same speaker in another document of the same adoption
      row({ id: 2, documentId: 2, speaker: 'Lantern', speakerKey: 'lantern' }),
      row({ id: 3 }),
      row({
        id: 4,
        speakerKind: 'state',
        speaker: 'Pakistan',
        speakerKey: 'pakistan',
        state: 'PAK',
      }),
      // Mexico's adoption, same day: not China's
      row({ id: 5, debate: 'universal periodic review outcome of Mexico' }),
      // China's previous review
      row({ id: 6, session: 'HRC40', date: '2019-03-15', year: 2019 }),
    ];
    const f = uprAdoptionFigure(rows, links, 'CHN');
    expect(f.adoptions.map((a) => [a.session, a.ngoSpeakers, a.evidence.ids])).toEqual([
      ['HRC56', 2, [1, 2, 3, 4]],
      ['HRC40', 1, [6]],
    ]);
    expect(f.adoptions[0]!.speakers).toMatchObject([
      { speaker: 'Lantern', organizationId: 7, classification: 'gongo', statementIds: [1, 2] },
      { speaker: 'Harbour Rights Watch', organizationId: null, classification: null },
      { speaker: 'Pakistan', speakerKind: 'state', state: 'PAK' },
    ]);
    expect(uprAdoptionFigure(rows, links, 'MEX').adoptions[0]!.evidence.ids).toEqual([5]);
    expect(f.reviewed).toEqual(['CHN', 'MEX']);
  });
});
