import type { Kysely } from 'kysely';
import { stateByCode } from '../../domain/reference/states.js';
import type { Store } from '../../store/open-store.js';
import { loadCases } from '../../store/reprisals/cases.js';
import type { Database } from '../../store/schema.js';
import type { Evidence } from '../evidence.js';
import { alignmentFigure } from '../hrc-votes/alignment.js';
import { hostileAmendments } from '../hrc-votes/amendments.js';
import { keysOf, linkedToState, slotsOfKeys } from '../hrc-participation/linked-to-state.js';
import { pointsOfOrderView, shareView } from '../hrc-participation/views.js';
import { votingRecord } from '../hrc-votes/record.js';
import type { TextEvidence } from '../hrc-votes/vote-table.js';
import { questionsByState } from '../ngo-committee/questions-by-state.js';
import { resolveEvidence, type Count, type ReprisalEvidence } from '../reprisals/figure.js';
import { reprisalFigures } from '../reprisals/views.js';
import { uprStats } from '../upr/stats.js';

/*
 * A State across the mechanisms (issue 13, the /state/ISO3 page): the headline figures of each
 * module side by side, each computed by the very function the module's own endpoint calls, with
 * that endpoint (`source`) so a reader — and the test — can check the number there. Reprisals
 * figures are the public ones (small cells suppressed): the profile is the same for everyone.
 */

/** Where the same figure is served by its module: an API path with its query. */
export type SourcePath = string;

export interface NgoCommitteeHeadline {
  from: number;
  to: number;
  /** questions the State asked NGO applicants in the period */
  questions: number;
  /** its share of all questions asked in the period, 0–1 */
  share: number;
  /** all members' questions in the period */
  total: number;
  /** 1 = asked the most; null when it asked none */
  rank: number | null;
  evidence: Evidence;
  source: SourcePath;
}

export interface HostileHeadline {
  theme: 'civil-society-space' | 'reprisals';
  /** the span counted: the year alone, or every year up to it */
  from: number | null;
  to: number;
  /** hostile amendments of the theme put to a recorded vote in the span */
  total: number;
  yes: number;
  no: number;
  abstain: number;
  sponsored: number;
  /** the amendments the State voted for */
  evidence: TextEvidence;
  source: SourcePath;
}

/** A count of points of order the State raised against NGO speakers. */
export interface PointsOfOrderHeadline {
  /** the span counted: the year alone, or every year up to it */
  from: number | null;
  to: number;
  count: number;
  evidence: { kind: 'hrc-point-of-order'; ids: number[] };
  source: SourcePath;
}

export interface ParticipationHeadline {
  /** NGO slots of the year's sessions taken by organisations linked to the State */
  linkedSlots: number;
  /** all NGO slots of the year's sessions (named and counted) */
  totalSlots: number;
  /** linkedSlots / totalSlots; null when the year has no slot */
  share: number | null;
  /** the organisations counted as linked (GONGO or state-linked, of the State, with evidence) */
  organizations: {
    organizationId: number;
    name: string;
    classification: string;
    evidence: { id: number; indicator: string; source: string; sourceDate: string }[];
  }[];
  evidence: { kind: 'hrc-statement'; ids: number[] };
  source: SourcePath;
  pointsOfOrder: { year: PointsOfOrderHeadline; toDate: PointsOfOrderHeadline };
}

export interface StateProfile {
  state: string;
  nameEn: string;
  nameZh: string;
  group: string | null;
  year: number;
  ngoCommittee: { year: NgoCommitteeHeadline; fiveYears: NgoCommitteeHeadline };
  hrcVotes: {
    /** the State cast a ballot in the Council that year */
    member: boolean;
    /** its votes on the year's country-specific texts (amendments apart) */
    countrySpecific: {
      yes: number;
      no: number;
      abstain: number;
      absent: number;
      evidence: TextEvidence;
      source: SourcePath;
    };
    /** the State it voted most like that year, when any */
    closest: {
      state: string;
      nameEn: string;
      nameZh: string;
      agreement: number;
      votes: number;
      evidence: TextEvidence;
      source: SourcePath;
    } | null;
    hostile: { year: HostileHeadline; toDate: HostileHeadline }[];
  };
  upr: {
    /** the latest two cycles with recommendations to the State, newest first */
    cycles: {
      cycle: number;
      unit: string;
      total: number;
      supported: number;
      partially: number;
      noted: number;
      rejected: number;
      pending: number;
      /** (supported + partially) / answered */
      acceptedRate: number;
      notedOrRejectedRate: number;
      evidence: Evidence;
      notedOrRejectedEvidence: Evidence;
    }[];
    source: SourcePath;
  };
  reprisals: {
    /** cases naming the State, every year (public count: small numbers are "fewer than 3") */
    total: Count;
    /** cases first reported in the year */
    firstReportedInYear: Count;
    /** cases the year's report followed up from earlier years */
    followedUpInYear: Count;
    evidence: ReprisalEvidence | null;
    source: SourcePath;
  };
  participation: ParticipationHeadline;
}

const q = (path: string, params: Record<string, string | number | null>): SourcePath => {
  const query = Object.entries(params)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
};

const NONE: Count = { kind: 'count', count: 0, share: null };

async function ngoHeadline(
  db: Kysely<Database>,
  state: string,
  from: number,
  to: number,
): Promise<NgoCommitteeHeadline> {
  const figure = await questionsByState(db, { from, to });
  const i = figure.rows.findIndex((r) => r.state === state);
  const row = i >= 0 ? figure.rows[i]! : null;
  return {
    from,
    to,
    questions: row?.questions ?? 0,
    share: row?.share ?? 0,
    total: figure.total,
    rank: row ? i + 1 : null,
    evidence: row?.evidence ?? { kind: 'ngo-question', ids: [] },
    source: q('/api/v1/ngo-committee/questions', { from, to }),
  };
}

async function hostileHeadline(
  db: Kysely<Database>,
  state: string,
  theme: HostileHeadline['theme'],
  from: number | null,
  to: number,
): Promise<HostileHeadline> {
  const figure = await hostileAmendments(db, {
    body: 'HRC',
    ...(from === null ? {} : { from }),
    to,
    theme,
    hostileOnly: true,
  });
  const s = figure.supporters.find((r) => r.state === state);
  return {
    theme,
    from,
    to,
    total: figure.amendments.length,
    yes: s?.yes ?? 0,
    no: s?.no ?? 0,
    abstain: s?.abstain ?? 0,
    sponsored: s?.sponsored ?? 0,
    evidence: {
      kind: 'hrc-text',
      ids: figure.amendments.filter((a) => a.votedYes.includes(state)).map((a) => a.amendment.id),
    },
    source: q('/api/v1/votes/amendments', {
      body: 'HRC',
      from,
      to,
      theme,
      hostileOnly: 'true',
    }),
  };
}

/**
 * Council participation: the slots organisations linked to the State took in the year's sessions
 * (a label counts only with its evidence, linked-to-state.ts) and the points of order it raised.
 */
async function participationHeadline(
  store: Store,
  state: string,
  year: number,
): Promise<ParticipationHeadline> {
  const share = await shareView(store, { year });
  const linked = linkedToState(share.organizations, state);
  const slots = slotsOfKeys(share, keysOf(linked));
  const [inYear, all] = [
    await pointsOfOrderView(store, state, year),
    await pointsOfOrderView(store, state, null),
  ];
  const upTo = all.byYear.filter((y) => y.year !== null && y.year <= year);
  return {
    linkedSlots: slots.slots,
    totalSlots: share.totalSlots,
    share: share.totalSlots === 0 ? null : slots.slots / share.totalSlots,
    organizations: linked.map((o) => ({
      organizationId: o.organizationId,
      name: o.name,
      classification: o.classification!,
      evidence: o.evidence,
    })),
    evidence: { kind: 'hrc-statement', ids: [...slots.statementIds].sort((a, b) => a - b) },
    source: q('/api/v1/participation/share', { year }),
    pointsOfOrder: {
      year: {
        from: year,
        to: year,
        count: inYear.total,
        evidence: { kind: 'hrc-point-of-order', ids: inYear.items.map((i) => i.id) },
        source: q('/api/v1/participation/points-of-order', { state, year }),
      },
      toDate: {
        from: null,
        to: year,
        count: upTo.reduce((n, y) => n + y.count, 0),
        evidence: { kind: 'hrc-point-of-order', ids: upTo.flatMap((y) => y.evidence.ids) },
        source: q('/api/v1/participation/points-of-order', { state }),
      },
    },
  };
}

/** The State's headline figures for `year` from every mechanism the store holds. */
export async function stateProfile(
  store: Store,
  state: string,
  year: number,
): Promise<StateProfile> {
  const db = store.db;
  const info = stateByCode(state);
  const record = await votingRecord(db, state, {
    body: 'HRC',
    from: year,
    to: year,
    countrySpecific: true,
  });
  const alignment = await alignmentFigure(db, state, { body: 'HRC', from: year, to: year });
  const top = alignment.rows[0];
  const hostile = [];
  for (const theme of ['civil-society-space', 'reprisals'] as const)
    hostile.push({
      year: await hostileHeadline(db, state, theme, year, year),
      toDate: await hostileHeadline(db, state, theme, null, year),
    });
  const cycles = (await uprStats(db, { sur: state }))
    .sort((a, b) => b.cycle - a.cycle)
    .slice(0, 2)
    .map((c) => {
      const answered = c.total - c.pending;
      return {
        cycle: c.cycle,
        unit: c.unit,
        total: c.total,
        supported: c.supported,
        partially: c.partially,
        noted: c.noted,
        rejected: c.rejected,
        pending: c.pending,
        acceptedRate: answered === 0 ? 0 : (c.supported + c.partially) / answered,
        notedOrRejectedRate: c.notedOrRejectedRate,
        evidence: c.evidence,
        notedOrRejectedEvidence: c.notedOrRejectedEvidence,
      };
    });
  const reprisals = reprisalFigures(await loadCases(db, { country: state }), 'public');
  const cell = <K>(cells: { key: K; value: Count }[], match: (k: K) => boolean): Count =>
    cells.find((c) => match(c.key))?.value ?? NONE;
  return {
    state,
    nameEn: info?.nameEn ?? state,
    nameZh: info?.nameZh ?? state,
    group: info?.group ?? null,
    year,
    ngoCommittee: {
      year: await ngoHeadline(db, state, year, year),
      fiveYears: await ngoHeadline(db, state, year - 4, year),
    },
    hrcVotes: {
      member: alignment.stateVotes > 0,
      countrySpecific: {
        yes: record.totals.yes,
        no: record.totals.no,
        abstain: record.totals.abstain,
        absent: record.totals.absent,
        evidence: record.totals.evidence,
        source: q(`/api/v1/votes/record/${state}`, {
          body: 'HRC',
          from: year,
          to: year,
          countrySpecific: 'true',
        }),
      },
      closest: top
        ? {
            state: top.state,
            nameEn: top.nameEn,
            nameZh: top.nameZh,
            agreement: top.agreement,
            votes: top.votes,
            evidence: top.evidence,
            source: q(`/api/v1/votes/alignment/${state}`, { body: 'HRC', from: year, to: year }),
          }
        : null,
      hostile,
    },
    upr: { cycles, source: q('/api/v1/upr/stats', { sur: state }) },
    reprisals: {
      total: reprisals.byYear.total,
      firstReportedInYear: cell(reprisals.byYear.cells, (k) => k.year === year),
      followedUpInYear: cell(
        reprisals.newVsFollowUp.cells,
        (k) => k.year === year && k.kind === 'follow-up',
      ),
      evidence: reprisals.byYear.evidence
        ? resolveEvidence(reprisals.byYear.evidence.caseIds, reprisals.sources)
        : null,
      source: q('/api/v1/reprisals/stats', { country: state }),
    },
    participation: await participationHeadline(store, state, year),
  };
}

/**
 * The year a profile opens on when none is asked for: the latest year with NGO Committee questions
 * or Council votes (the two yearly records), so the page never opens on an empty year.
 */
export async function latestProfileYear(db: Kysely<Database>): Promise<number | null> {
  const [ngo, hrc] = await Promise.all([
    db
      .selectFrom('ngoQuestions')
      .select((eb) => eb.fn.max('year').as('y'))
      .executeTakeFirst(),
    db
      .selectFrom('hrcVotingTexts')
      .select((eb) => eb.fn.max('year').as('y'))
      .where('body', '=', 'HRC')
      .executeTakeFirst(),
  ]);
  const years = [ngo?.y, hrc?.y].filter((y): y is number => typeof y === 'number');
  return years.length ? Math.max(...years) : null;
}
