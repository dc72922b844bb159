import type { UprClassification, UprRecommendation } from '../../../domain/upr.js';
import { classifyAction } from './action.js';
import { classifyNarrative, saysRepeated } from './narrative.js';
import { classifyThemes } from './themes.js';
import { classifyTone } from './tone.js';

/**
 * Our rules' reading of a recommendation: action category, themes, tone, narrative flag and
 * whether it says it repeats an earlier recommendation. Machine suggestions (DESIGN §4): each
 * label carries its rule id and matched words. The rules read English; other languages get what
 * the few Chinese verb rules find and otherwise neutral labels, never a guess from English rules.
 */
export function classifyRecommendation(
  rec: Pick<UprRecommendation, 'text' | 'sur' | 'language'>,
): UprClassification {
  const text = rec.text;
  if (!isEnglish(rec.language)) {
    const action = classifyAction(text);
    return {
      action: action.ruleId.includes('.zh-')
        ? action
        : { category: 4, ruleId: 'action.4.unsupported-language', matched: '' },
      themes: [],
      tone: { tone: 'neutral', ruleId: 'tone.unsupported-language', matched: '' },
      narrative: null,
      saysRepeated: false,
    };
  }
  return {
    action: classifyAction(text),
    themes: classifyThemes(text),
    tone: classifyTone(text),
    narrative: classifyNarrative(text),
    saysRepeated: saysRepeated(text),
  };
}

function isEnglish(language: string | undefined): boolean {
  return language === undefined || language === '' || /^en\b/i.test(language);
}
