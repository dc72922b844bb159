/**
 * NGO statements told in prose (an NGO's report of its own statements, a news item):
 *   "Elena Gaita … spoke on Tibet for the Helsinki Foundation for Human Rights at the Interactive
 *    Dialogue with the Special Rapporteur on … on May 30th."
 *   "Ms. Gaita also made an oral statement at the Interactive Dialogue with …" (the organisation
 *    she spoke for earlier in the text)
 *   "Statement delivered by Ms. Elena Gaita on behalf of Helsinki Foundation for Human Rights
 *    (HFHR)" followed by the statement's words
 *   "Isa had been invited by the non-governmental organisation Global Human Rights Defence to take
 *    its brief speaking slot"
 */
import type { TextSentence } from './sentences.js';
import { debateIn } from './context.js';

export interface NarrativeStatement {
  organization: string;
  person: string | null;
  debate: string | null;
  text: string | null;
  form: string;
  sentence: TextSentence;
  /** the date the sentence gives without a year ("May 30th") is not kept: the year is not said */
}

const PERSON = String.raw`((?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2})`;
const ORG = String.raw`([A-Z][^,.;:“”"]{2,100}?)`;
const SPOKE_FOR = new RegExp(
  String.raw`${PERSON}(?:,[^,]{3,120},)?\s+(?:also\s+)?(?:spoke|delivered\s+(?:a|an|the|her|his)\s+(?:oral\s+|joint\s+)?statement|made\s+(?:a|an)\s+(?:oral\s+|joint\s+)?statement)(?:\s+(?:on|for)\s+[A-Z][\p{L}]+(?=\s+(?:for|on\s+behalf\s+of)\b))?\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?${ORG}\s+(?:at|during|in)\s+(?:the\s+)?(.+)$`,
  'u',
);
const PERSON_ONLY = new RegExp(
  String.raw`${PERSON}\s+(?:also\s+)?(?:spoke|made\s+(?:a|an)\s+(?:oral\s+)?statement|delivered\s+(?:a|an)\s+(?:oral\s+)?statement)\s+(?:at|during|in)\s+(?:the\s+)?(.+)$`,
  'u',
);
const DELIVERED_BY = new RegExp(
  String.raw`^Statement\s+delivered\s+by\s+${PERSON}\s+on\s+behalf\s+of\s+(?:the\s+)?([^()]{3,120}?)(?:\s*\(([A-Z]{2,10})\))?\s*$`,
  'u',
);
const INVITED = new RegExp(
  String.raw`^${PERSON}\s+had\s+been\s+invited\s+by\s+the\s+(?:non-?governmental\s+organi[sz]ation|NGO|organi[sz]ation)\s+${ORG}\s+to\s+(?:take|use)\s+its\b`,
  'u',
);

function surname(person: string): string {
  return person
    .replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/, '')
    .split(/\s+/)
    .pop()!;
}

function debatesOf(tail: string): string[] {
  return tail
    .split(/\s+and\s+(?:during|at|in)\s+(?:the\s+)?/i)
    .map((part) => debateIn(part.replace(/^[‘'“"]/, '')) ?? null)
    .filter((d): d is string => d !== null);
}

export interface NarrativeReading {
  statements: NarrativeStatement[];
}

export function readNarrative(
  sentences: readonly TextSentence[],
  lines: readonly string[],
  bodyStartLine: number,
): NarrativeReading {
  const out: NarrativeStatement[] = [];
  // the organisation each person was said to speak for
  const speaksFor = new Map<string, string>();
  sentences.forEach((s) => {
    const spoke = SPOKE_FOR.exec(s.text);
    if (spoke) {
      const person = spoke[1]!.trim();
      const org = spoke[2]!.trim();
      speaksFor.set(surname(person), org);
      for (const debate of debatesOf(spoke[3]!))
        out.push({
          organization: org,
          person,
          debate,
          text: null,
          form: 'narrative-spoke-for',
          sentence: s,
        });
      return;
    }
    const only = PERSON_ONLY.exec(s.text);
    if (only) {
      const org = speaksFor.get(surname(only[1]!));
      if (org)
        for (const debate of debatesOf(only[2]!))
          out.push({
            organization: org,
            person: only[1]!.trim(),
            debate,
            text: null,
            form: 'narrative-person',
            sentence: s,
          });
      return;
    }
    const delivered = DELIVERED_BY.exec(s.text);
    if (delivered) {
      const org = delivered[2]!.trim();
      speaksFor.set(surname(delivered[1]!), org);
      // the statement's words: the lines after the heading, from the salutation on
      const startLine = s.line - bodyStartLine + 1;
      const rest = lines.slice(startLine);
      const from = rest.findIndex((l) =>
        /^\s*(?:Mr\.?|Madam|Madame)\s+(?:President|Chair)/i.test(l),
      );
      const words = from < 0 ? null : rest.slice(from).join('\n').trim();
      // the heading's debate, on a line of its own below: "Item 3: Interactive Dialogue-Report of
      // Special Rapporteur on …" (lines, not sentences: the heading has no full stop)
      const heading = rest
        .slice(0, from < 0 ? 6 : from)
        .map((l) => debateIn(l))
        .find((d) => d !== null);
      out.push({
        organization: org,
        person: delivered[1]!.trim(),
        debate: heading ?? null,
        text: words,
        form: 'statement-delivered-by',
        sentence: s,
      });
      return;
    }
    const invited = INVITED.exec(s.text);
    if (invited) {
      const person = invited[1]!.trim();
      out.push({
        organization: invited[2]!.trim(),
        person,
        debate: null,
        text: null,
        form: 'narrative-invited-slot',
        sentence: s,
      });
    }
  });
  return { statements: out };
}

/** Whether a sentence tells of an NGO statement (the wide net for the coverage report). */
export function looksLikeNarrativeStatement(text: string): boolean {
  return /\b(?:oral\s+statement|spoke\s+(?:on\s+\w+\s+)?(?:for|on\s+behalf\s+of)|statement\s+delivered\s+by|speaking\s+slot)\b/i.test(
    text,
  );
}
