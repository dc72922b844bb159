/**
 * The items of a printed speaker list. Semicolons separate items when the list has any (names then
 * keep their commas); otherwise commas do. The last "and" ends the list ("A, B and C", "A, B, and
 * C"), but organisation names hold "and" too ("Lawyers for Justice and Peace"): a bare "A and B"
 * inside an item is split only when the right side reads as an organisation of its own, and the
 * split is reported as uncertain. Parentheses and quotes are never split inside.
 */

export interface ListItem {
  text: string;
  /** true when the item came from splitting at an "and" that might belong to a name */
  uncertainSplit: boolean;
}

// words that start or end an organisation name of its own, so "X and Y" may be two organisations
const ORG_WORD =
  /\b(?:Association|Organi[sz]ation|Institute|Centre|Center|Federation|Council|Foundation|International|Network|Society|Union|Alliance|Watch|Committee|League|Movement|Group|Commission|Forum|Service|Congress|Campaign|Coalition|Fund|Trust|Initiative|Project|Agency|Conference|Youth|Club|Academy|Advocacy|Defenders|Lawyers|Mission|Platform|Partnership|Institution|Society|Trust)\b/;

/** Splits at separators outside parentheses and quotes. */
function splitTop(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === separator && depth === 0 && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function tidy(item: string): string {
  return item
    .replace(/^\s*(?:and|as\s+well\s+as)\s+/i, '')
    .replace(/^\s*(?:the\s+)?(?:representatives?\s+of\s+)(?:the\s+)?/i, '')
    .replace(/[\s.;:,]+$/, '')
    .trim();
}

/** Whether "left and right" reads as two organisations rather than one name. */
function twoOrganisations(left: string, right: string): boolean {
  if (!/^(?:the\s+)?[A-Z]/.test(right)) return false;
  // "Centre for Justice and Peace": a name that continues after "for/of/on" takes the "and"
  if (/\b(?:for|of|on|in|against|to)\s+[^,]*$/i.test(left) && !ORG_WORD.test(right)) return false;
  // "… for Justice and Human Rights": a continuing name whose right side is one or two plain words
  if (/\b(?:for|of|on|in|against|to)\s+[^,]*$/i.test(left) && right.split(/\s+/).length < 2)
    return false;
  return ORG_WORD.test(right) || right.split(/\s+/).length >= 2;
}

export function splitList(list: string): ListItem[] {
  const body = list
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;]\s*$/, '');
  const bySemicolon = splitTop(body, ';');
  const raw = bySemicolon.length > 1 ? bySemicolon : splitTop(body, ',');
  const items: ListItem[] = [];
  raw.forEach((part, index) => {
    const text = tidy(part);
    if (text === '') return;
    const last = index === raw.length - 1;
    // the last "and" of the list: "A, B and C" (no serial comma)
    const m =
      last && !/^\s*and\s/i.test(part) && raw.length > 1 ? /^(.*)\s+and\s+(.+)$/.exec(text) : null;
    if (m && twoOrganisations(m[1]!, m[2]!) && !m[1]!.includes('(')) {
      items.push({ text: tidy(m[1]!), uncertainSplit: false });
      items.push({ text: tidy(m[2]!), uncertainSplit: false });
      return;
    }
    if (raw.length === 1 && /\s+and\s+/.test(text) && !/\(/.test(text)) {
      // a list of two without commas: "A and B"
      const two = /^(.*?)\s+and\s+(.+)$/.exec(text)!;
      if (twoOrganisations(two[1]!, two[2]!)) {
        items.push({ text: tidy(two[1]!), uncertainSplit: true });
        items.push({ text: tidy(two[2]!), uncertainSplit: true });
        return;
      }
    }
    items.push({ text, uncertainSplit: false });
  });
  return items;
}
