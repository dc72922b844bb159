import {
  cellCaseIds,
  resolveEvidence,
  type Count,
  type EvidenceSources,
  type Figure as CaseFigure,
  type FigureEvidence,
  type ReprisalEvidence,
} from '../../analysis/reprisals/figure.js';
import { reprisalFigures } from '../../analysis/reprisals/views.js';
import type { ReprisalCase } from '../../domain/reprisals.js';
import { loadCases } from '../../store/reprisals/cases.js';
import { both, bothList } from '../i18n.js';
import { emptySection, makeFigure, noDataSection, num, previousValue } from '../figure.js';
import { stateNames } from '../state-names.js';
import type { EvidenceRecord, Figure, LocalText, NewRecord, Section } from '../types.js';
import type { ReportSection, SectionContext } from './index.js';

/*
 * Reprisals, public figures only (issue 12's rules): the figures come from the registry's public
 * view (`reprisalFigures(cases, 'public')`, what `groundpass reprisals stats` prints without
 * --as), so a count below 3 is "fewer than 3", with neither its number nor its evidence, and no
 * confidential field is read. A suppressed figure has the value null and no records, by design.
 */

const statsCmd = (country: string) => `groundpass reprisals stats --country ${country} --json`;
const cellJq = (year: number, kind: 'new' | 'follow-up') =>
  `.newVsFollowUp.cells[] | select(.key.year == ${year} and .key.kind == "${kind}") | .value.count`;

/** A public figure's appearances as located records: the report's symbol and paragraph. */
export function reprisalRecords(evidence: ReprisalEvidence | null): EvidenceRecord[] {
  return (evidence?.appearances ?? []).map((a) => ({
    kind: 'reprisal-case',
    id: a.caseId,
    symbol: a.symbol,
    url: null,
    fileName: null,
    date: null,
    paragraph: a.paragraph ?? (a.annex ? `${a.annex}` : null),
    line: null,
    page: null,
  }));
}

/**
 * The records behind a shown total: the paragraphs of the cases the figure lists and, when cases
 * behind "fewer than 3" cells were withheld (figure.ts), the reports and annexes that count them,
 * which name no case.
 */
function totalEvidence(evidence: FigureEvidence, sources: EvidenceSources): EvidenceRecord[] {
  const records = reprisalRecords(resolveEvidence(evidence.caseIds, sources));
  if (!evidence.withheld) return records;
  return [
    ...records,
    ...(evidence.reports ?? []).map((r) => ({
      kind: 'reprisal-report',
      id: `${r.symbol}${r.annex ? ` annex ${r.annex}` : ''}`,
      symbol: r.symbol,
      url: null,
      fileName: null,
      date: null,
      paragraph: r.annex ? `annex ${r.annex}` : 'body',
      line: null,
      page: null,
    })),
  ];
}

const countOf = (c: Count | undefined): number | null =>
  c === undefined ? 0 : c.kind === 'count' ? c.count : null;

function cell(
  f: CaseFigure<{ year: number; kind: 'new' | 'follow-up' }>,
  year: number,
  kind: 'new' | 'follow-up',
) {
  return f.cells.find((c) => c.key.year === year && c.key.kind === kind);
}

/** "5", or "fewer than 3" for a suppressed count, in both languages. */
function shown(c: Count | undefined): LocalText {
  const n = countOf(c);
  return n === null ? both((t) => t.reprisals.suppressed) : { en: num(n), zh: num(n) };
}

async function countryFigures(
  country: string,
  cases: readonly ReprisalCase[],
  year: number,
  prefix: string,
): Promise<{ figures: Figure[]; newRecords: NewRecord[] }> {
  const figures: Figure[] = [];
  const view = reprisalFigures(cases, 'public');
  const yearText = (y: number): LocalText => ({ en: String(y), zh: `${y}年` });
  // whether the year's report is in the registry at all: if not, "0 new cases" would mislead
  const inYear = view.newVsFollowUp.cells.some((c) => c.key.year === year);
  // a cell's cases, with their paragraphs in that year's report of that kind
  const cellEvidence = (kind: 'new' | 'follow-up'): ReprisalEvidence | null => {
    const c = cell(view.newVsFollowUp, year, kind);
    return c?.evidence
      ? resolveEvidence(
          cellCaseIds(view.newVsFollowUp, c),
          view.sources,
          (s) => s.year === year && s.kind === kind,
        )
      : null;
  };
  for (const kind of ['new', 'follow-up'] as const) {
    const now = cell(view.newVsFollowUp, year, kind);
    const before = cell(view.newVsFollowUp, year - 1, kind);
    const evidence = cellEvidence(kind);
    const records = reprisalRecords(evidence);
    figures.push(
      makeFigure({
        id: `${prefix}.${kind}`,
        label: both((t, l) =>
          prefix === 'reprisals.cases'
            ? kind === 'new'
              ? t.reprisals.newLabel
              : t.reprisals.followLabel
            : `${kind === 'new' ? t.reprisals.newLabel : t.reprisals.followLabel}: ${stateNames(country)[l]}`,
        ),
        value: countOf(now?.value),
        unit: 'count',
        text: both((t, l) =>
          !inYear
            ? t.reprisals.noneInYear(year)
            : kind === 'new'
              ? t.reprisals.newText(shown(now?.value)[l], year)
              : t.reprisals.followText(shown(now?.value)[l]),
        ),
        evidence: { kind: 'reprisal-case', count: evidence?.caseIds.length ?? 0, records },
        command: statsCmd(country),
        jq: cellJq(year, kind),
        previous: previousValue(countOf(now?.value), countOf(before?.value), yearText(year - 1)),
      }),
    );
  }
  const newRecords: NewRecord[] = [];
  const fresh = cellEvidence('new');
  // only a shown cell names its cases: a suppressed one lists nothing (it would give its count away)
  if (fresh)
    for (const id of fresh.caseIds) {
      const evidence = reprisalRecords(fresh).filter((r) => r.id === id);
      newRecords.push({
        kind: 'reprisal-case',
        text: both((t) => t.reprisals.newCase(id, evidence[0]?.symbol ?? '?')),
        evidence,
      });
    }
  return { figures, newRecords };
}

async function build(ctx: SectionContext): Promise<Section> {
  const title = both((t) => t.reprisals.title);
  const cases = await loadCases(ctx.db, ctx.state ? { country: ctx.state } : {});
  if (cases.length === 0)
    return noDataSection(
      'reprisals',
      title,
      ctx.state
        ? both((t, l) => t.reprisals.noData(stateNames(ctx.state!)[l]))
        : both((t) => t.reprisals.noDataMechanism),
    );
  const section = emptySection('reprisals', title);
  section.intro = both((t) => t.reprisals.intro);
  section.method = bothList((t) => t.reprisals.method);
  const countries = ctx.state ? [ctx.state] : [...new Set(cases.map((c) => c.country))].sort();
  for (const country of countries) {
    const mine = cases.filter((c) => c.country === country);
    const { figures, newRecords } = await countryFigures(
      country,
      mine,
      ctx.year,
      ctx.state ? 'reprisals.cases' : `reprisals.cases.${country}`,
    );
    section.figures.push(...figures);
    section.newRecords.push(...newRecords);
    if (ctx.state) {
      const view = reprisalFigures(mine, 'public');
      const total = view.byYear.total;
      const totalRecords = view.byYear.evidence
        ? totalEvidence(view.byYear.evidence, view.sources)
        : [];
      section.figures.push(
        makeFigure({
          id: 'reprisals.cases.total',
          label: both((t) => t.reprisals.totalLabel),
          value: countOf(total),
          unit: 'count',
          text: both((t, l) => t.reprisals.totalText(stateNames(country)[l], shown(total)[l])),
          evidence: { kind: 'reprisal-case', count: totalRecords.length, records: totalRecords },
          command: statsCmd(country),
          jq: '.byYear.total.count',
        }),
      );
    }
  }
  return section;
}

export const reprisalsSection: ReportSection = { id: 'reprisals', build };
