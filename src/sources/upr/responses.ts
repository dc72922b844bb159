import type { UprResponse } from '../../domain/upr.js';

/**
 * The canonical response behind a state's own wording. The phrase that starts first wins, so
 * "Noted. The Government is not in a position to accept …" is noted; when two start at the same
 * word the rule listed first wins, which is why "partially accepted", "accepted, but not …" and
 * "accepted in part" are listed before plain "accepted".
 *
 * "Rejected" is kept for explicit refusals ("rejected", "does not accept", "not acceptable",
 * "cannot be accepted"); wording that only withholds support ("noted", "did not enjoy the
 * support", "cannot be supported", 不支持) is "noted", as the UN matrices print it. Wording that
 * defers the answer ("will be examined") is "pending". "Partially implemented" describes the work,
 * not the answer, so it does not make an acceptance partial.
 */
const IMPLEMENTED = String.raw`(?:,? (?:and|which|that) (?:(?:is|are|has|have) )?(?:already |been |being |currently |in the process of (?:being )?)*implement(?:ed|ation))?`;
const AGREE = String.raw`(?:accept(?:s|ed)?|support(?:s|ed)?|agreed?)`;
// "but not yet implemented" still accepts the whole recommendation
const EXCEPT = String.raw`(?:,? but not\b(?! (?:yet|fully|entirely|completely|already|been)\b)|\bexcept(?:ing| for)?\b|\bwith the exception of\b|\bsave for\b|\bexcluding\b)`;
const NOT_THE_ANSWER = String.raw`(?! (?:implemented|in place|fulfilled|achieved|realized|realised|complied with|met)\b)`;
const NEGATION = String.raw`(?:(?:does|do|did|could|can|will|would|shall|may)(?: not|n['’]t)|cannot|(?:is |are )?(?:unable|not in a position|not able) to)`;

const RULES: ReadonlyArray<readonly [RegExp, UprResponse]> = [
  [
    new RegExp(
      String.raw`\b(?:partial(?:ly)?|partly) ${AGREE}\b|\b${AGREE} (?:in )?part(?:ial(?:ly)?|ly)?\b|\b${AGREE}\b[^.;:]{0,60}?${EXCEPT}|\b(?:partial(?:ly)?|partly)\b${NOT_THE_ANSWER}|部分接受|部分支持`,
      'i',
    ),
    'partially',
  ],
  [
    /\bpending\b|\bwill be examined\b|\bwill (?:provide|give) (?:its |their )?responses?\b|\bunder (?:further )?consideration\b/i,
    'pending',
  ],
  [
    new RegExp(
      String.raw`\breject(?:s|ed|ion)?\b|\b${NEGATION} (?:be )?accept(?:ed)?\b|\bnot (?:be )?accept(?:ed|able)\b|\bunacceptable\b|\brefuse[sd]?\b|不接受|不能接受|无法接受|拒绝`,
      'i',
    ),
    'rejected',
  ],
  [
    new RegExp(
      String.raw`\bnoted\b|\btak(?:es|en|ing) note\b|\btook note\b|\bnot (?:be )?support(?:ed|able)\b|\b${NEGATION} (?:be )?(?:support(?:ed)?|enjoy(?: the support)?)\b|\bnot enjoy\b|注意到|不支持|不能支持|无法支持`,
      'i',
    ),
    'noted',
  ],
  [
    new RegExp(
      String.raw`\b(?:accept(?:s|ed|ance|able)?|support(?:s|ed)?|enjoy(?:s|ed)? (?:the )?support(?: of [A-Z][\w’' -]*?(?=[:,.;]|$))?|agreed?)\b${IMPLEMENTED}|\b(?:already|being) implemented\b|接受|支持`,
      'i',
    ),
    'supported',
  ],
];
const GLOBAL_RULES = RULES.map(([p, r]) => [new RegExp(p.source, 'gi'), r] as const);

export interface ResponsePhrase {
  response: UprResponse;
  /** the words that decided it, as written */
  phrase: string;
  /** where they start in the text */
  index: number;
}

/** The response a text states and the words that state it, or null when it states none. */
export function responsePhrase(text: string): ResponsePhrase | null {
  let best: ResponsePhrase | null = null;
  for (const [pattern, response] of RULES) {
    const m = pattern.exec(text);
    // strictly earlier only: at the same index the rule listed first keeps it
    if (m && (best === null || m.index < best.index))
      best = { response, phrase: m[0].trim(), index: m.index };
  }
  return best;
}

/**
 * Every response phrase in a text, in order, none overlapping another: lets a reader see that
 * one sentence states two different responses.
 */
export function responsePhrases(text: string): ResponsePhrase[] {
  const all: (ResponsePhrase & { end: number; rank: number })[] = [];
  GLOBAL_RULES.forEach(([pattern, response], rank) => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      all.push({ response, phrase: m[0].trim(), index: m.index, end: m.index + m[0].length, rank });
    }
  });
  all.sort((a, b) => a.index - b.index || a.rank - b.rank);
  const out: ResponsePhrase[] = [];
  let end = -1;
  for (const p of all) {
    if (p.index < end) continue;
    out.push({ response: p.response, phrase: p.phrase, index: p.index });
    end = p.end;
  }
  return out;
}

export function canonicalResponse(raw: string): UprResponse | null {
  const text = raw.trim();
  if (text === '') return null;
  return responsePhrase(text)?.response ?? null;
}
