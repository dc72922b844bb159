import { uprProfile } from '../../analysis/upr/profile.js';
import { loadUprRows } from '../../analysis/upr/rows.js';
import {
  pickUnit,
  statsByCycle,
  uprStats,
  type UprCycleStats,
  type UprUnit,
} from '../../analysis/upr/stats.js';
import { both, bothList } from '../i18n.js';
import {
  emptySection,
  makeFigure,
  noDataSection,
  num,
  pct,
  previousValue,
  resolveEvidence,
} from '../figure.js';
import { stateNames } from '../state-names.js';
import type { Figure, FigureUnit, LocalText, ReportTable, Section } from '../types.js';
import type { ReportSection, SectionContext } from './index.js';

/*
 * The UPR's section: a State's responses in the cycle the year falls in against its earlier
 * cycles (noted or rejected, in one unit per cycle), and the recommendations repeated from an
 * earlier cycle. The "previous" of a UPR figure is the previous cycle, never the previous year.
 */

/**
 * The UPR cycle a year falls in: the 1st ran 2008–2011, the 2nd from the 13th session (May 2012),
 * the 3rd from the 27th (May 2017), the 4th from the 42nd (January 2023).
 */
export function cycleOfYear(year: number): number {
  if (year <= 2011) return 1;
  if (year <= 2016) return 2;
  if (year <= 2022) return 3;
  return 4;
}

const unitOf = (u: UprUnit): FigureUnit =>
  u === 'paragraph' ? 'recommendations' : 'recommending-state-rows';
const cycleText = (c: number): LocalText => both((t) => t.upr.cycleName(c));
const statsCmd = (sur: string, cycle?: number) =>
  `groundpass upr stats --sur ${sur}${cycle ? ` --cycle ${cycle}` : ''} --json`;
const inCycle = (c: number, field: string) => `.[] | select(.cycle == ${c}) | .${field}`;

/** Previous cycle's value, marked not comparable when it was counted in another unit. */
function previousCycle(
  value: number,
  now: UprCycleStats,
  before: UprCycleStats | undefined,
  pick: (s: UprCycleStats) => number,
) {
  if (!before) return null;
  const incomparable =
    before.unit === now.unit
      ? null
      : both((t) => t.upr.unitChanged(t.units[unitOf(before.unit)], t.units[unitOf(now.unit)]));
  return previousValue(value, pick(before), cycleText(before.cycle), incomparable);
}

function cyclesTable(stats: readonly UprCycleStats[]): ReportTable {
  return {
    id: 'upr-cycles',
    title: both((t) => t.upr.cyclesTitle),
    columns: [
      both((t) => t.upr.colCycle),
      both((t) => t.upr.colTotal),
      both((t) => t.upr.colRate),
      both((t) => t.upr.colUnit),
    ],
    rows: stats.map((s) => [
      s.cycle,
      s.total,
      pct(s.notedOrRejectedRate),
      both((t) => t.units[unitOf(s.unit)]),
    ]),
  };
}

async function stateEdition(ctx: SectionContext, state: string): Promise<Section> {
  const cycle = cycleOfYear(ctx.year);
  const title = both((t) => t.upr.title);
  const name = stateNames(state);
  const stats = await uprStats(ctx.db, { sur: state });
  const now = stats.find((s) => s.cycle === cycle);
  if (!now) {
    const section = noDataSection(
      'upr',
      title,
      both((t, l) => t.upr.noData(name[l], cycle)),
    );
    // what there is, from the earlier cycles, still helps the reader
    if (stats.length) section.tables.push(cyclesTable(stats));
    return section;
  }
  const before = [...stats].reverse().find((s) => s.cycle < cycle);
  const section = emptySection('upr', title);
  section.intro = both((t) => t.upr.intro(cycle, ctx.year));
  section.method = bothList((t) => t.upr.method);
  const unit = unitOf(now.unit);
  const figures: Figure[] = [
    makeFigure({
      id: 'upr.recommendations.total',
      label: both((t) => t.upr.totalLabel),
      value: now.total,
      unit,
      text: both((t, l) => t.upr.totalText(name[l], num(now.total), cycle, t.units[unit])),
      evidence: await resolveEvidence(ctx.evidence, now.evidence),
      command: statsCmd(state),
      jq: inCycle(cycle, 'total'),
      previous: previousCycle(now.total, now, before, (s) => s.total),
    }),
    makeFigure({
      id: 'upr.recommendations.noted-or-rejected-rate',
      label: both((t) => t.upr.rateLabel),
      value: now.notedOrRejectedRate,
      unit: 'share',
      text: both((t) =>
        t.upr.rateText(pct(now.notedOrRejectedRate), num(now.noted), num(now.rejected)),
      ),
      evidence: await resolveEvidence(ctx.evidence, now.notedOrRejectedEvidence),
      command: statsCmd(state),
      jq: inCycle(cycle, 'notedOrRejectedRate'),
      previous: previousCycle(now.notedOrRejectedRate, now, before, (s) => s.notedOrRejectedRate),
    }),
  ];
  const profile = await uprProfile(ctx.db, state);
  const p = profile.cycles.find((c) => c.cycle === cycle);
  const pBefore = before ? profile.cycles.find((c) => c.cycle === before.cycle) : undefined;
  if (p) {
    const profileCmd = `groundpass upr profile ${state} --json`;
    figures.push(
      makeFigure({
        id: 'upr.recommendations.repeated',
        label: both((t) => t.upr.repeatedLabel),
        value: p.repeated.count,
        unit,
        text: both((t) => t.upr.repeatedText(num(p.repeated.count))),
        evidence: await resolveEvidence(ctx.evidence, p.repeated.evidence),
        command: profileCmd,
        jq: `.cycles[] | select(.cycle == ${cycle}) | .repeated.count`,
        previous: pBefore
          ? previousCycle(p.repeated.count, now, before, () => pBefore.repeated.count)
          : null,
      }),
      makeFigure({
        id: 'upr.recommendations.narrative',
        label: both((t) => t.upr.narrativeLabel),
        value: p.narrative.count,
        unit,
        text: both((t) => t.upr.narrativeText(num(p.narrative.count))),
        evidence: await resolveEvidence(ctx.evidence, p.narrative.evidence),
        command: profileCmd,
        jq: `.cycles[] | select(.cycle == ${cycle}) | .narrative.count`,
        previous: pBefore
          ? previousCycle(p.narrative.count, now, before, () => pBefore.narrative.count)
          : null,
      }),
    );
  }
  section.figures = figures;
  section.tables.push(cyclesTable(stats));
  section.charts.push({
    id: 'upr-rate-by-cycle',
    kind: 'bar',
    title: both((t, l) => t.upr.chartRate(name[l])),
    categories: stats.map((s) => String(s.cycle)),
    series: [
      {
        name: both((t) => t.upr.seriesRate),
        values: stats.map((s) => Math.round(s.notedOrRejectedRate * 1000) / 10),
      },
    ],
    unit: 'count',
  });
  return section;
}

/** How many States under review the mechanism edition names, highest share noted or rejected first. */
const TOP_SURS = 5;

async function mechanismEdition(ctx: SectionContext): Promise<Section> {
  const cycle = cycleOfYear(ctx.year);
  const title = both((t) => t.upr.title);
  // per State under review, what `upr stats --sur X --cycle C` computes: its rows, one unit
  const rows = pickUnit(await loadUprRows(ctx.db, { cycle }));
  if (rows.length === 0)
    return noDataSection(
      'upr',
      title,
      both((t) => t.upr.noDataMechanism(cycle)),
    );
  const bySur = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = bySur.get(r.sur);
    if (list) list.push(r);
    else bySur.set(r.sur, [r]);
  }
  const stats = [...bySur.values()]
    .map((list) => statsByCycle(list)[0]!)
    .sort(
      (a, b) =>
        b.notedOrRejectedRate - a.notedOrRejectedRate ||
        (a.sur < b.sur ? -1 : a.sur > b.sur ? 1 : 0),
    );
  const section = emptySection('upr', title);
  section.intro = both((t) => t.upr.intro(cycle, ctx.year));
  section.method = bothList((t) => t.upr.method);
  for (const s of stats.slice(0, TOP_SURS)) {
    const name = stateNames(s.sur);
    const unit = unitOf(s.unit);
    section.figures.push(
      makeFigure({
        id: `upr.recommendations.noted-or-rejected-rate.${s.sur}`,
        label: both((t, l) => `${t.upr.rateLabel}: ${name[l]}`),
        value: s.notedOrRejectedRate,
        unit: 'share',
        text: both((t, l) =>
          t.upr.surRateText(name[l], pct(s.notedOrRejectedRate), num(s.total), t.units[unit]),
        ),
        evidence: await resolveEvidence(ctx.evidence, s.notedOrRejectedEvidence),
        command: statsCmd(s.sur, cycle),
        jq: inCycle(cycle, 'notedOrRejectedRate'),
      }),
    );
  }
  section.tables.push({
    id: 'upr-states-under-review',
    title: both((t) => t.upr.statesTitle),
    columns: [
      both((t) => t.ngo.colState),
      both((t) => t.upr.colTotal),
      both((t) => t.upr.colRate),
      both((t) => t.upr.colUnit),
    ],
    rows: stats.map((s) => [
      stateNames(s.sur),
      s.total,
      pct(s.notedOrRejectedRate),
      both((t) => t.units[unitOf(s.unit)]),
    ]),
  });
  return section;
}

export const uprSection: ReportSection = {
  id: 'upr',
  build: (ctx) => (ctx.state ? stateEdition(ctx, ctx.state) : mechanismEdition(ctx)),
};
