import {
  meetsYears,
  pendingAtLeast,
  type DeferralHistory,
} from '../../analysis/ngo-committee/deferrals.js';
import {
  questionsByState,
  type QuestionsByState,
} from '../../analysis/ngo-committee/questions-by-state.js';
import { rollCallSummary } from '../../analysis/ngo-committee/roll-calls.js';
import { stateNames } from '../state-names.js';
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
import type { ChartSpec, Figure, LocalText, NewRecord, ReportTable } from '../types.js';
import type { ReportSection, SectionContext } from './index.js';

/*
 * The NGO Committee's section: questions asked (by the State, or by every member), the share,
 * topics and repeats; applications deferred in the year and still pending at its end, and for how
 * long; roll-call votes. Each figure is what one `groundpass ngo-committee …` command prints.
 */

/** How many of the State's topics get a figure of their own (the most asked first). */
const TOP_TOPICS = 3;
/** How many "deferred again" records the changes list names (the longest pending first). */
const NEW_DEFERRALS = 10;

const questionsCmd = (y: number, topic?: string) =>
  `groundpass ngo-committee questions --from ${y} --to ${y}${topic ? ` --topic ${topic}` : ''} --json`;
const pendingCmd = (y: number, minYears: number) =>
  `groundpass ngo-committee pending --min-years ${minYears} --as-of ${y} --json`;
const votesCmd = (y: number) => `groundpass ngo-committee votes --from ${y} --to ${y} --json`;
const ofState = (s: string, field: string) => `.[] | select(.state == "${s}") | .${field}`;
const deferredIn = (y: number) => `map(select(.lastDeferred | startswith("${y}")))`;

const yearText = (y: number): LocalText => ({ en: String(y), zh: `${y}年` });

/** Pending at the end of `year` and deferred during it: the year's open deferrals. */
export function deferredInYear(histories: readonly DeferralHistory[], year: number) {
  return histories.filter((h) => h.lastDeferred.startsWith(String(year)));
}

async function build(ctx: SectionContext) {
  const { db, year, state } = ctx;
  const title = both((t) => t.ngo.title);
  const [now, before, pendingNow, pendingBefore, votesNow, votesBefore] = await Promise.all([
    questionsByState(db, { from: year, to: year }),
    questionsByState(db, { from: year - 1, to: year - 1 }),
    pendingAtLeast(db, 0, 'application', year),
    pendingAtLeast(db, 0, 'application', year - 1),
    rollCallSummary(db, { from: year, to: year }),
    rollCallSummary(db, { from: year - 1, to: year - 1 }),
  ]);
  const deferredNow = deferredInYear(pendingNow, year);
  const deferredBefore = deferredInYear(pendingBefore, year - 1);
  if (now.total === 0 && deferredNow.length === 0 && votesNow.votes === 0)
    return noDataSection(
      'ngo-committee',
      title,
      both((t) => t.ngo.noData(year)),
    );

  const section = emptySection('ngo-committee', title);
  section.intro = both((t) => t.ngo.intro);
  section.method = bothList((t) => t.ngo.method);
  const figures: Figure[] = [];
  const prevYear = yearText(year - 1);

  if (state) {
    figures.push(...(await stateQuestionFigures(ctx, state, now, before)));
    section.charts.push(await questionsByYearChart(ctx, state));
  } else {
    figures.push(...(await allQuestionFigures(ctx, now, before)));
    section.tables.push(topStatesTable(now));
  }

  // deferrals: the Committee's, whoever asked (a deferral is the Committee's decision)
  const deferredIds = deferredNow.flatMap((h) => h.evidence.ids);
  figures.push(
    makeFigure({
      id: 'ngo-committee.deferred.count',
      label: both((t) => t.ngo.deferredLabel),
      value: deferredNow.length,
      unit: 'count',
      text: both((t) => t.ngo.deferredText(num(deferredNow.length), year)),
      evidence: await resolveEvidence(ctx.evidence, { kind: 'ngo-event', ids: deferredIds }),
      command: pendingCmd(year, 0),
      jq: `${deferredIn(year)} | length`,
      previous: previousValue(deferredNow.length, deferredBefore.length, prevYear),
    }),
  );
  const long = deferredNow.filter((h) => meetsYears(h, 8));
  const longBefore = deferredBefore.filter((h) => meetsYears(h, 8));
  figures.push(
    makeFigure({
      id: 'ngo-committee.deferred.8-years',
      label: both((t) => t.ngo.deferred8Label),
      value: long.length,
      unit: 'count',
      text: both((t) => t.ngo.deferred8Text(num(long.length))),
      evidence: await resolveEvidence(ctx.evidence, {
        kind: 'ngo-event',
        ids: long.flatMap((h) => h.evidence.ids),
      }),
      command: pendingCmd(year, 8),
      jq: `${deferredIn(year)} | length`,
      previous: previousValue(long.length, longBefore.length, prevYear),
    }),
  );
  const longest = deferredNow[0];
  if (longest) {
    figures.push(
      makeFigure({
        id: 'ngo-committee.deferred.longest-years',
        label: both((t) => t.ngo.longestLabel),
        value: longest.yearsPending,
        unit: 'years',
        text: both((t) =>
          t.ngo.longestText(
            longest.organization,
            num(longest.yearsPending, 1),
            num(longest.sessionsDeferred),
          ),
        ),
        evidence: await resolveEvidence(ctx.evidence, longest.evidence),
        command: pendingCmd(year, 0),
        jq: `${deferredIn(year)} | .[0].yearsPending`,
        previous: previousValue(
          longest.yearsPending,
          deferredBefore[0]?.yearsPending ?? null,
          prevYear,
        ),
      }),
    );
  }
  section.tables.push(pendingTable(long));

  // roll-call votes
  figures.push(
    makeFigure({
      id: 'ngo-committee.roll-calls.count',
      label: both((t) => t.ngo.rollCallsLabel),
      value: votesNow.votes,
      unit: 'count',
      text: both((t) => t.ngo.rollCallsText(num(votesNow.votes), year)),
      evidence: await resolveEvidence(ctx.evidence, {
        kind: 'ngo-vote',
        ids: [...new Set(votesNow.members.flatMap((m) => m.evidence.ids))],
      }),
      command: votesCmd(year),
      jq: '.votes',
      previous: previousValue(votesNow.votes, votesBefore.votes, prevYear),
    }),
  );
  if (state) {
    const me = votesNow.members.find((m) => m.state === state);
    const meBefore = votesBefore.members.find((m) => m.state === state);
    const name = stateNames(state);
    figures.push(
      makeFigure({
        id: 'ngo-committee.roll-calls.against',
        label: both((t) => t.ngo.againstLabel),
        value: me ? me.againstOrganization : null,
        unit: 'count',
        text: me
          ? both((t, l) =>
              t.ngo.againstText(
                name[l],
                num(me.yes + me.no + me.abstain),
                num(me.againstOrganization),
                num(me.forOrganization),
              ),
            )
          : both((t, l) => t.ngo.notMember(name[l])),
        evidence: me
          ? await resolveEvidence(ctx.evidence, me.evidence)
          : { kind: 'ngo-vote', count: 0, records: [] },
        command: votesCmd(year),
        jq: `.members[] | select(.state == "${state}") | .againstOrganization`,
        previous: previousValue(
          me ? me.againstOrganization : null,
          meBefore ? meBefore.againstOrganization : null,
          prevYear,
        ),
      }),
    );
  }
  section.figures = figures;
  section.newRecords = await deferredAgain(ctx, deferredNow, year);
  return section;
}

async function stateQuestionFigures(
  ctx: SectionContext,
  state: string,
  now: QuestionsByState,
  before: QuestionsByState,
): Promise<Figure[]> {
  const { year } = ctx;
  const name = stateNames(state);
  const mine = now.rows.find((r) => r.state === state);
  const mineBefore = before.rows.find((r) => r.state === state);
  const prevYear = yearText(year - 1);
  const count = mine?.questions ?? 0;
  const figures: Figure[] = [
    makeFigure({
      id: 'ngo-committee.questions.count',
      label: both((t) => t.ngo.questionsLabel),
      value: count,
      unit: 'count',
      text: both((t, l) => t.ngo.questionsText(name[l], num(count), year)),
      evidence: await resolveEvidence(
        ctx.evidence,
        mine?.evidence ?? { kind: 'ngo-question', ids: [] },
      ),
      command: questionsCmd(year),
      jq: ofState(state, 'questions'),
      previous: previousValue(count, mineBefore?.questions ?? 0, prevYear),
    }),
    makeFigure({
      id: 'ngo-committee.questions.share',
      label: both((t) => t.ngo.shareLabel),
      value: now.total === 0 ? null : (mine?.share ?? 0),
      unit: 'share',
      text: both((t, l) => t.ngo.shareText(name[l], pct(mine?.share ?? 0), num(now.total), year)),
      evidence: await resolveEvidence(
        ctx.evidence,
        mine?.evidence ?? { kind: 'ngo-question', ids: [] },
      ),
      command: questionsCmd(year),
      jq: ofState(state, 'share'),
      previous: previousValue(
        now.total === 0 ? null : (mine?.share ?? 0),
        before.total === 0 ? null : (mineBefore?.share ?? 0),
        prevYear,
      ),
    }),
  ];
  const topics = Object.entries(mine?.topics ?? {})
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TOP_TOPICS);
  for (const [topic] of topics) {
    // the topic's own command gives its evidence: the same call a reader makes
    const byTopic = await questionsByState(ctx.db, { from: year, to: year, topic });
    const row = byTopic.rows.find((r) => r.state === state)!;
    figures.push(
      makeFigure({
        id: `ngo-committee.questions.topic.${topic}`,
        label: both((t) => t.ngo.topicLabel(t.ngo.topics[topic] ?? topic)),
        value: row.questions,
        unit: 'count',
        text: both((t, l) =>
          t.ngo.topicText(name[l], num(row.questions), t.ngo.topics[topic] ?? topic),
        ),
        evidence: await resolveEvidence(ctx.evidence, row.evidence),
        command: questionsCmd(year, topic),
        jq: ofState(state, 'questions'),
        previous: previousValue(row.questions, mineBefore?.topics[topic] ?? 0, prevYear),
      }),
    );
  }
  if (mine)
    figures.push(
      makeFigure({
        id: 'ngo-committee.questions.repeated',
        label: both((t) => t.ngo.repeatedLabel),
        value: mine.repeated,
        unit: 'count',
        text: both((t) => t.ngo.repeatedText(num(mine.repeated))),
        evidence: await resolveEvidence(ctx.evidence, mine.repeatedEvidence),
        command: questionsCmd(year),
        jq: ofState(state, 'repeated'),
        previous: previousValue(mine.repeated, mineBefore?.repeated ?? 0, prevYear),
      }),
    );
  return figures;
}

async function allQuestionFigures(
  ctx: SectionContext,
  now: QuestionsByState,
  before: QuestionsByState,
): Promise<Figure[]> {
  const { year } = ctx;
  const all = now.rows.flatMap((r) => r.evidence.ids);
  const figures: Figure[] = [
    makeFigure({
      id: 'ngo-committee.questions.total',
      label: both((t) => t.ngo.totalLabel),
      value: now.total,
      unit: 'count',
      text: both((t) => t.ngo.totalText(num(now.total), year)),
      evidence: await resolveEvidence(ctx.evidence, { kind: 'ngo-question', ids: all }),
      command: questionsCmd(year),
      jq: 'map(.questions) | add',
      previous: previousValue(now.total, before.total, yearText(year - 1)),
    }),
  ];
  const top = now.rows[0];
  if (top) {
    const name = stateNames(top.state);
    const prevTop = before.rows.find((r) => r.state === top.state);
    figures.push(
      makeFigure({
        id: `ngo-committee.questions.share.${top.state}`,
        label: both((t, l) => `${t.ngo.shareLabel}: ${name[l]}`),
        value: top.share,
        unit: 'share',
        text: both((t, l) => t.ngo.topStateText(name[l], num(top.questions), pct(top.share))),
        evidence: await resolveEvidence(ctx.evidence, top.evidence),
        command: questionsCmd(year),
        jq: ofState(top.state, 'share'),
        previous: previousValue(
          top.share,
          before.total === 0 ? null : (prevTop?.share ?? 0),
          yearText(year - 1),
        ),
      }),
    );
  }
  return figures;
}

/** The State's questions in every year the store has (the same command without a period). */
async function questionsByYearChart(ctx: SectionContext, state: string): Promise<ChartSpec> {
  const all = await questionsByState(ctx.db, {});
  const years = all.yearsWithData ?? [];
  const counts = new Map(
    all.byYear.filter((r) => r.state === state).map((r) => [r.year, r.questions]),
  );
  const name = stateNames(state);
  return {
    id: 'ngo-committee-questions-by-year',
    kind: 'bar',
    title: both((t, l) => t.ngo.chartByYear(name[l])),
    categories: years.map(String),
    series: [
      { name: both((t) => t.ngo.seriesQuestions), values: years.map((y) => counts.get(y) ?? 0) },
    ],
    unit: 'count',
  };
}

/** The ten States that asked the most in the year (mechanism edition). */
function topStatesTable(now: QuestionsByState): ReportTable {
  return {
    id: 'ngo-committee-questions-by-state',
    title: both((t) => t.ngo.topStatesTitle),
    columns: [
      both((t) => t.ngo.colState),
      both((t) => t.ngo.colQuestions),
      both((t) => t.ngo.colShare),
    ],
    rows: now.rows
      .slice(0, 10)
      .map((r) => [{ en: r.nameEn, zh: r.nameZh }, r.questions, pct(r.share)]),
  };
}

function pendingTable(rows: readonly DeferralHistory[]): ReportTable {
  return {
    id: 'ngo-committee-pending-8-years',
    title: both((t) => t.ngo.deferredTitle),
    columns: [
      both((t) => t.ngo.colOrganization),
      both((t) => t.ngo.colSessions),
      both((t) => t.ngo.colFirst),
      both((t) => t.ngo.colYears),
    ],
    rows: rows.map((h) => [h.organization, h.sessionsDeferred, h.firstDeferred, h.yearsPending]),
  };
}

/** New records: applications deferred this year that had been deferred before (the same NGOs). */
async function deferredAgain(
  ctx: SectionContext,
  deferredNow: readonly DeferralHistory[],
  year: number,
): Promise<NewRecord[]> {
  const again = deferredNow.filter((h) => !h.firstDeferred.startsWith(String(year)));
  const out: NewRecord[] = [];
  for (const h of again.slice(0, NEW_DEFERRALS)) {
    // the year's deferrals of the application: the records that make it new
    const records = await ctx.evidence.resolve('ngo-event', h.evidence.ids);
    out.push({
      kind: 'repeat-deferral',
      text: both((t) =>
        t.ngo.newDeferral(h.organization, num(h.sessionsDeferred), num(h.yearsPending, 1)),
      ),
      evidence: records.filter((r) => r.date?.startsWith(String(year))),
    });
  }
  return out;
}

export const ngoCommitteeSection: ReportSection = { id: 'ngo-committee', build };
