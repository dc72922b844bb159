/**
 * Runs the HRC vote press parser over every sample text in ../shared/data/un-texts/hrc-vote-press
 * and hrc-session-press and writes docs/hrc-votes-press-coverage.md: per file, every sentence that
 * mentions a vote (found here by its own wide net, not by the parser's cues), whether the parser
 * read a result from it, and if not, why. Where a read vote can be tied to an OHCHR record (by its
 * symbol, or by date and identical counts) the counts are compared.
 *
 *   npx tsx scripts/hrc-press-coverage.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PressVote, VotingText } from '../src/domain/hrc-votes.js';
import { parseUnTextHeader } from '../src/sources/common/un-text-header.js';
import { parseOhchrResolutions } from '../src/sources/hrc-votes/ohchr-resolutions.js';
import { parseHrcVotePress } from '../src/sources/hrc-votes/press-release.js';
import { paragraphs, sentences } from '../src/sources/hrc-votes/press/text.js';
import { repoRoot, SHARED_DATA_SKIP_REASON, sharedPath } from '../test/shared-data.js';

const FOLDERS = ['hrc-vote-press', 'hrc-session-press'];
// Texts in other/ that report Council votes (news, NGO and government pages quoting them)
const OTHER_COUNCIL_VOTES = [
  'anews-2022-10-06-hrc-rejects-xinjiang-debate.txt',
  'arc-international-hrc32-civil-society-space-vote-lists.txt',
  'lankaweb-2021-03-23-unhrc-sri-lanka-vote-lists.txt',
  'readkong-hrc49-urgent-debate-ukraine-vote-lists.txt',
  'srilankabrief-2013-hrc24-cooperation-reprisals-vote-lists.txt',
  'voa-2024-hrc-extends-iran-ffm.txt',
  'voicepk-2021-11-pakistan-opposes-afghanistan-sr.txt',
  'wheninmanila-2019-philippines-resolution-vote-lists.txt',
  'xinhua-people-2023-07-15-development-resolution.txt',
];
// Wider than the parser's cues on purpose: anything that talks about a vote is listed.
const CANDIDATE =
  /in\s+favou?r|against|abstain|abstention|\bvot(?:e|ed|es|ing)\b|opposed|voix|\badopt\p{L}*\s+(?:by|par)\s|票赞成|票反对|票弃权|表决|投票/iu;
const WITHOUT_VOTE = /without\s+a\s+vote|sans\s+(?:recourir\s+au\s+)?vote|未经投票/i;
const NO_RESULT_TALK =
  /explanations?\s+(?:of|before|after)|before\s+the\s+vote|prior\s+to\s+the\s+vote|called\s+for\s+a\s+(?:no-action\s+)?(?:motion|vote)|spoke\s+against|recourant\s+au\s+vote|dont\s+six\s+par\s+vote|cast\s+their\s+vote/i;

const NOTES = [
  '**Forms read** (each also written as a fixture with a test, `src/sources/hrc-votes/fixtures/press/forms/`,',
  'English and French, `press/vote-forms.test.ts`): counts before named lists ("by a recorded vote of 4 in',
  'favour (…) to 2 against (…), with 1 abstention (…)", "by 3 recorded votes in favour (…) to 5 recorded',
  'votes against (…)"); counts after the labels ("In favour: 29 (…)", "Pour : 4 ;"), lists broken over',
  'lines; result blocks ("In favour (31): …"); a failed motion told against-first ("voted 19-17 against',
  'holding a debate …, with 11 nations abstaining": 17 yes, 19 no); rejected drafts and decisions; no',
  'abstentions stated ("by a vote of 22 in favour and 11 against": abstentions unknown, stored as null,',
  'never 0) or stated in the next sentence or paragraph ("a total of fourteen (14) member states',
  'abstained"); several texts decided by one vote (a record per symbol); counts with the whole side',
  'between dashes or some of it after "including"; names told after the counted vote ("The nations',
  'voting against a debate were …", "… abstained.") when the list is as long as the count.',
  '',
  '**Not read, and why**: an excerpt that stops before the result or inside the vote sentence',
  '(spring96 line 9, the French closing line 11); a heading line with no full stop, "the council voted',
  '33-2 to create an investigation into alleged violations" (unognewsroom line 7: it may be cut, and the',
  'same vote is read whole at line 15); lists that name only some of a side ("Bangladesh, … abstained",',
  '7 of 15, voa line 15; "Argentina, … backed the resolution", 7 of 24): never taken as ballots; lists',
  'under a heading of their own ("Member states that voted in favour:" then the list, lankaweb: its',
  'counts are read, its names not); "the 14 countries who opposed are …" (wheninmanila, which lists 13',
  'names for 14); the annotated "Against (1): Gabon. ( Later apologised …" (srilankabrief: Gabon is',
  'read, the annotation is warned as an unknown name). French releases name states in French, which the',
  'reference data does not hold: their counts are read, their lists are not.',
];

const root = sharedPath('un-texts');
if (!root) {
  console.error(SHARED_DATA_SKIP_REASON);
  process.exit(1);
}
const resolutionsPath = sharedPath('hrc-voting', 'resolutions.csv.gz');
const official: VotingText[] = resolutionsPath
  ? parseOhchrResolutions(
      'resolutions.csv',
      gunzipSync(readFileSync(resolutionsPath)).toString('utf8'),
    ).value
  : [];

const out: string[] = [];
out.push('# HRC vote press releases: what the parser reads');
out.push('');
out.push('Generated by `npx tsx scripts/hrc-press-coverage.ts` from the sample texts in');
out.push(
  '`../shared/data/un-texts/hrc-vote-press/` and `hrc-session-press/`, and the texts in `other/` that',
);
out.push(
  'report Council votes (excerpts from the start of each page). Every sentence that mentions a vote (found by a wide net independent of the parser:',
);
out.push(
  '"in favour", "against", "abstain", "vote", "voix", "票赞成", …) is listed with what became of it:',
);
out.push(
  '**read** (a result the parser returned), **unread** (a result sentence the parser could not read,',
);
out.push(
  'with the reason it gives), or **no result** (the sentence talks about voting but states no result).',
);
out.push(
  'Read results are compared with the official counts of the OHCHR voting collection where the',
);
out.push(
  'release prints the symbol, or where one recorded vote on the release date has the same counts.',
);
out.push('');

let totalCandidates = 0;
let totalRead = 0;
let totalUnread = 0;
let totalNoResult = 0;
const mismatches: string[] = [];
const summaryRows: string[] = [];
const sections: string[] = [];

const inputs: [string, string][] = [
  ...FOLDERS.flatMap((folder) =>
    readdirSync(path.join(root, folder))
      .sort()
      .map((file): [string, string] => [folder, file]),
  ),
  ...OTHER_COUNCIL_VOTES.map((file): [string, string] => ['other', file]),
];
{
  for (const [folder, file] of inputs) {
    const dir = path.join(root, folder);
    const text = readFileSync(path.join(dir, file), 'utf8');
    const name = `${folder}/${file}`;
    const { value, problems } = parseHrcVotePress(text, name);
    const header = parseUnTextHeader(text);
    const lines: string[] = [];
    let read = 0;
    let unread = 0;
    let noResult = 0;
    const usedVotes = new Set<PressVote>();
    for (const p of paragraphs(header.body, header.bodyStartLine)) {
      const lineVotes = value.votes.filter((v) => v.locator.line === p.line);
      const lineProblems = problems.filter(
        (q) => q.line === p.line && (q.code === 'unread-vote' || q.code === 'truncated-vote-list'),
      );
      for (const s of sentences(p)) {
        if (!CANDIDATE.test(s.text)) continue;
        totalCandidates += 1;
        const quote = s.text.length > 220 ? `${s.text.slice(0, 219)}…` : s.text;
        const vote = lineVotes.find((v) => !usedVotes.has(v) && sentenceStates(s.text, v));
        if (vote) {
          usedVotes.add(vote);
          read += 1;
          lines.push(
            `- line ${s.line} — **read**: ${vote.outcome}, ${vote.counts.yes}–${vote.counts.no}–${vote.counts.abstain ?? '?'}` +
              `${vote.yes.length + vote.no.length + vote.abstain.length > 0 ? ` (states named: ${vote.yes.length}/${vote.no.length}/${vote.abstain.length})` : ''}` +
              `, subject “${vote.subject.slice(0, 100)}”${vote.symbol ? `, ${vote.symbol}` : ''}${compare(vote, value.meta.date, name)}  \n  > ${quote}`,
          );
          continue;
        }
        const problem = lineProblems.find(
          (q) => q.excerpt && s.text.includes(q.excerpt.replace(/…$/, '').slice(0, 40)),
        );
        if (problem) {
          unread += 1;
          lines.push(`- line ${s.line} — **unread**: ${problem.message}  \n  > ${quote}`);
          continue;
        }
        if (lineVotes.some((v) => usedVotes.has(v)) && /voted|abstained|opposed/i.test(s.text)) {
          read += 1;
          lines.push(
            `- line ${s.line} — **read** (part of the vote told over this paragraph)  \n  > ${quote}`,
          );
          continue;
        }
        noResult += 1;
        const why = NO_RESULT_TALK.test(s.text)
          ? 'talks about the voting, states no result'
          : WITHOUT_VOTE.test(s.text)
            ? 'adopted without a vote'
            : 'mentions a vote or a side but states no count or list of a result';
        lines.push(`- line ${s.line} — **no result** (${why})  \n  > ${quote}`);
      }
    }
    for (const q of problems.filter(
      (x) => x.code === 'unknown-state' || x.code === 'vote-count-mismatch',
    ))
      lines.push(`- line ${q.line} — note: ${q.message}`);
    totalRead += read;
    totalUnread += unread;
    totalNoResult += noResult;
    summaryRows.push(
      `| ${name} | ${value.meta.language} | ${value.votes.length} | ${read} | ${unread} | ${noResult} |`,
    );
    sections.push(
      `### ${name}`,
      '',
      ...(lines.length > 0 ? lines : ['- no sentence mentions a vote']),
      '',
    );
  }
}

out.push(
  `Totals: ${totalCandidates} sentences mention a vote; ${totalRead} read, ${totalUnread} unread (listed with the reason), ${totalNoResult} state no result.`,
);
out.push('');
// Written by hand from the per-file listing below; re-read it when the parser changes.
out.push(...NOTES);
out.push('');
out.push('| file | language | votes read | sentences read | unread | no result |');
out.push('|---|---|---|---|---|---|');
out.push(...summaryRows);
out.push('');
out.push('## Against the OHCHR official counts');
out.push('');
out.push(
  mismatches.length > 0
    ? mismatches.join('\n')
    : 'No read vote that could be tied to an OHCHR record disagrees with its official counts.',
);
out.push('');
out.push('## Per file');
out.push('');
out.push(...sections);
writeFileSync(
  path.join(repoRoot, 'docs/hrc-votes-press-coverage.md'),
  `${out.join('\n').trimEnd()}\n`,
);
console.log(
  `${totalCandidates} candidate sentences: ${totalRead} read, ${totalUnread} unread, ${totalNoResult} no result; ${mismatches.length} mismatch(es)`,
);

/** True when the sentence prints the vote's counts (or, for prose, its names). */
function sentenceStates(sentence: string, v: PressVote): boolean {
  const digits = (sentence.match(/\d+/g) ?? []).map(Number);
  if (digits.includes(v.counts.yes) || digits.includes(v.counts.no)) return true;
  return /in\s+favou?r|voix\s+pour|票赞成|voted\s+(?:yes|for)/i.test(sentence);
}

/** The OHCHR record for a read vote, and how its counts compare. */
function compare(v: PressVote, date: string | null, name: string): string {
  if (official.length === 0) return '';
  const same = (t: VotingText) =>
    t.officialCounts !== null &&
    t.officialCounts.yes === v.counts.yes &&
    t.officialCounts.no === v.counts.no &&
    t.officialCounts.abstain === v.counts.abstain;
  if (v.symbol) {
    const bySymbol = official.filter((t) => t.symbol === v.symbol || t.draftSymbol === v.symbol);
    if (bySymbol.length > 0) {
      const match = bySymbol.find(same);
      if (match) return `; OHCHR ${match.symbol}: same counts`;
      const t = bySymbol[0]!;
      const c = t.officialCounts;
      mismatches.push(
        `- ${name} line ${v.locator.line}: ${v.symbol} press ${v.counts.yes}–${v.counts.no}–${v.counts.abstain}, OHCHR ${t.symbol} ${c ? `${c.yes}–${c.no}–${c.abstain}` : 'no counts'}`,
      );
      return `; OHCHR ${t.symbol}: **counts differ**`;
    }
  }
  if (date) {
    const onDate = official.filter((t) => t.date === date && same(t));
    if (onDate.length === 1) return `; OHCHR ${onDate[0]!.symbol} (same date): same counts`;
    if (onDate.length > 1) return `; ${onDate.length} OHCHR records that day have these counts`;
    // two of three counts equal: the same vote, told differently
    const near = official.filter((t) => {
      const c = t.officialCounts;
      if (t.date !== date || !c) return false;
      return (
        [c.yes === v.counts.yes, c.no === v.counts.no, c.abstain === v.counts.abstain].filter(
          Boolean,
        ).length === 2
      );
    });
    if (near.length === 1) {
      const t = near[0]!;
      const c = t.officialCounts!;
      mismatches.push(
        `- ${name} line ${v.locator.line}: press ${v.counts.yes}–${v.counts.no}–${v.counts.abstain}, OHCHR ${t.symbol} (same date) ${c.yes}–${c.no}–${c.abstain}`,
      );
      return `; OHCHR ${t.symbol} (same date): **counts differ**`;
    }
    return '; no OHCHR record that day has these counts';
  }
  return '';
}
