import {
  classifiedAs,
  clustersOfKeys,
  keysOf,
  linkedToState,
  slotsOfKeys,
} from '../../analysis/hrc-participation/linked-to-state.js';
import type { PointsOfOrderFigure } from '../../analysis/hrc-participation/points-of-order.js';
import {
  pointsOfOrderView,
  shareView,
  uprAdoptionView,
  type LinkedOrganization,
  type ParticipationShareView,
} from '../../analysis/hrc-participation/views.js';
import { clustersWithSources } from '../../analysis/participation/clusters-view.js';
import { stateByCode } from '../../domain/reference/states.js';
import {
  emptySection,
  makeFigure,
  noDataSection,
  num,
  pct,
  previousValue,
  resolveEvidence,
  type FigureEvidence,
} from '../figure.js';
import type { ChartSpec, LocalText, NewRecord, ReportTable, Section } from '../types.js';
import type { SectionContext } from './index.js';
import {
  COUNTED_CLASSIFICATIONS,
  PARTICIPATION_MESSAGES,
  partBoth,
  type CountedClassification,
} from './participation-i18n.js';

/*
 * The Council participation section (issues 13 and 14). For a State and year: the NGO slots of the
 * year's sessions taken by organisations linked to it (against all NGO slots), its points of order
 * against NGO speakers (the year's and all up to it), the clusters of coordinated statements that
 * involve its linked organisations, and who spoke at its UPR adoption when that fell in the year.
 * For the mechanism edition: slots per classification per session, the year against the one
 * before, points of order per raising State, clusters per session.
 *
 * Every figure is read from the function `groundpass participation … --json` prints, names that
 * command and the jq filter that finds the number in it (participation.test.ts runs them). A
 * classification counts only where its evidence is on record (linked-to-state.ts), and the jq
 * filters say the same: `(.evidence | length) > 0`.
 */

const cmd = (args: string) => `groundpass participation ${args} --json`;
const period = (year: number): LocalText => ({ en: String(year), zh: `${year}年` });

function stateName(code: string): LocalText {
  const s = stateByCode(code);
  return { en: s?.nameEn ?? code, zh: s?.nameZh ?? code };
}

/** jq: the registry organisations tied to a State whose label has evidence. */
const jqLinked = (state: string) =>
  `.countryCode == "${state}" and (.classification == "gongo" or .classification == "state-linked") and (.evidence | length) > 0`;
/** jq: the registry organisations of one classification whose label has evidence. */
const jqClassified = (c: string) => `.classification == "${c}" and (.evidence | length) > 0`;
/** jq over `participation share --json`: the slots of the organisations `select` picks. */
const jqSlots = (select: string) =>
  `[.organizations[] | select(${select}) | .keys[]] as $k | [.byOrganization[] | select(.key as $x | any($k[]; . == $x)) | .slots] | add // 0`;

/** Statement (and printed-count) records behind a figure, as one evidence list. */
async function slotEvidence(
  ctx: SectionContext,
  statementIds: readonly number[],
  tallyIds: readonly number[] = [],
): Promise<FigureEvidence> {
  const statements = await resolveEvidence(ctx.evidence, {
    kind: 'hrc-statement',
    ids: statementIds,
  });
  if (tallyIds.length === 0) return statements;
  const tallies = await resolveEvidence(ctx.evidence, { kind: 'hrc-speaker-tally', ids: tallyIds });
  return {
    kind: 'hrc-statement',
    count: statements.count + tallies.count,
    records: [...statements.records, ...tallies.records],
  };
}

const idsOf = (figure: ParticipationShareView, kind: 'hrc-statement' | 'hrc-speaker-tally') =>
  figure.evidence.filter((e) => e.kind === kind).flatMap((e) => e.ids);

/** Does the store hold any Council participation for the year (slots, counts, points of order)? */
async function heldFor(ctx: SectionContext, year: number): Promise<boolean> {
  for (const table of ['hrcStatements', 'hrcSpeakerTallies', 'hrcPointsOfOrder'] as const) {
    const row = await ctx.db
      .selectFrom(table)
      .select('id')
      .where('year', '=', year)
      .limit(1)
      .executeTakeFirst();
    if (row) return true;
  }
  return false;
}

export async function buildParticipationSection(ctx: SectionContext): Promise<Section> {
  const { year } = ctx;
  const title = partBoth((m) => m.title);
  if (!(await heldFor(ctx, year)))
    return noDataSection(
      'participation',
      title,
      partBoth((m) => m.noData(year)),
    );
  const section: Section = {
    ...emptySection('participation', title),
    intro: partBoth((m) => m.intro),
    method: PARTICIPATION_MESSAGES.en.method.map((en, i) => ({
      en,
      zh: PARTICIPATION_MESSAGES.zh.method[i]!,
    })),
  };
  if (ctx.state) await stateFigures(ctx, ctx.state, section);
  else await mechanismFigures(ctx, section);
  return section;
}

/** The table of organisations a figure counted under a label, each with the evidence it rests on. */
function organizationsTable(
  id: string,
  title: LocalText,
  organizations: readonly LinkedOrganization[],
): ReportTable {
  const en = PARTICIPATION_MESSAGES.en;
  const zh = PARTICIPATION_MESSAGES.zh;
  const classification = (c: string | null): LocalText => ({
    en: en.classifications[c as CountedClassification] ?? c ?? '',
    zh: zh.classifications[c as CountedClassification] ?? c ?? '',
  });
  const evidence = (o: LinkedOrganization): LocalText => ({
    en: o.evidence
      .map((e) => `${en.indicators[e.indicator] ?? e.indicator} — ${e.source}`)
      .join('; '),
    zh: o.evidence
      .map((e) => `${zh.indicators[e.indicator] ?? e.indicator} — ${e.source}`)
      .join('；'),
  });
  return {
    id,
    title,
    columns: [
      partBoth((m) => m.colOrganization),
      partBoth((m) => m.colClassification),
      partBoth((m) => m.colCountry),
      partBoth((m) => m.colEvidence),
    ],
    rows: [...organizations]
      .sort((a, b) => a.name.localeCompare(b.name) || a.organizationId - b.organizationId)
      .map((o) => [o.name, classification(o.classification), o.countryCode ?? '', evidence(o)]),
  };
}

function pointsOfOrderTable(figure: PointsOfOrderFigure, year: number): ReportTable {
  return {
    id: 'participation.points-of-order',
    title: partBoth((m) => m.pooTable(year)),
    columns: [
      partBoth((m) => m.colSession),
      partBoth((m) => m.colDate),
      partBoth((m) => m.colRaisedBy),
      partBoth((m) => m.colTarget),
      partBoth((m) => m.colOutcome),
      partBoth((m) => m.colSource),
    ],
    rows: figure.items.map((i) => [
      i.session ?? '',
      i.date ?? '',
      i.raisedBy ? stateName(i.raisedBy) : partBoth((m) => m.notNamed),
      targetOf(i) ?? partBoth((m) => m.notNamed),
      partBoth((m) => m.outcomes[i.outcome] ?? i.outcome),
      partBoth((m) => m.sourceLine(i.citation.symbol ?? i.citation.file, i.citation.line)),
    ]),
  };
}

const targetOf = (i: PointsOfOrderFigure['items'][number]): string | null =>
  [i.targetSpeaker, i.targetOrganization].filter(Boolean).join(' / ') || null;

async function pointOfOrderRecords(
  ctx: SectionContext,
  figure: PointsOfOrderFigure,
): Promise<NewRecord[]> {
  const out: NewRecord[] = [];
  for (const i of figure.items) {
    const raiser = i.raisedBy ? stateName(i.raisedBy) : partBoth((m) => m.notNamed);
    const target = targetOf(i);
    out.push({
      kind: 'other',
      text: partBoth((m, l) =>
        m.newPointOfOrder(
          raiser[l],
          target ?? m.notNamed,
          i.session ?? i.date ?? '?',
          m.outcomes[i.outcome] ?? i.outcome,
        ),
      ),
      evidence: (await resolveEvidence(ctx.evidence, { kind: 'hrc-point-of-order', ids: [i.id] }))
        .records,
    });
  }
  return out;
}

/** Points of order counted through a year, from a figure of all years. */
function toDate(figure: PointsOfOrderFigure, year: number): { count: number; ids: number[] } {
  const rows = figure.byYear.filter((y) => y.year !== null && y.year <= year);
  return {
    count: rows.reduce((n, y) => n + y.count, 0),
    ids: rows.flatMap((y) => y.evidence.ids),
  };
}

/** The share figure of the year and of the year before (for "what changed"). */
async function sharesOf(
  ctx: SectionContext,
): Promise<[ParticipationShareView, ParticipationShareView]> {
  return [
    await shareView(ctx.store, { year: ctx.year }),
    await shareView(ctx.store, { year: ctx.year - 1 }),
  ];
}

/** All NGO slots of the year's sessions: the same figure in both editions. */
async function totalSlotsFigure(
  ctx: SectionContext,
  share: ParticipationShareView,
  shareBefore: ParticipationShareView,
) {
  const { year } = ctx;
  return makeFigure({
    id: 'participation.slots.total',
    label: partBoth((m) => m.totalSlotsLabel),
    value: share.totalSlots,
    unit: 'count',
    text: partBoth((m) => m.totalSlotsText(num(share.totalSlots), year)),
    evidence: await slotEvidence(
      ctx,
      idsOf(share, 'hrc-statement'),
      idsOf(share, 'hrc-speaker-tally'),
    ),
    command: cmd(`share --year ${year}`),
    jq: '.totalSlots',
    previous: previousValue(share.totalSlots, shareBefore.totalSlots, period(year - 1)),
  });
}

async function stateFigures(ctx: SectionContext, state: string, section: Section): Promise<void> {
  const { store, year } = ctx;
  const name = stateName(state);
  const [share, shareBefore] = await sharesOf(ctx);
  const linked = linkedToState(share.organizations, state);
  const linkedSlots = slotsOfKeys(share, keysOf(linked));
  const linkedBefore = slotsOfKeys(
    shareBefore,
    keysOf(linkedToState(shareBefore.organizations, state)),
  );
  const shareCmd = cmd(`share --year ${year}`);
  const slotsJq = jqSlots(jqLinked(state));
  const ratio = (n: number, total: number) => (total === 0 ? null : n / total);

  section.figures.push(
    makeFigure({
      id: 'participation.slots.linked',
      label: partBoth((m) => m.linkedSlotsLabel),
      value: linkedSlots.slots,
      unit: 'count',
      text: partBoth((m, l) =>
        m.linkedSlotsText(name[l], num(linkedSlots.slots), num(share.totalSlots), year),
      ),
      evidence: await slotEvidence(ctx, linkedSlots.statementIds),
      command: shareCmd,
      jq: slotsJq,
      previous: previousValue(linkedSlots.slots, linkedBefore.slots, period(year - 1)),
    }),
    await totalSlotsFigure(ctx, share, shareBefore),
  );
  const linkedShare = ratio(linkedSlots.slots, share.totalSlots);
  section.figures.push(
    makeFigure({
      id: 'participation.slots.linked-share',
      label: partBoth((m) => m.linkedShareLabel),
      value: linkedShare,
      unit: 'share',
      text: partBoth((m, l) =>
        linkedShare === null
          ? m.linkedShareNone(year)
          : m.linkedShareText(name[l], pct(linkedShare), year),
      ),
      evidence: await slotEvidence(ctx, linkedSlots.statementIds),
      command: shareCmd,
      jq: `if .totalSlots == 0 then null else (${slotsJq}) / .totalSlots end`,
      previous: previousValue(
        linkedShare,
        ratio(linkedBefore.slots, shareBefore.totalSlots),
        period(year - 1),
      ),
    }),
  );
  if (linked.length > 0)
    section.tables.push(
      organizationsTable(
        'participation.linked-organizations',
        partBoth((m, l) => m.linkedTable(name[l])),
        linked,
      ),
    );

  // points of order: the year's, and every year up to it
  const [poo, pooBefore, pooAll] = [
    await pointsOfOrderView(store, state, year),
    await pointsOfOrderView(store, state, year - 1),
    await pointsOfOrderView(store, state, null),
  ];
  const [sum, sumBefore] = [toDate(pooAll, year), toDate(pooAll, year - 1)];
  section.figures.push(
    makeFigure({
      id: 'participation.points-of-order.year',
      label: partBoth((m) => m.pooYearLabel),
      value: poo.total,
      unit: 'count',
      text: partBoth((m, l) => m.pooYearText(name[l], num(poo.total), year)),
      evidence: await resolveEvidence(ctx.evidence, {
        kind: 'hrc-point-of-order',
        ids: poo.items.map((i) => i.id),
      }),
      command: cmd(`points-of-order --state ${state} --year ${year}`),
      jq: '.total',
      previous: previousValue(poo.total, pooBefore.total, period(year - 1)),
    }),
    makeFigure({
      id: 'participation.points-of-order.to-date',
      label: partBoth((m) => m.pooToDateLabel),
      value: sum.count,
      unit: 'count',
      text: partBoth((m, l) => m.pooToDateText(name[l], num(sum.count), year)),
      evidence: await resolveEvidence(ctx.evidence, { kind: 'hrc-point-of-order', ids: sum.ids }),
      command: cmd(`points-of-order --state ${state}`),
      jq: `[.byYear[] | select(.year != null and .year <= ${year}) | .count] | add // 0`,
      previous: previousValue(sum.count, sumBefore.count, period(year - 1)),
    }),
  );
  if (poo.total > 0) {
    section.tables.push(pointsOfOrderTable(poo, year));
    section.newRecords.push(...(await pointOfOrderRecords(ctx, poo)));
  }

  // coordinated statements of the year that involve organisations linked to the State
  const [clusters, clustersBefore] = [
    await clustersWithSources(store, null, year),
    await clustersWithSources(store, null, year - 1),
  ];
  const involved = clustersOfKeys(clusters, keysOf(linkedToState(clusters.organizations, state)));
  const involvedBefore = clustersOfKeys(
    clustersBefore,
    keysOf(linkedToState(clustersBefore.organizations, state)),
  );
  section.figures.push(
    makeFigure({
      id: 'participation.clusters.linked',
      label: partBoth((m) => m.clustersLinkedLabel),
      value: involved.length,
      unit: 'count',
      text: partBoth((m, l) =>
        m.clustersLinkedText(name[l], num(involved.length), num(clusters.clusters.length), year),
      ),
      evidence: await slotEvidence(
        ctx,
        involved.flatMap((c) => c.members.map((x) => Number(x.id))),
      ),
      command: cmd(`clusters --year ${year}`),
      jq: `. as $r | [.organizations[] | select(${jqLinked(state)}) | .keys[]] as $k | [.clusters[] | select(any(.members[]; $r.members[.id].speakerKey as $x | any($k[]; . == $x)))] | length`,
      previous: previousValue(involved.length, involvedBefore.length, period(year - 1)),
    }),
  );

  await uprAdoptionFigures(ctx, state, section);
}

/** Who spoke at the State's UPR adoption, when the Council adopted its outcome in the year. */
async function uprAdoptionFigures(
  ctx: SectionContext,
  state: string,
  section: Section,
): Promise<void> {
  const { year } = ctx;
  const name = stateName(state);
  const figure = await uprAdoptionView(ctx.store, state);
  const linkedIds = new Set(
    linkedToState(figure.organizations, state).map((o) => o.organizationId),
  );
  const of = (y: number) => {
    const adoptions = figure.adoptions.filter((a) => (a.date ?? '').startsWith(String(y)));
    const ngo = adoptions.flatMap((a) => a.speakers.filter((s) => s.speakerKind === 'ngo'));
    const linked = ngo.filter((s) => s.organizationId !== null && linkedIds.has(s.organizationId));
    return { adoptions, ngo, linked };
  };
  const [now, before] = [of(year), of(year - 1)];
  if (now.adoptions.length === 0) return;
  const when = (y: number) => `select((.date // "") | startswith("${y}"))`;
  const command = cmd(`upr-adoption --state ${state}`);
  const sessions = now.adoptions.map((a) => a.session ?? a.date ?? '?').join(', ');
  const hadBefore = before.adoptions.length > 0;
  section.figures.push(
    makeFigure({
      id: 'participation.upr-adoption.ngo-speakers',
      label: partBoth((m) => m.adoptionNgoLabel),
      value: now.ngo.length,
      unit: 'count',
      text: partBoth((m, l) => m.adoptionNgoText(name[l], num(now.ngo.length), sessions, year)),
      evidence: await slotEvidence(
        ctx,
        now.ngo.flatMap((s) => s.statementIds),
      ),
      command,
      jq: `[.adoptions[] | ${when(year)} | .ngoSpeakers] | add // 0`,
      previous: previousValue(
        now.ngo.length,
        hadBefore ? before.ngo.length : null,
        period(year - 1),
      ),
    }),
    makeFigure({
      id: 'participation.upr-adoption.linked-speakers',
      label: partBoth((m) => m.adoptionLinkedLabel),
      value: now.linked.length,
      unit: 'count',
      text: partBoth((m, l) =>
        m.adoptionLinkedText(name[l], num(now.linked.length), num(now.ngo.length)),
      ),
      evidence: await slotEvidence(
        ctx,
        now.linked.flatMap((s) => s.statementIds),
      ),
      command,
      jq: `[.organizations[] | select(${jqLinked(state)}) | .organizationId] as $o | [.adoptions[] | ${when(year)} | .speakers[] | select(.speakerKind == "ngo" and (.organizationId as $x | any($o[]; . == $x)))] | length`,
      previous: previousValue(
        now.linked.length,
        hadBefore ? before.linked.length : null,
        period(year - 1),
      ),
    }),
  );
  const shown = figure.organizations.filter((o) => linkedIds.has(o.organizationId));
  if (
    shown.length > 0 &&
    !section.tables.some((t) => t.id === 'participation.linked-organizations')
  )
    section.tables.push(
      organizationsTable(
        'participation.linked-organizations',
        partBoth((m, l) => m.linkedTable(name[l])),
        shown,
      ),
    );
}

/** The sessions that have NGO slots or counts in the year, in their order (HRC52 before HRC53). */
async function sessionsOf(ctx: SectionContext, year: number): Promise<string[]> {
  const found = new Set<string>();
  for (const table of ['hrcStatements', 'hrcSpeakerTallies'] as const)
    for (const r of await ctx.db
      .selectFrom(table)
      .select('session')
      .distinct()
      .where('year', '=', year)
      .where('session', 'is not', null)
      .where('speakerKind', '=', 'ngo')
      .execute())
      found.add(r.session!);
  const order = (s: string) => Number(s.replace(/\D/g, ''));
  return [...found].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
}

async function mechanismFigures(ctx: SectionContext, section: Section): Promise<void> {
  const { store, year } = ctx;
  const [share, shareBefore] = await sharesOf(ctx);
  const shareCmd = cmd(`share --year ${year}`);
  section.figures.push(await totalSlotsFigure(ctx, share, shareBefore));
  // the year's slots per classification, against the year before (growth)
  const counted: LinkedOrganization[] = [];
  for (const c of COUNTED_CLASSIFICATIONS) {
    const orgs = classifiedAs(share.organizations, c);
    counted.push(...orgs);
    const now = slotsOfKeys(share, keysOf(orgs));
    const before = slotsOfKeys(shareBefore, keysOf(classifiedAs(shareBefore.organizations, c)));
    const label = partBoth((m) => m.classifications[c]);
    section.figures.push(
      makeFigure({
        id: `participation.slots.${c}`,
        label: partBoth((m, l) => m.classSlotsLabel(label[l])),
        value: now.slots,
        unit: 'count',
        text: partBoth((m, l) =>
          m.classSlotsText(label[l], num(now.slots), num(share.totalSlots), year),
        ),
        evidence: await slotEvidence(ctx, now.statementIds),
        command: shareCmd,
        jq: jqSlots(jqClassified(c)),
        previous: previousValue(now.slots, before.slots, period(year - 1)),
      }),
    );
  }
  if (counted.length > 0)
    section.tables.push(
      organizationsTable(
        'participation.classified-organizations',
        partBoth((m) => m.classTable),
        counted,
      ),
    );

  // per session: all slots and those of each classification
  const sessions = await sessionsOf(ctx, year);
  const perSession: { session: string; total: number; byClass: number[] }[] = [];
  for (const session of sessions) {
    const s = await shareView(store, { session });
    const sessionCmd = cmd(`share --session ${session}`);
    section.figures.push(
      makeFigure({
        id: `participation.session.${session}.total`,
        label: partBoth((m) => m.sessionTotalLabel(session)),
        value: s.totalSlots,
        unit: 'count',
        text: partBoth((m) =>
          m.sessionTotalText(session, num(s.totalSlots), num(s.namedSlots), num(s.unnamedSlots)),
        ),
        evidence: await slotEvidence(ctx, idsOf(s, 'hrc-statement'), idsOf(s, 'hrc-speaker-tally')),
        command: sessionCmd,
        jq: '.totalSlots',
      }),
    );
    const byClass: number[] = [];
    for (const c of COUNTED_CLASSIFICATIONS) {
      const now = slotsOfKeys(s, keysOf(classifiedAs(s.organizations, c)));
      byClass.push(now.slots);
      if (now.slots === 0) continue;
      const label = partBoth((m) => m.classifications[c]);
      section.figures.push(
        makeFigure({
          id: `participation.session.${session}.${c}`,
          label: partBoth((m, l) => m.sessionClassLabel(session, label[l])),
          value: now.slots,
          unit: 'count',
          text: partBoth((m, l) =>
            m.sessionClassText(session, label[l], num(now.slots), num(s.totalSlots)),
          ),
          evidence: await slotEvidence(ctx, now.statementIds),
          command: sessionCmd,
          jq: jqSlots(jqClassified(c)),
        }),
      );
    }
    perSession.push({ session, total: s.totalSlots, byClass });
  }
  if (perSession.length > 0) {
    section.tables.push(sessionsTable(perSession, year));
    section.charts.push(sessionsChart(perSession, year));
  }

  // points of order per raising State, against the year before
  const [poo, pooBefore] = [
    await pointsOfOrderView(store, null, year),
    await pointsOfOrderView(store, null, year - 1),
  ];
  const pooCmd = cmd(`points-of-order --year ${year}`);
  section.figures.push(
    makeFigure({
      id: 'participation.points-of-order.total',
      label: partBoth((m) => m.pooTotalLabel),
      value: poo.total,
      unit: 'count',
      text: partBoth((m) => m.pooTotalText(num(poo.total), year)),
      evidence: await resolveEvidence(ctx.evidence, {
        kind: 'hrc-point-of-order',
        ids: poo.items.map((i) => i.id),
      }),
      command: pooCmd,
      jq: '.total',
      previous: previousValue(poo.total, pooBefore.total, period(year - 1)),
    }),
  );
  const raisers = [...new Set(poo.items.flatMap((i) => (i.raisedBy ? [i.raisedBy] : [])))].sort();
  for (const state of raisers) {
    const ids = poo.items.filter((i) => i.raisedBy === state).map((i) => i.id);
    const before = pooBefore.items.filter((i) => i.raisedBy === state).length;
    const name = stateName(state);
    section.figures.push(
      makeFigure({
        id: `participation.points-of-order.${state}`,
        label: partBoth((m, l) => m.pooStateLabel(name[l])),
        value: ids.length,
        unit: 'count',
        text: partBoth((m, l) => m.pooStateText(name[l], num(ids.length), year)),
        evidence: await resolveEvidence(ctx.evidence, { kind: 'hrc-point-of-order', ids }),
        command: pooCmd,
        jq: `[.items[] | select(.raisedBy == "${state}")] | length`,
        previous: previousValue(ids.length, before, period(year - 1)),
      }),
    );
  }
  if (poo.total > 0) {
    section.tables.push(pointsOfOrderTable(poo, year));
    section.newRecords.push(...(await pointOfOrderRecords(ctx, poo)));
  }

  // coordinated statements per session (sessions with statements stored with their words)
  for (const session of sessions) {
    const view = await clustersWithSources(store, session);
    if (view.statements === 0) continue;
    section.figures.push(
      makeFigure({
        id: `participation.clusters.${session}`,
        label: partBoth((m) => m.clustersSessionLabel(session)),
        value: view.clusters.length,
        unit: 'count',
        text: partBoth((m) =>
          m.clustersSessionText(session, num(view.clusters.length), num(view.statements)),
        ),
        evidence: await slotEvidence(
          ctx,
          view.clusters.flatMap((c) => c.members.map((x) => Number(x.id))),
        ),
        command: cmd(`clusters --session ${session}`),
        jq: '.clusters | length',
      }),
    );
  }
}

function sessionsTable(
  rows: readonly { session: string; total: number; byClass: number[] }[],
  year: number,
): ReportTable {
  return {
    id: 'participation.sessions',
    title: partBoth((m) => m.sessionsTable(year)),
    columns: [
      partBoth((m) => m.colSession),
      partBoth((m) => m.colTotal),
      ...COUNTED_CLASSIFICATIONS.map((c) => partBoth((m) => m.classifications[c])),
      partBoth((m) => m.classifications.unknown),
    ],
    rows: rows.map((r) => [
      r.session,
      r.total,
      ...r.byClass,
      r.total - r.byClass.reduce((a, b) => a + b, 0),
    ]),
  };
}

function sessionsChart(
  rows: readonly { session: string; total: number; byClass: number[] }[],
  year: number,
): ChartSpec {
  return {
    id: 'participation.sessions',
    kind: 'bar',
    title: partBoth((m) => m.sessionsChart(year)),
    categories: rows.map((r) => r.session),
    series: [
      ...COUNTED_CLASSIFICATIONS.map((c, i) => ({
        name: partBoth((m) => m.classifications[c]),
        values: rows.map((r) => r.byClass[i]!),
      })),
      {
        name: partBoth((m) => m.classifications.unknown),
        values: rows.map((r) => r.total - r.byClass.reduce((a, b) => a + b, 0)),
      },
    ],
    unit: 'count',
  };
}
