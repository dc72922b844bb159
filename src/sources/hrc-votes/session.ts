/**
 * The session a text belongs to, written "HRC32", "CHR61"; special sessions "HRC-S39", the HRC's
 * organisational meetings "HRC-OM1", the CHR's 1946 nuclear session "CHR-N1"; "GA74" for the
 * General Assembly. The statement of responsibility ("adopted by the Human Rights Council at its
 * 32nd session") says it; the symbol is the fallback (A/HRC/RES/32/31, A/HRC/S-35/L.1,
 * E/CN.4/RES/1987/5 has no session number, so CHR texts need the statement).
 */
import type { VotingBody } from '../../domain/hrc-votes.js';

const STATEMENT =
  /\bat\s+its\s+(\d{1,3})(?:st|nd|rd|th)\s+(special\s+session|organi[sz]ational\s+meeting|nuclear\s+session|session)\b/i;
const HRC_SYMBOL = /^A\/HRC\/(?:(?:RES|DEC|PRST)\/)?(?:(OM)\/)?(S-)?(\d{1,3})\//;

export function sessionOf(
  body: VotingBody,
  statement: string,
  symbol: string | null,
): string | null {
  const m = STATEMENT.exec(statement);
  if (m) {
    const n = Number(m[1]);
    const kind = m[2]!.toLowerCase();
    if (kind.startsWith('special')) return `${body}-S${n}`;
    if (kind.startsWith('organi')) return `${body}-OM${n}`;
    if (kind.startsWith('nuclear')) return `${body}-N${n}`;
    return `${body}${n}`;
  }
  if (body === 'HRC' && symbol) {
    const s = HRC_SYMBOL.exec(symbol);
    if (s) {
      if (s[1]) return `HRC-OM${Number(s[3])}`;
      return s[2] ? `HRC-S${Number(s[3])}` : `HRC${Number(s[3])}`;
    }
  }
  return null;
}
