import type { Command } from 'commander';
import {
  UPR_SEARCH_ORDERS,
  UPR_SEARCH_UNITS,
  UPR_SOURCE_KINDS,
  type UprSearchFilters,
  type UprSearchOrder,
  type UprSearchResult,
  type UprSearchUnit,
} from '../../analysis/upr/search/index.js';
import type { UprCycleStats, UprSourceChoice } from '../../analysis/upr/stats.js';
import { stateByCode } from '../../domain/reference/states.js';
import {
  UPR_RULE_NAMES_EN,
  UPR_RULE_NAMES_ZH,
  UPR_THEME_ZH,
} from '../../domain/upr-theme-names.js';
import { UprResponse } from '../../domain/upr.js';
import { CliFailure, wholeNumber, type CliContext } from '../context.js';
import type { Messages } from '../messages.js';
import { formatTable, percent } from '../output.js';
import { stateArg, stateListArg } from '../state-arg.js';

interface Common {
  db?: string;
  json?: boolean;
  csv?: boolean;
}

const REGIONS = ['African', 'Asia-Pacific', 'EEG', 'GRULAC', 'WEOG'];
const SOURCES = ['official', 'upr-info'];

export const SEARCH_HELP = [
  '',
  'Query syntax:',
  '  torture prison            both words (AND is implied; AND may be written)',
  '  torture OR prison         either word',
  '  -death   NOT death        without the word',
  '  "death penalty"           the words together, in this order',
  '  (release OR free) AND (journalist* OR blogger*)   parentheses; word* = any ending',
  '  人权维护者                Chinese: glossary terms are searched in English too (the texts are',
  '                            English); other Chinese words as written',
  'Operators are written in capitals; words are stemmed (ratify = ratified = ratification),',
  'but stemming keeps some forms apart (free / freedom, Tibet / Tibetan): use a prefix, free*.',
  '',
  'Filters (comma-separated values are alternatives): --sur --from --region --cycle --response',
  '--theme --action --source. Facets count the whole result set, not only the page shown.',
  '',
  'Order (--order): id, the order of import (default), or relevance (BM25). Facets count the',
  'whole result; the API also counts each filtered facet without its own filter (selectableFacets).',
  '',
  'Units (--unit): a review stored both as UN paragraphs (un-matrix, wg-report) and as UPR Info',
  'rows (upr-info-export, one per recommending state) is counted once: auto (default) takes the',
  'UN paragraphs; --unit paragraph or recommending-state keeps to one unit everywhere.',
  '',
  'Examples:',
  '  groundpass upr search "human rights defenders" --sur CHN --json',
  '  groundpass upr search \'(release OR free) "human rights defenders" -women\' --cycle 2',
  '  groundpass upr search "civil society" --response noted --region WEOG --limit 50',
  '  groundpass upr search "death penalty" --sur CHN --csv > death-penalty.csv',
  '  groundpass upr search "" --sur CHN --cycle 2 --unit recommending-state',
  '  groundpass upr search "freedom of expression" --order relevance --limit 10',
].join('\n');

/** `groundpass upr …`: UPR recommendations, responses, search. */
export function registerUpr(program: Command, ctx: CliContext): void {
  const { t } = ctx;
  const u = t.upr;
  const upr = program.command('upr').description(u.description);
  const num = (name: string) => wholeNumber(t, name);

  // Codes and names (English, Chinese) alike, as in every command: cli/state-arg.ts
  const stateCode = stateArg(t);
  const states = stateListArg(t);
  const choice =
    (opt: string, choices: readonly string[]) =>
    (v: string): string[] => {
      const list = v.split(',').map((s) => s.trim());
      for (const x of list)
        if (!choices.includes(x)) throw new CliFailure(u.badChoice(opt, x, choices.join(', ')), 2);
      return list;
    };
  const numbers = (opt: string, min: number, max: number) => (v: string) =>
    v.split(',').map((s) => {
      const n = wholeNumber(t, opt)(s.trim());
      if (n < min || n > max) throw new CliFailure(u.badChoice(opt, s, `${min}–${max}`), 2);
      return n;
    });
  const cycleOpt = (v: string) => numbers('--cycle', 1, 4)(v)[0]!;
  const sourceOpt = (v: string) => choice('--source', SOURCES)(v)[0] as UprSourceChoice;

  upr
    .command('stats')
    .description(u.stats)
    .requiredOption('--sur <state>', u.optSur, stateCode)
    .option('--cycle <n>', u.optCycle, cycleOpt)
    .option('--source <unit>', u.optSource, sourceOpt)
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .option('--csv', t.optCsv)
    .addHelpText(
      'after',
      [
        '',
        'notedOrRejectedRate = (noted + rejected) / recommendations with a response.',
        'Units: UPR Info counts one row per recommending state, the UN one paragraph per',
        'recommendation; when both are stored for a review, the UN count is used (--source).',
        'Examples:',
        '  groundpass upr stats --sur CHN --json',
        '  groundpass upr stats --sur VNM --cycle 2',
      ].join('\n'),
    )
    .action(async (opts: Common & { sur: string; cycle?: number; source?: UprSourceChoice }) => {
      const { toCsv } = await import('../../analysis/csv.js');
      const { uprStats } = await import('../../analysis/upr/stats.js');
      const rows = await ctx.withStore(opts.db, (s) =>
        uprStats(s.db, { sur: opts.sur, cycle: opts.cycle, source: opts.source }),
      );
      if (opts.json) {
        ctx.out(JSON.stringify(rows.map(statsJson), null, 2));
      } else if (opts.csv) {
        ctx.out(
          toCsv(
            [
              'sur',
              'cycle',
              'total',
              'supported',
              'partially',
              'noted',
              'rejected',
              'pending',
              'noted_or_rejected_rate',
              'unit',
              'recommendation_ids',
            ],
            rows.map((r) => [
              r.sur,
              r.cycle,
              r.total,
              r.supported,
              r.partially,
              r.noted,
              r.rejected,
              r.pending,
              r.notedOrRejectedRate.toFixed(4),
              r.unit,
              r.evidence.ids,
            ]),
          ),
        );
      } else if (rows.length === 0) {
        ctx.err(u.noData);
      } else {
        const s = stateByCode(opts.sur);
        ctx.out(`${opts.sur} ${ctx.lang === 'zh' ? (s?.nameZh ?? '') : (s?.nameEn ?? '')}\n`);
        ctx.out(
          formatTable(
            [
              u.cycle,
              u.total,
              u.supported,
              u.partially,
              u.noted,
              u.rejected,
              u.pending,
              u.rate,
              u.unit,
            ],
            rows.map((r) => [
              r.cycle,
              r.total,
              r.supported,
              r.partially,
              r.noted,
              r.rejected,
              r.pending,
              percent(r.notedOrRejectedRate),
              u.unitNames[r.unit] ?? r.unit,
            ]),
          ),
        );
        ctx.out(`\n${u.evidenceHint}`);
      }
    });

  upr
    .command('search')
    .description(u.search)
    .argument('[query]', 'the query (see below); empty = all recommendations', '')
    .option('--sur <states>', u.optSur, states)
    .option('--from <states>', u.optFromState, states)
    .option('--region <groups>', u.optRegion, choice('--region', REGIONS))
    .option('--cycle <n>', u.optCycle, numbers('--cycle', 1, 4))
    .option('--response <r>', u.optResponse, choice('--response', UprResponse.options))
    .option('--theme <theme>', u.optTheme, (v: string) => v.split(',').map((s) => s.trim()))
    .option('--action <n>', u.optAction, numbers('--action', 1, 5))
    .option('--source <kinds>', u.optSearchSource, choice('--source', UPR_SOURCE_KINDS))
    .option('--unit <unit>', u.optUnit, (v: string) => choice('--unit', UPR_SEARCH_UNITS)(v)[0])
    .option(
      '--order <order>',
      u.optOrder,
      (v: string) => choice('--order', UPR_SEARCH_ORDERS)(v)[0],
    )
    .option('--limit <n>', t.optLimit, num('--limit'), 20)
    .option('--offset <n>', u.optOffset, num('--offset'), 0)
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .option('--csv', 'print every matching recommendation (not one page) as CSV')
    .addHelpText('after', SEARCH_HELP)
    .action(
      async (
        query: string,
        opts: Common &
          UprSearchFilters & {
            limit: number;
            offset: number;
            cycle?: number[];
            action?: number[];
            unit?: UprSearchUnit;
            order?: UprSearchOrder;
          },
      ) => {
        const { searchCsvStored, searchUprStored, uprSearchIndex } =
          await import('../../analysis/upr/search/load.js');
        const { unitOfSource } = await import('../../analysis/upr/stats.js');
        const filters: UprSearchFilters = {
          sur: opts.sur,
          from: opts.from,
          region: opts.region,
          cycle: opts.cycle,
          response: opts.response,
          theme: opts.theme,
          action: opts.action,
          source: opts.source,
          unit: opts.unit,
        };
        const { result, csv, index } = await ctx.withStore(opts.db, async (s) => {
          const index = await uprSearchIndex(s.db);
          return {
            index,
            result: opts.csv
              ? null
              : await searchUprStored(s.db, {
                  q: query,
                  filters,
                  limit: opts.limit,
                  offset: opts.offset,
                  order: opts.order,
                }),
            csv: opts.csv ? await searchCsvStored(s.db, query, filters) : null,
          };
        });
        if (csv !== null) {
          ctx.out(csv.trimEnd());
          return;
        }
        const r = result!;
        if (opts.json) {
          ctx.out(
            JSON.stringify(
              {
                total: r.total,
                facets: r.facets,
                results: r.results.map((h) => ({
                  id: h.id,
                  sur: h.sur,
                  from: h.from,
                  cycle: h.cycle,
                  response: h.response,
                  text: h.text,
                  session: h.session,
                  responseRaw: h.responseRaw,
                  paragraph: h.paragraph,
                  reportSymbol: h.reportSymbol,
                  sourceKind: h.sourceKind,
                  highlights: h.highlights,
                })),
                limit: r.limit,
                offset: r.offset,
                ...(r.order ? { order: r.order } : {}),
                problems: r.problems,
                unit: r.unit,
                expansions: r.expansions,
                untranslated: r.untranslated,
                hints: r.hints,
                whyEmpty: r.whyEmpty,
              },
              null,
              2,
            ),
          );
          return;
        }
        if (process.stderr.isTTY) ctx.err(u.indexBuilt(index.size, index.buildMs));
        for (const p of r.problems) ctx.err(u.queryProblem(p));
        for (const line of searchNotes(r, u)) ctx.out(line);
        ctx.out(u.searchTotal(r.total, r.results.length, r.offset));
        for (const h of r.results) {
          const marked = mark(h.text, h.highlights);
          ctx.out(
            `\n#${h.id}  ${h.sur} ← ${h.from.join(', ') || '?'}  ${u.cycle} ${h.cycle}  ${u.responseNames[h.response] ?? h.response}  ${u.unitShort[unitOfSource(h.sourceKind)]}${h.paragraph ? `  ¶${h.paragraph}` : ''}\n  ${marked}`,
          );
        }
        if (r.whyEmpty)
          ctx.out(u.whyEmpty[r.whyEmpty.reason]!.replace('{n}', String(emptyCount(r))));
        for (const h of r.hints) ctx.out(u.hint(h.query, h.total));
        if (r.total > 0) {
          const named = (name: string, value: string) =>
            name === 'response'
              ? (u.responseNames[value] ?? value)
              : name === 'source'
                ? (u.sourceNames[value] ?? value)
                : value;
          const top = (name: 'sur' | 'from' | 'response' | 'cycle' | 'source') =>
            `${u.facetNames[name] ?? name}: ${r.facets[name]
              .slice(0, 8)
              .map((f) => `${named(name, f.value)} ${f.count}`)
              .join(', ')}`;
          ctx.out(
            `\n${[top('sur'), top('from'), top('cycle'), top('response'), top('source')].join('\n')}`,
          );
        }
      },
    );

  upr
    .command('profile')
    .description(u.profile)
    .argument('<state>', 'state under review (ISO 3166 alpha-3 or name)')
    .option('--source <unit>', u.optSource, sourceOpt)
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .action(async (state: string, opts: Common & { source?: UprSourceChoice }) => {
      const { uprProfile } = await import('../../analysis/upr/profile.js');
      const sur = stateCode(state);
      const p = await ctx.withStore(opts.db, (s) => uprProfile(s.db, sur, opts.source));
      if (opts.json) {
        ctx.out(JSON.stringify(p, null, 2));
        return;
      }
      if (p.cycles.length === 0) throw new CliFailure(u.noData);
      ctx.out(`${p.sur} ${ctx.lang === 'zh' ? p.nameZh : p.nameEn} (${p.group})`);
      const cyclesOf = (cs: number[]) => u.cycles(cycleList(cs));
      ctx.out(
        `${u.countedIn(
          p.units
            .map((part) =>
              u.unitPart(u.unitNames[part.unit] ?? part.unit, cyclesOf(part.cycles), part.total),
            )
            .join('; '),
        )}\n`,
      );
      ctx.out(
        formatTable(
          [
            u.cycle,
            u.total,
            u.supported,
            u.partially,
            u.noted,
            u.rejected,
            u.rate,
            u.critical,
            u.unit,
          ],
          p.cycles.map((c) => [
            c.cycle,
            c.total,
            c.supported,
            c.partially,
            c.noted,
            c.rejected,
            percent(c.notedOrRejectedRate),
            percent(c.criticalAmongAccepted.share),
            u.unitNames[c.unit] ?? c.unit,
          ]),
        ),
      );
      for (const ch of p.unitChanges)
        ctx.out(
          u.unitChange(
            ch.beforeCycle,
            ch.afterCycle,
            u.unitNames[ch.from] ?? ch.from,
            u.unitNames[ch.to] ?? ch.to,
          ),
        );
      for (const c of p.cycles) {
        ctx.out(
          `\n${u.cycle} ${c.cycle}: ${c.topRecommendingStates
            .slice(0, 8)
            .map((s) => `${s.value} ${s.count}`)
            .join(', ')}`,
        );
        ctx.out(
          `  ${u.themes}: ${c.themes
            .slice(0, 6)
            .map(
              (s) =>
                `${ctx.lang === 'zh' ? (UPR_THEME_ZH[s.value] ?? s.value) : s.value} ${s.count}`,
            )
            .join(', ')}`,
        );
        ctx.out(
          `  ${u.actions}: ${c.actionCategories.map((a) => `${a.value}:${a.count}`).join(' ')}   ${u.repeated}: ${c.repeated.count}   ${u.narrative}: ${c.narrative.count}`,
        );
      }
      for (const part of p.units)
        ctx.out(
          `\n${u.byUnitTitle(u.unitNames[part.unit] ?? part.unit, cyclesOf(part.cycles), part.total)}\n  ${part.byRecommendingState
            .slice(0, 12)
            .map((r) => `${r.key} ${r.total}`)
            .join(', ')}`,
        );
    });

  upr
    .command('recommendation')
    .description(u.recommendation)
    .argument('<id>', 'recommendation id (as search prints it)', num('id'))
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .action(async (id: number, opts: Common) => {
      const { uprRecommendation } = await import('../../analysis/upr/recommendation.js');
      const r = await ctx.withStore(opts.db, (s) => uprRecommendation(s.db, id));
      if (!r) throw new CliFailure(t.notFound(`recommendation ${id}`));
      if (opts.json) {
        ctx.out(JSON.stringify(r, null, 2));
        return;
      }
      const src = r.source.symbol ?? r.source.fileName;
      const zh = ctx.lang === 'zh';
      const rule = (id: string) =>
        id.startsWith('theme.')
          ? u.rec.themeRule
          : ((zh ? UPR_RULE_NAMES_ZH : UPR_RULE_NAMES_EN)[id] ?? id);
      const theme = (name: string) => (zh ? (UPR_THEME_ZH[name] ?? name) : name);
      const why = (id: string, matched: string) => `[${rule(id)}: "${matched}"]`;
      ctx.out(
        `#${r.id}  ${r.sur.code} ${zh ? r.sur.nameZh : r.sur.nameEn}, ${u.cycle} ${r.cycle}${r.session ? `, ${u.rec.session} ${r.session}` : ''}`,
      );
      ctx.out(`${u.rec.from}: ${r.from.map((f) => `${f.code} (${f.asPrinted})`).join(', ')}`);
      ctx.out(`\n${r.text}\n`);
      ctx.out(
        `${u.rec.response}: ${u.responseNames[r.response] ?? r.response}${r.responseRaw ? ` ("${r.responseRaw}")` : ''}`,
      );
      ctx.out(
        `${u.rec.source}: ${src}${r.paragraph ? ` ¶${r.paragraph}` : ''}, ${u.rec.line} ${r.source.line}${pageNote(r.source.page)}${r.responseSource ? `; ${u.rec.response}: ${r.responseSource.symbol ?? r.responseSource.fileName}, ${u.rec.line} ${r.responseSource.line}${pageNote(r.responseSource.page)}` : ''}`,
      );
      const l = r.labels;
      ctx.out(
        `\n${u.rec.labels}:\n  ${u.rec.action} ${l.action.category} ${why(l.action.ruleId, l.action.matched)}\n  ${u.rec.tone} ${u.rec.tones[l.tone.tone] ?? l.tone.tone} ${why(l.tone.ruleId, l.tone.matched)}${l.narrative ? `\n  ${u.narrative} ${why(l.narrative.ruleId, l.narrative.matched)}` : ''}${l.themes.length ? `\n  ${u.themes} ${l.themes.map((x) => `${theme(x.theme)} ["${x.matched}"]`).join('; ')}` : ''}${l.saysRepeated ? `\n  ${u.rec.saysRepeated}` : ''}`,
      );
      if (r.sourceLabels.action !== null || r.sourceLabels.issues.length)
        ctx.out(
          `${u.rec.sourceLabels}: ${u.rec.action} ${r.sourceLabels.action ?? '–'}; ${r.sourceLabels.issues.map(theme).join('; ')}`,
        );
      for (const e of r.earlier)
        ctx.out(
          `${u.rec.earlier}: #${e.id} ${u.cycle} ${e.cycle} (${u.rec.alike(percent(e.similarity))}) ${e.text}`,
        );
    });

  upr
    .command('recommenders')
    .description(u.recommenders)
    .option('--sur <state>', u.optSur, stateCode)
    .option('--cycle <n>', u.optCycle, cycleOpt)
    .option(
      '--by <what>',
      u.optBy,
      (v: string) => choice('--by', ['state', 'region'])(v)[0]!,
      'state',
    )
    .option('--source <unit>', u.optSource, sourceOpt)
    .option('--limit <n>', t.optLimit, num('--limit'), 30)
    .option('--db <target>', t.optDb)
    .option('--json', t.optJson)
    .action(
      async (
        opts: Common & {
          sur?: string;
          cycle?: number;
          by: 'state' | 'region';
          source?: UprSourceChoice;
          limit: number;
        },
      ) => {
        const { uprStatsByRecommender } = await import('../../analysis/upr/profile.js');
        const rows = await ctx.withStore(opts.db, (s) =>
          uprStatsByRecommender(s.db, {
            sur: opts.sur,
            cycle: opts.cycle,
            by: opts.by,
            source: opts.source,
          }),
        );
        if (opts.json) {
          ctx.out(JSON.stringify(rows, null, 2));
          return;
        }
        if (rows.length === 0) {
          ctx.err(u.noData);
          return;
        }
        ctx.out(
          formatTable(
            [
              u.recommender,
              t.col.name,
              u.unit,
              u.total,
              u.supported,
              u.noted,
              u.rejected,
              u.rate,
              u.critical,
            ],
            rows
              .slice(0, opts.limit)
              .map((r) => [
                r.key,
                ctx.lang === 'zh' ? r.nameZh : r.nameEn,
                u.unitShort[r.unit] ?? r.unit,
                r.total,
                r.supported + r.partially,
                r.noted,
                r.rejected,
                percent(r.notedOrRejectedRate),
                percent(r.criticalAmongSupported),
              ]),
          ),
        );
      },
    );
}

/** The interface scripts rely on: these keys first, in this order; more may follow. */
/** ", p. 11" when the source was read from a PDF: the page a reader opens. */
function pageNote(page: number | null | undefined): string {
  return page == null ? '' : `, p. ${page}`;
}

function statsJson(r: UprCycleStats) {
  return {
    cycle: r.cycle,
    total: r.total,
    supported: r.supported,
    partially: r.partially,
    noted: r.noted,
    rejected: r.rejected,
    notedOrRejectedRate: r.notedOrRejectedRate,
    pending: r.pending,
    notAccepted: r.notAccepted,
    sur: r.sur,
    unit: r.unit,
    sourceKind: r.sourceKind,
    evidence: r.evidence,
  };
}

/** "1–3" for consecutive cycles, else "1, 3". */
function cycleList(cycles: readonly number[]): string {
  const consecutive = cycles.every((c, i) => i === 0 || c === cycles[i - 1]! + 1);
  return consecutive && cycles.length > 1
    ? `${cycles[0]}–${cycles[cycles.length - 1]}`
    : cycles.join(', ');
}

/** The count a "why nothing matched" message names: what the filters or the unit kept out. */
function emptyCount(r: UprSearchResult): number {
  const w = r.whyEmpty;
  if (w?.reason === 'filters-exclude') return w.withoutFilters;
  if (w?.reason === 'other-unit') return w.leftOut;
  return 0;
}

/** What the user should know before the results: the unit counted and the Chinese searched in English. */
function searchNotes(r: UprSearchResult, u: Messages['upr']): string[] {
  const out: string[] = [];
  for (const x of r.expansions) out.push(u.expansion(x.term, x.query));
  if (r.untranslated.length > 0) out.push(u.untranslated(r.untranslated.join(', ')));
  if (r.unit.counted.length > 0 || r.unit.leftOut > 0)
    out.push(
      u.searchUnit(
        r.unit.rule,
        r.unit.counted.map((c) => `${u.unitNames[c.value] ?? c.value} ${c.count}`).join(', ') ||
          '—',
        r.unit.leftOut,
      ),
    );
  return out;
}

/** Matches shown in a terminal as »…«, which survives copying and needs no colour support. */
function mark(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [s, e] of ranges) {
    out += `${text.slice(at, s)}»${text.slice(s, e)}«`;
    at = e;
  }
  return out + text.slice(at);
}
