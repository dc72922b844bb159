/**
 * Points of order in prose (meeting summaries and reports of a meeting): who raised it, against
 * whose speech, and what the President ruled. A sentence raises one when it says so ("China raised
 * a point of order", "On a point of order, the Russian Federation said", "the Chinese
 * Representative raised his second point of order", "demanded the floor to object", "a procedural
 * challenge"); a later sentence of the President's ("replied", "ruled", "rejects … point of order")
 * is its ruling. The speaker interrupted is the one the text names around it.
 */
import type { PointOfOrderOutcome } from '../../domain/hrc-participation.js';
import type { TextSentence } from './sentences.js';
import { statesIn } from './states.js';

const MENTION =
  /\bpoints?\s+of\s+order\b|\bprocedural\s+challenge\b|\b(?:demanded|asked\s+for|requested|took)\s+the\s+floor\s+to\s+object\b/i;
const RAISES =
  /\b(?:rais(?:ed|es|ing)|r[oi]se\s+on|made|making|spoke\s+on|speaking\s+on|On)\s+(?:a|an|his|her|its|their|another)?\s*(?:first|second|third|fourth|further)?\s*point\s+of\s+order\b|\bprocedural\s+challenge\b|\b(?:demanded|asked\s+for|requested|took)\s+the\s+floor\s+to\s+object\b|\binterrupted\b[^.]{0,60}\bpoint\s+of\s+order\b/i;
const ORDINAL = /\b(first|second|third|fourth)\s+point\s+of\s+order\b/i;
const PRESIDENT = /\b(?:President|Chair(?:person)?|Vice-President|[Cc]ouncil\s+president)\b/;
const RULES =
  /\b(?:ruled|rules|replied|responded|answered|reminded|recalled|stressed|explained|clarified|pointed\s+out|informed|advised|said|stated|noted|decided|rejected|rejects|upheld|upholds|allowed|gave\s+the\s+floor)\b/i;
const CONTINUED =
  /\bcontinue\s+(?:his|her|their|the|its)\s+(?:speech|statement|intervention)\b|\bentitled\s+to\s+(?:finish|continue|complete)\b|\ballow(?:ed|s)?\b[^.]{0,60}\bto\s+(?:continue|finish|complete|resume)\b|\bmay\s+(?:continue|proceed|resume)\b|\bgave\s+the\s+floor\s+back\b/i;
const REJECTED =
  /\breject(?:s|ed)?\b[^.]{0,60}\bpoint\s+of\s+order\b|\bnot\s+upheld\b|\boverrul(?:ed|es)\b/i;
const UPHELD = /\bupheld\b|\bruled\s+(?:the\s+speaker|him|her)\s+out\s+of\s+order\b|\bcut\s+off\b/i;
const INTERRUPTED = /\b(?:was|were)\s+interrupted\b/i;

const NAME = String.raw`([A-Z][\p{L}'’-]+(?:\s+(?:(?:of|for|and|the|de|du)\s+)?[A-Z][\p{L}'’-]+){0,4})`;
const TARGET_PERSON: RegExp[] = [
  new RegExp(String.raw`\b[Dd]uring\s+the\s+(?:speech|statement|intervention)\s+of\s+${NAME}`, 'u'),
  new RegExp(
    String.raw`\b(?:to\s+)?(?:stop|block|silence|interrupt)(?:ped|ing|ed)?(?:\s+twice|\s+again)?,?\s+${NAME}`,
    'u',
  ),
  new RegExp(
    String.raw`^${NAME},\s+(?:a|an|the)\s+[^.]{3,160}?,\s+(?:spoke|was\s+speaking|began\s+speaking|took\s+the\s+floor|addressed)\b`,
    'u',
  ),
];
const ORG_LIKE =
  /\b(?:Association|Organi[sz]ation|Institute|Centre|Center|Federation|Council|Foundation|International|Network|Society|Union|Alliance|Watch|Committee|League|Movement|Group|Commission|Forum|Service|Congress|Campaign|Coalition|Fund|Trust|Initiative|Project|Advocacy|Defence|Defense)\b/;
const ORG = String.raw`([A-Z][^,.;:()“”"]{2,100}?)`;
const TARGET_ORG: RegExp[] = [
  new RegExp(
    String.raw`\bthe\s+speaker\s+(?:of|for)\s+(?:the\s+)?${ORG}\s+(?:had|has|was|is|said|named)\b`,
  ),
  new RegExp(
    String.raw`\binvited\s+by\s+the\s+(?:non-?governmental\s+organi[sz]ation|NGO|organi[sz]ation)\s+${ORG}\s+to\s+(?:take|use|speak|deliver)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\bIn\s+a\s+statement\s+to\s+the\s+(?:Human\s+Rights\s+)?Council(?:\s+on\s+[^,]{3,30})?,\s+${ORG}\s+(?:called|said|urged|asked|drew)\b`,
  ),
  new RegExp(
    String.raw`\bspeaking\s+(?:on\s+behalf\s+of|for)\s+(?:the\s+)?${ORG}(?=[,.;]|\s+(?:when|as|during)\b)`,
  ),
];

export interface ProsePointOfOrder {
  raisedBy: string | null;
  raisedByAsPrinted: string | null;
  targetSpeaker: string | null;
  targetOrganization: string | null;
  ruling: string | null;
  rulingLine: number | null;
  outcome: PointOfOrderOutcome;
  form: string;
  sentence: TextSentence;
  index: number;
}

export function mentionsPointOfOrder(text: string): boolean {
  return MENTION.test(text);
}

function firstMatch(res: RegExp[], text: string): string | null {
  for (const re of res) {
    const m = re.exec(text);
    if (m) return m[1]!.trim();
  }
  return null;
}

/** A surname alone ("Isa") stands for the full name printed earlier ("Dolkun Isa"). */
export function fullName(name: string, sentences: readonly TextSentence[]): string {
  if (name.includes(' ')) return name;
  for (const s of sentences) {
    const m = new RegExp(String.raw`\b([A-Z][\p{L}'’-]+\s+${name})\b`, 'u').exec(s.text);
    if (m && !/^(?:The|A|An|Mr|Ms|Mrs)$/.test(m[1]!.split(/\s+/)[0]!)) return m[1]!;
  }
  return name;
}

function outcomeOf(texts: string[]): PointOfOrderOutcome {
  const all = texts.join(' ');
  if (CONTINUED.test(all)) return 'speaker-continued';
  if (REJECTED.test(all)) return 'rejected';
  if (UPHELD.test(all)) return 'upheld';
  if (INTERRUPTED.test(all)) return 'interrupted';
  return 'unknown';
}

export interface PointsOfOrderReading {
  points: ProsePointOfOrder[];
  /** sentences that mention a point of order but raise none and rule on none */
  unread: { sentence: TextSentence; why: string }[];
  /** the President's sentences read as rulings */
  rulings: TextSentence[];
}

export function readPointsOfOrder(sentences: readonly TextSentence[]): PointsOfOrderReading {
  const points: ProsePointOfOrder[] = [];
  const unread: { sentence: TextSentence; why: string }[] = [];
  const rulingOf = new Map<ProsePointOfOrder, TextSentence[]>();
  sentences.forEach((s, index) => {
    const raises = RAISES.test(s.text);
    if (!raises) {
      if (!MENTION.test(s.text)) return;
      // "HRC President rejects China's first point of order": a ruling on one already raised
      const ord = ORDINAL.exec(s.text)?.[1]?.toLowerCase();
      const target =
        [...points]
          .reverse()
          .find((p) => !ord || ORDINAL.exec(p.sentence.text)?.[1]?.toLowerCase() === ord) ?? null;
      if (target && PRESIDENT.test(s.text)) rulingOf.get(target)!.push(s);
      else
        unread.push({
          sentence: s,
          why: target
            ? 'mentions a point of order but neither raises one nor gives the President’s ruling'
            : 'mentions a point of order before any is raised in the text (no State, no speech named)',
        });
      return;
    }
    const states = statesIn(s.text);
    const keyword = s.text.search(RAISES);
    const before = states.filter((m) => m.at < keyword);
    const raiser = before[before.length - 1] ?? states.find((m) => m.at > keyword) ?? null;
    const point: ProsePointOfOrder = {
      raisedBy: raiser?.code ?? null,
      raisedByAsPrinted: raiser?.asPrinted ?? null,
      targetSpeaker: null,
      targetOrganization: null,
      ruling: null,
      rulingLine: null,
      outcome: 'unknown',
      form: /procedural\s+challenge/i.test(s.text)
        ? 'procedural-challenge'
        : /floor\s+to\s+object/i.test(s.text)
          ? 'floor-to-object'
          : 'point-of-order',
      sentence: s,
      index,
    };
    points.push(point);
    rulingOf.set(point, []);
  });

  points.forEach((p, k) => {
    const next = points[k + 1]?.index ?? sentences.length;
    // the President's words after it, before the next point of order (within six sentences)
    for (let i = p.index + 1; i < Math.min(next, p.index + 7); i++) {
      const s = sentences[i]!;
      if (PRESIDENT.test(s.text) && RULES.test(s.text) && !rulingOf.get(p)!.includes(s))
        rulingOf.get(p)!.push(s);
    }
    const rulings = rulingOf.get(p)!.sort((a, b) => a.line - b.line);
    if (rulings.length > 0) {
      p.ruling = rulings
        .map((r) => r.text)
        .join(' ')
        .slice(0, 600);
      p.rulingLine = rulings[0]!.line;
    }
    p.outcome = outcomeOf([...rulings.map((r) => r.text), p.sentence.text]);
    // whose speech: the point's own sentence first, then the nearest before it, then after it
    // (never past the next point of order); the first sentence that names anyone decides
    const order = [
      p.index,
      ...range(p.index - 1, Math.max(0, p.index - 8), -1),
      ...range(p.index + 1, Math.min(next - 1, p.index + 8), 1),
    ];
    for (const i of order) {
      const t = sentences[i]!.text;
      const person = firstMatch(TARGET_PERSON, t);
      const org = firstMatch(TARGET_ORG, t);
      // "during the statement of Harbour Rights Watch": an organisation's speech, no person named
      if (person && (ORG_LIKE.test(person) || /\s(?:of|for|and)\s/.test(person)))
        p.targetOrganization ??= person;
      else if (person) p.targetSpeaker ??= person;
      if (org) p.targetOrganization ??= org;
      if (p.targetSpeaker && p.targetOrganization) break;
      if ((person || org) && i === p.index) break;
    }
    if (p.targetSpeaker) p.targetSpeaker = fullName(p.targetSpeaker, sentences);
  });
  return { points, unread, rulings: points.flatMap((p) => rulingOf.get(p)!) };
}

function range(from: number, to: number, step: 1 | -1): number[] {
  const out: number[] = [];
  for (let i = from; step > 0 ? i <= to : i >= to; i += step) out.push(i);
  return out;
}
