import type { Command } from 'commander';
import { CliFailure, wholeNumber, type CliContext } from '../context.js';
import { normalizeSessionCode } from '../../domain/hrc-participation.js';
import { stateArg } from '../state-arg.js';

/*
 * `groundpass participation share|points-of-order` (docs/participation.md): who holds the
 * microphone at the Human Rights Council. The figures are loaded when a command runs.
 */

/** --session as typed, in the stored form; a code that is not a session fails with exit 2. */
function sessionOption(
  raw: string | undefined,
  badSession: (raw: string) => string,
): string | null {
  if (raw === undefined) return null;
  const code = normalizeSessionCode(raw);
  if (code === null) throw new CliFailure(badSession(raw), 2);
  return code;
}

const WORDS = {
  en: {
    group: 'who speaks at the Human Rights Council: NGO speaking slots and points of order',
    share:
      'NGO speaking slots of a session per agenda item, the share by organisation, by classification and linked State (when the registry has them), growth per year',
    session: 'the session, e.g. HRC55 (all sessions without it)',
    baseYear: 'the year growth is measured against',
    classification:
      'count growth for organisations of this classification only (gongo, state-linked, independent, unknown)',
    pointsOfOrder:
      'points of order raised by a State, per year, whom they targeted, with citations',
    state: 'ISO 3166 alpha-3 code or UN name of the State (CHN)',
    json: 'machine-readable output',
    noData:
      'no Council participation is stored: import some with `groundpass import hrc-participation PATH`',
    badSession: (v: string) => `--session must read like HRC55 or HRC-S35, not "${v}"`,
    clusters:
      'coordinated messaging: clusters of near-duplicate NGO statements (stored with their words) delivered by different organisations, with the passages they share',
    year: 'only the points of order of this year',
    shareYear: 'only the slots of this year’s sessions (growth still covers every year)',
    clustersYear: 'only the statements of this year',
    uprAdoption:
      'who spoke at the adoptions of a State’s UPR outcomes (item 6), per session, with the organisations’ classifications',
    stateUnderReview: 'the State under review: ISO 3166 alpha-3 code or UN name (CHN)',
  },
  zh: {
    group: '谁在人权理事会发言：非政府组织发言机会与程序问题',
    share:
      '某届会议各议程项目的非政府组织发言机会、各组织所占比例、按分类和关联国家（登记册有时）、逐年增长',
    session: '届会，例如 HRC55（不填则为全部届会）',
    baseYear: '衡量增长的基准年',
    classification: '只计算此分类组织的增长（gongo、state-linked、independent、unknown）',
    pointsOfOrder: '某国提出的程序问题：按年份、针对谁、附出处',
    state: '国家的 ISO 3166 三字母代码或联合国名称（CHN）',
    json: '机器可读输出',
    noData: '尚未存储理事会发言记录：请用 `groundpass import hrc-participation 路径` 导入',
    badSession: (v: string) => `--session 应为 HRC55 或 HRC-S35 的形式，而不是“${v}”`,
    clusters: '协同发言：不同组织所作的近似重复的非政府组织发言（存有全文者）及其共同段落',
    year: '只列此年份的程序问题',
    shareYear: '只计此年份各届会议的发言机会（增长仍涵盖所有年份）',
    clustersYear: '只计此年份的发言',
    uprAdoption: '在通过某国普遍定期审议结果时（议程项目 6）发言的有谁：按届会，附组织分类',
    stateUnderReview: '受审议国家：ISO 3166 三字母代码或联合国名称（CHN）',
  },
} as const;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function registerParticipation(program: Command, ctx: CliContext): void {
  const w = WORDS[ctx.lang === 'zh' ? 'zh' : 'en'];
  const group = program.command('participation').description(w.group);

  group
    .command('share')
    .description(w.share)
    .option('--session <session>', w.session)
    .option('--year <year>', w.shareYear, wholeNumber(ctx.t, '--year'))
    .option('--base-year <year>', w.baseYear, wholeNumber(ctx.t, '--base-year'))
    .option('--classification <c>', w.classification)
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .option('--csv', ctx.t.optCsv)
    .action(
      async (opts: {
        session?: string;
        year?: number;
        baseYear?: number;
        classification?: string;
        db?: string;
        json?: boolean;
        csv?: boolean;
      }) => {
        const session = sessionOption(opts.session, w.badSession);
        const options = {
          session,
          year: opts.year ?? null,
          baseYear: opts.baseYear ?? null,
          classification: opts.classification ?? null,
        };
        if (opts.csv) {
          const { shareCsvFor } = await import('../../analysis/hrc-participation/csv.js');
          ctx.out(await ctx.withStore(opts.db, (store) => shareCsvFor(store, options)));
          return;
        }
        const { shareView } = await import('../../analysis/hrc-participation/views.js');
        const figure = await ctx.withStore(opts.db, (store) => shareView(store, options));
        if (opts.json) {
          ctx.out(JSON.stringify(figure, null, 2));
          return;
        }
        if (figure.totalSlots === 0 && figure.growth.years.length === 0)
          throw new CliFailure(w.noData);
        ctx.out(
          `${figure.session ?? 'all sessions'}: ${figure.totalSlots} NGO slots (${figure.namedSlots} named, ${figure.unnamedSlots} counted only)`,
        );
        for (const i of figure.byItem)
          ctx.out(
            `  item ${i.agendaItem ?? '?'}  ${String(i.slots).padStart(4)}  ${i.debate ?? ''}`,
          );
        for (const o of figure.byOrganization.slice(0, 20))
          ctx.out(`  ${String(o.slots).padStart(4)}  ${pct(o.share).padStart(6)}  ${o.label}`);
        for (const c of figure.byClassification ?? [])
          ctx.out(`  [${c.label}] ${c.slots} (${pct(c.share)})`);
        for (const y of figure.growth.years)
          ctx.out(
            `  ${y.year}: ${y.slots}${y.ratio === null ? '' : ` (×${y.ratio.toFixed(2)} of ${figure.growth.baseYear})`}`,
          );
      },
    );

  group
    .command('points-of-order')
    .description(w.pointsOfOrder)
    .option('--state <state>', w.state, stateArg(ctx.t))
    .option('--year <year>', w.year, wholeNumber(ctx.t, '--year'))
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .option('--csv', ctx.t.optCsv)
    .action(
      async (opts: {
        state?: string;
        year?: number;
        db?: string;
        json?: boolean;
        csv?: boolean;
      }) => {
        const { pointsOfOrderView } = await import('../../analysis/hrc-participation/views.js');
        const figure = await ctx.withStore(opts.db, (store) =>
          pointsOfOrderView(store, opts.state ?? null, opts.year ?? null),
        );
        if (opts.json) {
          ctx.out(JSON.stringify(figure, null, 2));
          return;
        }
        if (opts.csv) {
          const { pointsOfOrderCsv } = await import('../../analysis/hrc-participation/csv.js');
          ctx.out(pointsOfOrderCsv(figure));
          return;
        }
        ctx.out(`${figure.state ?? 'all States'}: ${figure.total} points of order`);
        for (const y of figure.byYear) ctx.out(`  ${y.year ?? '?'}: ${y.count}`);
        for (const i of figure.items)
          ctx.out(
            `  ${i.session ?? i.date ?? '?'} ${i.raisedBy ?? '?'} → ${i.targetSpeaker ?? ''}${i.targetOrganization ? ` (${i.targetOrganization})` : ''} [${i.outcome}] ${i.citation.file}:${i.citation.line}`,
          );
      },
    );

  group
    .command('upr-adoption')
    .description(w.uprAdoption)
    .requiredOption('--state <state>', w.stateUnderReview, stateArg(ctx.t))
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .option('--csv', ctx.t.optCsv)
    .action(async (opts: { state: string; db?: string; json?: boolean; csv?: boolean }) => {
      if (opts.csv) {
        const { uprAdoptionCsvFor } = await import('../../analysis/hrc-participation/csv.js');
        return ctx.out(
          await ctx.withStore(opts.db, (store) => uprAdoptionCsvFor(store, opts.state)),
        );
      }
      const { uprAdoptionView } = await import('../../analysis/hrc-participation/views.js');
      const figure = await ctx.withStore(opts.db, (store) => uprAdoptionView(store, opts.state));
      if (opts.json) return ctx.out(JSON.stringify(figure, null, 2));
      ctx.out(`${figure.state}: ${figure.adoptions.length} UPR adoption(s)`);
      for (const a of figure.adoptions) {
        ctx.out(`  ${a.session ?? '?'} ${a.date ?? ''}: ${a.ngoSpeakers} NGO speaker(s)`);
        for (const x of a.speakers)
          ctx.out(
            `    ${x.speaker} [${x.speakerKind}${x.classification ? `, ${x.classification}` : ''}]`,
          );
      }
    });

  group
    .command('clusters')
    .description(w.clusters)
    .option('--session <session>', w.session)
    .option('--year <year>', w.clustersYear, wholeNumber(ctx.t, '--year'))
    .option('--db <target>', ctx.t.optDb)
    .option('--json', w.json)
    .option('--csv', ctx.t.optCsv)
    .action(
      async (opts: {
        session?: string;
        year?: number;
        db?: string;
        json?: boolean;
        csv?: boolean;
      }) => {
        const session = sessionOption(opts.session, w.badSession);
        // with each member's source and the registry organisations its names join (as the API
        // answers), so a reader can tell which clusters involve organisations linked to a State
        const { clustersWithSources } =
          await import('../../analysis/participation/clusters-view.js');
        const view = await ctx.withStore(opts.db, (store) =>
          clustersWithSources(store, session, opts.year ?? null),
        );
        if (opts.json) return ctx.out(JSON.stringify(view, null, 2));
        if (opts.csv) {
          const { clustersCsv } = await import('../../analysis/hrc-participation/csv.js');
          return ctx.out(clustersCsv(view));
        }
        ctx.out(
          `${view.session ?? 'all sessions'}: ${view.clusters.length} cluster(s) in ${view.statements} NGO statements with text (${view.withoutText} without)`,
        );
        for (const c of view.clusters) {
          ctx.out(`  ${c.members.length} statements, ${c.organizations.join('; ')}`);
          for (const p of c.passages.slice(0, 2)) ctx.out(`    "${p.text}"`);
        }
      },
    );
}
