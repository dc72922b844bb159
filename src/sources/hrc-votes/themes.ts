/**
 * Thematic labels for the texts analysts follow when they look at how civil society is kept out:
 * each rule is a phrase in the title or in OHCHR's subject tag, and the label keeps the phrase.
 */
import type { TextTheme, ThemeLabel } from '../../domain/hrc-votes.js';

interface ThemeRule {
  theme: TextTheme;
  id: string;
  pattern: RegExp;
}

export const THEME_RULES: readonly ThemeRule[] = [
  { theme: 'civil-society-space', id: 'civil-society-space', pattern: /\bcivil society space\b/i },
  {
    theme: 'reprisals',
    id: 'cooperation-with-the-un',
    // the Council's reprisals resolution carries this title
    pattern: /\bcooperation with the United Nations, its representatives and mechanisms\b/i,
  },
  { theme: 'reprisals', id: 'reprisals', pattern: /\breprisals?\b|\bintimidation\b/i },
  {
    theme: 'human-rights-defenders',
    id: 'human-rights-defenders',
    pattern:
      /\bhuman rights defenders?\b|\bindividuals, groups and organs of society\b|\bdefending human rights\b/i,
  },
  {
    theme: 'mutually-beneficial-cooperation',
    id: 'mutually-beneficial-cooperation',
    pattern: /\bmutually beneficial cooperation\b/i,
  },
  { theme: 'development', id: 'right-to-development', pattern: /\bright to development\b/i },
  {
    theme: 'unilateral-coercive-measures',
    id: 'unilateral-coercive-measures',
    pattern: /\bunilateral coercive measures?\b/i,
  },
  { theme: 'peaceful-protests', id: 'peaceful-protests', pattern: /\bpeaceful protests?\b/i },
  {
    theme: 'freedom-of-expression',
    id: 'freedom-of-expression',
    pattern: /\bfreedom of (?:opinion and )?expression\b/i,
  },
];

/**
 * The themes of a text from its title and its subject tag; one label per theme (the first rule
 * that fires, title before subject), none for a text no rule matches.
 */
export function themesOf(title: string, subject: string | null): ThemeLabel[] {
  const labels: ThemeLabel[] = [];
  const seen = new Set<TextTheme>();
  const fields: Array<[string, string | null]> = [
    ['title', title],
    ['subject', subject],
  ];
  for (const rule of THEME_RULES) {
    if (seen.has(rule.theme)) continue;
    for (const [field, text] of fields) {
      if (!text) continue;
      const m = rule.pattern.exec(text);
      if (m) {
        labels.push({ theme: rule.theme, ruleId: `${rule.id}/${field}`, matched: m[0] });
        seen.add(rule.theme);
        break;
      }
    }
  }
  return labels;
}
