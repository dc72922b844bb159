/**
 * Council participation from one document: a meeting summary (press release), a meeting
 * transcript (UN Web TV JSON or a text copy), or prose that reports statements and points of order.
 * Pure and total: any string gives a result; what looks like a speaker list or a point of order but
 * is not read is returned in `unread` and as a warning, with why. See docs/participation.md.
 */
import type {
  OralStatement,
  PointOfOrder,
  SpeakerTally,
  UnreadCandidate,
} from '../../domain/hrc-participation.js';
import type { ParseProblem, SourceDocumentMeta } from '../../domain/provenance.js';
import { WebTvMeeting, looksLikeWebTvJson } from '../ngo-committee/transcript/json-form.js';
import { normalizeOrgName } from '../ngo-committee/org-names.js';
import type { ParseResult } from '../common/parse-result.js';
import { parseUnTextHeader } from '../common/un-text-header.js';
import { advance, EMPTY_CONTEXT, settle, type MeetingContext } from './context.js';
import { looksLikeNarrativeStatement, readNarrative } from './narrative.js';
import { fullName, mentionsPointOfOrder, readPointsOfOrder } from './points-of-order.js';
import { sentencesOf, type TextSentence } from './sentences.js';
import { findList, looksLikeSpeakerList, readList, tallyIn } from './speaker-lists.js';
import { clock, momentLink, readHrcTranscript } from './transcript.js';

export type ParticipationForm = 'press' | 'transcript-json' | 'transcript-text';

export interface SpeakerListFound {
  line: number;
  form: string;
  complete: boolean;
  speakers: number;
  ngos: number;
  tallies: number;
}

export interface ParticipationDocument {
  form: ParticipationForm;
  meta: SourceDocumentMeta;
  statements: OralStatement[];
  tallies: SpeakerTally[];
  pointsOfOrder: PointOfOrder[];
  lists: SpeakerListFound[];
  unread: UnreadCandidate[];
  /** lines read into a record told on another line (a statement's heading whose words join it) */
  alsoRead: number[];
}

export const PARTICIPATION_PROBLEMS = {
  notText: 'not-text',
  badJson: 'bad-transcript-json',
  unreadSpeakerList: 'unread-speaker-list',
  unreadPointOfOrder: 'unread-point-of-order',
  unreadStatement: 'unread-statement',
  uncertainSplit: 'uncertain-and-split',
} as const;

const COUNCIL = /\bHuman\s+Rights\s+Council\b|\bHRC\s?\d/i;
const TRANSCRIPT_WORDS = /\bI\s+(?:now\s+)?give\s+(?:you\s+)?the\s+floor\b/i;

/** Which form a file is in, or null when it holds no Council participation to read. */
export function detectParticipation(text: string): ParticipationForm | null {
  if (looksLikeWebTvJson(text)) return COUNCIL.test(text.slice(0, 5000)) ? 'transcript-json' : null;
  const header = parseUnTextHeader(text);
  const body = header.body;
  if (
    TRANSCRIPT_WORDS.test(body) &&
    COUNCIL.test(`${header.meta.title ?? ''} ${body.slice(0, 5000)}`)
  )
    return 'transcript-text';
  const candidates = sentencesOf(body, header.bodyStartLine).some(
    (s) =>
      looksLikeSpeakerList(s.text) ||
      findList(s.text) !== null ||
      mentionsPointOfOrder(s.text) ||
      looksLikeNarrativeStatement(s.text),
  );
  return candidates ? 'press' : null;
}

const cut = (s: string, n = 400) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function meetingOf(ctx: MeetingContext) {
  const c = settle(ctx);
  return {
    session: c.session,
    sessionBy: c.sessionBy,
    meeting: c.meeting,
    agendaItem: c.agendaItem,
    debate: c.debate,
    date: c.date,
  };
}

function statement(
  ctx: MeetingContext,
  s: { line: number; passage: string; moment?: string | null; momentUrl?: string | null },
  fields: Partial<OralStatement> & Pick<OralStatement, 'speakerKind' | 'speaker' | 'form'>,
): OralStatement {
  return {
    ...meetingOf(ctx),
    line: s.line,
    passage: cut(s.passage),
    moment: s.moment ?? null,
    momentUrl: s.momentUrl ?? null,
    speakerKey: normalizeOrgName(fields.speaker),
    state: null,
    person: null,
    joint: false,
    jointCount: null,
    cosigners: [],
    text: null,
    listComplete: true,
    ...fields,
  };
}

/** "on behalf of 12 organizations", "joint statement": read from a statement's own words. */
function jointIn(text: string): { joint: boolean; jointCount: number | null } {
  const head = text.slice(0, 600);
  const m =
    /\bon\s+behalf\s+of\s+(\d{1,3})\s+(?:other\s+)?(?:non-governmental\s+)?(?:organi[sz]ations|NGOs)\b/i.exec(
      head,
    );
  if (m) return { joint: true, jointCount: Number(m[1]) };
  return { joint: /\bjoint\s+statement\b/i.test(head), jointCount: null };
}

export function parseParticipation(
  text: string,
  options: { file?: string } = {},
): ParseResult<ParticipationDocument> {
  const problems: ParseProblem[] = [];
  const emptyMeta: SourceDocumentMeta = {
    symbol: null,
    url: null,
    title: null,
    date: null,
    year: null,
    language: 'en',
  };
  const doc: ParticipationDocument = {
    form: 'press',
    meta: emptyMeta,
    statements: [],
    tallies: [],
    pointsOfOrder: [],
    lists: [],
    unread: [],
    alsoRead: [],
  };
  const fatal = (code: string, message: string) => {
    problems.push({ file: options.file, line: 1, code, message, severity: 'fatal' });
    return { value: doc, problems };
  };
  if (text.includes('\u0000'))
    return fatal(PARTICIPATION_PROBLEMS.notText, 'input is not text (NUL bytes)');

  if (looksLikeWebTvJson(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      return fatal(PARTICIPATION_PROBLEMS.badJson, `not valid JSON: ${(e as Error).message}`);
    }
    const parsed = WebTvMeeting.safeParse(json);
    if (!parsed.success) return fatal(PARTICIPATION_PROBLEMS.badJson, 'not a UN Web TV transcript');
    const m = parsed.data;
    const date = m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date) ? m.date : null;
    const title = m.clean_title ?? m.title ?? null;
    doc.form = 'transcript-json';
    doc.meta = {
      ...emptyMeta,
      title,
      date,
      year: date ? Number(date.slice(0, 4)) : null,
      url: m.url ?? null,
    };
    let start = advance({ ...EMPTY_CONTEXT, date }, title ?? '');
    if (m.slug) {
      const s = /^hrc\/(\d{1,2})\//.exec(m.slug);
      if (s && !start.session)
        start = { ...start, session: `HRC${Number(s[1])}`, sessionBy: 'text' };
    }
    readTranscript(doc, readHrcTranscript({ json: m, raw: text }, start), problems, options.file);
    return { value: doc, problems };
  }

  const header = parseUnTextHeader(text);
  problems.push(...header.problems.map((p) => ({ ...p, file: options.file })));
  // titles the corpus gave in brackets are editorial, not the document's words
  const title = header.meta.title?.replace(/\s*\([^)]*\)\s*$/, '') ?? null;
  doc.meta = {
    ...emptyMeta,
    url: header.meta.url,
    title: header.meta.title,
    date: header.meta.date,
    year: header.meta.date ? Number(header.meta.date.slice(0, 4)) : null,
  };
  const start = advance({ ...EMPTY_CONTEXT, date: header.meta.date }, title ?? '');
  if (detectParticipation(text) === 'transcript-text') {
    doc.form = 'transcript-text';
    readTranscript(
      doc,
      readHrcTranscript({ body: header.body, bodyStartLine: header.bodyStartLine }, start),
      problems,
      options.file,
    );
    return { value: doc, problems };
  }
  readProse(doc, header.body, header.bodyStartLine, start, problems, options.file);
  if (!doc.meta.date) {
    const dated = doc.statements[0]?.date ?? doc.pointsOfOrder[0]?.date ?? null;
    if (dated) doc.meta = { ...doc.meta, date: dated, year: Number(dated.slice(0, 4)) };
  }
  return { value: doc, problems };
}

function unread(
  doc: ParticipationDocument,
  problems: ParseProblem[],
  file: string | undefined,
  kind: UnreadCandidate['kind'],
  line: number,
  text: string,
  why: string,
) {
  doc.unread.push({ kind, line, text: cut(text, 300), why });
  const code =
    kind === 'speaker-list'
      ? PARTICIPATION_PROBLEMS.unreadSpeakerList
      : kind === 'point-of-order'
        ? PARTICIPATION_PROBLEMS.unreadPointOfOrder
        : PARTICIPATION_PROBLEMS.unreadStatement;
  problems.push({ file, line, code, message: why, excerpt: cut(text, 200), severity: 'warning' });
}

function readProse(
  doc: ParticipationDocument,
  body: string,
  bodyStartLine: number,
  start: MeetingContext,
  problems: ParseProblem[],
  file: string | undefined,
) {
  const sentences = sentencesOf(body, bodyStartLine);
  const contexts: MeetingContext[] = [];
  let ctx = start;
  // the date and session printed anywhere in the text hold for all of it when nothing came before
  for (const s of sentences) {
    ctx = advance(ctx, s.text);
    contexts.push(ctx);
  }
  const firstSession = contexts.find((c) => c.session);
  const at = (i: number): MeetingContext => {
    const c = contexts[i]!;
    return {
      ...c,
      session: c.session ?? firstSession?.session ?? null,
      sessionBy: c.session ? c.sessionBy : (firstSession?.sessionBy ?? null),
    };
  };
  const handled = new Set<TextSentence>();

  sentences.forEach((s, i) => {
    const found = findList(s.text);
    if (found) {
      const r = readList(found.intro, found.list);
      handled.add(s);
      const ngos = r.speakers.filter((x) => x.speakerKind === 'ngo').length;
      doc.lists.push({
        line: s.line,
        form: r.form,
        complete: r.complete,
        speakers: r.speakers.length,
        ngos,
        tallies: r.tallies.length,
      });
      for (const sp of r.speakers) {
        doc.statements.push(
          statement(
            at(i),
            { line: s.line, passage: s.text },
            {
              speakerKind: sp.speakerKind,
              speaker: sp.speaker,
              state: sp.state,
              joint: sp.joint,
              jointCount: sp.jointCount,
              cosigners: sp.cosigners,
              form: r.form,
              listComplete: r.complete,
            },
          ),
        );
        if (sp.uncertainSplit)
          problems.push({
            file,
            line: s.line,
            code: PARTICIPATION_PROBLEMS.uncertainSplit,
            message: `"${sp.speaker}" was split from its neighbour at an "and" that may belong to a name`,
            excerpt: cut(s.text, 200),
            severity: 'warning',
          });
      }
      for (const t of r.tallies)
        doc.tallies.push({
          ...meetingOf(at(i)),
          line: s.line,
          passage: cut(s.text),
          moment: null,
          momentUrl: null,
          speakerKind: 'ngo',
          count: t.count,
        });
      for (const u of r.unread) unread(doc, problems, file, 'speaker-list', s.line, u.text, u.why);
      if (r.speakers.length === 0 && r.tallies.length === 0 && r.unread.length === 0)
        unread(
          doc,
          problems,
          file,
          'speaker-list',
          s.line,
          s.text,
          'a list intro with no list after it (the excerpt may stop there)',
        );
      return;
    }
    const tally = tallyIn(s.text);
    if (tally !== null) {
      handled.add(s);
      doc.tallies.push({
        ...meetingOf(at(i)),
        line: s.line,
        passage: cut(s.text),
        moment: null,
        momentUrl: null,
        speakerKind: 'ngo',
        count: tally,
      });
    }
  });

  const narrative = readNarrative(sentences, body.split(/\r\n|\r|\n/), bodyStartLine);
  const seen = new Set<string>();
  for (const n of narrative.statements) {
    const i = sentences.indexOf(n.sentence);
    handled.add(n.sentence);
    const ctx = {
      ...at(i),
      ...(n.debate
        ? {
            debate: n.debate,
            agendaItem:
              /item\s+(\d+)/i.exec(n.debate)?.[1] ??
              (/general\s+debate\s+on\s+human\s+rights\s+situations/i.test(n.debate)
                ? '4'
                : at(i).agendaItem),
          }
        : {}),
    };
    // the same statement told twice (a summary line, then the statement's own heading) is one
    const key = `${normalizeOrgName(n.organization)}|${debateKey(ctx.debate)}`;
    const twin = doc.statements.find(
      (x) => `${x.speakerKey}|${debateKey(x.debate)}` === key && x.form.startsWith('narrative'),
    );
    if (twin && n.text) {
      twin.text = n.text;
      doc.alsoRead.push(n.sentence.line);
      continue;
    }
    if (seen.has(key)) continue;
    seen.add(key);
    doc.statements.push(
      statement(
        ctx,
        { line: n.sentence.line, passage: n.sentence.text },
        {
          speakerKind: 'ngo',
          speaker: n.organization,
          person: n.person
            ? fullName(n.person.replace(/^(?:Mr|Ms|Mrs|Dr)\.?\s+/, ''), sentences)
            : null,
          text: n.text,
          ...(n.text ? jointIn(n.text) : {}),
          form: n.form,
        },
      ),
    );
  }

  const po = readPointsOfOrder(sentences);
  for (const r of po.rulings) handled.add(r);
  for (const p of po.points) {
    handled.add(p.sentence);
    const i = p.index;
    doc.pointsOfOrder.push({
      ...meetingOf(at(i)),
      line: p.sentence.line,
      passage: cut(p.sentence.text),
      moment: null,
      momentUrl: null,
      raisedBy: p.raisedBy,
      raisedByAsPrinted: p.raisedByAsPrinted,
      targetSpeaker: p.targetSpeaker,
      targetOrganization: p.targetOrganization,
      targetOrganizationKey: p.targetOrganization ? normalizeOrgName(p.targetOrganization) : null,
      ruling: p.ruling,
      rulingLine: p.rulingLine,
      outcome: p.outcome,
      form: p.form,
    });
    if (p.raisedBy === null)
      unread(
        doc,
        problems,
        file,
        'point-of-order',
        p.sentence.line,
        p.sentence.text,
        'a point of order raised, but the text names no State that raised it (kept, with raisedBy unknown)',
      );
  }
  for (const u of po.unread) {
    if (!u.why.startsWith('mentions a point of order but neither'))
      unread(doc, problems, file, 'point-of-order', u.sentence.line, u.sentence.text, u.why);
  }
  // the wide net: sentences that look like a speaker list or statement but no form read
  for (const s of sentences) {
    if (handled.has(s)) continue;
    if (looksLikeSpeakerList(s.text))
      unread(doc, problems, file, 'speaker-list', s.line, s.text, whyNotList(s.text));
    else if (looksLikeNarrativeStatement(s.text))
      unread(
        doc,
        problems,
        file,
        'statement',
        s.line,
        s.text,
        'tells of a statement but names no organisation and debate in a form read',
      );
  }
  doc.unread.sort((a, b) => a.line - b.line);
}

function whyNotList(text: string): string {
  if (/\bCommittee\s+on\s+NGOs\b|\bEconomic\s+and\s+Social\s+Council\b|\bECOSOC\b/i.test(text))
    return 'about the Committee on NGOs or ECOSOC, not a Council meeting: no Council speakers named or counted';
  if (/\b(?:more\s+than|half|majority|share|per\s*cent|%)\b/i.test(text))
    return 'a finding about speakers (a share), naming and counting none';
  if (/\bundersigned\b/i.test(text))
    return 'the signatories of a public statement, not speakers at a meeting';
  if (/\b(?:can|may|enables?|allowed)\b/i.test(text))
    return 'says what NGOs may do in general, not who spoke at a meeting';
  if (/\b(?:many|several|some)\s+(?:speakers|non-governmental|NGOs)\b/i.test(text))
    return 'speakers described (“many”, “several”), not named or counted';
  if (/\bon\s+behalf\s+of\b/i.test(text) && !/:/.test(text))
    return 'names who a statement was made on behalf of, but is no list of speakers at the Council';
  if (/\b\d+\s+(?:other\s+)?organi[sz]ations\b/i.test(text))
    return 'a count of organisations that is not of speakers at a meeting';
  return 'speaks of NGOs or speakers but lists none in a form read';
}

function debateKey(debate: string | null): string {
  if (!debate) return '';
  const m =
    /\b(?:Rapporteur|Expert|Group|Inquiry|Representative)\s+(?:on|of)\s+(?:the\s+)?(\w+)/i.exec(
      debate,
    );
  if (m) return `id:${m[1]!.toLowerCase()}`;
  const item = /item\s+(\d+)/i.exec(debate);
  return item ? `gd:${item[1]}` : debate.toLowerCase().slice(0, 40);
}

function readTranscript(
  doc: ParticipationDocument,
  r: ReturnType<typeof readHrcTranscript>,
  problems: ParseProblem[],
  file: string | undefined,
) {
  for (const t of r.turns) {
    if (t.kind !== 'ngo' || !t.speaker) continue;
    const moment = t.startMs === null ? null : clock(t.startMs);
    doc.statements.push(
      statement(
        t.context,
        { line: t.line, passage: t.text, moment, momentUrl: momentLink(r.playerUrl, t.startMs) },
        {
          speakerKind: 'ngo',
          speaker: t.speaker,
          person: t.person,
          text: t.text,
          ...jointIn(t.text),
          form: doc.form === 'transcript-json' ? 'transcript-turn' : 'transcript-text-turn',
        },
      ),
    );
  }
  for (const p of r.points) {
    const moment = p.turn.startMs === null ? null : clock(p.turn.startMs);
    doc.pointsOfOrder.push({
      ...meetingOf(p.turn.context),
      line: p.turn.line,
      passage: cut(p.turn.text),
      moment,
      momentUrl: momentLink(r.playerUrl, p.turn.startMs),
      raisedBy: p.raisedBy,
      raisedByAsPrinted: p.raisedByAsPrinted,
      targetSpeaker: p.target?.person ?? null,
      targetOrganization: p.target?.speaker ?? null,
      targetOrganizationKey: p.target?.speaker ? normalizeOrgName(p.target.speaker) : null,
      ruling: p.ruling,
      rulingLine: p.rulingLine,
      outcome: p.outcome,
      form: 'transcript-turn',
    });
  }
  for (const u of r.unread)
    unread(
      doc,
      problems,
      file,
      /point of order/i.test(u.why) ? 'point-of-order' : 'statement',
      u.line,
      u.text,
      u.why,
    );
}
