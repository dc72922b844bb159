import type { ToneLabel } from '../../../domain/upr.js';

/**
 * Tone towards the state under review, from the wording (DESIGN §4: a label with its reason):
 * - supportive: continuity and praise — the order is to go on doing what it does ("continue",
 *   "maintain", "keep up", "further develop"), or to share its experience with others;
 * - critical: the order presupposes a violation or a gap the state must close ("release",
 *   "investigate", "end", "cease", "allow access", "ratify", "repeal", "abolish", "bring to justice");
 * - neutral: anything else (general capacity-building, "take measures to promote …").
 * Continuity wins when it opens the recommendation ("Continue to investigate …" keeps faith in
 * the state); otherwise a critical word anywhere decides.
 */
const SUPPORTIVE_OPENING =
  /^(?:(?:the government|it|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,4}) (?:should )?)?(?:continue|continuing|maintain|keep(?: up)?|persevere|persist|pursue|sustain|carry on|further (?:develop|strengthen|promote|enhance|consolidate|advance)|share)\b/i;
const SUPPORTIVE =
  /\b(?:share (?:its|their) (?:experiences?|good practices?|best practices?|achievements)|keep up|its (?:achievements|successes|efforts so far)|commend\w*|welcome\w*|good work|positive (?:steps|measures|efforts|achievements)|as it has been doing|its successful|national conditions)\b/i;
const CRITICAL =
  /\b(?:release|investigat\w+|put an end|end (?:the|all|its)|cease|stop|halt|allow (?:\w+ ){0,4}access|unhindered access|unimpeded access|unrestricted access|ratify|accede|repeal|abolish|revoke|abrogate|decriminali[sz]e|bring (?:\w+ ){0,5}to justice|prosecute|hold (?:\w+ ){0,3}accountable|impunity|arbitrar(?:y|ily) (?:detained|detention|arrest)|torture|enforced disappearance|extrajudicial|harass\w*|intimidat\w*|reprisals?|persecut\w+|political prisoners|prisoners of conscience|immediately|moratorium|independent (?:investigation|inquiry)|standing invitation|withdraw (?:its )?reservations?)\b/i;

export function classifyTone(text: string): ToneLabel {
  const opening = SUPPORTIVE_OPENING.exec(text.trim());
  if (opening)
    return { tone: 'supportive', ruleId: 'tone.supportive.continuity', matched: opening[0].trim() };
  const critical = CRITICAL.exec(text);
  if (critical) return { tone: 'critical', ruleId: 'tone.critical.words', matched: critical[0] };
  const supportive = SUPPORTIVE.exec(text);
  if (supportive)
    return { tone: 'supportive', ruleId: 'tone.supportive.praise', matched: supportive[0] };
  return { tone: 'neutral', ruleId: 'tone.neutral', matched: '' };
}
