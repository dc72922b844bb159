import type { QuestionTopic, TopicLabel } from '../../domain/ngo-committee.js';

/**
 * What a Committee member's question is about, by transparent rules: each label names the rule that
 * fired and the exact phrase it matched, so a reader can check every classification against the
 * text instead of trusting a model. Rules run in the order below; a question gets one label per
 * topic (the first rule of that topic that fires) and "other" only when no rule fires.
 */
export interface TopicRule {
  id: string;
  topic: QuestionTopic;
  pattern: RegExp;
}

export const TOPIC_RULES: readonly TopicRule[] = [
  // Names the Chinese delegation asks applicants to print "in line with UN terminology".
  { id: 'terminology.taiwan', topic: 'un-terminology', pattern: /\bTaiwan(?:ese)?\b/i },
  { id: 'terminology.tibet', topic: 'un-terminology', pattern: /\bTibet(?:an)?\b|\bXizang\b/i },
  { id: 'terminology.hong-kong', topic: 'un-terminology', pattern: /\bHong\s+Kong\b/i },
  { id: 'terminology.macao', topic: 'un-terminology', pattern: /\bMaca[ou]\b/i },
  {
    id: 'terminology.province-of-china',
    topic: 'un-terminology',
    pattern: /\bprovince of China\b/i,
  },
  {
    id: 'terminology.correct-terminology',
    topic: 'un-terminology',
    pattern:
      /\b(?:(?:UN|United Nations)\s+terminology|(?:correct|proper|appropriate)\s+terminology)\b/i,
  },
  {
    id: 'funding.keyword',
    topic: 'funding',
    pattern:
      /\b(?:fund(?:s|ing|ed|ers?|raising)?|financ(?:e|es|ed|ing|ial|ially)|expenditures?|budgets?|donors?|donations?|fees|sources? of (?:income|revenue)|revenues?|income)\b/i,
  },
  {
    id: 'activities.keyword',
    topic: 'activities',
    pattern:
      /\b(?:activit(?:y|ies)|projects?|programmes?|programs?|work (?:in|overseas|abroad)|events?|conferences?)\b/i,
  },
  {
    id: 'partners-members.keyword',
    topic: 'partners-members',
    pattern: /\b(?:partner(?:s|ships?|ed|ing)?|members?(?:hips?)?|affiliat(?:e|es|ed|ion|ions))\b/i,
  },
  {
    id: 'branches-registration.keyword',
    topic: 'branches-registration',
    pattern:
      /\b(?:branch(?:es)?|chapters?|registered|registration|offices?|status as\s+(?:an?\s+)?["“”‘’']?international)/i,
  },
  // "UN" only in capitals: lower-case "un" is part of words. "UN terminology" is terminology, not
  // engagement with the UN, so it is left to the rule above.
  {
    id: 'un-engagement.united-nations',
    topic: 'un-engagement',
    pattern: /\b(?:United Nations|UN)\b(?!\s+terminology)/,
  },
  {
    id: 'un-engagement.council',
    topic: 'un-engagement',
    pattern: /\b(?:ECOSOC|Council|contribution to the work of|consultative status)\b/i,
  },
];

/** Topic labels for a question; never empty (falls back to one "other" label with an empty phrase). */
export function labelQuestion(text: string): TopicLabel[] {
  const labels: TopicLabel[] = [];
  const seen = new Set<QuestionTopic>();
  for (const rule of TOPIC_RULES) {
    if (seen.has(rule.topic)) continue;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    seen.add(rule.topic);
    labels.push({ topic: rule.topic, ruleId: rule.id, phrase: m[0] });
  }
  if (labels.length === 0)
    labels.push({ topic: 'other', ruleId: 'other.no-rule-matched', phrase: '' });
  return labels;
}

// Words that say nothing about what was asked; left out so that "asked about its funding" and
// "requested details on the funding" can count as the same question.
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from had has have in into is it its of on or that the their them ' +
    'they this those to was were which with about also any been more further own other such ' +
    'asked ask asks requested request requests sought seek inquired enquired wanted questioned ' +
    'information details detail clarification organization organisation ngo'
  ).split(' '),
);

/**
 * A crude English stemmer (plural and verb endings only). It is deliberately simple: the point is
 * that "activities"/"activity" and "funded"/"funding"/"fund" meet, not linguistic accuracy.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us'))
    w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** The set of word stems of a question, stop words left out. */
export function questionStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    stems.add(stem(word));
  }
  return stems;
}

/** Jaccard similarity of the two questions' stem sets; 0 when either has no content word. */
export function questionSimilarity(a: string, b: string): number {
  const sa = questionStems(a);
  const sb = questionStems(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared += 1;
  return shared / (sa.size + sb.size - shared);
}

export const REPEAT_QUESTION_THRESHOLD = 0.6;

/** True when two questions ask essentially the same thing (stem-set Jaccard ≥ 0.6). */
export function isRepeatQuestion(a: string, b: string): boolean {
  return questionSimilarity(a, b) >= REPEAT_QUESTION_THRESHOLD;
}
