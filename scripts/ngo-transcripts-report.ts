/**
 * What the transcript parser reads from the real meeting texts in shared/data/un-texts/other:
 * turns and to whom they are given, applications, questions, and what is not attributed and why.
 * The figures in docs/transcripts.md come from this script.
 *
 *   npx tsx scripts/ngo-transcripts-report.ts [DIR]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  detectTranscript,
  parseMeetingTranscript,
} from '../src/sources/ngo-committee/transcript.js';
import { isQuestion, splitSentences } from '../src/sources/ngo-committee/transcript/questions.js';

const dir =
  process.argv[2] ?? path.resolve(import.meta.dirname, '../../shared/data/un-texts/other');
if (!existsSync(dir)) {
  console.error(`${dir}: not found (the shared UN texts are not on this machine)`);
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => /transcript|webtv/i.test(f))
  .sort();
let turns = 0;
let attributed = 0;
let questions = 0;
let unattributed = 0;
for (const f of files) {
  const text = readFileSync(path.join(dir, f), 'utf8');
  const form = detectTranscript(text);
  console.log(`\n## ${f}\nform: ${form ?? 'not a transcript'}`);
  if (!form) continue;
  const { value: t, problems } = parseMeetingTranscript(text, { file: f });
  const known = t.turns.filter((x) => x.speaker.kind !== 'unknown');
  turns += t.turns.length;
  attributed += known.length;
  questions += t.questions.length;
  unattributed += t.unattributed.length;
  console.log(`year ${t.meta.year ?? '?'}; turns ${t.turns.length}, attributed ${known.length}`);
  for (const x of t.turns) {
    const who = x.speaker.state ?? x.speaker.kind;
    console.log(
      `  turn ${x.index} line ${x.line}: ${who} (${x.speaker.by}${x.speaker.asPrinted ? `: "${x.speaker.asPrinted}"` : ''})${x.why ? ` — NOT ATTRIBUTED: ${x.why}` : ''}`,
    );
    // sentences of a State's turn that end in "?" but are not counted: say so, with why
    if (x.speaker.kind === 'state')
      for (const s of splitSentences(x.text))
        if (!isQuestion(s.text) && /\?|\bquestion\b|\bwould you\b/i.test(s.text))
          console.log(`    not a question to an applicant: "${s.text}"`);
  }
  console.log(
    `applications: ${t.applications.map((a) => `${a.organization} (line ${a.line})`).join('; ') || 'none'}`,
  );
  console.log(`questions attributed: ${t.questions.length}`);
  for (const q of t.questions)
    console.log(
      `  ${q.state} → ${q.organization ?? '?'} (line ${q.line}${q.time ? `, ${q.time}` : ''}): ${q.text}`,
    );
  console.log(`questions not attributed: ${t.unattributed.length}`);
  for (const q of t.unattributed) console.log(`  line ${q.line}: ${q.text} — ${q.why}`);
  for (const p of problems) console.log(`  problem line ${p.line}: ${p.code}: ${p.message}`);
}
console.log(
  `\ntotal: ${files.length} files, ${turns} turns (${attributed} attributed), ${questions} questions attributed, ${unattributed} not`,
);
