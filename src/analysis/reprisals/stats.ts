import type { ReprisalCase } from '../../domain/reprisals.js';
import { buildFigure, groupBy, type Figure, type FigureOptions } from './figure.js';

/**
 * The registry's figures (issue 12), pure functions over the cases the caller may see. The caller
 * passes cases already projected for its role; a public caller passes `audience: 'public'` and
 * gets small cells suppressed (figure.ts). Every cell carries its evidence.
 */

/** Cases per country and report year: the year a case was first reported (its case id's year). */
export function casesByCountryYear(
  cases: readonly ReprisalCase[],
  options: FigureOptions,
): Figure<{ country: string; year: number }> {
  const groups = groupBy(cases, (c) => [`${c.country}|${c.reportYear}`]);
  const raw = [...groups]
    .map(([k, list]) => {
      const [country, year] = k.split('|');
      return { key: { country: country!, year: Number(year) }, cases: list };
    })
    .sort((a, b) => a.key.country.localeCompare(b.key.country) || a.key.year - b.key.year);
  return buildFigure(raw, cases, options);
}

/**
 * Per report (year): cases it reported as new, and cases it followed up from earlier reports.
 * A case counts in the years of its appearances, so one case can be new in 2017 and followed up
 * in 2018 and 2019. A cell's evidence is its cases; the paragraphs behind it are their appearances
 * in that year's report, of that kind (`resolveEvidence` with the cell's key).
 */
export function newVsFollowUp(
  cases: readonly ReprisalCase[],
  options: FigureOptions,
): Figure<{ year: number; kind: 'new' | 'follow-up' }> {
  const groups = groupBy(cases, (c) => c.appearances.map((a) => `${a.year}|${a.kind}`));
  const raw = [...groups]
    .map(([k, list]) => {
      const [year, kind] = k.split('|') as [string, 'new' | 'follow-up'];
      return { key: { year: Number(year), kind }, cases: list };
    })
    .sort((a, b) => a.key.year - b.key.year || a.key.kind.localeCompare(b.key.kind));
  return buildFigure(raw, cases, options);
}

/**
 * Cases still unresolved `years` or more years after they were first reported, as of `asOfYear`
 * (the latest report's year, passed in so the figure does not depend on the clock). One cell per
 * number of years open.
 */
export function unresolvedForYears(
  cases: readonly ReprisalCase[],
  asOfYear: number,
  years: number,
  options: FigureOptions,
): Figure<{ yearsOpen: number }> {
  const open = cases.filter((c) => c.status === 'unresolved' && asOfYear - firstYear(c) >= years);
  const groups = groupBy(open, (c) => [asOfYear - firstYear(c)]);
  const raw = [...groups]
    .map(([yearsOpen, list]) => ({ key: { yearsOpen }, cases: list }))
    .sort((a, b) => b.key.yearsOpen - a.key.yearsOpen);
  return buildFigure(raw, open, options);
}

export function firstYear(c: ReprisalCase): number {
  return Math.min(c.reportYear, ...c.appearances.map((a) => a.year));
}

export type ShareDimension = 'gender' | 'anonymity' | 'recordType' | 'act' | 'unBody';

/** Whether the report named the person: named (a person or organisation), anonymous, or a situation. */
export function anonymityOf(c: ReprisalCase): 'named' | 'anonymous' | 'situation' {
  if (c.recordType === 'named-individual' || c.recordType === 'organisation') return 'named';
  if (c.recordType === 'general-situation') return 'situation';
  return 'anonymous';
}

const KEYS: Record<ShareDimension, (c: ReprisalCase) => string[]> = {
  gender: (c) => [c.gender ?? 'not coded'],
  anonymity: (c) => [anonymityOf(c)],
  recordType: (c) => [c.recordType],
  act: (c) => (c.acts.length > 0 ? c.acts.map((a) => a.code) : ['not coded']),
  unBody: (c) => (c.engagements.length > 0 ? c.engagements.map((e) => e.body) : ['not coded']),
};

/**
 * Shares of the cases by one dimension. Acts and UN bodies are multi-valued (a case of detention
 * and travel ban counts under both), so their shares are "share of cases with it" and may add up
 * to more than 1.
 */
export function sharesBy(
  cases: readonly ReprisalCase[],
  dimension: ShareDimension,
  options: FigureOptions,
): Figure<{ value: string }> {
  const groups = groupBy(cases, KEYS[dimension]);
  const raw = [...groups]
    .map(([value, list]) => ({ key: { value }, cases: list }))
    .sort((a, b) => b.cases.length - a.cases.length || a.key.value.localeCompare(b.key.value));
  return buildFigure(raw, cases, options);
}
