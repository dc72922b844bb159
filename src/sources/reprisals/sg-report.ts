import type { ParseProblem } from '../../domain/provenance.js';
import { resolveState } from '../../domain/reference/states.js';
import type {
  Appearance,
  CaseDraft,
  FollowUpLink,
  GovernmentResponse,
  ReprisalCase,
} from '../../domain/reprisals.js';
import type { ParseResult } from '../common/parse-result.js';
import type { PdfText } from '../common/pdf-text.js';
import { problemSink } from '../upr/problems.js';
import { isoDateOf, reportYearOfSymbol } from './dates.js';
import { CONTINUES_CASE, readParagraph } from './paragraph-rules.js';

/**
 * The Secretary-General's annual reprisals report ("Cooperation with the United Nations, its
 * representatives and mechanisms in the field of human rights", A/HRC/xx/yy), as text or as the
 * lines of its PDF. Layout (../shared/formats/sg-reprisals-report.md): annex I holds new cases,
 * annex II follow-up of cases from earlier reports; in each, a country heading, then numbered
 * paragraphs, one or a few per case.
 *
 * Every numbered paragraph of the annexes ends up in exactly one place: a draft case (annex I), a
 * draft follow-up link (annex II), or a problem naming its line. A paragraph that carries on the
 * case before it ("On 17 August 2020, the Government responded …") joins that case rather than
 * making a new one, and its number is added to the case's appearance.
 * The body of the report (before annex I) is not read as cases.
 */

export interface SgReportRead {
  symbol: string | null;
  year: number | null;
  /** annex I: one draft per case, in the order printed */
  drafts: CaseDraft[];
  /** annex II: one link per follow-up case, to be matched to an earlier case */
  followUps: FollowUpLink[];
  /** numbered paragraphs seen in the annexes, whatever became of them (for the coverage check) */
  paragraphs: { annex: 'I' | 'II'; number: string; line: number; outcome: ParagraphOutcome }[];
}

export type ParagraphOutcome = 'draft' | 'follow-up' | 'joined-previous' | 'problem';

export interface SgReportOptions {
  /** the report's symbol when the text does not show it (an annex extracted on its own) */
  symbol?: string;
}

interface Line {
  text: string;
  line: number;
  page: number | null;
}

interface Paragraph {
  annex: 'I' | 'II';
  country: string | null;
  countryPrinted: string;
  numbers: string[];
  text: string;
  /** footnote lines met while the paragraph was being read: they carry references */
  notes: string[];
  line: number;
  page: number | null;
}

const SYMBOL = /\bA\/HRC\/(\d{1,2})\/(\d{1,3})\b/;
/**
 * "Annex I", "ANNEX II", "Annex II [English only]", "Annex I: Information on …"; not "Annex I
 * contains …" (no /i flag: under /iu, \p{Lu} would match lower case too)
 */
const ANNEX = /^(?:Annex|ANNEX)\s+(I{1,2})\b\.?(?:\s*$|\s*[[(:–-]|\s+\p{Lu})/u;
const NUMBERED = /^(\d{1,3})\.\s+(\S.*)$/;
/** a footnote as the PDF prints it at the page foot: its number, then a reference */
const FOOTNOTE = /^\d{1,3}\s+(?:See |A\/HRC|A\/\d|Ibid|https?:|[A-Z]{3} \d{1,4}\/\d{4})/;
const EARLIER =
  /(A\/HRC\/\d{1,2}\/\d{1,3})(?:,?\s*annex\s+(I{1,2}))?(?:,?\s*paras?\.\s*(\d{1,3}(?:\s*(?:[-–]|,|and)\s*\d{1,3})*))?/g;
const DISTR_DATE = /Distr\.?:?\s*General\s+(\d{1,2} \w+ \d{4})/i;

export function parseSgReprisalsReport(
  fileName: string,
  input: string | Pick<PdfText, 'lines'>,
  options: SgReportOptions = {},
): ParseResult<SgReportRead> {
  const problems: ParseProblem[] = [];
  const problem = problemSink(fileName, problems);
  const lines: Line[] =
    typeof input === 'string'
      ? input.split(/\r\n|\r|\n/).map((text, i) => ({ text: text.trim(), line: i + 1, page: null }))
      : input.lines.map((l, i) => ({ text: l.text.trim(), line: i + 1, page: l.page }));

  const head = lines
    .slice(0, 60)
    .map((l) => l.text)
    .join(' ');
  const symbol = options.symbol ?? SYMBOL.exec(head)?.[0] ?? null;
  const printedDate = DISTR_DATE.exec(head)?.[1];
  const year =
    (printedDate ? Number(isoDateOf(printedDate)?.slice(0, 4)) || null : null) ??
    (symbol ? reportYearOfSymbol(symbol) : null);
  const read: SgReportRead = { symbol, year, drafts: [], followUps: [], paragraphs: [] };
  if (!symbol || !year) {
    problem(
      1,
      'no-symbol',
      symbol
        ? `the year of ${symbol} is not printed and cannot be told from the symbol`
        : 'no report symbol (A/HRC/xx/yy) in the first lines: pass it with the import',
      'fatal',
    );
    return { value: read, problems };
  }

  const paragraphs = collectParagraphs(lines, problem);
  if (paragraphs === null) {
    problem(
      1,
      'no-annexes',
      'no "Annex I" or "Annex II" heading: reports before 2017 hold the cases in the body, which is not read as cases',
      'warning',
    );
    return { value: read, problems };
  }

  const seqByCountry = new Map<string, number>();
  for (const group of groupCases(paragraphs)) {
    const first = group[0]!;
    const numbers = group.flatMap((p) => p.numbers);
    const outcomeOf = (o: ParagraphOutcome) =>
      group.forEach((p, i) =>
        read.paragraphs.push({
          annex: p.annex,
          number: p.numbers[0]!,
          line: p.line,
          outcome: i === 0 || o === 'problem' ? o : 'joined-previous',
        }),
      );
    if (first.country === null) {
      for (const p of group)
        problem(
          p.line,
          'paragraph-without-country',
          `annex ${p.annex}, paragraph ${p.numbers[0]}: under no country heading we know (${first.countryPrinted || 'none yet'}); not read as a case`,
          'warning',
          p.text,
        );
      outcomeOf('problem');
      continue;
    }
    const text = group.map((p) => p.text).join(' ');
    const notes = group.flatMap((p) => p.notes).join(' ');
    const reading = readParagraph(text);
    const appearance: Appearance = {
      symbol,
      year,
      annex: first.annex,
      paragraph: numbers.length === 1 ? numbers[0]! : `${numbers[0]}-${numbers.at(-1)}`,
      kind: first.annex === 'I' ? 'new' : 'follow-up',
      page: first.page,
    };
    if (first.annex === 'II') {
      const earlier = earlierReferences(`${text} ${notes}`, symbol);
      if (earlier.length === 0 && !reading.victimName)
        problem(
          first.line,
          'follow-up-unanchored',
          `annex II, paragraph ${numbers[0]}: cites no earlier report and names no one; a person must find the earlier case`,
          'warning',
          text,
        );
      read.followUps.push({
        country: first.country,
        appearance,
        earlier,
        victimName: reading.victimName,
        description: text.slice(0, 200),
        governmentResponses: reading.governmentResponses,
        communicationRefs: reading.communicationRefs,
        caseId: null,
        matchedBy: null,
      });
      outcomeOf('follow-up');
      continue;
    }
    const seq = (seqByCountry.get(first.country) ?? 0) + 1;
    seqByCountry.set(first.country, seq);
    const caseId = `${year}-${first.country}-${String(seq).padStart(3, '0')}`;
    read.drafts.push({
      case: draftCase(caseId, year, first.country, appearance, text, reading),
      reasons: reading.reasons,
      passage: text,
      line: first.line,
    });
    outcomeOf('draft');
  }
  return { value: read, problems };
}

/** The annexes' numbered paragraphs with their country; null when the text has no annex. */
function collectParagraphs(
  lines: Line[],
  problem: ReturnType<typeof problemSink>,
): Paragraph[] | null {
  const out: Paragraph[] = [];
  let annex: 'I' | 'II' | null = null;
  let country: string | null = null;
  let countryPrinted = '';
  let current: Paragraph | null = null;
  let sawAnnex = false;
  let lastNumber = 0;
  const close = () => {
    if (current) out.push(current);
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const { text, line, page } = lines[i]!;
    if (text === '') continue;
    const annexHead = ANNEX.exec(text);
    if (annexHead && text.length < 120) {
      close();
      annex = annexHead[1]!.toUpperCase() as 'I' | 'II';
      sawAnnex = true;
      country = null;
      countryPrinted = '';
      lastNumber = 0;
      continue;
    }
    if (annex === null) continue;
    const numbered = NUMBERED.exec(text);
    if (numbered) {
      close();
      const n = Number(numbered[1]);
      if (lastNumber !== 0 && n !== lastNumber + 1)
        problem(
          line,
          'paragraph-numbering',
          `annex ${annex}: paragraph ${n} follows ${lastNumber}; check for a paragraph read as something else`,
          'warning',
          text,
        );
      lastNumber = n;
      current = {
        annex,
        country,
        countryPrinted,
        numbers: [numbered[1]!],
        text: numbered[2]!,
        notes: [],
        line,
        page,
      };
      continue;
    }
    if (FOOTNOTE.test(text)) {
      (current as Paragraph | null)?.notes.push(text);
      continue;
    }
    const heading = countryHeading(text, lines[i + 1]?.text ?? '', current);
    if (heading !== undefined) {
      close();
      countryPrinted = text;
      country = heading;
      if (heading === null)
        problem(
          line,
          'unknown-country-heading',
          `annex ${annex}: "${text}" reads as a country heading but names no State we know; its paragraphs are listed as problems`,
          'warning',
          text,
        );
      continue;
    }
    if (current === null) continue; // the annex's title and introductory words
    const p: Paragraph = current;
    // a word broken at the line end ("inter-" / "national") joins without a space
    p.text = /\p{L}-$/u.test(p.text) ? p.text + text : `${p.text} ${text}`;
  }
  close();
  return sawAnnex ? out : null;
}

/**
 * A heading line: short, no sentence punctuation, followed by a numbered paragraph. Returns the
 * State's code, null for a heading that names no State, undefined for a line that is no heading.
 */
function countryHeading(
  text: string,
  next: string,
  current: Paragraph | null,
): string | null | undefined {
  const cleaned = text.replace(/^(?:[A-Z]|[IVX]{1,4}|\d{1,2})\.\s+/, '').trim();
  const code = stateOfHeading(cleaned);
  const headingShape =
    cleaned.split(/\s+/).length <= 8 && !/[.;,:]$/.test(cleaned) && /^\p{Lu}/u.test(cleaned);
  if (code !== undefined && headingShape && (current === null || /[.)”"]$/.test(current.text)))
    return code;
  if (headingShape && NUMBERED.test(next) && (current === null || /[.)”"]$/.test(current.text)))
    return null;
  return undefined;
}

function stateOfHeading(heading: string): string | undefined {
  return (
    resolveState(heading) ??
    resolveState(heading.replace(/\s*\(.*\)\s*$/, '')) ??
    resolveState(heading.split(',')[0]!)
  );
}

/** A case's paragraphs: a paragraph that carries on the previous case joins it. */
function groupCases(paragraphs: Paragraph[]): Paragraph[][] {
  const groups: Paragraph[][] = [];
  for (const p of paragraphs) {
    const last = groups.at(-1);
    const prev = last?.at(-1);
    if (
      last &&
      prev &&
      prev.annex === p.annex &&
      prev.country === p.country &&
      prev.countryPrinted === p.countryPrinted &&
      CONTINUES_CASE.test(p.text)
    )
      last.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** "A/HRC/42/30, annex I, para. 12": earlier reports a follow-up paragraph points back to. */
export function earlierReferences(text: string, ownSymbol: string): FollowUpLink['earlier'] {
  const out: FollowUpLink['earlier'] = [];
  for (const m of text.matchAll(EARLIER)) {
    if (m[1] === ownSymbol) continue;
    const paragraphs: string[] = [];
    for (const part of (m[3] ?? '').split(/\s*(?:,|and)\s*/)) {
      const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part);
      if (range) {
        const [a, b] = [Number(range[1]), Number(range[2])];
        for (let n = a; n <= b && n - a < 50; n++) paragraphs.push(String(n));
      } else if (/^\d+$/.test(part)) paragraphs.push(part);
    }
    out.push({ symbol: m[1]!, annex: (m[2] as 'I' | 'II' | undefined) ?? null, paragraphs });
  }
  return out;
}

function draftCase(
  caseId: string,
  year: number,
  country: string,
  appearance: Appearance,
  text: string,
  reading: ReturnType<typeof readParagraph>,
): ReprisalCase {
  const responses: GovernmentResponse[] = reading.governmentResponses;
  return {
    caseId,
    reportYear: year,
    country,
    region: null,
    recordType: reading.recordType,
    recordTypeCodedAs: null,
    pseudonym: `${country} ${year} case ${caseId.slice(-3)}`,
    victimName: reading.victimName,
    relatives: null,
    contact: null,
    gender: reading.gender,
    genderCodedAs: null,
    foreignNational: null,
    minor: null,
    civilServant: null,
    affectedGroups: [],
    activity: null,
    rightsDefended: [],
    priorUnAction: null,
    engagements: reading.engagements,
    engagementTypes: reading.engagementTypes,
    trigger: null,
    reprisalDates: null,
    reprisalLocation: null,
    reprisalInformation: text,
    acts: reading.acts,
    perpetrators: [],
    basedOnNewLegislation: reading.basedOnNewLegislation,
    generalEnvironmentComment: null,
    governmentResponses: responses,
    status: 'unknown',
    appearances: [appearance],
    communicationRefs: reading.communicationRefs,
    externalIds: { uwaziSharedId: null, uwaziUrl: null },
    otherFields: {},
    review: 'draft',
    notes: null,
  };
}
