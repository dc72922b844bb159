/**
 * Main sponsors as the catalogue prints them: "Russian Federation, China, Cuba", "Pakistan (on
 * behalf of the Organization of Islamic Cooperation)", "Cuba on behalf of a group of States",
 * "President of the Human Rights Council". The printed parts are kept; the states among them are
 * resolved, with what they speak for dropped ("on behalf of …" names a group, not a sponsor).
 */
import { resolveState } from '../../domain/reference/states.js';

const ON_BEHALF = /\s*\(?\bon behalf of\b[\s\S]*$/i;

/** Splits at commas and semicolons outside parentheses. */
export function splitSponsors(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  const out: string[] = [];
  for (const raw of parts) {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (p === '') continue;
    // "except Albania and Tunisia)" continues an "on behalf of" group cut at its comma
    if (out.length > 0 && /^except\b/i.test(p)) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
}

/** The state a sponsor entry names, or undefined for a group or an office. */
export function sponsorState(entry: string): string | undefined {
  const name = entry
    .replace(ON_BEHALF, '')
    .replace(/^and\s+/i, '')
    .trim();
  return name === '' ? undefined : resolveState(name);
}
