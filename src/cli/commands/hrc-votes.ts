import { Option, type Command } from 'commander';
import type { VotingGroup } from '../../analysis/hrc-votes/cohesion.js';
import { TextTheme, VotingBody } from '../../domain/hrc-votes.js';
import { CliFailure, wholeNumber, type CliContext } from '../context.js';
import { formatTable, percent } from '../output.js';
import { stateArg as readStateArg, stateListArg } from '../state-arg.js';

interface Common {
  db?: string;
  json?: boolean;
  csv?: boolean;
  from?: number;
  to?: number;
  body?: VotingBody;
  withAmendments?: boolean;
}

/**
 * Abstentions a press release does not state ("by a vote of 30 in favour and 15 against") are
 * unknown, printed as such, never as 0. Kept here rather than in messages.ts: one word per language.
 */
const notStated = (lang: string): string => (lang === 'zh' ? '未说明' : 'not stated');

/** `groundpass votes …`: HRC recorded votes, voting records, alignment. */
export function registerHrcVotes(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const m = t.hrcVotes;
  const num = (name: string) => wholeNumber(t, name);
  const votes = program.command('votes').description(m.description);
  // Codes and names (English, Chinese) alike, as in every command: cli/state-arg.ts
  const stateArg = readStateArg(t);
  const stateList = stateListArg(t);
  const name = (r: { nameEn: string; nameZh: string }) => (ctx.lang === 'zh' ? r.nameZh : r.nameEn);
  const range = (cmd: Command) =>
    cmd
      .option('--from <year>', t.optFrom, num('--from'))
      .option('--to <year>', t.optTo, num('--to'))
      .addOption(new Option('--body <body>', m.optBody).choices(VotingBody.options))
      .option('--db <target>', t.optDb)
      .option('--json', t.optJson);
  const filter = (o: Common) => ({
    from: o.from,
    to: o.to,
    body: o.body,
    amendments: o.withAmendments ? ('include' as const) : ('exclude' as const),
  });
  // agreement-type figures: texts only unless asked (docs/hrc-votes.md, "Amendments in agreement")
  const withAmendments = (cmd: Command) => cmd.option('--with-amendments', m.optWithAmendments);

  votes
    .command('resolution')
    .description(m.resolution)
    .argument('<symbol>', 'UN symbol, e.g. A/HRC/RES/32/31 or A/HRC/32/L.54')
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .addHelpText(
      'after',
      [
        '',
        'counts are computed from the roll-call; officialCounts are the totals the source prints.',
        'When several records carry the symbol, the one with a roll-call is shown; --json lists the others.',
        'Examples:',
        '  groundpass votes resolution A/HRC/RES/S-39/1 --json',
        '  groundpass votes resolution A/HRC/32/L.54 --lang zh',
      ].join('\n'),
    )
    .action(async (symbol: string, opts: Common) => {
      const { resolutionVotes } = await import('../../analysis/hrc-votes/resolution.js');
      const figure = await ctx.withStore(opts.db, (s) => resolutionVotes(s.db, symbol));
      if (!figure) throw new CliFailure(t.notFound(symbol));
      if (opts.json) {
        ctx.out(JSON.stringify(figure, null, 2));
        return;
      }
      ctx.out(`${figure.symbol ?? '—'}  ${figure.title}`);
      ctx.out(`${figure.date ?? '?'}  ${figure.body}  ${figure.kind}  ${figure.outcome}`);
      const c = figure.counts;
      const o = figure.officialCounts;
      ctx.out(
        `${t.col.yes} ${c.yes}  ${t.col.no} ${c.no}  ${t.col.abstain} ${c.abstain}  ${t.col.absent} ${c.absent}` +
          (o ? `   (${m.official}: ${o.yes}/${o.no}/${o.abstain ?? notStated(ctx.lang)})` : ''),
      );
      if (figure.targets.length)
        ctx.out(`${m.target}: ${[...new Set(figure.targets.map((x) => x.state))].join(', ')}`);
      const byVote = (v: string) =>
        Object.entries(figure.votes)
          .filter(([, x]) => x === v)
          .map(([s]) => s)
          .join(' ');
      ctx.out(
        formatTable(
          [t.col.votes, t.col.state],
          (['yes', 'no', 'abstain', 'absent'] as const).map((v) => [t.col[v], byVote(v)]),
        ),
      );
      const page = figure.source.page === null ? '' : `, p. ${figure.source.page}`;
      ctx.out(`source: ${figure.source.fileName}, line ${figure.source.line}${page}`);
      if (figure.others.length) ctx.out(m.others(figure.others.length));
    });

  range(
    votes
      .command('record')
      .description(m.record)
      .argument('<state>', 'ISO 3166 alpha-3 code or UN name, e.g. CHN, China, 中国'),
  )
    .option('--country-specific', m.optCountrySpecific)
    .option('--csv', t.optCsv)
    .addHelpText(
      'after',
      [
        '',
        'Only votes the state cast (as a member) count; "absent" = present but not voting.',
        'Examples:',
        '  groundpass votes record CHN --country-specific --from 2006 --json',
        '  groundpass votes record USA --body UNGA --from 2000 --to 2019',
      ].join('\n'),
    )
    .action(async (code: string, opts: Common & { countrySpecific?: boolean }) => {
      const { votingRecord, votingRecordCsv } = await import('../../analysis/hrc-votes/record.js');
      const state = stateArg(code);
      const record = await ctx.withStore(opts.db, (s) =>
        votingRecord(s.db, state, { ...filter(opts), countrySpecific: opts.countrySpecific }),
      );
      if (opts.json) {
        ctx.out(JSON.stringify(record, null, 2));
      } else if (opts.csv) {
        ctx.out(votingRecordCsv(record));
      } else if (record.items.length === 0) {
        ctx.err(m.noVotes);
      } else {
        const counts = (c: { yes: number; no: number; abstain: number; absent: number }) => [
          c.yes,
          c.no,
          c.abstain,
          c.absent,
        ];
        ctx.out(
          formatTable(
            [t.col.year, t.col.yes, t.col.no, t.col.abstain, t.col.absent],
            record.byYear.map((y) => [y.year, ...counts(y)]),
          ),
        );
        if (record.byTarget.length) {
          ctx.out('');
          ctx.out(
            formatTable(
              [m.target, t.col.name, t.col.yes, t.col.no, t.col.abstain, t.col.absent],
              record.byTarget.map((r) => [r.target, name(r), ...counts(r)]),
            ),
          );
        }
        const a = record.amendmentTotals;
        if (a.evidence.ids.length > 0)
          ctx.out(`\n${m.amendmentLine(a.yes, a.no, a.abstain, a.absent)}`);
        ctx.out(`\n${m.recordTotal(record.items.length, state)} ${m.evidenceHint}`);
      }
    });

  range(
    votes
      .command('alignment')
      .description(m.alignment)
      .argument('<state>', 'ISO 3166 alpha-3 code or UN name, e.g. CHN, China, 中国'),
  )
    .option('--top <n>', m.optTop, num('--top'))
    .option('--min-votes <n>', m.optMinVotes, num('--min-votes'))
    .option('--with-amendments', m.optWithAmendments)
    .option('--csv', t.optCsv)
    .addHelpText(
      'after',
      [
        '',
        'Agreement: same vote 1, one abstaining ½, opposite votes 0, over the votes both cast.',
        'Texts only unless --with-amendments; states with fewer common votes than --min-votes',
        "(default: a tenth of the state's own votes, at least 5) are left out.",
        'Examples:',
        '  groundpass votes alignment CHN --from 2016 --to 2024 --top 10 --json',
        '  groundpass votes alignment CHN --body UNGA --top 10',
      ].join('\n'),
    )
    .action(async (code: string, opts: Common & { top?: number; minVotes?: number }) => {
      const { alignmentCsv, alignmentFigure } =
        await import('../../analysis/hrc-votes/alignment.js');
      const state = stateArg(code);
      const figure = await ctx.withStore(opts.db, (s) =>
        alignmentFigure(s.db, state, { ...filter(opts), top: opts.top, minVotes: opts.minVotes }),
      );
      const rows = figure.rows;
      if (opts.json) {
        ctx.out(
          JSON.stringify(
            {
              state,
              amendments: figure.amendments,
              stateVotes: figure.stateVotes,
              minVotes: figure.minVotes,
              minVotesDefault: figure.minVotesDefault,
              leftOut: figure.leftOut,
              rows: rows.map((r) => ({
                state: r.state,
                agreement: r.agreement,
                votes: r.votes,
                name: r.nameEn,
                evidence: r.evidence,
              })),
            },
            null,
            2,
          ),
        );
      } else if (opts.csv) {
        ctx.out(alignmentCsv(state, rows));
      } else if (figure.stateVotes === 0) {
        ctx.err(m.noVotes);
      } else {
        ctx.out(
          m.alignmentBasis(
            state,
            figure.stateVotes,
            figure.amendments === 'include',
            figure.minVotes,
            figure.minVotesDefault,
            figure.leftOut,
          ),
        );
        if (rows.length > 0)
          ctx.out(
            formatTable(
              [t.col.state, t.col.name, t.col.agreement, t.col.votes],
              rows.map((r) => [r.state, name(r), percent(r.agreement), r.votes]),
            ),
          );
      }
    });

  withAmendments(range(votes.command('matrix').description(m.matrix)))
    .option('--csv', t.optCsv)
    .addOption(
      new Option('--shape <shape>', m.optMatrixShape).choices(['full', 'triangle']).default('full'),
    )
    .addHelpText('after', '\nExample:\n  groundpass votes matrix --from 2020 --csv > matrix.csv')
    .action(async (opts: Common & { shape: 'full' | 'triangle' }) => {
      if (opts.json && opts.shape === 'triangle') {
        // the compact form of the API's ?shape=triangle (docs/decisions/0012-…)
        const { agreementTriangleFor } =
          await import('../../analysis/hrc-votes/matrix-triangle.js');
        ctx.out(
          JSON.stringify(
            await ctx.withStore(opts.db, (s) => agreementTriangleFor(s.db, filter(opts))),
          ),
        );
        return;
      }
      const { agreementMatrixFor, matrixCsv } =
        await import('../../analysis/hrc-votes/alignment.js');
      const figure = await ctx.withStore(opts.db, (s) => agreementMatrixFor(s.db, filter(opts)));
      if (opts.json) ctx.out(JSON.stringify(figure));
      else if (opts.csv) ctx.out(matrixCsv(figure));
      else if (figure.states.length === 0) ctx.err(m.noVotes);
      else {
        ctx.out(m.agreementBasis(figure.amendments === 'include'));
        ctx.out(
          formatTable(
            ['', ...figure.states.map((s) => s.code)],
            figure.states.map((s, i) => [
              s.code,
              ...figure.agreement[i]!.map((a) => (a === null ? '' : Math.round(a * 100))),
            ]),
          ),
        );
      }
    });

  withAmendments(range(votes.command('cohesion').description(m.cohesion)))
    .option('--group <spec>', m.optGroup, (v: string, prev: VotingGroup[] = []) => {
      const match = /^([^=]+)=(.+)$/.exec(v.trim());
      if (!match) throw new CliFailure(m.badGroup(v), 2);
      return [...prev, { name: match[1]!.trim(), members: stateList(match[2]!) }];
    })
    .addHelpText(
      'after',
      [
        '',
        'meanAgreement: pooled agreement of all member pairs; agreementIndex: Hix–Noury–Roland index per vote, averaged.',
        'Examples:',
        '  groundpass votes cohesion --from 2016',
        '  groundpass votes cohesion --group LMG=CHN,RUS,CUB,VEN,PAK --group EU=FRA,DEU,NLD --json',
      ].join('\n'),
    )
    .action(async (opts: Common & { group?: VotingGroup[] }) => {
      const { blocCohesion } = await import('../../analysis/hrc-votes/cohesion.js');
      const rows = await ctx.withStore(opts.db, (s) =>
        blocCohesion(s.db, { ...filter(opts), groups: opts.group }),
      );
      if (opts.json) ctx.out(JSON.stringify(rows, null, 2));
      else {
        ctx.out(m.agreementBasis(opts.withAmendments === true));
        ctx.out(
          formatTable(
            ['group', 'members', 'mean agreement', 'agreement index', t.col.votes],
            rows.map((r) => [
              r.name,
              r.members.length,
              r.meanAgreement === null ? '' : percent(r.meanAgreement),
              r.agreementIndex === null ? '' : r.agreementIndex.toFixed(3),
              r.votes,
            ]),
          ),
        );
      }
    });

  withAmendments(range(votes.command('ideal-points').description(m.idealPoints)))
    .option('--year <year>', m.optYear, num('--year'))
    .addHelpText(
      'after',
      '\nPositions compare within a year only; the sign is set so the WEOG mean is positive (docs/hrc-votes.md).\nExample:\n  groundpass votes ideal-points --year 2022 --json',
    )
    .action(async (opts: Common & { year?: number }) => {
      const { idealPoints } = await import('../../analysis/hrc-votes/ideal-points.js');
      const years = await ctx.withStore(opts.db, (s) =>
        idealPoints(s.db, { ...filter(opts), year: opts.year }),
      );
      if (opts.json) {
        ctx.out(JSON.stringify(years, null, 2));
        return;
      }
      if (years.length === 0) ctx.err(m.noVotes);
      else ctx.out(m.agreementBasis(opts.withAmendments === true));
      for (const y of years) {
        ctx.out(`\n${y.year} (${percent(y.explained)})`);
        ctx.out(
          formatTable(
            [t.col.state, t.col.name, 'position', t.col.votes],
            y.points.map((p) => [p.state, name(p), p.position.toFixed(3), p.votes]),
          ),
        );
      }
    });

  range(votes.command('amendments').description(m.amendments))
    .addOption(new Option('--theme <theme>', m.optTheme).choices(TextTheme.options))
    .option('--hostile-only', m.optHostileOnly)
    .option('--csv', t.optCsv)
    .addHelpText(
      'after',
      [
        '',
        'Hostile: the amended text’s main sponsors (or, without them, the states that voted for the final text) voted mostly against the amendment.',
        'Examples:',
        '  groundpass votes amendments --theme civil-society-space --hostile-only',
        '  groundpass votes amendments --from 2016 --to 2016 --json',
      ].join('\n'),
    )
    .action(async (opts: Common & { theme?: string; hostileOnly?: boolean }) => {
      const { amendmentsCsv, hostileAmendments } =
        await import('../../analysis/hrc-votes/amendments.js');
      const figure = await ctx.withStore(opts.db, (s) =>
        hostileAmendments(s.db, {
          ...filter(opts),
          theme: opts.theme,
          hostileOnly: opts.hostileOnly,
        }),
      );
      if (opts.json) ctx.out(JSON.stringify(figure, null, 2));
      else if (opts.csv) ctx.out(amendmentsCsv(figure));
      else if (figure.amendments.length === 0) ctx.err(m.noVotes);
      else {
        ctx.out(
          formatTable(
            ['amendment', 'amends', t.col.yes, t.col.no, t.col.abstain, m.hostile, 'date'],
            figure.amendments.map((r) => [
              r.amendment.symbol,
              r.amends.text?.symbol ?? r.amends.symbol,
              r.counts.yes,
              r.counts.no,
              r.counts.abstain,
              r.hostile === null ? '?' : r.hostile ? 'yes' : 'no',
              r.amendment.date,
            ]),
          ),
        );
        ctx.out('');
        ctx.out(
          formatTable(
            [t.col.state, t.col.name, t.col.yes, t.col.no, t.col.abstain, 'sponsored'],
            figure.supporters
              .slice(0, 15)
              .map((s) => [s.state, name(s), s.yes, s.no, s.abstain, s.sponsored]),
          ),
        );
      }
    });

  votes
    .command('disagreements')
    .description(m.disagreements)
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .action(async (opts: Common) => {
      const { countDisagreements } = await import('../../analysis/hrc-votes/disagreements.js');
      const rows = await ctx.withStore(opts.db, (s) => countDisagreements(s.db));
      if (opts.json) ctx.out(JSON.stringify(rows, null, 2));
      else
        ctx.out(
          formatTable(
            ['symbol', 'date', 'computed', 'official', 'cause'],
            rows.map((r) => [
              r.text.symbol,
              r.text.date,
              `${r.computed.yes}/${r.computed.no}/${r.computed.abstain ?? notStated(ctx.lang)}`,
              `${r.official.yes}/${r.official.no}/${r.official.abstain ?? notStated(ctx.lang)}`,
              r.cause,
            ]),
          ),
        );
    });
}
