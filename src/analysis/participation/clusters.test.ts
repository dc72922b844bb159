import { describe, expect, it } from 'vitest';
import { clusterStatements, type StatementInput } from './clusters.js';

/*
 * Coordinated messaging clusters on small corpora written here: a campaign text delivered by three
 * organisations (one reworded, one with its sentences in another order), a second pair in
 * Chinese, and unrelated statements on the same themes that must stay out of every cluster.
 */

const CAMPAIGN =
  'The development path chosen by the people of Xinjiang has brought stability and prosperity. ' +
  'Vocational education and training centres have effectively prevented terrorism and extremism. ' +
  'We oppose the politicisation of human rights and interference in internal affairs under the pretext of human rights. ' +
  'The Uyghur people now enjoy unprecedented freedom of religious belief and cultural rights.';

const statements: StatementInput[] = [
  { id: 'a1', organization: 'Association One', session: 'HRC55', text: CAMPAIGN },
  {
    id: 'a2',
    organization: 'Foundation Two',
    session: 'HRC55',
    // reworded: synonyms, words added and dropped
    text: CAMPAIGN.replace('brought stability', 'delivered stability')
      .replace('effectively prevented', 'successfully prevented')
      .replace('We oppose', 'Our organisation firmly opposes'),
  },
  {
    id: 'a3',
    organization: 'Society Three',
    session: 'HRC55',
    // the same sentences in another order
    text: CAMPAIGN.split('. ').reverse().join('. '),
  },
  {
    id: 'z1',
    organization: '中国人权发展协会',
    session: 'HRC55',
    text: '新疆各族人民安居乐业，宗教信仰自由得到充分保障。我们反对将人权问题政治化，反对借人权干涉内政。',
  },
  {
    id: 'z2',
    organization: '中国民间组织国际交流促进会',
    session: 'HRC55',
    text: '新疆各族人民安居乐业，宗教信仰自由得到有效保障。我们坚决反对将人权问题政治化，反对借人权干涉中国内政。',
  },
  {
    id: 'u1',
    organization: 'Independent Defenders',
    session: 'HRC55',
    text:
      'We are deeply concerned about the detention of human rights defenders in Xinjiang. ' +
      'Families of Uyghur detainees report that they cannot contact their relatives. ' +
      'We urge the Council to establish an independent investigation.',
  },
  {
    id: 'u2',
    organization: 'Press Freedom Watch',
    session: 'HRC55',
    text:
      'Journalists who report on the situation in Tibet face surveillance and travel bans. ' +
      'We call on the Council to address the reprisals against those who cooperate with the United Nations.',
  },
  {
    id: 'u3',
    organization: 'Association One',
    session: 'HRC55',
    text:
      'Poverty alleviation in rural areas has lifted millions out of poverty. ' +
      'The right to development is the primary human right for developing countries.',
  },
];

describe('clusterStatements', () => {
  const clusters = clusterStatements(statements);

  it('finds the campaign (reworded and reordered) and the Chinese pair, and nothing else', () => {
    expect(clusters.map((c) => c.members.map((m) => m.id))).toEqual([
      ['a1', 'a2', 'a3'],
      ['z1', 'z2'],
    ]);
    expect(clusters[0]!.organizations).toEqual([
      'Association One',
      'Foundation Two',
      'Society Three',
    ]);
    for (const c of clusters) {
      expect(c.similarity.min).toBeGreaterThan(0);
      expect(c.similarity.max).toBeLessThanOrEqual(1);
    }
  });

  it('gives the shared passages in the first member’s words, with who says them', () => {
    const passages = clusters[0]!.passages;
    expect(passages.length).toBeGreaterThan(0);
    // the longest run the three share: the third sentence, unchanged in a3, reworded in a2 only
    // at its start
    const longest = passages[0]!;
    expect(CAMPAIGN).toContain(longest.text);
    expect(longest.words).toBe(longest.text.split(/\s+/).length);
    expect(longest.memberIds[0]).toBe('a1');
    const all = passages.map((p) => p.text).join(' | ');
    expect(all).toContain('Vocational education and training centres have');
    expect(all).toContain('politicisation of human rights and interference in internal affairs');
    // a passage of the Chinese pair, cut from the first member's text
    expect(clusters[1]!.passages[0]!.text).toMatch(/新疆各族人民安居乐业/);
  });

  it('leaves out a cluster spoken by one organisation only, unless asked', () => {
    const same = statements.map((s) =>
      s.id === 'a2' || s.id === 'a3' ? { ...s, organization: 'Association One' } : s,
    );
    expect(clusterStatements(same).map((c) => c.members[0]!.id)).toEqual(['z1']);
    expect(clusterStatements(same, { minOrganizations: 1 }).map((c) => c.members.length)).toEqual([
      3, 2,
    ]);
  });

  it('is deterministic: the same input gives the same clusters, whatever the input order', () => {
    expect(clusterStatements(statements)).toEqual(clusters);
    const reversed = clusterStatements([...statements].reverse());
    const ids = (cs: typeof clusters) =>
      cs.map((c) => c.members.map((m) => m.id).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(ids(reversed)).toEqual(ids(clusters));
  });

  it('clusters nothing in unrelated statements, nor in an empty or single input', () => {
    expect(clusterStatements(statements.filter((s) => s.id.startsWith('u')))).toEqual([]);
    expect(clusterStatements([])).toEqual([]);
    expect(clusterStatements(statements.slice(0, 1))).toEqual([]);
  });
});
