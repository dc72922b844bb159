/**
 * Points of order per State per year, and whom they targeted: each with the document, line, the
 * President's ruling and the passage. Pure: rows in, figures out.
 */
import type { PointOfOrderRow } from '../../store/hrc-participation/read.js';

export interface PointOfOrderItem {
  id: number;
  session: string | null;
  sessionBy: string | null;
  date: string | null;
  year: number | null;
  agendaItem: string | null;
  debate: string | null;
  raisedBy: string | null;
  raisedByAsPrinted: string | null;
  targetSpeaker: string | null;
  targetOrganization: string | null;
  ruling: string | null;
  outcome: string;
  moment: string | null;
  /** the ids of the same point of order as other documents tell it */
  alsoIn: number[];
  citation: {
    file: string;
    url: string | null;
    line: number;
    rulingLine: number | null;
    passage: string;
    momentUrl: string | null;
    /** the document's UN symbol, when it has one (a session report A/HRC/55/2) */
    symbol: string | null;
  };
}

export interface PointsOfOrderFigure {
  state: string | null;
  year: number | null;
  total: number;
  byYear: {
    year: number | null;
    count: number;
    evidence: { kind: 'hrc-point-of-order'; ids: number[] };
  }[];
  targets: {
    target: string;
    count: number;
    evidence: { kind: 'hrc-point-of-order'; ids: number[] };
  }[];
  outcomes: {
    outcome: string;
    count: number;
    evidence: { kind: 'hrc-point-of-order'; ids: number[] };
  }[];
  items: PointOfOrderItem[];
}

/**
 * The same point of order told by two documents (a news item and a meeting summary) is one. Rows
 * are grouped by State, session (else date) and the speaker or organisation targeted; within a
 * group the document that tells the most points of order stands (a document's own points are all
 * distinct: two against one speaker are two), and the other documents' rows are kept as the
 * same events' further sources (`alsoIn`).
 */
function dedupe(rows: readonly PointOfOrderRow[]): { row: PointOfOrderRow; alsoIn: number[] }[] {
  const groups = new Map<string, PointOfOrderRow[]>();
  for (const r of rows) {
    const target = (r.targetSpeaker ?? r.targetOrganizationKey ?? '').toLowerCase();
    const key = `${r.raisedBy}|${r.session ?? r.date ?? `doc${r.documentId}`}|${target}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const out: { row: PointOfOrderRow; alsoIn: number[] }[] = [];
  // within a group, different dates are different meetings; a row without a date joins the one
  // date the group has (a news item undated, a summary dated), else stands with the undated
  const split: PointOfOrderRow[][] = [];
  for (const group of groups.values()) {
    const dates = [...new Set(group.flatMap((r) => (r.date ? [r.date] : [])))];
    const byDate = new Map<string, PointOfOrderRow[]>();
    for (const r of group) {
      const d = r.date ?? (dates.length === 1 ? dates[0]! : '');
      byDate.set(d, [...(byDate.get(d) ?? []), r]);
    }
    split.push(...byDate.values());
  }
  for (const group of split) {
    const byDoc = new Map<number, PointOfOrderRow[]>();
    for (const r of group) byDoc.set(r.documentId, [...(byDoc.get(r.documentId) ?? []), r]);
    const docs = [...byDoc.values()].sort((a, b) => b.length - a.length || a[0]!.id - b[0]!.id);
    const kept = docs[0]!;
    const others = docs.slice(1).flat();
    kept.forEach((row, i) =>
      out.push({ row, alsoIn: others.filter((_, j) => j % kept.length === i).map((o) => o.id) }),
    );
  }
  return out.sort((a, b) => a.row.id - b.row.id);
}

function group<T extends string | number | null>(
  items: readonly { key: T; id: number }[],
): { key: T; count: number; ids: number[] }[] {
  const m = new Map<T, number[]>();
  for (const i of items) m.set(i.key, [...(m.get(i.key) ?? []), i.id]);
  return [...m.entries()].map(([key, ids]) => ({ key, count: ids.length, ids }));
}

export function pointsOfOrderFigure(
  rows: readonly PointOfOrderRow[],
  state: string | null,
  year: number | null = null,
): PointsOfOrderFigure {
  // the year is chosen after the same event's documents are merged: one undated copy of it must
  // not make it count twice or drop it
  const chosen = dedupe(state ? rows.filter((r) => r.raisedBy === state) : rows).filter(
    (c) => year === null || c.row.year === year,
  );
  const items: PointOfOrderItem[] = chosen.map(({ row: r, alsoIn }) => ({
    id: r.id,
    session: r.session,
    sessionBy: r.sessionBy,
    date: r.date,
    year: r.year,
    agendaItem: r.agendaItem,
    debate: r.debate,
    raisedBy: r.raisedBy,
    raisedByAsPrinted: r.raisedByAsPrinted,
    targetSpeaker: r.targetSpeaker,
    targetOrganization: r.targetOrganization,
    ruling: r.ruling,
    outcome: r.outcome,
    moment: r.moment,
    alsoIn,
    citation: {
      file: r.sourceFile,
      url: r.sourceUrl,
      line: r.line,
      rulingLine: r.rulingLine,
      passage: r.passage,
      momentUrl: r.momentUrl,
      symbol: r.sourceSymbol,
    },
  }));
  const ev = (ids: number[]) => ({ kind: 'hrc-point-of-order' as const, ids });
  return {
    state,
    year,
    total: items.length,
    byYear: group(items.map((i) => ({ key: i.year, id: i.id })))
      .sort((a, b) => (a.key ?? 0) - (b.key ?? 0))
      .map((g) => ({ year: g.key, count: g.count, evidence: ev(g.ids) })),
    targets: group(
      items.map((i) => ({
        key: [i.targetSpeaker, i.targetOrganization].filter(Boolean).join(' / ') || '(not named)',
        id: i.id,
      })),
    )
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .map((g) => ({ target: g.key, count: g.count, evidence: ev(g.ids) })),
    outcomes: group(items.map((i) => ({ key: i.outcome, id: i.id })))
      .sort((a, b) => b.count - a.count)
      .map((g) => ({ outcome: g.key, count: g.count, evidence: ev(g.ids) })),
    items,
  };
}
