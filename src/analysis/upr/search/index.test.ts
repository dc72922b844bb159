import { describe, expect, it } from 'vitest';
import {
  buildUprSearchIndex,
  highlightRanges,
  markHtml,
  searchUpr,
  type SearchDoc,
} from './index.js';
import { searchCsv } from './csv.js';
import { parseQuery, positiveNodes } from './query.js';

const doc = (id: number, text: string, over: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  sur: 'CHN',
  from: ['NOR'],
  cycle: 2,
  session: 17,
  response: 'noted',
  responseRaw: 'Noted',
  text,
  actionCategory: 5,
  themes: [],
  paragraph: null,
  reportSymbol: null,
  documentId: 1,
  line: id + 1,
  sourceKind: 'upr-info-export',
  ...over,
});

const DOCS: SearchDoc[] = [
  doc(10, 'Release all human rights defenders detained for their work.', {
    themes: ['Human rights defenders'],
  }),
  doc(11, 'Ratify the International Covenant on Civil and Political Rights.', {
    from: ['DEU'],
    response: 'supported',
  }),
  doc(12, 'Consider the ratification of the Rome Statute.', {
    from: ['EST', 'LVA'],
    cycle: 1,
    sur: 'VNM',
  }),
  doc(13, 'Abolish the death penalty.', {
    from: ['MEX'],
    response: 'supported',
    actionCategory: 5,
    // cycle 3: a review stored in paragraphs only, so the default unit rule keeps every row here
    cycle: 3,
    sourceKind: 'wg-report',
    paragraph: '38.1',
  }),
  doc(14, 'Reduce the number of crimes punishable by death; the penalty should be rare.', {
    from: ['FRA'],
    cycle: 3,
    sourceKind: 'wg-report',
    paragraph: '38.2',
  }),
  doc(15, 'Continue to share its experience in development with other countries.', {
    from: ['PAK'],
    response: 'supported',
    actionCategory: 1,
  }),
  doc(16, '释放所有因和平行使言论自由而被拘留的人权维护者。', { from: ['SWE'] }),
  doc(17, '继续加强法治建设，保障公民的合法权利。', { from: ['EGY'], response: 'supported' }),
  doc(18, 'Ensure <script> tags & "quotes" in defenders\' texts are harmless.', {
    from: ['CAN'],
    cycle: 3,
    sourceKind: 'un-matrix',
  }),
];
const index = buildUprSearchIndex(DOCS);
const ids = (q: string, filters = {}) =>
  searchUpr(index, { q, filters, limit: 100 }).results.map((r) => r.id);

describe('UPR search', () => {
  it('stems: one form finds the others', () => {
    expect(ids('ratify')).toEqual([11, 12]);
    expect(ids('ratification')).toEqual([11, 12]);
    expect(ids('defender')).toEqual([10, 18]);
  });

  it('AND is implied, OR and NOT and -word work, parentheses group', () => {
    expect(ids('death penalty')).toEqual([13, 14]);
    expect(ids('death AND penalty')).toEqual([13, 14]);
    expect(ids('abolish OR ratify')).toEqual([11, 12, 13]);
    expect(ids('death -abolish')).toEqual([14]);
    expect(ids('death NOT abolish')).toEqual([14]);
    expect(ids('(abolish OR reduce) death')).toEqual([13, 14]);
    // 11–14 say "the"; 10 says "their", which is another word
    expect(ids('NOT the')).toEqual([10, 15, 16, 17, 18]);
  });

  it('phrases need the words together and in order', () => {
    expect(ids('"death penalty"')).toEqual([13]);
    expect(ids('"penalty death"')).toEqual([]);
    expect(ids('"human rights defenders"')).toEqual([10]);
  });

  it('prefix*', () => {
    expect(ids('ratif*')).toEqual([11, 12]);
    expect(ids('abol*')).toEqual([13]);
  });

  it('finds Chinese words wherever they stand, and not half-words', () => {
    // a glossary term is searched in English too (doc 10), and the result says so
    expect(ids('人权维护者')).toEqual([10, 16]);
    expect(searchUpr(index, { q: '人权维护者' }).expansions).toEqual([
      { term: '人权维护者', query: '"human rights defenders"' },
    ]);
    expect(ids('"人权维护者"')).toEqual([10, 16]);
    expect(ids('维护')).toEqual([16]);
    expect(ids('法治')).toEqual([17]);
    // 人权 is a glossary term: "human rights" in doc 10 too
    expect(ids('权利 OR 人权')).toEqual([10, 16, 17]);
    expect(ids('"人权 维护"')).toEqual([16]);
    // quoted: the characters together; 人 and 维 both occur in 16, never side by side
    expect(ids('"人维"')).toEqual([]);
  });

  it('is total: a broken query is answered and its problems named', () => {
    for (const q of ['(', ')', 'OR', 'NOT', '-', '"', 'AND AND', '((death', '***', 'a*'])
      expect(() => searchUpr(index, { q })).not.toThrow();
    expect(searchUpr(index, { q: '(death' }).problems).toHaveLength(1);
    expect(ids('(death')).toEqual([13, 14]);
    expect(searchUpr(index, { q: '' }).total).toBe(DOCS.length);
  });

  it('filters and counts facets over the whole result set, not the page', () => {
    const r = searchUpr(index, { q: 'death OR ratify OR defenders', limit: 1 });
    expect(r.total).toBe(6);
    expect(r.results).toHaveLength(1);
    expect(r.facets.response).toEqual([
      { value: 'noted', count: 4 },
      { value: 'supported', count: 2 },
    ]);
    expect(r.facets.sur).toEqual([
      { value: 'CHN', count: 5 },
      { value: 'VNM', count: 1 },
    ]);
    // doc 12 has two recommending states, both EEG: the region counts the document once
    expect(r.facets.region.find((f) => f.value === 'EEG')).toEqual({ value: 'EEG', count: 1 });
    expect(r.facets.cycle).toEqual([
      { value: '1', count: 1 },
      { value: '2', count: 2 },
      { value: '3', count: 3 },
    ]);
    expect(ids('death OR ratify', { response: ['supported'] })).toEqual([11, 13]);
    expect(ids('', { from: ['LVA'] })).toEqual([12]);
    expect(ids('', { region: ['GRULAC'] })).toEqual([13]);
    expect(ids('', { cycle: [1, 3] })).toEqual([12, 13, 14, 18]);
    expect(ids('', { action: [1] })).toEqual([15]);
    expect(ids('', { theme: ['Human rights defenders'] })).toEqual([10]);
    expect(ids('', { sur: ['XXX'] })).toEqual([]);
  });

  it('keeps to the chosen sources (counting units), and counts them as a single-valued facet', () => {
    // 13, 14 are WG report paragraphs, 18 a matrix paragraph, the other six UPR Info rows
    expect(ids('', { source: ['upr-info-export'] })).toEqual([10, 11, 12, 15, 16, 17]);
    expect(ids('', { source: ['wg-report'] })).toEqual([13, 14]);
    expect(ids('', { source: ['un-matrix', 'wg-report'] })).toEqual([13, 14, 18]);
    expect(ids('death', { source: ['upr-info-export'] })).toEqual([]);
    expect(ids('', { source: ['wg-report'], response: ['supported'] })).toEqual([13]);
    expect(ids('', { source: ['no-such-source'] })).toEqual([]);

    const r = searchUpr(index, { q: 'death OR ratify OR defenders', limit: 0 });
    expect(r.facets.source).toEqual([
      { value: 'upr-info-export', count: 3 },
      { value: 'wg-report', count: 2 },
      { value: 'un-matrix', count: 1 },
    ]);
    for (const q of ['', 'death OR ratify OR defenders', 'the', '人权'])
      for (const source of [undefined, ['wg-report'], ['upr-info-export', 'un-matrix']]) {
        const res = searchUpr(index, { q, filters: { source }, limit: 0 });
        expect(
          res.facets.source.reduce((n, f) => n + f.count, 0),
          q,
        ).toBe(res.total);
      }
    const one = searchUpr(index, { q: '', filters: { source: ['un-matrix'] } });
    expect(one.facets.source).toEqual([{ value: 'un-matrix', count: 1 }]);
    expect(one.results.map((h) => [h.id, h.sourceKind])).toEqual([[18, 'un-matrix']]);
  });

  it('pages with limit and offset', () => {
    const all = ids('');
    const page = searchUpr(index, { q: '', limit: 3, offset: 3 });
    expect(page.results.map((r) => r.id)).toEqual(all.slice(3, 6));
  });

  it('highlights the matched words, never the negated ones, as offsets and escaped HTML', () => {
    const hit = searchUpr(index, { q: '"death penalty" -mercy' }).results[0]!;
    expect(hit.highlights.map(([s, e]) => hit.text.slice(s, e))).toEqual(['death penalty']);
    const [en, zh] = searchUpr(index, { q: '人权维护者' }).results;
    expect(zh!.highlights.map(([s, e]) => zh!.text.slice(s, e))).toEqual(['人权维护者']);
    expect(en!.highlights.map(([s, e]) => en!.text.slice(s, e))).toEqual([
      'human rights defenders',
    ]);
    const risky = searchUpr(index, { q: 'harmless' }).results[0]!;
    expect(risky.highlightedHtml).toBe(
      'Ensure &lt;script&gt; tags &amp; &quot;quotes&quot; in defenders&#39; texts are <mark>harmless</mark>.',
    );
    const { root } = parseQuery('release -defenders');
    expect(highlightRanges(DOCS[0]!.text, positiveNodes(root))).toEqual([[0, 7]]);
    expect(markHtml('a<b', [[0, 1]])).toBe('<mark>a</mark>&lt;b');
  });

  it('exports every match as CSV', () => {
    const lines = searchCsv(index, 'death').trim().split('\r\n');
    expect(lines[0]).toBe(
      'id,sur,from,cycle,session,response,response_raw,action_category,themes,source_kind,report_symbol,paragraph,document_id,line,text',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['13', '14']);
    expect(lines[1]!.split(',')[9]).toBe('wg-report');
    const info = searchCsv(index, 'death OR ratify', { source: ['upr-info-export'] });
    expect(
      info
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['11', '12']);
  });
});

describe('UPR search: prefixes match words before stemming', () => {
  const idx = buildUprSearchIndex([
    doc(1, 'End arbitrary detention of human rights defenders.'),
    doc(2, 'Provide defendants with counsel and end discrimination.'),
    doc(3, 'Consider ratification of OP-CAT.'),
    doc(4, 'Ratify OP-CAT; stop detaining defenders.'),
  ]);
  const found = (q: string) => searchUpr(idx, { q, limit: 100 }).results.map((r) => r.id);
  const marked = (q: string) =>
    searchUpr(idx, { q, limit: 100 }).results.map((r) =>
      r.highlights.map(([s, e]) => r.text.slice(s, e)),
    );

  it('finds the whole words a prefix starts', () => {
    expect(found('detention*')).toEqual([1]);
    expect(found('discrimination*')).toEqual([2]);
    // "ratification" starts with it; "Ratify" is another form of the same word (one term)
    expect(found('ratification*')).toEqual([3, 4]);
    expect(found('ratif*')).toEqual([3, 4]);
    expect(found('detain*')).toEqual([4]);
    expect(found('defend*')).toEqual([1, 2, 4]);
    expect(found('defender*')).toEqual([1, 4]);
    expect(found('defenders NOT defender*')).toEqual([]);
  });

  it('highlights by the same rule', () => {
    expect(marked('detention*')).toEqual([['detention']]);
    expect(marked('defend*')).toEqual([['defenders'], ['defendants'], ['defenders']]);
    expect(marked('ratification*')).toEqual([['ratification'], ['Ratify']]);
  });
});

describe('UPR search: a query that parses to nothing finds nothing, and says why', () => {
  it('only an empty query means everything', () => {
    expect(searchUpr(index, { q: '' }).total).toBe(DOCS.length);
    expect(searchUpr(index, { q: '   ' }).total).toBe(DOCS.length);
    expect(searchUpr(index, { q: '   ' }).problems).toEqual([]);
  });

  it.each([
    ['a*', /at least 2 letters/],
    ['*', /nothing to search/],
    ['-', /nothing to search|without a word/],
    ['""', /empty phrase/],
    ['"', /not closed|empty phrase/],
    ['NOT a*', /at least 2 letters/],
    ['OR', /OR without/],
    ['AND', /nothing to search/],
    ['()', /nothing to search/],
  ])('%s → no results and a problem', (q, problem) => {
    const r = searchUpr(index, { q });
    expect(r.total).toBe(0);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems.join('; ')).toMatch(problem);
  });

  it('reports a dropped part and searches the rest', () => {
    const r = searchUpr(index, { q: 'death OR x*' });
    expect(r.results.map((h) => h.id)).toEqual([13, 14]);
    expect(r.problems.join('; ')).toMatch(/"x\*".*at least 2 letters/);
    const open = searchUpr(index, { q: '"death penalty' });
    expect(open.results.map((h) => h.id)).toEqual([13]);
    expect(open.problems.join('; ')).toMatch(/not closed/);
  });
});

describe('UPR search units', () => {
  // CHN cycle 2 stored twice: two UPR Info rows (one per recommending state) and one UN paragraph
  const twice = buildUprSearchIndex([
    doc(1, 'Protect human rights defenders.', { from: ['NOR'] }),
    doc(2, 'Protect human rights defenders.', { from: ['SWE'] }),
    doc(3, 'Protect human rights defenders.', {
      from: ['NOR', 'SWE'],
      sourceKind: 'un-matrix',
    }),
    doc(4, 'Protect human rights defenders.', { cycle: 1 }),
  ]);
  const found = (unit?: 'auto' | 'paragraph' | 'recommending-state') =>
    searchUpr(twice, { q: 'defenders', filters: unit ? { unit } : {} });

  it('by default counts a review once, in UN paragraphs where stored, and says so', () => {
    const r = found();
    expect(r.results.map((h) => h.id)).toEqual([3, 4]);
    expect(r.unit).toEqual({
      rule: 'auto',
      counted: [
        { value: 'paragraph', count: 1 },
        { value: 'recommending-state', count: 1 },
      ],
      leftOut: 2,
    });
  });

  it('keeps to one unit when asked, and says why nothing matched', () => {
    expect(found('recommending-state').results.map((h) => h.id)).toEqual([1, 2, 4]);
    expect(found('paragraph').results.map((h) => h.id)).toEqual([3]);
    const none = searchUpr(twice, {
      q: 'defenders',
      filters: { unit: 'paragraph', cycle: [1] },
    });
    expect(none.whyEmpty).toEqual({ reason: 'other-unit', leftOut: 1 });
    expect(searchUpr(twice, { q: 'defenders', filters: { from: ['MEX'] } }).whyEmpty).toEqual({
      reason: 'filters-exclude',
      withoutFilters: 2,
    });
    expect(searchUpr(twice, { q: 'torture' }).whyEmpty).toEqual({ reason: 'no-match' });
  });
});
