/**
 * What the Council participation parser reads in the real texts beside the repo
 * (../shared/data/un-texts/): every speaker list, statement and point of order found, and every
 * sentence a wide net (independent of the parser's forms) catches that was not read, with why.
 *
 *   npx tsx scripts/hrc-participation-coverage.ts            prints the report (Markdown)
 *   npx tsx scripts/hrc-participation-coverage.ts --write    writes docs/hrc-participation-coverage.md
 *
 * test/hrc-participation-coverage.test.ts recounts and checks the totals the report prints.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUnTextHeader } from '../src/sources/common/un-text-header.js';
import { parseParticipation } from '../src/sources/hrc-participation/parse.js';
import { sentencesOf } from '../src/sources/hrc-participation/sentences.js';

const NET =
  /\bpoints?\s+of\s+order\b|\bprocedural\s+challenge\b|\bfloor\s+to\s+object\b|\btook\s+the\s+floor\b|\bAlso\s+speaking\b|\bSpeaking\s+(?:in|during)\b|\bSpeakers?\s+(?:included|in\s+the)\b|\b(?:non-?governmental\s+organi[sz]ations?|NGOs?|civil\s+society\s+organi[sz]ations?)\b[^.]{0,80}\b(?:spoke|speak|speaking|statements?)\b|\bon\s+behalf\s+of\b|\boral\s+statement\b|\bspoke\s+(?:on\s+\w+\s+)?(?:for|on\s+behalf\s+of)\b|\bstatement\s+delivered\s+by\b|\bspeaking\s+slot\b/i;

export interface CandidateLine {
  file: string;
  line: number;
  text: string;
  status: 'read' | 'unread' | 'not-a-record';
  why: string;
}

export interface FileCoverage {
  file: string;
  lists: number;
  statements: number;
  ngoStatements: number;
  tallies: number;
  pointsOfOrder: number;
  unread: number;
  candidates: CandidateLine[];
  records: string[];
}

export interface Coverage {
  files: FileCoverage[];
  totals: {
    filesScanned: number;
    filesWithRecords: number;
    lists: number;
    statements: number;
    ngoStatements: number;
    tallies: number;
    pointsOfOrder: number;
    candidates: number;
    read: number;
    unread: number;
    notARecord: number;
  };
}

/** Why a sentence the net caught holds no speaker record, by what it talks about. */
function whyNotARecord(text: string, kind: string): string {
  if (/\bCommittee\b/.test(text) || kind === 'ngo-committee-press')
    return 'the ECOSOC Committee on NGOs, not a Council meeting';
  if (
    /\bon\s+behalf\s+of\b/i.test(text) &&
    /\b(?:draft|resolution|text|introduc|sponsor|present|elected|Chair)/i.test(text)
  )
    return 'a text introduced or an office held on behalf of others, not a speaker in a debate';
  if (/\bon\s+behalf\s+of\b/i.test(text)) return '"on behalf of" outside a Council speaker list';
  return 'talks of speaking or statements without naming or counting who spoke at a Council meeting';
}

export function participationCoverage(root: string): Coverage {
  const files: FileCoverage[] = [];
  const kinds = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const kind of kinds)
    for (const name of readdirSync(path.join(root, kind)).sort()) {
      if (!name.endsWith('.txt')) continue;
      const rel = `${kind}/${name}`;
      const text = readFileSync(path.join(root, kind, name), 'utf8');
      const r = parseParticipation(text).value;
      const readLines = new Set<number>([
        ...r.statements.map((s) => s.line),
        ...r.tallies.map((t) => t.line),
        ...r.pointsOfOrder.map((p) => p.line),
        ...r.pointsOfOrder.flatMap((p) => (p.rulingLine ? [p.rulingLine] : [])),
        ...r.lists.map((l) => l.line),
        ...r.alsoRead,
      ]);
      const header = parseUnTextHeader(text);
      const candidates: CandidateLine[] = [];
      for (const s of sentencesOf(header.body, header.bodyStartLine)) {
        const unread = r.unread.find(
          (u) => u.line === s.line && s.text.startsWith(u.text.slice(0, 40).replace(/…$/, '')),
        );
        if (!NET.test(s.text) && !unread) continue;
        const base = {
          file: rel,
          line: s.line,
          text: s.text.length > 220 ? s.text.slice(0, 219) + '…' : s.text,
        };
        if (unread) candidates.push({ ...base, status: 'unread', why: unread.why });
        else if (readLines.has(s.line)) candidates.push({ ...base, status: 'read', why: 'read' });
        else candidates.push({ ...base, status: 'not-a-record', why: whyNotARecord(s.text, kind) });
      }
      const records = [
        ...r.lists.map(
          (l) =>
            `line ${l.line}: speaker list (${l.form}${l.complete ? '' : ', names only some'}): ${l.speakers} speakers, ${l.ngos} NGOs${l.tallies ? `, ${l.tallies} count` : ''}`,
        ),
        ...r.statements
          .filter((s) => !r.lists.some((l) => l.line === s.line))
          .map(
            (s) =>
              `line ${s.line}: statement by ${s.speaker}${s.person ? ` (${s.person})` : ''}, ${s.session ?? 'session ?'}${s.sessionBy === 'date' ? ' (from the date)' : ''}, ${s.debate ?? 'debate not named'}${s.text ? ', with its words' : ''} [${s.form}]`,
          ),
        ...r.pointsOfOrder.map(
          (p) =>
            `line ${p.line}: point of order by ${p.raisedBy ?? '?'} against ${[p.targetSpeaker, p.targetOrganization].filter(Boolean).join(' / ') || '(not named)'}, ${p.session ?? 'session ?'}${p.sessionBy === 'date' ? ' (from the date)' : ''}; outcome ${p.outcome}${p.rulingLine ? ` (ruling line ${p.rulingLine})` : ''} [${p.form}]`,
        ),
        ...r.tallies.map((t) => `line ${t.line}: ${t.count} NGO speakers counted, not named`),
      ];
      files.push({
        file: rel,
        lists: r.lists.length,
        statements: r.statements.length,
        ngoStatements: r.statements.filter((s) => s.speakerKind === 'ngo').length,
        tallies: r.tallies.length,
        pointsOfOrder: r.pointsOfOrder.length,
        unread: r.unread.length,
        candidates,
        records,
      });
    }
  const sum = (f: (x: FileCoverage) => number) => files.reduce((n, x) => n + f(x), 0);
  const all = files.flatMap((f) => f.candidates);
  return {
    files,
    totals: {
      filesScanned: files.length,
      filesWithRecords: files.filter((f) => f.records.length > 0).length,
      lists: sum((f) => f.lists),
      statements: sum((f) => f.statements),
      ngoStatements: sum((f) => f.ngoStatements),
      tallies: sum((f) => f.tallies),
      pointsOfOrder: sum((f) => f.pointsOfOrder),
      candidates: all.length,
      read: all.filter((c) => c.status === 'read').length,
      unread: all.filter((c) => c.status === 'unread').length,
      notARecord: all.filter((c) => c.status === 'not-a-record').length,
    },
  };
}

export function totalsLine(t: Coverage['totals']): string {
  return `Totals: ${t.filesScanned} files scanned, ${t.filesWithRecords} with records; ${t.lists} speaker lists, ${t.statements} statements (${t.ngoStatements} by NGOs), ${t.tallies} counts, ${t.pointsOfOrder} points of order; ${t.candidates} candidate sentences: ${t.read} read, ${t.unread} not read (listed with why), ${t.notARecord} not a speaker record.`;
}

export function renderCoverage(c: Coverage): string {
  const out: string[] = [
    '# HRC participation: what the parser reads in the real texts',
    '',
    'Generated by `npx tsx scripts/hrc-participation-coverage.ts --write` from every text in',
    '`../shared/data/un-texts/` (excerpts of about 2,000 characters from the start of each page). A',
    'wide net independent of the parser (point of order, procedural challenge, took the floor, also',
    'speaking, speakers included, NGOs … spoke/statement, on behalf of, oral statement, statement',
    'delivered by, speaking slot) catches every candidate sentence; each is **read** (a record came',
    'from its line), **not read** (the parser saw a speaker list, statement or point of order it could',
    'not read, and says why) or **not a speaker record** (with the reason). The test',
    '`test/hrc-participation-coverage.test.ts` recounts and checks the totals below.',
    '',
    totalsLine(c.totals),
    '',
    'The corpus holds no Council meeting summary that reaches its speaker lists (the three',
    '`hrc-session-press` excerpts stop in the resolutions), no session report (A/HRC/xx/2) and no',
    'Council transcript: the forms for those are read from fixtures written in their wordings',
    '(`src/sources/hrc-participation/fixtures/`, tests in `parse.test.ts`).',
    '',
    '## Records found',
    '',
  ];
  for (const f of c.files.filter((x) => x.records.length > 0)) {
    out.push(`### ${f.file}`, '');
    for (const r of f.records) out.push(`- ${r}`);
    out.push('');
  }
  out.push(
    '## Candidate sentences',
    '',
    '| file | line | status | why | sentence |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const cand of c.files.flatMap((f) => f.candidates))
    out.push(
      `| ${cand.file} | ${cand.line} | ${cand.status} | ${cand.status === 'read' ? '' : cand.why} | ${cand.text.replace(/\|/g, '\\|')} |`,
    );
  out.push('');
  return out.join('\n');
}

const here = path.dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.env.GROUNDPASS_SHARED_DATA
    ? path.join(process.env.GROUNDPASS_SHARED_DATA, 'un-texts')
    : path.resolve(here, '../../shared/data/un-texts');
  const text = renderCoverage(participationCoverage(root));
  if (process.argv.includes('--write'))
    writeFileSync(path.resolve(here, '../docs/hrc-participation-coverage.md'), text);
  else process.stdout.write(text);
}
