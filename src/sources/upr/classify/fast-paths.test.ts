import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { UprThemeLabel } from '../../../domain/upr.js';
import { SHARED_DATA_SKIP_REASON, sharedPath } from '../../../../test/shared-data.js';
import { skipName } from '../../../../test/skip.js';
import { parseUprInfoExport } from '../upr-info-export.js';
import { classifyNarrative, NARRATIVE_NEEDS, narrativeByEachRule } from './narrative.js';
import {
  classifyThemes,
  flatKeywords,
  groupedByFirstLetter,
  THEME_RULES,
  THEME_VOCABULARY,
} from './themes.js';

/*
 * The classifiers' quick paths against the plain reading they stand for: the theme keywords
 * grouped by first letter against the rules' patterns in order, the narrative rules' one
 * pre-test against each rule's own word tests. Same labels, same matched words, on texts made to
 * tell them apart and on every text of the UPR Info export.
 */

/** classifyThemes as it was: the flat pattern, a map of first spans, sorted by theme. */
const FLAT = new RegExp(flatKeywords(), 'gi');
const themesOfSpan = new Map<string, number[]>();
function themesReference(text: string): UprThemeLabel[] {
  const any = FLAT;
  any.lastIndex = 0;
  const found = new Map<number, string>();
  for (let m = any.exec(text); m !== null; m = any.exec(text)) {
    if (m[0] === '') {
      any.lastIndex++;
      continue;
    }
    const span = m[0];
    let themes = themesOfSpan.get(span);
    if (themes === undefined) {
      themes = THEME_RULES.flatMap(([, pattern], i) => (pattern.test(span) ? [i] : []));
      themesOfSpan.set(span, themes);
    }
    for (const i of themes) if (!found.has(i)) found.set(i, span);
  }
  return [...found]
    .sort((a, b) => a[0] - b[0])
    .map(([i, matched]) => ({
      theme: THEME_VOCABULARY[i]!,
      ruleId: `theme.${THEME_VOCABULARY[i]!.toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`,
      matched,
    }));
}

function spans(pattern: string, text: string): string[] {
  return [...text.matchAll(new RegExp(pattern, 'gi'))].map((m) => `${m.index}:${m[0]}`);
}

const TRICKY = [
  'Protect migrant workers and domestic workers; ratify ILO Convention No. 169 and ILO 189',
  'OP-CAT, OPCAT, the Optional Protocol, op-cat; HIV/AIDS, aids, Hiv',
  'enrolment, enrollment; labor, labour, forced labour; working conditions, work conditions',
  'human rights defenders, defenders, human rights education, human rights in general',
  'ICC, ICCPR, ICESCR; the International Criminal Court; Committee against Torture',
  'bring all perpetrators to justice; bring those responsible swiftly to justice',
  'ĸilling, Ｋillings, ſocial security, İmpunity, KİLLİNGS, \u212aillings, Killings',
  'water-sanitation, land-grabbing, non-refoulement, self-determination, ill treatment',
  'children.women,girls;boys youth-led minorities minors',
  '',
];

const exportFile = sharedPath(
  'upr-info-sessions-1-20',
  'upr_info_recommendations_sessions_1-20.csv.gz',
);
let texts: string[] | null = null;
const realTexts = (): string[] =>
  (texts ??= parseUprInfoExport(
    'upr_info_recommendations_sessions_1-20.csv',
    gunzipSync(readFileSync(exportFile!)).toString('utf8'),
  ).value.map((r) => r.text));

describe('theme keywords grouped by first letter', () => {
  it('groups the real rules (else the flat pattern would run)', () => {
    expect(groupedByFirstLetter()).not.toBeNull();
  });

  it('finds the spans of the rules in order, and the same labels', () => {
    const grouped = groupedByFirstLetter()!;
    for (const text of TRICKY) {
      expect(spans(grouped, text), text).toEqual(spans(flatKeywords(), text));
      expect(classifyThemes(text), text).toEqual(themesReference(text));
    }
  });

  it('keeps the rules’ order where alternatives of one letter overlap', () => {
    const rules = [
      ['one', /\b(?:ab|a)\b/],
      ['two', /\b(?:abc|b)\b/],
      ['three', /\b(?:a\w+|abcd)\b/],
    ] as const;
    const grouped = groupedByFirstLetter(rules)!;
    expect(grouped).toBe('\\b(?:a(?:b\\b|\\b|bc\\b|\\w+\\b|bcd\\b)|b(?:\\b))');
    for (const text of ['abc abcd ab a b', 'abcd-ab', 'b a ab'])
      expect(spans(grouped, text), text).toEqual(spans(flatKeywords(rules), text));
  });

  it('leaves rules it cannot group to the flat pattern', () => {
    for (const r of [
      /\b(?:a?b|c)\b/, // a quantified first letter
      /\b(?:x|\w+ y)\b/, // an alternative opening with a class
      /\b(?:a)|(?:b)\b/, // the group does not span the rule
      /\b(?:a|b)/, // no closing boundary
      /(?:a|b)\b/, // no opening boundary
    ])
      expect(groupedByFirstLetter([['x', r]]), r.source).toBeNull();
  });

  it.skipIf(!exportFile)(
    skipName(
      'gives the labels of the rules in order on every text of the export',
      !exportFile && SHARED_DATA_SKIP_REASON,
    ),
    () => {
      const texts = realTexts();
      expect(texts).toHaveLength(41066);
      const differ = texts.filter(
        (t) => JSON.stringify(classifyThemes(t)) !== JSON.stringify(themesReference(t)),
      );
      expect(differ).toEqual([]);
    },
    60_000,
  );
});

describe('the narrative rules’ one pre-test', () => {
  it('lets through every text that holds a word some rule needs, in any case', () => {
    expect(NARRATIVE_NEEDS.length).toBeGreaterThan(20);
    for (const word of NARRATIVE_NEEDS)
      for (const text of [
        word,
        `Continue to ${word.toUpperCase()} in the region`,
        `x${word}y`,
        `the ${word[0]!.toUpperCase()}${word.slice(1)}.`,
      ]) {
        const lower = text.toLowerCase();
        expect(lower.includes(word), text).toBe(true);
        expect(classifyNarrative(text), text).toEqual(narrativeByEachRule(text, lower));
      }
  });

  it('gives what each rule gives on the tests’ own wordings', () => {
    for (const text of [
      'Continue to combat separatism, terrorism and extremism',
      'Continue its counter-terrorism and de-radicalization efforts in Xinjiang',
      'Share its experience of the vocational education and training centres in Xinjiang',
      'Safeguard national security and prosperity in Hong Kong',
      'Continue the approach of non-politicization of human rights issues',
      'Uphold non-interference in the internal affairs of States',
      'Ratify the ICCPR',
    ])
      expect(classifyNarrative(text), text).toEqual(narrativeByEachRule(text, text.toLowerCase()));
  });

  it.skipIf(!exportFile)(
    skipName(
      'gives what each rule gives on every text of the export',
      !exportFile && SHARED_DATA_SKIP_REASON,
    ),
    () => {
      const texts = realTexts();
      const differ = texts.filter(
        (t) =>
          JSON.stringify(classifyNarrative(t)) !==
          JSON.stringify(narrativeByEachRule(t, t.toLowerCase())),
      );
      expect(differ).toEqual([]);
      // the pre-test is not empty: the export holds narrative wordings
      expect(texts.filter((t) => classifyNarrative(t) !== null).length).toBeGreaterThan(0);
    },
    60_000,
  );
});
