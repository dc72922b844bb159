import type { UprResponse } from '../../domain/upr.js';

/**
 * The canonical response behind a state's own wording. Order matters: "partially accepted" and
 * "does not accept" both contain "accept", "not supported" contains "support".
 *
 * "Rejected" is kept for explicit refusals ("rejected", "does not accept"); wording that only
 * withholds support ("noted", "did not enjoy the support", "not supported") is "noted", as the UN
 * matrices print it. Wording that defers the answer ("will be examined") is "pending".
 */
const IMPLEMENTED = String.raw`(?:,? (?:and|which|that) (?:(?:is|are|has|have) )?(?:already |been |being |currently |in the process of (?:being )?)*implement(?:ed|ation))?`;
const RULES: ReadonlyArray<readonly [RegExp, UprResponse]> = [
  [
    new RegExp(
      String.raw`\b(?:partial(?:ly)? (?:accept(?:s|ed)?|support(?:s|ed)?|agreed?)|(?:accept(?:s|ed)?|support(?:s|ed)?) (?:in )?part(?:ially)?|partial(?:ly)?)\b|部分接受|部分支持`,
      'i',
    ),
    'partially',
  ],
  [
    /\bpending\b|\bwill be examined\b|\bwill (?:provide|give) (?:its |their )?responses?\b|\bunder (?:further )?consideration\b/i,
    'pending',
  ],
  [
    /\breject(?:s|ed|ion)?\b|\b(?:does|do|did|could|can)(?: not|n['’]t) accept\b|\bcannot accept\b|\bnot (?:be )?accepted\b|\bunable to accept\b|\brefuse[sd]?\b|不接受|拒绝/i,
    'rejected',
  ],
  [
    /\bnoted\b|\btak(?:es|en|ing) note\b|\btook note\b|\bnot (?:be )?supported\b|\b(?:does|do|did|could|can)(?: not|n['’]t) (?:support|enjoy(?: the support)?)\b|\bcannot support\b|\bnot enjoy\b|注意到/i,
    'noted',
  ],
  [
    new RegExp(
      String.raw`\b(?:accept(?:s|ed|ance)?|support(?:s|ed)?|enjoy(?:s|ed)? (?:the )?support(?: of [A-Z][\w’' -]*?(?=[:,.;]|$))?|agreed?)${IMPLEMENTED}|\b(?:already|being) implemented\b|接受|支持`,
      'i',
    ),
    'supported',
  ],
];

export interface ResponsePhrase {
  response: UprResponse;
  /** the words that decided it, as written */
  phrase: string;
  /** where they start in the text */
  index: number;
}

/** The response a text states and the words that state it, or null when it states none. */
export function responsePhrase(text: string): ResponsePhrase | null {
  for (const [pattern, response] of RULES) {
    const m = pattern.exec(text);
    if (m) return { response, phrase: m[0].trim(), index: m.index };
  }
  return null;
}

export function canonicalResponse(raw: string): UprResponse | null {
  const text = raw.trim();
  if (text === '') return null;
  return responsePhrase(text)?.response ?? null;
}
