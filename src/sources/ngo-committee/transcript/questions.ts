/**
 * Questions and applications in a turn's words. A delegation's question to an applicant is put as a
 * question ("Could the organization explain …?") or as a request ("We would like to ask the
 * organization to provide …", "Please clarify …"); the applicant is named by the Chair ("the
 * application of X") or by the delegation ("This relates to X", "For the organization X, …").
 */

/** A sentence and where it starts, in characters from the start of the turn's text. */
export interface Sentence {
  text: string;
  at: number;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.?!]+(?:[.?!]+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0].trim();
    if (t !== '') out.push({ text: t, at: m.index + m[0].indexOf(t) });
  }
  return out;
}

const ASKING =
  /\b(?:(?:we|I)\s+would\s+(?:like|wish)\s+to\s+(?:ask|know|request|have|see|receive|understand)|we['’]d\s+like\s+to\s+(?:ask|know|request|have|see|understand)|(?:we|I)\s+(?:want|wish)\s+to\s+(?:ask|know|understand)|(?:please|kindly)\s+(?:provide|explain|clarify|elaborate|specify|share|tell|give|indicate|confirm|list|describe)|our\s+(?:question|request)\s+(?:is|would\s+be)|(?:we|I)\s+(?:ask|request)\s+(?:the|this)\s+(?:organi[sz]ation|NGO|applicant)|(?:could|can|would|will)\s+(?:the|this)\s+(?:organi[sz]ation|NGO|applicant))\b/i;
// "We have two questions for this organization." announces questions; the questions follow it
// questions about the meeting, not to an applicant
const PROCEDURAL =
  /\b(?:would\s+you\s+like\s+me|may\s+I|can\s+I|shall\s+I|should\s+I|do\s+you\s+want\s+me|is\s+that\s+(?:ok|okay|fine|correct))\b/i;

/** Whether a sentence of a delegation's turn puts a question to the applicant. */
export function isQuestion(sentence: string): boolean {
  if (PROCEDURAL.test(sentence)) return false;
  if (sentence.trim().endsWith('?') && sentence.split(/\s+/).length >= 4) return true;
  return ASKING.test(sentence);
}

const NAME = String.raw`((?:[A-Z0-9“"«'][^.,;?!()“”"«»]*?))(?:\s*\(([^)]{2,60})\))?`;
const NAME_END = String.raw`(?=\s*(?:[.,;?!”"»]|$|\s(?:from|based|registered|which|that|is|has|and\s+(?:we|I)|we|I)\b))`;
const APPLICATION = new RegExp(
  String.raw`\b(?:application\s+(?:of|from|by|submitted\s+by)|(?:relates|related|refers)\s+to|regarding|concerning|with\s+regard\s+to|(?:for|to)\s+the\s+(?:organi[sz]ation|NGO|applicant)|(?:next|following)\s+(?:application|organi[sz]ation)\s+is|turn\s+to|take\s+up|consider)\s+(?:the\s+)?(?:(?:application|organi[sz]ation|NGO|entity)\s+(?:called|named|of|from)?\s*)?[“"«]?${NAME}[”"»]?${NAME_END}`,
  'g',
);
// generic words that are not an applicant's name
const NOT_A_NAME =
  /^(?:the|this|that|these|those|it|its|their|our|your|which|what|question|questions|application|applications|organi[sz]ation|NGO|Committee|Chair|agenda|item|working\s+paper|Secretariat|United\s+Nations|ECOSOC|I|We|You)(?:\s|$)/i;

/** An applicant named in a sentence, with its country when printed in parentheses. */
export function applicationIn(sentence: string): { organization: string; at: number } | null {
  APPLICATION.lastIndex = 0;
  for (let m = APPLICATION.exec(sentence); m; m = APPLICATION.exec(sentence)) {
    const name = m[1]!.trim().replace(/\s+/g, ' ');
    if (name.split(' ').length < 2 && !/^[A-Z]{2,}$/.test(name)) continue;
    if (NOT_A_NAME.test(name)) continue;
    if (!/^[A-Z0-9“"«']/.test(name)) continue;
    return { organization: name, at: m.index };
  }
  return null;
}
