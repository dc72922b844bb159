import type { Kysely } from 'kysely';
import { escapeLike, likeEscaped } from '../../store/like.js';
import type { Database } from '../../store/schema.js';
import { TEXT_COLUMNS, summarizeText, type VotingTextSummary } from './resolution.js';

export interface TextListFilter {
  body?: string;
  from?: number;
  to?: number;
  kind?: string;
  /** only recorded votes */
  recorded?: boolean;
  /** true: only texts with a country target; false: only texts without one (thematic) */
  countrySpecific?: boolean;
  /** texts targeting this state */
  target?: string;
  theme?: string;
  /** words of the title or the symbol */
  q?: string;
  /** these ids only (resolving a figure's evidence) */
  ids?: number[];
}

export interface TextList {
  total: number;
  page: number;
  pageSize: number;
  items: (VotingTextSummary & { targets: string[]; themes: string[] })[];
}

/** Stored voting texts, newest first, with filters; the list a figure's evidence resolves through. */
export async function listTexts(
  db: Kysely<Database>,
  filter: TextListFilter,
  page = 1,
  pageSize = 50,
): Promise<TextList> {
  let q = db.selectFrom('hrcVotingTexts as t');
  if (filter.body) q = q.where('t.body', '=', filter.body);
  if (filter.from !== undefined) q = q.where('t.year', '>=', filter.from);
  if (filter.to !== undefined) q = q.where('t.year', '<=', filter.to);
  if (filter.kind) q = q.where('t.kind', '=', filter.kind);
  if (filter.recorded !== undefined) q = q.where('t.recorded', '=', filter.recorded ? 1 : 0);
  if (filter.ids) q = q.where('t.id', 'in', filter.ids.length ? filter.ids : [-1]);
  if (filter.countrySpecific !== undefined) {
    const wanted = filter.countrySpecific;
    q = q.where((eb) => {
      const targeted = eb.exists(
        eb
          .selectFrom('hrcTextTargets as ct')
          .select('ct.textId')
          .whereRef('ct.textId', '=', 't.id'),
      );
      return wanted ? targeted : eb.not(targeted);
    });
  }
  if (filter.target) {
    const target = filter.target;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('hrcTextTargets as tt')
          .select('tt.textId')
          .whereRef('tt.textId', '=', 't.id')
          .where('tt.state', '=', target),
      ),
    );
  }
  if (filter.theme) {
    const theme = filter.theme;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('hrcTextThemes as th')
          .select('th.textId')
          .whereRef('th.textId', '=', 't.id')
          .where('th.theme', '=', theme),
      ),
    );
  }
  if (filter.q) {
    for (const word of filter.q.toLowerCase().split(/\s+/).filter(Boolean)) {
      const like = `%${escapeLike(word)}%`;
      q = q.where((eb) =>
        eb.or([
          likeEscaped(eb.fn('lower', ['t.title']), like),
          likeEscaped(eb.fn('lower', ['t.symbol']), like),
        ]),
      );
    }
  }
  const total = Number(
    (await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  );
  const rows = await q
    .select(TEXT_COLUMNS)
    // undated texts last on both dialects (PostgreSQL puts nulls first when descending)
    .orderBy('t.date', (ob) => ob.desc().nullsLast())
    .orderBy('t.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const ids = rows.map((r) => r.id);
  const targets = ids.length
    ? await db
        .selectFrom('hrcTextTargets')
        .select(['textId', 'state'])
        .where('textId', 'in', ids)
        .execute()
    : [];
  const themes = ids.length
    ? await db
        .selectFrom('hrcTextThemes')
        .select(['textId', 'theme'])
        .where('textId', 'in', ids)
        .execute()
    : [];
  return {
    total,
    page,
    pageSize,
    items: rows.map((r) => ({
      ...summarizeText(r),
      targets: [...new Set(targets.filter((x) => x.textId === r.id).map((x) => x.state))],
      themes: [...new Set(themes.filter((x) => x.textId === r.id).map((x) => x.theme))],
    })),
  };
}
