/**
 * Which session of the Committee a release reports, from its title and lead paragraph ("Continuing
 * its 2019 regular session", "Concluding the first week of its regular session for 2016", "began
 * its 2024 resumed session"). Many releases have no dateline, and some mirrors no year in their URL;
 * the lead still says which session it is. Later sentences are not read: the boilerplate speaks of
 * other sessions ("will continue its work during its resumed session").
 */
const YEAR_KIND = /\b((?:19|20)\d{2})\s+(regular|resumed)\s+session\b/i;
const KIND_FOR_YEAR = /\b(regular|resumed)\s+session\s+(?:for|of)\s+((?:19|20)\d{2})\b/i;
const ITS_KIND = /\b(?:its|the)\s+(regular|resumed)\s+session\b/i;
const ITS_YEAR = /\b(?:its|the)\s+((?:19|20)\d{2})\s+session\b/i;
// The lead is the first sentence-length line of the body; mastheads and symbols are short.
const LEAD_MIN_LENGTH = 100;
// A body often repeats the headline before the lead, so the lead is one of the first two.
const LEAD_LINES = 2;

export interface SessionHint {
  session: string | null;
  year: number | null;
}

export function readSessionHint(
  title: string | null,
  lines: readonly string[],
  knownYear: number | null,
): SessionHint {
  const lead = lines
    .filter((l) => l.trim().length >= LEAD_MIN_LENGTH)
    .slice(0, LEAD_LINES)
    .join(' ');
  for (const text of [title ?? '', lead]) {
    const a = YEAR_KIND.exec(text);
    if (a) return hint(Number(a[1]), a[2]!);
    const b = KIND_FOR_YEAR.exec(text);
    if (b) return hint(Number(b[2]), b[1]!);
  }
  for (const text of [title ?? '', lead]) {
    const c = ITS_KIND.exec(text);
    if (c && knownYear !== null) return hint(knownYear, c[1]!);
    const d = ITS_YEAR.exec(text);
    if (d) return { session: null, year: Number(d[1]) };
  }
  return { session: null, year: null };
}

function hint(year: number, kind: string): SessionHint {
  return { session: `NGO-${year}-${kind.toLowerCase()}`, year };
}
