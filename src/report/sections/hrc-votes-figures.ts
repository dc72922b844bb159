import { alignmentFigure, type AlignmentFigure } from '../../analysis/hrc-votes/alignment.js';
import { hostileAmendments, type HostileAmendments } from '../../analysis/hrc-votes/amendments.js';
import { votingRecord, type VotingRecord } from '../../analysis/hrc-votes/record.js';
import { listTexts } from '../../analysis/hrc-votes/text-list.js';
import { stateByCode } from '../../domain/reference/states.js';
import {
  emptySection,
  makeFigure,
  noDataSection,
  num,
  pct,
  previousValue,
  resolveEvidence,
} from '../figure.js';
import type { Figure, LocalText, NewRecord, ReportTable, Section } from '../types.js';
import {
  HOSTILE_THEMES,
  HRC_VOTES_MESSAGES,
  hrcBoth,
  type HostileTheme,
} from './hrc-votes-i18n.js';
import type { SectionContext } from './index.js';

/*
 * The Council votes section (issue 13): for a State, its votes on the country-specific texts of
 * the year, whom it voted most like, and its votes on hostile amendments to texts on civil society
 * space and on reprisals (the year's and all up to it); for the mechanism edition, the year's
 * hostile amendments and who backed them most. Every figure is read from the same analysis
 * function the `groundpass votes …` command prints, with that command and the jq path to it, so
 * the test can run the command and compare (hrc-votes.test.ts).
 */

const BODY = 'HRC';
const cmd = (args: string) => `groundpass votes ${args} --json`;
const years = (from: number | null, to: number) =>
  from === null ? `--to ${to}` : `--from ${from} --to ${to}`;

function stateName(code: string): LocalText {
  const s = stateByCode(code);
  return { en: s?.nameEn ?? code, zh: s?.nameZh ?? code };
}

const period = (year: number): LocalText => ({ en: String(year), zh: `${year}年` });

/** The hostile amendments of one theme in a span of years, as `votes amendments` computes them. */
function amendments(ctx: SectionContext, theme: HostileTheme, from: number | null, to: number) {
  return hostileAmendments(ctx.db, {
    body: BODY,
    ...(from === null ? {} : { from }),
    to,
    theme,
    hostileOnly: true,
  });
}

/** A State's line in the supporters of hostile amendments: zeros when it cast no ballot on any. */
function supporterOf(figure: HostileAmendments, state: string) {
  const row = figure.supporters.find((s) => s.state === state);
  return row ?? { yes: 0, no: 0, abstain: 0, absent: 0, sponsored: 0 };
}

/** Ids of the amendments the State voted for: the evidence of its "voted for" figures. */
function votedForIds(figure: HostileAmendments, state: string): number[] {
  return figure.amendments.filter((a) => a.votedYes.includes(state)).map((a) => a.amendment.id);
}

export async function buildHrcVotesSection(ctx: SectionContext): Promise<Section> {
  const { year } = ctx;
  const title = hrcBoth((m) => m.title);
  const held = await listTexts(ctx.db, { body: BODY, from: year, to: year, recorded: true }, 1, 1);
  if (held.total === 0)
    return noDataSection(
      'hrc-votes',
      title,
      hrcBoth((m) => m.noData(year)),
    );
  const section: Section = {
    ...emptySection('hrc-votes', title),
    intro: hrcBoth((m) => m.intro),
    method: HRC_VOTES_MESSAGES.en.method.map((en, i) => ({
      en,
      zh: HRC_VOTES_MESSAGES.zh.method[i]!,
    })),
  };
  if (ctx.state) await stateFigures(ctx, ctx.state, section);
  else await mechanismFigures(ctx, section);
  return section;
}

async function stateFigures(ctx: SectionContext, state: string, section: Section): Promise<void> {
  const { year } = ctx;
  const name = stateName(state);
  const recordOf = (y: number) =>
    votingRecord(ctx.db, state, { body: BODY, from: y, to: y, countrySpecific: true });
  const [record, before] = [await recordOf(year), await recordOf(year - 1)];
  const recordCmd = cmd(`record ${state} --country-specific ${years(year, year)}`);
  // a member casts a ballot on every recorded text (absent is a ballot); the alignment figure
  // counts them over all texts, country-specific or not
  const alignment = await alignmentFigure(ctx.db, state, { body: BODY, from: year, to: year });
  const alignmentBefore = await alignmentFigure(ctx.db, state, {
    body: BODY,
    from: year - 1,
    to: year - 1,
  });
  const member = alignment.stateVotes > 0;
  const memberBefore = alignmentBefore.stateVotes > 0;
  if (!member)
    section.intro = joinText(
      section.intro!,
      hrcBoth((m, l) => m.notMember(name[l], year)),
    );

  const texts = (r: VotingRecord) => r.items.filter((i) => i.kind !== 'amendment');
  const idsVoting = (r: VotingRecord, vote?: string) =>
    texts(r)
      .filter((i) => vote === undefined || i.vote === vote)
      .map((i) => i.textId);
  const t = record.totals;
  const cast = texts(record).length;
  const castBefore = memberBefore ? texts(before).length : null;
  section.figures.push(
    makeFigure({
      id: 'hrc-votes.country-specific.cast',
      label: hrcBoth((m) => m.countryCastLabel),
      value: member ? cast : null,
      unit: 'count',
      text: hrcBoth((m, l) =>
        member
          ? m.countryCastText(name[l], num(cast), num(t.yes), num(t.no), num(t.abstain), year)
          : m.notMember(name[l], year),
      ),
      evidence: await resolveEvidence(ctx.evidence, { kind: 'hrc-text', ids: idsVoting(record) }),
      command: recordCmd,
      jq: '.totals.evidence.ids | length',
      previous: previousValue(member ? cast : null, castBefore, period(year - 1)),
    }),
  );
  for (const vote of ['no', 'yes'] as const) {
    const value = member ? t[vote] : null;
    const prev = memberBefore ? before.totals[vote] : null;
    section.figures.push(
      makeFigure({
        id: `hrc-votes.country-specific.${vote}`,
        label: hrcBoth((m) => (vote === 'no' ? m.countryNoLabel : m.countryYesLabel)),
        value,
        unit: 'count',
        text: hrcBoth((m, l) =>
          !member
            ? m.notMember(name[l], year)
            : vote === 'no'
              ? m.countryNoText(name[l], num(t.no), year)
              : m.countryYesText(name[l], num(t.yes), year),
        ),
        evidence: await resolveEvidence(ctx.evidence, {
          kind: 'hrc-text',
          ids: idsVoting(record, vote),
        }),
        command: recordCmd,
        jq: `.totals.${vote}`,
        previous: previousValue(value, prev, period(year - 1)),
      }),
    );
  }
  if (member) section.tables.push(countryTable(record, year));

  const top = alignment.rows[0];
  section.figures.push(
    makeFigure({
      id: 'hrc-votes.alignment.closest',
      label: hrcBoth((m) => m.alignmentLabel),
      value: top ? top.agreement : null,
      unit: 'share',
      text: hrcBoth((m, l) =>
        !member
          ? m.notMember(name[l], year)
          : top
            ? m.alignmentText(
                name[l],
                stateName(top.state)[l],
                pct(top.agreement),
                num(top.votes),
                year,
              )
            : m.alignmentNone(name[l], year),
      ),
      evidence: await resolveEvidence(
        ctx.evidence,
        top ? top.evidence : { kind: 'hrc-text', ids: [] },
      ),
      command: cmd(`alignment ${state} ${years(year, year)}`),
      jq: '.rows[0].agreement',
      previous: previousValue(
        top ? top.agreement : null,
        alignmentBefore.rows[0]?.agreement ?? null,
        period(year - 1),
      ),
    }),
  );
  if (alignment.rows.length > 0) section.tables.push(alignmentTable(alignment, year));

  const amendmentRows: { theme: HostileTheme; figure: HostileAmendments }[] = [];
  for (const theme of HOSTILE_THEMES) {
    const themeName = hrcBoth((m) => m.themes[theme]);
    const [now, prev, toDate, toDateBefore] = [
      await amendments(ctx, theme, year, year),
      await amendments(ctx, theme, year - 1, year - 1),
      await amendments(ctx, theme, null, year),
      await amendments(ctx, theme, null, year - 1),
    ];
    amendmentRows.push({ theme, figure: now });
    const s = supporterOf(now, state);
    const jqYes = `[.supporters[] | select(.state == "${state}") | .yes] | add // 0`;
    section.figures.push(
      makeFigure({
        id: `hrc-votes.hostile.${theme}.yes`,
        label: hrcBoth((m, l) => m.hostileLabel(themeName[l])),
        value: s.yes,
        unit: 'count',
        text: hrcBoth((m, l) =>
          !member
            ? m.hostileNotMember(
                name[l],
                num(now.amendments.length),
                themeName[l],
                num(s.sponsored),
                year,
              )
            : m.hostileText(
                name[l],
                num(s.yes),
                num(now.amendments.length),
                themeName[l],
                num(s.no),
                num(s.sponsored),
                year,
              ),
        ),
        evidence: await resolveEvidence(ctx.evidence, {
          kind: 'hrc-text',
          ids: votedForIds(now, state),
        }),
        command: cmd(`amendments --theme ${theme} --hostile-only ${years(year, year)}`),
        jq: jqYes,
        previous: previousValue(s.yes, supporterOf(prev, state).yes, period(year - 1)),
      }),
      makeFigure({
        id: `hrc-votes.hostile.${theme}.total`,
        label: hrcBoth((m, l) => m.hostileTotalLabel(themeName[l])),
        value: now.amendments.length,
        unit: 'count',
        text: hrcBoth((m, l) => m.hostileTotalText(num(now.amendments.length), themeName[l], year)),
        evidence: await resolveEvidence(ctx.evidence, {
          kind: 'hrc-text',
          ids: now.amendments.map((a) => a.amendment.id),
        }),
        command: cmd(`amendments --theme ${theme} --hostile-only ${years(year, year)}`),
        jq: '.amendments | length',
        previous: previousValue(now.amendments.length, prev.amendments.length, period(year - 1)),
      }),
    );
    const d = supporterOf(toDate, state);
    section.figures.push(
      makeFigure({
        id: `hrc-votes.hostile.${theme}.yes-to-date`,
        label: hrcBoth((m, l) => m.hostileToDateLabel(themeName[l])),
        value: d.yes,
        unit: 'count',
        text: hrcBoth((m, l) =>
          m.hostileToDateText(
            name[l],
            num(d.yes),
            num(toDate.amendments.length),
            themeName[l],
            year,
          ),
        ),
        evidence: await resolveEvidence(ctx.evidence, {
          kind: 'hrc-text',
          ids: votedForIds(toDate, state),
        }),
        command: cmd(`amendments --theme ${theme} --hostile-only ${years(null, year)}`),
        jq: jqYes,
        previous: previousValue(d.yes, supporterOf(toDateBefore, state).yes, period(year - 1)),
      }),
    );
  }
  const table = amendmentTable(amendmentRows, year, state);
  if (table.rows.length > 0) section.tables.push(table);
  section.newRecords.push(...(await newAmendments(ctx, amendmentRows, state)));
}

async function mechanismFigures(ctx: SectionContext, section: Section): Promise<void> {
  const { year } = ctx;
  const amendmentRows: { theme: HostileTheme; figure: HostileAmendments }[] = [];
  for (const theme of HOSTILE_THEMES) {
    const themeName = hrcBoth((m) => m.themes[theme]);
    const now = await amendments(ctx, theme, year, year);
    const prev = await amendments(ctx, theme, year - 1, year - 1);
    amendmentRows.push({ theme, figure: now });
    const top = now.supporters[0];
    const figure: Figure = makeFigure({
      id: `hrc-votes.hostile.${theme}.total`,
      label: hrcBoth((m, l) => m.hostileTotalLabel(themeName[l])),
      value: now.amendments.length,
      unit: 'count',
      text: hrcBoth((m, l) =>
        [
          m.hostileTotalText(num(now.amendments.length), themeName[l], year),
          top && top.yes > 0
            ? m.topSupporterText(
                stateName(top.state)[l],
                num(top.yes),
                num(now.amendments.length),
                themeName[l],
                year,
              )
            : '',
        ]
          .filter(Boolean)
          .join(l === 'zh' ? '' : ' '),
      ),
      evidence: await resolveEvidence(ctx.evidence, {
        kind: 'hrc-text',
        ids: now.amendments.map((a) => a.amendment.id),
      }),
      command: cmd(`amendments --theme ${theme} --hostile-only ${years(year, year)}`),
      jq: '.amendments | length',
      previous: previousValue(now.amendments.length, prev.amendments.length, period(year - 1)),
    });
    section.figures.push(figure);
  }
  const table = amendmentTable(amendmentRows, year, null);
  if (table.rows.length > 0) section.tables.push(table);
  section.newRecords.push(...(await newAmendments(ctx, amendmentRows, null)));
}

function joinText(a: LocalText, b: LocalText): LocalText {
  return { en: `${a.en} ${b.en}`, zh: `${a.zh}${b.zh}` };
}

const voteText = (vote: string | null): LocalText =>
  hrcBoth((m) => m.votes[(vote ?? 'none') as keyof typeof m.votes] ?? m.votes.none);

const outcomeText = (outcome: string): LocalText =>
  hrcBoth((m) => m.outcomes[outcome as 'adopted' | 'rejected'] ?? m.outcomes.other);

function countryTable(record: VotingRecord, year: number): ReportTable {
  return {
    id: 'hrc-votes.country-specific',
    title: hrcBoth((m) => m.countryTable(year)),
    columns: [
      hrcBoth((m) => m.colSymbol),
      hrcBoth((m) => m.colTarget),
      hrcBoth((m) => m.colVote),
      hrcBoth((m) => m.colTitle),
    ],
    rows: record.items
      .filter((i) => i.kind !== 'amendment')
      .map((i) => [i.symbol ?? '—', i.targets.join(', '), voteText(i.vote), i.title]),
  };
}

function alignmentTable(figure: AlignmentFigure, year: number): ReportTable {
  // the five closest and the five furthest: who the State votes with, and against
  const rows =
    figure.rows.length <= 10 ? figure.rows : [...figure.rows.slice(0, 5), ...figure.rows.slice(-5)];
  return {
    id: 'hrc-votes.alignment',
    title: hrcBoth((m) => m.alignmentTable(year)),
    columns: [
      hrcBoth((m) => m.colState),
      hrcBoth((m) => m.colAgreement),
      hrcBoth((m) => m.colVotes),
    ],
    rows: rows.map((r) => [stateName(r.state), pct(r.agreement), r.votes]),
  };
}

function amendmentTable(
  themes: { theme: HostileTheme; figure: HostileAmendments }[],
  year: number,
  state: string | null,
): ReportTable {
  const rows: ReportTable['rows'] = [];
  for (const { theme, figure } of themes)
    for (const a of figure.amendments) {
      const vote = state === null ? null : ballotOf(a, state);
      rows.push([
        a.amendment.symbol ?? '—',
        a.amends.text?.symbol ?? a.amends.symbol,
        hrcBoth((m) => m.themes[theme]),
        outcomeText(a.amendment.outcome),
        ...(state === null ? [] : [voteText(vote)]),
      ]);
    }
  return {
    id: 'hrc-votes.hostile-amendments',
    title: hrcBoth((m) => m.amendmentTable(year)),
    columns: [
      hrcBoth((m) => m.colSymbol),
      hrcBoth((m) => m.colAmends),
      hrcBoth((m) => m.colTheme),
      hrcBoth((m) => m.colOutcome),
      ...(state === null ? [] : [hrcBoth((m) => m.colVote)]),
    ],
    rows,
  };
}

function ballotOf(a: HostileAmendments['amendments'][number], state: string): string | null {
  if (a.votedYes.includes(state)) return 'yes';
  if (a.votedNo.includes(state)) return 'no';
  if (a.abstained.includes(state)) return 'abstain';
  return null;
}

/** The year's hostile amendments as new records of the report's "what changed" list. */
async function newAmendments(
  ctx: SectionContext,
  themes: { theme: HostileTheme; figure: HostileAmendments }[],
  state: string | null,
): Promise<NewRecord[]> {
  const out: NewRecord[] = [];
  const seen = new Set<number>();
  for (const { theme, figure } of themes)
    for (const a of figure.amendments) {
      if (seen.has(a.amendment.id)) continue;
      seen.add(a.amendment.id);
      const vote = voteText(state === null ? null : ballotOf(a, state));
      const outcome = outcomeText(a.amendment.outcome);
      out.push({
        kind: 'hostile-amendment',
        text: hrcBoth((m, l) =>
          state === null
            ? m.newAmendmentAll(a.amendment.symbol ?? '—', m.themes[theme], outcome[l])
            : m.newAmendment(a.amendment.symbol ?? '—', m.themes[theme], outcome[l], vote[l]),
        ),
        evidence: await ctx.evidence.resolve('hrc-text', [a.amendment.id]),
      });
    }
  return out;
}
