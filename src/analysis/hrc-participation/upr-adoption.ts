/**
 * Who spoke at a State's UPR adoption (issue 14): the Council adopts each review's outcome under
 * item 6, and NGO speakers there are often the State's own proxies praising it. Pure: statements
 * in (their debate read as "universal periodic review outcome of <State as printed>", see
 * src/sources/hrc-participation/context.ts), the speakers of the chosen State's adoptions out,
 * per session, each with the ids of the statements behind it.
 */
import { resolveStateArg } from '../../domain/reference/states-arg.js';
import type { OrganizationLink, StatementRow } from '../../store/hrc-participation/read.js';

const PREFIX = 'universal periodic review outcome of ';

export interface UprAdoptionSpeaker {
  speaker: string;
  speakerKey: string;
  speakerKind: string;
  /** a State speaker's code */
  state: string | null;
  /** the registry's organisation and its classification, when the name joins one */
  organizationId: number | null;
  classification: string | null;
  statementIds: number[];
}

export interface UprAdoption {
  session: string | null;
  date: string | null;
  /** the State's name as the document printed it */
  printedAs: string;
  ngoSpeakers: number;
  speakers: UprAdoptionSpeaker[];
  evidence: { kind: 'hrc-statement'; ids: number[] };
}

export interface UprAdoptionFigure {
  state: string;
  adoptions: UprAdoption[];
  /** every State whose adoption has speakers stored (for a reader to choose from) */
  reviewed: string[];
}

/** The State a UPR-outcome debate is about, or null when the debate is not one or names none. */
export function uprStateOf(debate: string | null): { code: string; printed: string } | null {
  if (!debate?.startsWith(PREFIX)) return null;
  const printed = debate.slice(PREFIX.length).trim();
  const r = resolveStateArg(printed);
  return r.ok ? { code: r.state.code, printed } : null;
}

export function uprAdoptionFigure(
  statements: readonly StatementRow[],
  links: ReadonlyMap<string, OrganizationLink>,
  state: string,
): UprAdoptionFigure {
  const bySession = new Map<string, UprAdoption & { byKey: Map<string, UprAdoptionSpeaker> }>();
  const reviewed = new Set<string>();
  for (const s of statements) {
    const about = uprStateOf(s.debate);
    if (about) reviewed.add(about.code);
    if (!about || about.code !== state) continue;
    const key = s.session ?? `?${s.documentId}`;
    let a = bySession.get(key);
    if (!a) {
      a = {
        session: s.session,
        date: s.date,
        printedAs: about.printed,
        ngoSpeakers: 0,
        speakers: [],
        evidence: { kind: 'hrc-statement', ids: [] },
        byKey: new Map(),
      };
      bySession.set(key, a);
    }
    a.evidence.ids.push(s.id);
    // the same speaker told by two documents of one adoption is one speaker
    const speakerKey = `${s.speakerKind}|${s.speakerKey}`;
    const known = a.byKey.get(speakerKey);
    if (known) {
      known.statementIds.push(s.id);
      continue;
    }
    const link = s.speakerKind === 'ngo' ? links.get(s.speakerKey) : undefined;
    const speaker: UprAdoptionSpeaker = {
      speaker: s.speaker,
      speakerKey: s.speakerKey,
      speakerKind: s.speakerKind,
      state: s.state,
      organizationId: link?.organizationId ?? null,
      classification: link?.classification ?? null,
      statementIds: [s.id],
    };
    a.byKey.set(speakerKey, speaker);
    a.speakers.push(speaker);
    if (s.speakerKind === 'ngo') a.ngoSpeakers++;
  }
  return {
    state,
    adoptions: [...bySession.values()]
      .map(({ byKey: _, ...a }) => a)
      .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '')),
    reviewed: [...reviewed].sort(),
  };
}
