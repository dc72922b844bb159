import { Option, type Command } from 'commander';
import type { DeferralHistory, RequestFilter } from '../../analysis/ngo-committee/deferrals.js';
import { QuestionTopic } from '../../domain/ngo-committee.js';
import { CliFailure, wholeNumber, type CliContext } from '../context.js';
import { formatTable, percent } from '../output.js';

interface Common {
  db?: string;
  json?: boolean;
  csv?: boolean;
}

export function registerNgoCommittee(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const ngo = program.command('ngo-committee').description(t.ngoDescription);
  const yearOpt = (name: string) => wholeNumber(t, name);
  const requestOption = () =>
    new Option('--request <kind>', t.ngo.optRequest)
      .choices(['application', 'reclassification', 'all'])
      .default('application');

  ngo
    .command('questions')
    .description(t.questionsDescription)
    .option('--from <year>', t.optFrom, yearOpt('--from'))
    .option('--to <year>', t.optTo, yearOpt('--to'))
    .addOption(new Option('--topic <topic>', t.optTopic).choices(QuestionTopic.options))
    .addOption(
      new Option(
        '--source <source>',
        'press: questions from press releases; transcript: from meeting transcripts and UN Web TV summaries (unofficial); all: both',
      )
        .choices(['press', 'transcript', 'all'])
        .default('press'),
    )
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .option('--csv', t.optCsv)
    .addHelpText(
      'after',
      [
        '',
        'With --topic, only questions with that label count, and shares are of those questions.',
        'Questions from transcripts (machine transcripts, not official records) count only with',
        '--source transcript or --source all; see docs/transcripts.md.',
        'Examples:',
        '  groundpass ngo-committee questions --from 2020 --to 2024 --json',
        '  groundpass ngo-committee questions --topic un-terminology',
      ].join('\n'),
    )
    .action(
      async (
        opts: Common & {
          from?: number;
          to?: number;
          topic?: string;
          source: 'press' | 'transcript' | 'all';
        },
      ) => {
        const { questionsByState, questionsByStateCsv } =
          await import('../../analysis/ngo-committee/questions-by-state.js');
        const figure = await ctx.withStore(opts.db, (s) =>
          questionsByState(s.db, {
            from: opts.from,
            to: opts.to,
            topic: opts.topic,
            source: opts.source,
          }),
        );
        if (opts.source !== 'press')
          ctx.err(
            opts.source === 'all'
              ? 'Counting press-release questions and questions from meeting transcripts (unofficial machine transcripts).'
              : 'Counting questions from meeting transcripts only: unofficial machine transcripts and UN Web TV summaries.',
          );
        if (opts.json) {
          ctx.out(
            JSON.stringify(
              figure.rows.map((r) => ({
                state: r.state,
                questions: r.questions,
                share: r.share,
                name: r.nameEn,
                topics: r.topics,
                repeated: r.repeated,
                evidence: r.evidence,
              })),
              null,
              2,
            ),
          );
        } else if (opts.csv) {
          ctx.out(questionsByStateCsv(figure));
        } else if (figure.total === 0) {
          // Say what there is: an empty period on a loaded database is not "no data yet".
          ctx.err(
            figure.yearsWithData?.length
              ? t.ngo.noDataInRange(opts.from, opts.to, figure.yearsWithData)
              : t.noData,
          );
        } else {
          const name = (r: { nameEn: string; nameZh: string }) =>
            ctx.lang === 'zh' ? r.nameZh : r.nameEn;
          ctx.out(
            formatTable(
              [t.col.state, t.col.name, t.col.questions, t.col.share, t.col.repeated],
              figure.rows.map((r) => [r.state, name(r), r.questions, percent(r.share), r.repeated]),
            ),
          );
          ctx.out(
            `\n${t.questionsTotal(figure.total, opts.from, opts.to, opts.topic)} ${t.evidenceHint}`,
          );
        }
      },
    );

  const histories = async (rows: DeferralHistory[], opts: Common) => {
    if (opts.json) {
      ctx.out(
        JSON.stringify(
          rows.map((h) => ({
            organization: h.organization,
            request: h.request,
            sessionsDeferred: h.sessionsDeferred,
            firstDeferred: h.firstDeferred,
            lastDeferred: h.lastDeferred,
            yearsPending: h.yearsPending,
            yearsPendingExact: h.yearsPendingExact,
            daysPending: h.daysPending,
            status: h.status,
            organizationId: h.organizationId,
            evidence: h.evidence,
          })),
          null,
          2,
        ),
      );
    } else if (opts.csv) {
      const { deferralHistoriesCsv } = await import('../../analysis/ngo-committee/deferrals.js');
      ctx.out(deferralHistoriesCsv(rows));
    } else {
      ctx.out(
        formatTable(
          [
            t.col.organization,
            t.ngo.colRequest,
            t.col.sessions,
            t.col.first,
            t.col.latest,
            t.col.years,
            t.col.status,
          ],
          rows.map((h) => [
            h.organization,
            t.ngo.request[h.request] ?? h.request,
            h.sessionsDeferred,
            h.firstDeferred,
            h.lastDeferred,
            h.yearsPending.toFixed(1),
            t.ngo.outcome[h.status] ?? h.status,
          ]),
        ),
      );
    }
  };

  ngo
    .command('pending')
    .description(t.pendingDescription)
    .option('--min-years <n>', t.optMinYears, yearOpt('--min-years'), 8)
    .option('--as-of <year>', 'as the histories stood at the end of this year', yearOpt('--as-of'))
    .addOption(requestOption())
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .option('--csv', t.optCsv)
    .addHelpText(
      'after',
      '\n"Years" run from the first to the latest deferral; pending means no decision came after it.\nThe exact span is compared with --min-years (7.98 years is not 8+); the table shows it to one decimal.\nApplications for status and requests for reclassification (from organisations that have status)\nare listed apart: --request reclassification lists the latter.\nExample:\n  groundpass ngo-committee pending --min-years 8 --json',
    )
    .action(async (opts: Common & { minYears: number; request: RequestFilter; asOf?: number }) => {
      const { pendingAtLeast } = await import('../../analysis/ngo-committee/deferrals.js');
      await histories(
        await ctx.withStore(opts.db, (s) =>
          pendingAtLeast(s.db, opts.minYears, opts.request, opts.asOf),
        ),
        opts,
      );
    });

  ngo
    .command('longest')
    .description(t.longestDescription)
    .option('--limit <n>', t.optLimit, yearOpt('--limit'), 20)
    .addOption(requestOption())
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .option('--csv', t.optCsv)
    .action(async (opts: Common & { limit: number; request: RequestFilter }) => {
      const { longestDeferred } = await import('../../analysis/ngo-committee/deferrals.js');
      await histories(
        await ctx.withStore(opts.db, (s) => longestDeferred(s.db, opts.limit, opts.request)),
        opts,
      );
    });

  ngo
    .command('application')
    .description(t.applicationDescription)
    .argument('<name>', 'organisation name (any known spelling or former name) or id')
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .action(async (name: string, opts: Common) => {
      const { applicationHistory, resolveOrganization } =
        await import('../../analysis/ngo-committee/application-history.js');
      const found = await ctx.withStore(opts.db, async (s) => {
        const match = await resolveOrganization(s.db, name);
        return match.kind === 'found'
          ? { history: await applicationHistory(s.db, match.id), match }
          : { history: undefined, match };
      });
      if (found.match.kind !== 'found') {
        if (found.match.kind === 'ambiguous') {
          // A name that is not one organisation's exact name: list, never pick one silently.
          const c = found.match.candidates;
          if (opts.json) ctx.out(JSON.stringify({ ambiguous: name, candidates: c }, null, 2));
          else
            ctx.out(
              formatTable(
                ['id', t.col.organization, 'events'],
                c.map((o) => [o.id, `${o.name}${o.country ? ` (${o.country})` : ''}`, o.events]),
              ),
            );
          throw new CliFailure(t.ngo.ambiguous(name, c.length));
        }
        throw new CliFailure(t.notFound(name));
      }
      const { history } = found;
      if (!history) throw new CliFailure(t.notFound(name));
      if (opts.json) {
        ctx.out(JSON.stringify(history, null, 2));
        return;
      }
      const o = history.organization;
      ctx.out(`${o.name}${o.country ? ` (${o.country})` : ''} — organisation ${o.id}`);
      for (const h of history.applications) {
        ctx.out(
          t.ngo.history({
            request: t.ngo.request[h.request] ?? h.request,
            sessions: h.sessionsDeferred,
            first: h.firstDeferred,
            last: h.lastDeferred,
            years: h.yearsPending.toFixed(1),
            status: t.ngo.outcome[h.status] ?? h.status,
          }),
        );
      }
      for (const e of history.events) {
        const src = e.source.symbol ?? e.source.url ?? e.source.fileName;
        const r = e.source.report;
        // a compiled table row is cited with the Committee's report of its session beside it
        const report = r
          ? `; ${t.ngo.report}: ${r.symbol ?? r.committeeSymbol ?? `${r.session}, symbol not identified`}${r.basis === 'numbering' ? ' (by the series numbering)' : ''}`
          : '';
        ctx.out(
          `\n${e.date ?? e.year ?? '?'}  ${e.action}${e.status !== 'unknown' ? ` (${e.status})` : ''}  [${src}, line ${e.source.line}${pageNote(e.source.page)}${report}]`,
        );
        for (const q of e.questions) {
          ctx.out(
            `    ${q.state}${q.repeatOf ? ' (repeated)' : ''}: ${q.text}${q.topics.length ? `  {${q.topics.map((x) => x.topic).join(', ')}}` : ''}`,
          );
        }
      }
      for (const v of history.votes) {
        const words = ctx.lang === 'zh' ? v.motionWords.zh : v.motionWords.en;
        const side =
          v.yesMeans === 'for'
            ? t.ngo.forOrg
            : v.yesMeans === 'against'
              ? t.ngo.againstOrg
              : t.ngo.unknownSide;
        const c = v.counts;
        const also = v.alsoReportedBy.map((p) => p.symbol ?? p.fileName).join(', ');
        ctx.out(
          `\n${v.date ?? '?'}  ${t.ngo.motion}: ${words} — ${c.yes ?? '?'}–${c.no ?? '?'}–${c.abstain ?? '?'} (${v.motionOutcome ?? v.outcome ?? '?'}); ${t.ngo.yesMeant}: ${side}  [${v.source.symbol ?? v.source.fileName}, line ${v.source.line}${pageNote(v.source.page)}${also ? `; ${t.ngo.linkedPress} ${also}` : ''}]`,
        );
      }
    });

  ngo
    .command('votes')
    .description(t.votesDescription)
    .option('--from <year>', t.optFrom, yearOpt('--from'))
    .option('--to <year>', t.optTo, yearOpt('--to'))
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .action(async (opts: Common & { from?: number; to?: number }) => {
      const { rollCallSummary } = await import('../../analysis/ngo-committee/roll-calls.js');
      const summary = await ctx.withStore(opts.db, (s) =>
        rollCallSummary(s.db, { from: opts.from, to: opts.to }),
      );
      if (opts.json) {
        ctx.out(JSON.stringify(summary, null, 2));
        return;
      }
      ctx.out(`${summary.votes} recorded votes\n`);
      ctx.out(
        formatTable(
          [
            t.col.state,
            t.col.yes,
            t.col.no,
            t.col.abstain,
            t.col.absent,
            `${t.ngo.forOrg}*`,
            `${t.ngo.againstOrg}*`,
          ],
          summary.members.map((m) => [
            m.state,
            m.yes,
            m.no,
            m.abstain,
            m.absent,
            m.forOrganization,
            m.againstOrganization,
          ]),
        ),
      );
      ctx.out(`* ${t.ngo.ballotsSides}`);
      ctx.out('\nmost alike pairs:');
      ctx.out(
        formatTable(
          [t.col.state, t.col.state, t.col.agreement, t.col.votes],
          summary.agreement.slice(0, 15).map((p) => [p.a, p.b, percent(p.agreement), p.votes]),
        ),
      );
    });

  ngo
    .command('closures')
    .description(t.closuresDescription)
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .action(async (opts: Common) => {
      const { closuresByYear } = await import('../../analysis/ngo-committee/question-list.js');
      const rows = await ctx.withStore(opts.db, (s) => closuresByYear(s.db));
      if (opts.json) ctx.out(JSON.stringify(rows, null, 2));
      else
        ctx.out(
          formatTable(
            ['year', 'closures'],
            rows.map((r) => [r.year, r.closures]),
          ),
        );
    });

  ngo
    .command('review')
    .description(t.reviewDescription)
    .option('--same <id>', t.optReviewSame, wholeNumber(t, '--same'))
    .option('--different <id>', t.optReviewDifferent, wholeNumber(t, '--different'))
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  groundpass ngo-committee review                 list the open items',
        '  groundpass ngo-committee review --same 36       the two records are one organisation: merge them',
        '  groundpass ngo-committee review --different 21  they are two organisations: close the item',
      ].join('\n'),
    )
    .action(async (opts: Common & { same?: number; different?: number }) => {
      const { openReviews } = await import('../../analysis/ngo-committee/reviews.js');
      const { decideReview } = await import('../../store/organizations.js');
      const decision =
        opts.same !== undefined
          ? { id: opts.same, as: 'same' as const }
          : opts.different !== undefined
            ? { id: opts.different, as: 'different' as const }
            : undefined;
      if (decision) {
        const done = await ctx.withStore(opts.db, (s) =>
          decideReview(s.db, decision.id, decision.as),
        );
        if (!done) throw new CliFailure(t.notFound(`review item ${decision.id}`));
        ctx.out(t.reviewDecided(decision.id, decision.as));
        return;
      }
      const rows = await ctx.withStore(opts.db, (s) => openReviews(s.db));
      if (opts.json) ctx.out(JSON.stringify(rows, null, 2));
      else
        ctx.out(
          formatTable(
            ['id', 'name', 'looks like', 'similarity', 'source'],
            rows.map((r) => [
              r.id,
              r.name,
              r.candidateName,
              r.similarity.toFixed(2),
              `${r.fileName}:${r.line}`,
            ]),
          ),
        );
    });
}

/** ", p. 3" when the source was read from a PDF (document_pages): the page a reader opens. */
function pageNote(page: number | null | undefined): string {
  return page == null ? '' : `, p. ${page}`;
}
