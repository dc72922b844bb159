/**
 * NGO speaking slots at the Council: per session and agenda item, the share each organisation
 * held, and (when the organisation registry has classified them, migration 013) the share by
 * classification and by the State an organisation is linked to; growth per year against a base
 * year. Pure: rows in, figures out, each with the ids of the records behind it.
 *
 * A slot is one NGO statement in one debate. The same statement told by two documents (a meeting
 * summary and the session report) is one slot: statements are keyed by session, debate (agenda
 * item, else the debate's words) and the organisation's name key. A count printed without names
 * ("… and 75 non-governmental organizations") adds the slots it counts beyond those named in the
 * same document's debate; those slots belong to no organisation ("unnamed").
 */
import type {
  OrganizationLink,
  StatementRow,
  TallyRow,
} from '../../store/hrc-participation/read.js';

export interface ParticipationEvidence {
  kind: 'hrc-statement' | 'hrc-speaker-tally';
  ids: number[];
}

export interface Slot {
  session: string | null;
  year: number | null;
  agendaItem: string | null;
  debate: string | null;
  speaker: string;
  speakerKey: string;
  statementIds: number[];
}

export interface ShareRow {
  key: string;
  label: string;
  slots: number;
  /** slots / all NGO slots of the selection (named and counted), 0–1 */
  share: number;
  evidence: ParticipationEvidence[];
}

export interface ItemRow {
  agendaItem: string | null;
  debate: string | null;
  namedSlots: number;
  /** slots counted without names beyond those named */
  unnamedSlots: number;
  slots: number;
  evidence: ParticipationEvidence[];
}

export interface YearRow {
  year: number;
  slots: number;
  /** slots / slots of the base year; null without a base year or when it had none */
  ratio: number | null;
  evidence: ParticipationEvidence[];
}

export interface ParticipationShare {
  session: string | null;
  totalSlots: number;
  namedSlots: number;
  unnamedSlots: number;
  byItem: ItemRow[];
  byOrganization: ShareRow[];
  /** null when no organisation of the selection is in the registry */
  byClassification: ShareRow[] | null;
  byLinkedState: ShareRow[] | null;
  growth: { baseYear: number | null; classification: string | null; years: YearRow[] };
  evidence: ParticipationEvidence[];
}

const debateKey = (s: { agendaItem: string | null; debate: string | null }) =>
  s.agendaItem ? `item ${s.agendaItem}` : (s.debate ?? '').toLowerCase().replace(/\s+/g, ' ');

/** One slot per (session, debate, organisation), across the documents that tell it. */
export function slotsOf(statements: readonly StatementRow[]): Slot[] {
  const slots = new Map<string, Slot>();
  for (const s of statements) {
    if (s.speakerKind !== 'ngo') continue;
    const key = `${s.session ?? `?${s.documentId}`}|${debateKey(s)}|${s.speakerKey}`;
    const slot = slots.get(key);
    if (slot) slot.statementIds.push(s.id);
    else
      slots.set(key, {
        session: s.session,
        year: s.year,
        agendaItem: s.agendaItem,
        debate: s.debate,
        speaker: s.speaker,
        speakerKey: s.speakerKey,
        statementIds: [s.id],
      });
  }
  return [...slots.values()];
}

/** Slots counted beyond those named, per (session, debate), with the tallies behind them. */
function unnamedOf(
  statements: readonly StatementRow[],
  tallies: readonly TallyRow[],
): Map<
  string,
  {
    session: string | null;
    year: number | null;
    agendaItem: string | null;
    debate: string | null;
    count: number;
    ids: number[];
  }
> {
  const out = new Map<
    string,
    {
      session: string | null;
      year: number | null;
      agendaItem: string | null;
      debate: string | null;
      count: number;
      ids: number[];
    }
  >();
  for (const t of tallies) {
    const named = statements.filter(
      (s) =>
        s.documentId === t.documentId && s.speakerKind === 'ngo' && debateKey(s) === debateKey(t),
    ).length;
    const extra = Math.max(0, t.count - named);
    if (extra === 0) continue;
    const key = `${t.session}|${debateKey(t)}`;
    const prev = out.get(key);
    // two documents counting the same debate: the larger count holds
    if (!prev || prev.count < extra)
      out.set(key, {
        session: t.session,
        year: t.year,
        agendaItem: t.agendaItem,
        debate: t.debate,
        count: extra,
        ids: [t.id],
      });
  }
  return out;
}

function evidenceOf(statementIds: number[], tallyIds: number[] = []): ParticipationEvidence[] {
  const out: ParticipationEvidence[] = [
    { kind: 'hrc-statement', ids: [...statementIds].sort((a, b) => a - b) },
  ];
  if (tallyIds.length > 0)
    out.push({ kind: 'hrc-speaker-tally', ids: [...tallyIds].sort((a, b) => a - b) });
  return out;
}

function shareRows(
  groups: Map<string, { label: string; slots: number; ids: number[] }>,
  total: number,
): ShareRow[] {
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      label: g.label,
      slots: g.slots,
      share: total === 0 ? 0 : g.slots / total,
      evidence: evidenceOf(g.ids),
    }))
    .sort((a, b) => b.slots - a.slots || a.label.localeCompare(b.label));
}

export function participationShare(
  statements: readonly StatementRow[],
  tallies: readonly TallyRow[],
  links: ReadonlyMap<string, OrganizationLink>,
  options: {
    session?: string | null;
    /** only the slots of this year's sessions (growth still spans every year) */
    year?: number | null;
    baseYear?: number | null;
    classification?: string | null;
  } = {},
): ParticipationShare {
  const session = options.session ?? null;
  const year = options.year ?? null;
  const chosen = (x: { session: string | null; year: number | null }) =>
    (!session || x.session === session) && (year === null || x.year === year);
  const allSlots = slotsOf(statements);
  const unnamedAll = unnamedOf(statements, tallies);
  const slots = allSlots.filter(chosen);
  const unnamed = [...unnamedAll.values()].filter(chosen);
  const unnamedSlots = unnamed.reduce((n, u) => n + u.count, 0);
  const total = slots.length + unnamedSlots;

  const items = new Map<string, ItemRow & { ids: number[]; tallyIds: number[] }>();
  const item = (s: { agendaItem: string | null; debate: string | null }) => {
    const k = debateKey(s);
    let row = items.get(k);
    if (!row) {
      row = {
        agendaItem: s.agendaItem,
        debate: s.debate,
        namedSlots: 0,
        unnamedSlots: 0,
        slots: 0,
        evidence: [],
        ids: [],
        tallyIds: [],
      };
      items.set(k, row);
    }
    return row;
  };
  for (const s of slots) {
    const row = item(s);
    row.namedSlots++;
    row.ids.push(...s.statementIds);
  }
  for (const u of unnamed) {
    const row = item(u);
    row.unnamedSlots += u.count;
    row.tallyIds.push(...u.ids);
  }
  const byItem = [...items.values()]
    .map(({ ids, tallyIds, ...row }) => ({
      ...row,
      slots: row.namedSlots + row.unnamedSlots,
      evidence: evidenceOf(ids, tallyIds),
    }))
    .sort(
      (a, b) =>
        Number(a.agendaItem ?? 99) - Number(b.agendaItem ?? 99) ||
        (a.debate ?? '').localeCompare(b.debate ?? ''),
    );

  const byOrg = new Map<string, { label: string; slots: number; ids: number[] }>();
  const byClass = new Map<string, { label: string; slots: number; ids: number[] }>();
  const byState = new Map<string, { label: string; slots: number; ids: number[] }>();
  let linked = 0;
  const bump = (m: typeof byOrg, key: string, label: string, ids: number[]) => {
    const g = m.get(key) ?? { label, slots: 0, ids: [] };
    g.slots++;
    g.ids.push(...ids);
    m.set(key, g);
  };
  for (const s of slots) {
    const link = links.get(s.speakerKey);
    bump(byOrg, s.speakerKey, link?.name ?? s.speaker, s.statementIds);
    if (link) linked++;
    const cls = link?.classification ?? 'unknown';
    bump(byClass, cls, cls, s.statementIds);
    // the State an organisation is linked to: its country, for those classified as tied to a State
    if (link && (cls === 'state-linked' || cls === 'gongo') && link.countryCode)
      bump(byState, link.countryCode, link.countryCode, s.statementIds);
  }
  if (unnamedSlots > 0) {
    byOrg.set('(unnamed)', { label: '(counted, not named)', slots: unnamedSlots, ids: [] });
    byClass.set('unknown', {
      label: 'unknown',
      slots: (byClass.get('unknown')?.slots ?? 0) + unnamedSlots,
      ids: byClass.get('unknown')?.ids ?? [],
    });
  }

  // growth: slots per year over every session, against the base year (of one classification when asked)
  const baseYear = options.baseYear ?? null;
  const cls = options.classification ?? null;
  const years = new Map<number, { slots: number; ids: number[] }>();
  for (const s of allSlots) {
    if (s.year === null) continue;
    if (cls && (links.get(s.speakerKey)?.classification ?? 'unknown') !== cls) continue;
    const y = years.get(s.year) ?? { slots: 0, ids: [] };
    y.slots++;
    y.ids.push(...s.statementIds);
    years.set(s.year, y);
  }
  const base = baseYear === null ? undefined : years.get(baseYear)?.slots;
  const growth = {
    baseYear,
    classification: cls,
    years: [...years.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([year, y]) => ({
        year,
        slots: y.slots,
        ratio: base ? y.slots / base : null,
        evidence: evidenceOf(y.ids),
      })),
  };

  return {
    session,
    totalSlots: total,
    namedSlots: slots.length,
    unnamedSlots,
    byItem,
    byOrganization: shareRows(byOrg, total),
    byClassification: linked > 0 ? shareRows(byClass, total) : null,
    byLinkedState: linked > 0 ? shareRows(byState, total) : null,
    growth,
    evidence: evidenceOf(
      slots.flatMap((s) => s.statementIds),
      unnamed.flatMap((u) => u.ids),
    ),
  };
}
