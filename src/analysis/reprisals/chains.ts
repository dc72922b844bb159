import type { FollowUpLink, ReprisalCase } from '../../domain/reprisals.js';
import { buildFigure, type AppearanceRef, type Figure, type FigureOptions } from './figure.js';

/**
 * "Reported again": a case the Secretary-General's reports mention in more than one report, and
 * the chain of those mentions in order. Advocates follow a case across years of reports; the
 * figure says how many cases each report carried forward.
 */

export interface Chain {
  caseId: string;
  country: string;
  /** appearances in report order (year, then new before follow-up) */
  appearances: AppearanceRef[];
  reports: number;
  firstYear: number;
  lastYear: number;
}

/** Chains of every case mentioned in two or more distinct reports, longest first. */
export function reportedAgainChains(cases: readonly ReprisalCase[]): Chain[] {
  const chains: Chain[] = [];
  for (const c of cases) {
    const sorted = [...c.appearances].sort(
      (a, b) => a.year - b.year || (a.kind === b.kind ? 0 : a.kind === 'new' ? -1 : 1),
    );
    const reports = new Set(sorted.map((a) => a.symbol)).size;
    if (reports < 2) continue;
    chains.push({
      caseId: c.caseId,
      country: c.country,
      appearances: sorted.map((a) => ({
        caseId: c.caseId,
        symbol: a.symbol,
        annex: a.annex,
        paragraph: a.paragraph,
        kind: a.kind,
      })),
      reports,
      firstYear: sorted[0]!.year,
      lastYear: sorted.at(-1)!.year,
    });
  }
  return chains.sort((a, b) => b.reports - a.reports || a.caseId.localeCompare(b.caseId));
}

/** Per report year: how many of its cases had been reported in an earlier report. */
export function reportedAgainByYear(
  cases: readonly ReprisalCase[],
  options: FigureOptions,
): Figure<{ year: number }> {
  const byYear = new Map<number, ReprisalCase[]>();
  for (const c of cases) {
    const years = [...new Set(c.appearances.map((a) => a.year))].sort((a, b) => a - b);
    for (const y of years.slice(1)) byYear.set(y, [...(byYear.get(y) ?? []), c]);
  }
  const raw = [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => ({ key: { year }, cases: list }));
  return buildFigure(raw, cases, options);
}

export interface LinkResult {
  links: FollowUpLink[];
  /** links that matched more than one case: a person chooses */
  ambiguous: { link: FollowUpLink; candidates: string[] }[];
}

const nameKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Draft follow-up links (annex II) matched to the registry's cases: first by the earlier report's
 * symbol and paragraph the follow-up cites (an appearance of the case), then by the victim's name
 * within the same country. A link already decided by a person is left as it is. Suggestions only:
 * the registry applies them once a person confirms.
 */
export function linkFollowUps(
  links: readonly FollowUpLink[],
  cases: readonly ReprisalCase[],
): LinkResult {
  const ambiguous: LinkResult['ambiguous'] = [];
  const out = links.map((link) => {
    if (link.matchedBy === 'person') return link;
    const byAppearance = cases.filter(
      (c) =>
        c.country === link.country &&
        link.earlier.some((e) =>
          c.appearances.some(
            (a) =>
              a.symbol === e.symbol &&
              (e.annex === null || a.annex === null || a.annex === e.annex) &&
              (e.paragraphs.length === 0 ||
                (a.paragraph !== null && overlaps(a.paragraph, e.paragraphs))),
          ),
        ),
    );
    let candidates = byAppearance;
    let matchedBy: FollowUpLink['matchedBy'] = 'appearance';
    if (candidates.length === 0 && link.victimName) {
      const key = nameKey(link.victimName);
      candidates = cases.filter(
        (c) =>
          c.country === link.country &&
          c.victimName !== null &&
          nameMatches(nameKey(c.victimName), key),
      );
      matchedBy = 'name';
    }
    const ids = [...new Set(candidates.map((c) => c.caseId))];
    if (ids.length === 1) return { ...link, caseId: ids[0]!, matchedBy };
    if (ids.length > 1) ambiguous.push({ link, candidates: ids.sort() });
    return { ...link, caseId: null, matchedBy: null };
  });
  return { links: out, ambiguous };
}

/** "12-13" overlaps ["13"]; "12" overlaps ["12"] */
function overlaps(printed: string, paragraphs: readonly string[]): boolean {
  const range = /^(\d+)-(\d+)$/.exec(printed);
  const own = range
    ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) =>
        String(Number(range[1]) + i),
      )
    : [printed];
  return own.some((p) => paragraphs.includes(p));
}

/** The same name, or one given as its surname only ("Nour" for "Salma Nour"). */
function nameMatches(caseName: string, linkName: string): boolean {
  if (caseName === linkName) return true;
  const words = caseName.split(' ');
  return linkName.split(' ').length === 1 && words.includes(linkName);
}
